extension PageReader {
  /// Emits a table's rows (see ``rowStarts(_:columns:)``); a row whose first cell is blank under
  /// a numbered first column continues the row above.
  mutating func emitTable(_ region: Range<Int>, columns: [Double]) {
    var rows: [(cells: [String], line: Int)] = []
    let starts = rowStarts(region, columns: columns)
    for (offset, index) in region.enumerated() {
      if starts[offset] || rows.isEmpty { rows.append(([String](repeating: "", count: columns.count), index)) }
      for word in lines[index].words {
        let column = column(of: word, columns)
        let cell = rows[rows.count - 1].cells[column]
        rows[rows.count - 1].cells[column] = CellText.appending(word.text, to: cell)
      }
    }
    // A row with text only in one of its later cells is that cell's next paragraph, set off
    // by spacing: no real row has a time or a partner without a task.
    var merged: [(cells: [String], line: Int)] = []
    for row in rows {
      let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
      if filled.count == 1, filled[0] >= 2, var last = merged.last {
        let column = filled[0]
        last.cells[column] += last.cells[column].isEmpty ? row.cells[column] : " " + row.cells[column]
        merged[merged.count - 1] = last
      } else {
        merged.append(row)
      }
    }
    for row in merged {
      elements.append(DocumentElement(.tableRow(row.cells), reference: reference(row.line)))
    }
  }

  /// Which lines of a table start a row. A vertical gap wider than the table's own line spacing
  /// starts one. In a numbered table a row number also starts one, unless the open row has no
  /// number yet (a number centred in its cell arrives below the row's first line). And a line
  /// that starts several cells, one of them in a column whose cell in the open row has already
  /// ended (a line of the row went by without it), starts one: a cell's lines follow one another,
  /// so text there again is the next row's, even when rows are set as close as lines.
  func rowStarts(_ region: Range<Int>, columns: [Double]) -> [Bool] {
    let cellsFirst = region.map { index in
      lines[index].words.filter { column(of: $0, columns) == 0 }.map(\.text).joined(separator: " ")
    }
    let filledColumns = region.map { index in Set(lines[index].words.map { column(of: $0, columns) }) }
    let filled = cellsFirst.filter { !$0.isEmpty }
    let numbered = filled.count >= 2 && filled.filter(Self.isRowNumber).count * 3 >= filled.count * 2
    // The table's line spacing: gaps between successive lines of one column.
    var gaps: [Double] = []
    for column in columns.indices {
      var last: Double?
      for index in region {
        let words = lines[index].words.filter { self.column(of: $0, columns) == column }
        guard let top = words.map(\.y0).min(), let bottom = words.map(\.y1).max() else { continue }
        if let last { gaps.append(top - last) }
        last = bottom
      }
    }
    gaps.sort()
    // The spacing of a cell's lines: a text layer's smallest gap (its positions are exact, and
    // rows of one line may outnumber the lines that wrap); a scan's lower quartile.
    let leading = gaps.isEmpty ? 0 : scanned ? gaps[gaps.count / 4] : gaps[0]
    let uniform = gaps.isEmpty || (gaps.last! - gaps.first!) < height * 0.15
    // Equal gaps throughout: one row of several lines when they are tight, single-line rows otherwise.
    // A text layer places lines at their font's exact height, so a row's extra spacing shows
    // however small; OCR boxes vary with the glyphs and need a wider margin.
    let threshold = uniform ? height * 0.3 : leading + height * (scanned ? 0.25 : 0.1)
    var starts: [Bool] = []
    var bottom = -Double.infinity
    var rowHasNumber = false
    // The open row's columns that have had text, and those whose text has ended.
    var (begun, ended) = (Set<Int>(), Set<Int>())
    for (offset, index) in region.enumerated() {
      let line = lines[index]
      let first = cellsFirst[offset]
      let filled = filledColumns[offset]
      var start = offset == 0 || line.y0 - bottom > threshold
      if numbered && !first.isEmpty {
        if Self.isRowNumber(first) {
          if rowHasNumber { start = true }
        } else if rowHasNumber {
          start = true
        }
      }
      if filled.count >= 2 && !filled.isDisjoint(with: ended) { start = true }
      if start {
        bottom = line.y1
        rowHasNumber = false
        (begun, ended) = ([], [])
      } else {
        bottom = max(bottom, line.y1)
      }
      if !first.isEmpty { rowHasNumber = true }
      ended.formUnion(begun.subtracting(filled))
      begun.formUnion(filled)
      starts.append(start)
    }
    return starts
  }

  /// “1”, “2.”, “IV”, “a)”, “-”: what a numbering column holds.
  static func isRowNumber(_ text: String) -> Bool {
    let key = TextFolding.matchKey(text)
    guard !text.isEmpty, text.count <= 5 else { return false }
    return key.isEmpty || key.allSatisfy(\.isNumber) || RomanNumeral.value(of: key) != nil || key.count == 1
  }

  /// Adds a line of running text; a line split by a wide gap joins the open column block.
  mutating func addLine(_ line: PageLayout.TextLine, at index: Int) {
    if let split = splitPoint(line) {
      let left = line.words[..<split].map(\.text).joined(separator: " ")
      let right = line.words[split...].map(\.text).joined(separator: " ")
      columnBlock.append(([left], [right], index))
      columnSplit = min(columnSplit ?? .infinity, line.words[split].x0)
      return
    }
    if !columnBlock.isEmpty, let last = lines.indices.contains(index - 1) ? lines[index - 1] : nil,
      line.y0 - last.y0 <= pitch * 1.45, let split = columnSplit
    {
      // A lone line under a column block: on the right it belongs to the right column (the
      // date under the motto); on the left only when the block goes on below it.
      if line.x0 >= split - height {
        columnBlock.append(([], [line.text], index))
        return
      }
      let next = lines.indices.contains(index + 1) ? lines[index + 1] : nil
      if line.x1 < split, let next, splitPoint(next) != nil || next.x0 >= split - height {
        columnBlock.append(([line.text], [], index))
        return
      }
    }
    flushColumns()
    elements.append(DocumentElement(.line(line.text), reference: reference(index)))
  }

  /// Where a line splits into two columns: the first gap wider than two and a half word heights.
  func splitPoint(_ line: PageLayout.TextLine) -> Int? {
    line.words.indices.dropFirst().first { line.words[$0].x0 - line.words[$0 - 1].x1 > height * 2.5 }
  }

  mutating func flushColumns() {
    guard !columnBlock.isEmpty else { return }
    for entry in columnBlock {
      for text in entry.left { elements.append(DocumentElement(.line(text), reference: reference(entry.line))) }
    }
    for entry in columnBlock {
      for text in entry.right { elements.append(DocumentElement(.line(text), reference: reference(entry.line))) }
    }
    columnBlock = []
    columnSplit = nil
  }
}
