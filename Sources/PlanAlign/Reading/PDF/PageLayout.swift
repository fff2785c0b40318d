/// Turns the words of PDF pages (or OCR'd scans), with their positions, into document elements.
///
/// - Words on one baseline make a line; a vertical gap wider than the usual line pitch is a
///   paragraph break (a gap element).
/// - Page numbers and running headers or footers are dropped.
/// - Tables are found by their left text edges: a Word table's cells start their text at the
///   same x on every row, while words of running text start anywhere. Lines that use such
///   edges, and cross none of them, form a table; words go to the column whose edge they start
///   at or after, and a vertical gap wider than the line pitch starts a new row.
/// - A line split by a wide gap (the issuer beside the national motto) is read column by
///   column: the left texts of the block first, then the right ones.
enum PageLayout {
  /// Words that share a baseline.
  struct TextLine {
    var words: [PageWord]
    var y0: Double { words.map(\.y0).min() ?? 0 }
    var y1: Double { words.map(\.y1).max() ?? 0 }
    var x0: Double { words.first?.x0 ?? 0 }
    var x1: Double { words.last?.x1 ?? 0 }
    var text: String { words.map(\.text).joined(separator: " ") }
  }

  /// Elements of every page. `scanned` pages hold OCR words (pixels), the others PDF points.
  static func elements(pages: [[PageWord]], scanned: Set<Int>, grids: [Int: [TableGrid]] = [:]) -> [DocumentElement] {
    let pageLines = pages.map(lines)
    let furniture = runningLines(pageLines)
    var elements: [DocumentElement] = []
    var openTable: [Double]?
    for (index, lines) in pageLines.enumerated() {
      var body = lines
      while let first = body.first, isFurniture(first.text, furniture) { body.removeFirst() }
      while let last = body.last, isFurniture(last.text, furniture) { body.removeLast() }
      let offset = lines.count - body.count - (lines.reversed().prefix { isFurniture($0.text, furniture) }.count)
      var read: [DocumentElement]
      if let tables = grids[index + 1], !tables.isEmpty {
        read = ruledPage(
          pages[index], tables: tables, page: index + 1, furniture: furniture, scanned: scanned.contains(index + 1))
        openTable = nil
      } else {
        var page = PageReader(lines: body, page: index + 1, firstLine: offset + 1, scanned: scanned.contains(index + 1), carried: openTable)
        read = page.read()
        openTable = page.openTable
      }
      // A table row broken by the page break: the new page's first row has no number.
      if case .tableRow(let cells)? = read.first?.kind, case .tableRow(let above)? = elements.last?.kind,
        cells.count == above.count, cells.first?.isEmpty == true, above.first?.isEmpty == false
      {
        elements[elements.count - 1].kind = .tableRow(zip(above, cells).map { $0.isEmpty ? $1 : $1.isEmpty ? $0 : $0 + " " + $1 })
        read.removeFirst()
      }
      elements += read
    }
    return elements
  }

  /// Whether a page's text reads as holding a table (its rows may still be wrong): only then
  /// is it worth drawing the page to find the table's rules.
  static func mayHoldTable(_ words: [PageWord]) -> Bool {
    var reader = PageReader(lines: lines(words), page: 1, firstLine: 1, scanned: false)
    return reader.read().contains { if case .tableRow = $0.kind { true } else { false } }
  }

  /// Groups words into lines, top to bottom, each sorted left to right.
  static func lines(_ words: [PageWord]) -> [TextLine] {
    if !words.isEmpty && words.allSatisfy({ $0.line != nil }) { return scannedLines(words) }
    let sorted = words.filter { $0.y1 > $0.y0 }.sorted { ($0.middle, $0.x0) < ($1.middle, $1.x0) }
    let heights = sorted.map(\.height).sorted()
    // Scanned words vary in height (a dash, a capital, a descender): compare with the usual height.
    let usual = heights.isEmpty ? 1 : heights[heights.count / 2]
    var lines: [TextLine] = []
    var current: [PageWord] = []
    var middle = 0.0
    for word in sorted {
      if !current.isEmpty && abs(word.middle - middle) <= 0.35 * min(usual, word.height * 2) {
        current.append(word)
        middle = (middle * Double(current.count - 1) + word.middle) / Double(current.count)
        continue
      }
      if !current.isEmpty { lines.append(TextLine(words: current.sorted { $0.x0 < $1.x0 })) }
      current = [word]
      middle = word.middle
    }
    if !current.isEmpty { lines.append(TextLine(words: current.sorted { $0.x0 < $1.x0 })) }
    return lines
  }

  /// Lines of OCR words: the engine's own lines, which follow a skewed or uneven scan, then
  /// lines side by side on one band (cells of a table row, read by the engine as separate
  /// blocks) joined into one line.
  private static func scannedLines(_ words: [PageWord]) -> [TextLine] {
    var grouped: [Int: [PageWord]] = [:]
    for word in words { grouped[word.line!, default: []].append(word) }
    let engine = grouped.values.map { TextLine(words: $0.sorted { $0.x0 < $1.x0 }) }
      .sorted { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
    var lines: [TextLine] = []
    for line in engine {
      if let index = lines.indices.last(where: { candidate in
        let other = lines[candidate]
        let overlap = min(other.y1, line.y1) - max(other.y0, line.y0)
        let side = line.x0 >= other.x1 || line.x1 <= other.x0
        return side && overlap >= 0.6 * min(other.y1 - other.y0, line.y1 - line.y0)
      }), index >= lines.count - 3 {
        lines[index].words = (lines[index].words + line.words).sorted { $0.x0 < $1.x0 }
      } else {
        lines.append(line)
      }
    }
    return lines
  }

  /// Lines that open or close most pages the same way (a running header or footer).
  private static func runningLines(_ pages: [[TextLine]]) -> Set<String> {
    guard pages.count >= 3 else { return [] }
    var counts: [String: Int] = [:]
    for lines in pages {
      for text in Set([lines.first?.text, lines.last?.text].compactMap { $0 }) where !isPageNumber(text) {
        counts[TextFolding.matchKey(text), default: 0] += 1
      }
    }
    return Set(counts.filter { $0.value * 2 > pages.count && $0.value >= 3 && !$0.key.isEmpty }.keys)
  }

  static func isFurniture(_ text: String, _ running: Set<String>) -> Bool {
    isPageNumber(text) || running.contains(TextFolding.matchKey(text))
  }

  /// “2”, “- 2 -”, “Trang 2”, “2/5”.
  static func isPageNumber(_ text: String) -> Bool {
    let key = TextFolding.matchKey(text)
    let words = key.split(separator: " ")
    guard !words.isEmpty, words.count <= 3, text.count <= 14 else { return false }
    let rest = words.first == "trang" ? words.dropFirst() : words[...]
    return !rest.isEmpty && rest.allSatisfy { $0.allSatisfy(\.isNumber) }
  }
}
