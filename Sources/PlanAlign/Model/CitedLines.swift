/// A line of a plan that a fact cites.
public struct CitedLine: Sendable, Equatable {
  /// The line as written (NFC), as a report quotes it (see ``excerpt(of:)``).
  public var text: String
  /// Where it sits in the original file.
  public var reference: SourceReference

  /// Characters of a line a report quotes: what a source tooltip on the page shows.
  public static let excerptLength = 180

  /// `line` with its spaces collapsed and cut after ``excerptLength`` characters (“…”): a
  /// plan's cited line is kept only as far as a report quotes it, not whole for the run.
  ///
  /// The excerpt is a string of its own, exactly as long as it is: a line's string (or one
  /// grown by appending) can hold several times its length, and a corpus keeps every excerpt.
  public static func excerpt(of line: String) -> String {
    // Only the first characters are looked at: cited lines can be whole paragraphs.
    let text = Markup.collapseSpaces(line)
    let head = text.prefix(excerptLength)
    let cut = head.endIndex != text.endIndex
    var bytes: [UInt8] = []
    bytes.reserveCapacity(head.utf8.count + (cut ? 3 : 0))
    bytes += head.utf8
    if cut { bytes += "…".utf8 }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The lines a plan's facts cite, by 1-based line number, in line order: two arrays of exactly
/// the lines kept (a dictionary held about twice their size, for every plan of a corpus).
public struct CitedLines: Sendable, Equatable {
  private var numbers: [Int] = []
  private var lines: [CitedLine] = []

  /// No lines.
  public init() {}

  /// The lines given, which must be in increasing order of line number, each once.
  public init(_ cited: [(Int, CitedLine)]) {
    numbers = cited.map(\.0)
    lines = cited.map(\.1)
  }

  /// The cited line `number` (1-based), or `nil` when it is not kept.
  public subscript(number: Int) -> CitedLine? {
    var low = 0, high = numbers.count
    while low < high {
      let middle = (low + high) / 2
      if numbers[middle] < number { low = middle + 1 } else { high = middle }
    }
    return low < numbers.count && numbers[low] == number ? lines[low] : nil
  }
}
