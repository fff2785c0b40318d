/// What ``Markup`` removes tags and emphasis from: the Characters of a text, or its scalars
/// when each is a character of its own (see ``TextFolding/singleScalarCharacters(_:)``), which
/// then read as those characters do.
protocol MarkupElement: Equatable, ExpressibleByUnicodeScalarLiteral {
  /// What the elements kept are gathered in until they make the text.
  associatedtype Gathered: MarkupGathering where Gathered.Element == Self
  /// `Character.isLetter`.
  var isMarkupLetter: Bool { get }
  /// `Character.isNumber`.
  var isMarkupNumber: Bool { get }
  /// The elements read again as the text they make: characters brought together by removing
  /// what stood between them (a tag between a letter and its mark) become one.
  static func regrouped(_ elements: [Self]) -> [Self]
}

/// Elements gathered one by one into a text.
protocol MarkupGathering {
  associatedtype Element
  /// Nothing yet, with room for `capacity` elements.
  init(capacity: Int)
  /// Adds `element` at the end.
  mutating func append(_ element: Element)
  /// The last character of the text so far, as an element.
  var last: Element? { get }
  /// The text gathered.
  var text: String { get }
}

extension Character: MarkupElement {
  /// Characters are gathered in a string: one appended may join the one before.
  struct Gathered: MarkupGathering {
    private(set) var text = ""
    init(capacity: Int) { text.reserveCapacity(capacity) }
    mutating func append(_ element: Character) { text.append(element) }
    var last: Character? { text.last }
  }

  var isMarkupLetter: Bool { isLetter }
  var isMarkupNumber: Bool { isNumber }
  static func regrouped(_ elements: [Character]) -> [Character] { Array(String(elements)) }
}

extension Unicode.Scalar: MarkupElement {
  /// Scalars are gathered in an array and made a string once: appending each to a string's
  /// scalars cost hundreds of instructions a scalar, for every line with markup.
  struct Gathered: MarkupGathering {
    private var scalars: [Unicode.Scalar] = []
    init(capacity: Int) { scalars.reserveCapacity(capacity) }
    mutating func append(_ element: Unicode.Scalar) { scalars.append(element) }
    var last: Unicode.Scalar? { scalars.last }
    var text: String { String(joiningScalars: scalars[...]) }
  }

  var isMarkupLetter: Bool { TextFolding.isLetter(self) }
  var isMarkupNumber: Bool { TextFolding.isNumber(self) }
  /// Scalars that are each a character of their own never join, whatever stands beside them.
  static func regrouped(_ elements: [Unicode.Scalar]) -> [Unicode.Scalar] { elements }
}

extension Markup {
  /// The elements without conversion tags, and with markdown emphasis (runs of `*`) removed:
  /// a run between two letters or digits (or before “(”) becomes a space.
  static func withoutTagsAndEmphasis<Element: MarkupElement>(_ input: [Element]) -> String {
    let elements = input.contains("<") ? Element.regrouped(withoutTags(input)) : input
    var output = Element.Gathered(capacity: elements.count)
    var index = 0
    while index < elements.count {
      let element = elements[index]
      if element == "*" {
        var end = index
        while end < elements.count && elements[end] == "*" { end += 1 }
        let after = end < elements.count ? elements[end] : nil
        if let before = output.last, let after, isWordish(before), isWordish(after) || after == "(" {
          output.append(" ")
        }
        index = end
        continue
      }
      output.append(element)
      index += 1
    }
    return output.text
  }

  private static func isWordish(_ element: some MarkupElement) -> Bool {
    element.isMarkupLetter || element.isMarkupNumber
  }

  /// The elements without the conversion tags (``formattingTags``); a block tag leaves a space.
  private static func withoutTags<Element: MarkupElement>(_ elements: [Element]) -> [Element] {
    var output: [Element] = []
    output.reserveCapacity(elements.count)
    var index = 0
    while index < elements.count {
      // The search for “>” stops 40 characters on: a tag is short, and a line of “<” stays linear.
      if elements[index] == "<",
        let close = elements[index..<min(elements.count, index + 40)].firstIndex(of: ">"),
        let nameStart = elements[index + 1..<close].first,
        nameStart.isMarkupLetter || nameStart == "/" || nameStart == "!"
      {
        var inside = Element.Gathered(capacity: close - index - 1)
        for element in elements[(index + 1)..<close] { inside.append(element) }
        let name = inside.text.lowercased().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })
        if formattingTags.contains(String(name)) {
          if blockTags.contains(String(name)) { output.append(" ") }
          index = close + 1
          continue
        }
      }
      output.append(elements[index])
      index += 1
    }
    return output
  }
}
