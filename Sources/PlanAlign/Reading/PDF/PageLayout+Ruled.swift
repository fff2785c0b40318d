extension PageLayout {
  /// A scanned page with ruled tables: words inside a table's grid go to its cells, the other
  /// words are read as lines; tables and text keep their order down the page.
  static func ruledPage(_ words: [PageWord], tables: [TableGrid], page: Int, furniture: Set<String>) -> [DocumentElement] {
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
    var lines = self.lines(outside)
    while let first = lines.first, isFurniture(first.text, furniture) { lines.removeFirst() }
    while let last = lines.last, isFurniture(last.text, furniture) { lines.removeLast() }
    var elements: [DocumentElement] = []
    var lineIndex = 0
    func readLines(until bottom: Double) {
      var end = lineIndex
      while end < lines.count && lines[end].y0 < bottom { end += 1 }
      guard end > lineIndex else { return }
      var reader = PageReader(lines: Array(lines[lineIndex..<end]), page: page, firstLine: lineIndex + 1, scanned: true)
      elements += reader.read()
      lineIndex = end
    }
    for (index, table) in sortedTables.enumerated() {
      readLines(until: table.top)
      elements += rows(of: table, words: inTable[index], page: page, line: lineIndex + 1)
    }
    readLines(until: .infinity)
    return elements
  }

  /// The table's rows: each cell's words in reading order; border specks and empty rows dropped.
  private static func rows(of table: TableGrid, words: [PageWord], page: Int, line: Int) -> [DocumentElement] {
    let rowCount = table.rows.count - 1, columnCount = table.columns.count - 1
    var cells = Array(repeating: Array(repeating: [PageWord](), count: columnCount), count: rowCount)
    for word in words where word.text.contains(where: { $0.isLetter || $0.isNumber }) {
      let (row, column) = table.cell(of: word)
      cells[row][column].append(word)
    }
    let used = 0..<columnCount
    var elements: [DocumentElement] = []
    for row in cells {
      let texts = used.map { column in
        lines(row[column]).map(\.text).joined(separator: " ")
      }
      if texts.allSatisfy(\.isEmpty) { continue }
      elements.append(DocumentElement(.tableRow(texts), reference: .pageLine(page: page, line: line)))
    }
    return elements
  }
}
