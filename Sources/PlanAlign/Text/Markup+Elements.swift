/// What ``Markup`` removes tags and emphasis from: the Characters of a text, or its scalars
/// when each is a character of its own (see ``TextFolding/singleScalarCharacters(_:)``), which
/// then read as those characters do.
protocol MarkupElement: Equatable, ExpressibleByUnicodeScalarLiteral {
  /// `Character.isLetter`.
  var isMarkupLetter: Bool { get }
  /// `Character.isNumber`.
  var isMarkupNumber: Bool { get }
  /// Appends the element to `text`.
  static func append(_ element: Self, to text: inout String)
  /// The last character of `text`, as an element.
  static func last(of text: String) -> Self?
  /// The elements read again as the text they make: characters brought together by removing
  /// what stood between them (a tag between a letter and its mark) become one.
  static func regrouped(_ elements: [Self]) -> [Self]
}

extension Character: MarkupElement {
  var isMarkupLetter: Bool { isLetter }
  var isMarkupNumber: Bool { isNumber }
  static func append(_ element: Character, to text: inout String) { text.append(element) }
  static func last(of text: String) -> Character? { text.last }
  static func regrouped(_ elements: [Character]) -> [Character] { Array(String(elements)) }
}

extension Unicode.Scalar: MarkupElement {
  var isMarkupLetter: Bool { TextFolding.isLetter(self) }
  var isMarkupNumber: Bool { TextFolding.isNumber(self) }
  static func append(_ element: Unicode.Scalar, to text: inout String) { text.unicodeScalars.append(element) }
  static func last(of text: String) -> Unicode.Scalar? { text.unicodeScalars.last }
  /// Scalars that are each a character of their own never join, whatever stands beside them.
  static func regrouped(_ elements: [Unicode.Scalar]) -> [Unicode.Scalar] { elements }
}

extension Markup {
  /// The elements without conversion tags, and with markdown emphasis (runs of `*`) removed:
  /// a run between two letters or digits (or before “(”) becomes a space.
  static func withoutTagsAndEmphasis<Element: MarkupElement>(_ input: [Element]) -> String {
    let elements = input.contains("<") ? Element.regrouped(withoutTags(input)) : input
    var output = ""
    output.reserveCapacity(elements.count)
    var index = 0
    while index < elements.count {
      let element = elements[index]
      if element == "*" {
        var end = index
        while end < elements.count && elements[end] == "*" { end += 1 }
        let after = end < elements.count ? elements[end] : nil
        if let before = Element.last(of: output), let after, isWordish(before), isWordish(after) || after == "(" {
          output.append(" ")
        }
        index = end
        continue
      }
      Element.append(element, to: &output)
      index += 1
    }
    return output
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
        var inside = ""
        for element in elements[(index + 1)..<close] { Element.append(element, to: &inside) }
        let name = inside.lowercased().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })
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
