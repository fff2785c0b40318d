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
    let head = TextFolding.prefix(text, excerptLength)
    let cut = head.endIndex != text.endIndex
    var bytes: [UInt8] = []
    bytes.reserveCapacity(head.utf8.count + (cut ? 3 : 0))
    bytes.append(utf8Of: head)
    if cut { bytes += "…".utf8 }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The lines a plan's facts cite, by 1-based line number, in line order: where each sits in
/// the original, and its excerpt, kept in memory or in the run's ``SpoolFile``.
public struct CitedLines: Sendable, Equatable {
  private var numbers: [Int] = []
  private var references: [SourceReference] = []
  private var texts = Texts.held([])

  /// Where the excerpts are.
  private enum Texts: Sendable {
    /// In memory, one string per line.
    case held([String])
    /// In a spool: the lines' UTF-8 one after the other from `offset`, line `i` ending at
    /// `ends[i]` bytes from it.
    case spooled(SpoolFile, offset: Int64, ends: [UInt32])
  }

  /// No lines.
  public init() {}

  /// The lines given, which must be in increasing order of line number, each once; their
  /// excerpts written to `spool` when one is given (and takes them), kept in memory otherwise.
  public init(_ cited: [(Int, CitedLine)], spool: SpoolFile? = nil) {
    numbers = cited.map(\.0)
    references = cited.map(\.1.reference)
    texts = spool.flatMap { Self.spooled(cited.map(\.1.text), in: $0) } ?? .held(cited.map(\.1.text))
  }

  /// `lines` written to `spool` one after the other; `nil` when there are none or the spool
  /// cannot take them.
  private static func spooled(_ lines: [String], in spool: SpoolFile) -> Texts? {
    guard !lines.isEmpty else { return nil }
    var bytes: [UInt8] = []
    var ends: [UInt32] = []
    ends.reserveCapacity(lines.count)
    for line in lines {
      bytes.append(utf8Of: line)
      ends.append(UInt32(truncatingIfNeeded: bytes.count))
    }
    guard bytes.count <= UInt32.max, let offset = spool.append(bytes) else { return nil }
    return .spooled(spool, offset: offset, ends: ends)
  }

  /// The position of line `number` (1-based) among the kept ones.
  private func position(of number: Int) -> Int? {
    var low = 0, high = numbers.count
    while low < high {
      let middle = (low + high) / 2
      if numbers[middle] < number { low = middle + 1 } else { high = middle }
    }
    return low < numbers.count && numbers[low] == number ? low : nil
  }

  /// The cited line `number` (1-based), or `nil` when it is not kept. Its text is read back
  /// from the spool (empty if that fails); ``reference(of:)`` needs no reading.
  public subscript(number: Int) -> CitedLine? {
    guard let index = position(of: number) else { return nil }
    return CitedLine(text: text(at: index), reference: references[index])
  }

  /// Where the cited line `number` sits in the original, or `nil` when it is not kept.
  public func reference(of number: Int) -> SourceReference? {
    position(of: number).map { references[$0] }
  }

  private func text(at index: Int) -> String {
    switch texts {
    case .held(let lines): return lines[index]
    case .spooled(let spool, let offset, let ends):
      let start = index == 0 ? 0 : Int(ends[index - 1])
      return spool.text(at: offset + Int64(start), count: Int(ends[index]) - start) ?? ""
    }
  }

  /// Equal when the same lines are kept with the same places and texts, wherever the texts are.
  public static func == (lhs: CitedLines, rhs: CitedLines) -> Bool {
    lhs.numbers == rhs.numbers && lhs.references == rhs.references
      && lhs.numbers.indices.allSatisfy { lhs.text(at: $0) == rhs.text(at: $0) }
  }
}
