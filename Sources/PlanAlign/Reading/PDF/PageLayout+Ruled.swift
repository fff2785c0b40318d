extension PageLayout {
  /// A page with ruled tables (found in its drawing: a scan's image, or a text layer's page drawn
  /// for its rules): words inside a table's grid go to its cells, the other words are read as
  /// lines; tables and text keep their order down the page.
  static func ruledPage(
    _ words: [PageWord], tables: [TableGrid], page: Int, furniture: Set<String>, scanned: Bool
  ) -> [DocumentElement] {
    let sortedTables = tables.sorted { $0.top < $1.top }
    var inTable: [[PageWord]] = Array(repeating: [], count: sortedTables.count)
    var outside: [PageWord] = []
    for word in words {
      if let index = sortedTables.firstIndex(where: { $0.contains(word) }) {
        inTable[index].append(word)
      } else {
        outside.append(word)
      }
    }
    let allOutside = self.lines(outside)
    var lines = allOutside
    while let first = lines.first, isFurniture(first.text, furniture) { lines.removeFirst() }
    while let last = lines.last, isFurniture(last.text, furniture) { lines.removeLast() }
    // Lines are numbered as a person counts them down the page, the lines of text inside a
    // table's cells included (not its rules), as on a page that is not scanned: a row is cited
    // by its first line.
    // A scan's specks of the rules are not text; a text layer has none (its “-” is a word).
    let isText = { (word: PageWord) in !scanned || hasText(word) }
    let tops = (allOutside + inTable.flatMap { self.lines($0.filter(isText)) }).map(\.y0).sorted()
    let lineNumber = { (top: Double) -> Int in (tops.firstIndex { $0 >= top } ?? tops.count) + 1 }
    var elements: [DocumentElement] = []
    var lineIndex = 0
    func readLines(until bottom: Double) {
      var end = lineIndex
      while end < lines.count && lines[end].y0 < bottom { end += 1 }
      guard end > lineIndex else { return }
      var reader = PageReader(
        lines: Array(lines[lineIndex..<end]), page: page, firstLine: lineNumber(lines[lineIndex].y0), scanned: scanned)
      elements += reader.read()
      lineIndex = end
    }
    for (index, table) in sortedTables.enumerated() {
      readLines(until: table.top)
      elements += rows(of: table, words: inTable[index].filter(isText), page: page, lineNumber: lineNumber)
    }
    readLines(until: .infinity)
    return elements
  }

  /// The table's rows: each cell's words in reading order; empty rows dropped.
  private static func rows(
    of table: TableGrid, words: [PageWord], page: Int, lineNumber: (Double) -> Int
  ) -> [DocumentElement] {
    let rowCount = table.rows.count - 1, columnCount = table.columns.count - 1
    var cells = Array(repeating: Array(repeating: [PageWord](), count: columnCount), count: rowCount)
    for word in words {
      let (row, column) = table.cell(of: word)
      cells[row][column].append(word)
    }
    let texts = table.resolvingMerges(cells.map { row in row.map { CellText.joining(lines($0).map(\.text)) } })
    var elements: [DocumentElement] = []
    for (row, cellTexts) in zip(cells, texts) {
      if cellTexts.allSatisfy(\.isEmpty) { continue }
      let top = row.joined().map(\.y0).min() ?? table.top
      elements.append(DocumentElement(.tableRow(cellTexts), reference: .pageLine(page: page, line: lineNumber(top))))
    }
    return elements
  }

  /// Whether an OCR word holds a letter or a digit, not a speck of a table's rules.
  private static func hasText(_ word: PageWord) -> Bool {
    word.text.contains { $0.isLetter || $0.isNumber }
  }
}
