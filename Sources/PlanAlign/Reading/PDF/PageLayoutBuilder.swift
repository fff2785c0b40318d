extension PageLayout {
  /// Accumulates a page's lines into paragraphs' lines, two-column blocks and tables.
  struct Builder {
    var elements: [DocumentElement] = []
    private var table: TableRegion?
    private var columns: [(Segment, SourceReference)]?
    private var blanks = 0

    mutating func add(_ segments: [Segment], reference: SourceReference) {
      if segments.isEmpty {
        blanks += 1
        if table != nil && blanks <= 1 { return }
        flushAll()
        elements.append(DocumentElement(.gap, reference: reference))
        return
      }
      let hadBlank = blanks > 0
      blanks = 0
      if table != nil {
        if table!.accepts(segments, afterBlank: hadBlank) {
          table!.add(segments, reference: reference)
          return
        }
        flushTable()
      }
      if segments.count >= 3 {
        flushColumns()
        table = TableRegion(header: segments, reference: reference)
        return
      }
      if segments.count == 2 && segments[1].start >= 30 {
        columns = (columns ?? []) + segments.map { ($0, reference) }
        return
      }
      if let open = columns, let split = open.map({ $0.0.start }).filter({ $0 >= 30 }).min(),
        segments[0].start >= split - 5 || segments[0].end < split
      {
        columns = open + [(segments[0], reference)]
        return
      }
      flushColumns()
      let text = segments.map(\.text).joined(separator: " ")
      elements.append(DocumentElement(.line(text), reference: reference))
    }

    mutating func flushAll() {
      flushTable()
      flushColumns()
    }

    private mutating func flushColumns() {
      guard let open = columns else { return }
      columns = nil
      let split = open.map { $0.0.start }.filter { $0 >= 30 }.min() ?? Int.max
      for side in [false, true] {
        for (segment, reference) in open where (segment.start >= split - 5) == side {
          elements.append(DocumentElement(.line(segment.text), reference: reference))
        }
      }
    }

    private mutating func flushTable() {
      guard let region = table else { return }
      table = nil
      elements += region.elements()
    }
  }

  /// A table being read: its column starts and rows.
  struct TableRegion {
    private var starts: [Int]
    private var rows: [(cells: [String], reference: SourceReference)] = []
    private var headerOpen = true

    init(header: [Segment], reference: SourceReference) {
      starts = header.map(\.start)
      rows = [(header.map(\.text), reference)]
    }

    /// The column a segment starting at `start` falls in.
    private func column(_ start: Int) -> Int? {
      starts.lastIndex { $0 <= start + 2 }
    }

    /// Whether a line belongs to the table: every run of text fits within a column.
    func accepts(_ segments: [Segment], afterBlank: Bool) -> Bool {
      for segment in segments {
        guard let column = column(segment.start) else { return false }
        if column + 1 < starts.count, segment.end > starts[column + 1] + 2 { return false }
      }
      if afterBlank && segments.count == 1 && column(segments[0].start) == 0 {
        // After a blank line, a lone line in the first column is a paragraph unless it is a row number.
        return TextFolding.matchKey(segments[0].text).count <= 4
      }
      return true
    }

    mutating func add(_ segments: [Segment], reference: SourceReference) {
      var cells = [String](repeating: "", count: starts.count)
      for segment in segments {
        if let column = column(segment.start) {
          cells[column] += cells[column].isEmpty ? segment.text : " " + segment.text
        }
      }
      let startsRow = !cells[0].isEmpty
      if startsRow || rows.isEmpty {
        headerOpen = false
        rows.append((cells, reference))
        return
      }
      var last = rows[rows.count - 1]
      for (index, text) in cells.enumerated() where !text.isEmpty {
        while last.cells.count <= index { last.cells.append("") }
        last.cells[index] += last.cells[index].isEmpty ? text : " " + text
      }
      rows[rows.count - 1] = last
    }

    func elements() -> [DocumentElement] {
      if rows.count == 1 {
        let text = rows[0].cells.filter { !$0.isEmpty }.joined(separator: " ")
        return [DocumentElement(.line(text), reference: rows[0].reference)]
      }
      return rows.map { DocumentElement(.tableRow($0.cells), reference: $0.reference) }
    }
  }
}
