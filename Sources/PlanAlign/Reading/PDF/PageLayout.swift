/// Turns the lines of PDF pages, as `pdftotext -layout` places them in columns of characters,
/// into document elements: running headers and page numbers are dropped, a two-column block
/// (the issuer beside the national motto) is read column by column, and lines whose text sits
/// in three or more aligned columns are read as table rows (a row starts where the first column
/// has text; lines below it with a blank first column continue its cells).
enum PageLayout {
  /// A run of text on a line and the column it starts at.
  struct Segment: Equatable {
    var start: Int
    var text: String
    var end: Int { start + text.count }
  }

  static func elements(pages: [[String]], ocrPages: Set<Int>) -> [DocumentElement] {
    var builder = Builder()
    let furniture = runningHeaders(pages)
    for (index, lines) in pages.enumerated() {
      let page = index + 1
      let body = bodyRange(lines, furniture: furniture)
      for number in body {
        let reference = SourceReference.pageLine(page: page, line: number + 1)
        if ocrPages.contains(page) {
          builder.flushAll()
          let text = Markup.collapseSpaces(lines[number])
          builder.elements.append(DocumentElement(text.isEmpty ? .gap : .line(text), reference: reference))
        } else {
          builder.add(segments(lines[number]), reference: reference)
        }
      }
    }
    builder.flushAll()
    return builder.elements
  }

  /// Runs of text separated by three or more spaces.
  static func segments(_ line: String) -> [Segment] {
    var result: [Segment] = []
    var current = ""
    var start = 0
    var spaces = 0
    for (offset, character) in line.enumerated() {
      if character == " " || character == "\t" || character == "\u{00A0}" {
        spaces += 1
        continue
      }
      if !current.isEmpty && spaces >= 3 {
        result.append(Segment(start: start, text: current))
        current = ""
      }
      if current.isEmpty {
        start = offset
      } else if spaces > 0 {
        current.append(" ")
      }
      spaces = 0
      current.append(character)
    }
    if !current.isEmpty { result.append(Segment(start: start, text: current)) }
    return result
  }

  /// Lines that open or close most pages the same way (a running header or footer).
  private static func runningHeaders(_ pages: [[String]]) -> Set<String> {
    guard pages.count >= 3 else { return [] }
    var counts: [String: Int] = [:]
    for lines in pages {
      let texts = lines.map(Markup.collapseSpaces).filter { !$0.isEmpty }
      for text in Set([texts.first, texts.last].compactMap { $0 }) where !isPageNumber(text) {
        counts[text, default: 0] += 1
      }
    }
    return Set(counts.filter { $0.value * 2 > pages.count && $0.value >= 3 }.keys)
  }

  /// The lines of a page without its page number and running header or footer.
  private static func bodyRange(_ lines: [String], furniture: Set<String>) -> Range<Int> {
    var lower = 0, upper = lines.count
    func isFurniture(_ line: String) -> Bool {
      let text = Markup.collapseSpaces(line)
      return isPageNumber(text) || furniture.contains(text)
    }
    while lower < upper, Markup.collapseSpaces(lines[lower]).isEmpty || isFurniture(lines[lower]) {
      if !Markup.collapseSpaces(lines[lower]).isEmpty && !isFurniture(lines[lower]) { break }
      lower += 1
    }
    while upper > lower, Markup.collapseSpaces(lines[upper - 1]).isEmpty || isFurniture(lines[upper - 1]) {
      upper -= 1
    }
    return lower..<upper
  }

  /// “2”, “- 2 -”, “Trang 2”, “2/5”.
  static func isPageNumber(_ text: String) -> Bool {
    let key = TextFolding.matchKey(text)
    let words = key.split(separator: " ")
    guard !words.isEmpty, words.count <= 3 else { return false }
    let rest = words.first == "trang" ? words.dropFirst() : words[...]
    return !rest.isEmpty && rest.allSatisfy { $0.allSatisfy(\.isNumber) } && text.count <= 14
  }
}
