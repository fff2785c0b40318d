/// How a document's lines are laid out: hard-wrapped at a width (a scan, a PDF page, a text
/// file wrapped by its editor), or one paragraph per line (Word's “Save as Plain Text”).
/// Measured once per document from the lengths of its lines, so the structure stage does not
/// depend on blank lines between paragraphs. Word paragraphs count too: text pasted into Word
/// from a scan keeps one paragraph per printed line.
struct LineLayout {
  /// The width the lines are wrapped at, or `nil` when they are not wrapped.
  let wrapWidth: Int?

  /// The layout of lines of these lengths (in characters; 0 for a table row or a gap).
  init(lineLengths: [Int]) {
    var lengths = lineLengths.filter { $0 >= 20 }
    guard lengths.count >= 10 else {
      wrapWidth = nil
      return
    }
    lengths.sort()
    let width = lengths[lengths.count * 9 / 10]
    // Wrapped text has a ceiling: most long lines sit just under it and few go past it.
    let nearWidth = lengths.filter { $0 * 10 >= width * 8 && $0 <= width + 10 }.count
    let beyond = lengths.filter { $0 > width * 3 / 2 }.count
    let wrapped = width <= 160 && nearWidth * 3 >= lengths.count && beyond * 20 <= lengths.count
    wrapWidth = wrapped ? width : nil
  }

  /// The length in characters of each element's text: 0 for a table row or a gap.
  static func lineLengths(_ elements: [DocumentElement]) -> [Int] {
    elements.map { element in
      switch element.kind {
      case .line(let text), .paragraph(let text): TextFolding.characterCount(text)
      case .tableRow, .gap: 0
      }
    }
  }

  /// Whether a line of `length` characters reached the wrap width, so that the next line
  /// carries on its sentence.
  func isFull(_ length: Int, strict: Bool = false) -> Bool {
    guard let wrapWidth else { return false }
    return strict ? length * 10 >= wrapWidth * 9 : length * 4 >= wrapWidth * 3
  }
}
