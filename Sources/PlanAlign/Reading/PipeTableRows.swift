/// Markdown pipe tables (“| 1 | Tháng 02/2023 | Tổ chức Hội nghị … | UBND quận |”) in any
/// format. A plan typed as text with such a table and then opened in Word or printed to PDF
/// keeps its rows as text: a Word paragraph per row, or on a PDF page a printed line per line,
/// a long row running onto the lines below it. Every reader's lines and paragraphs pass through
/// here, so the rows become table rows whatever the file was.
///
/// A row is whole when it has as many bars as the table's first row, when that row ends with
/// a bar (“| STT | Thời gian | … |”). A shorter printed line runs on into the next when it ends
/// inside a cell, or when the next line with a bar (not starting a row) holds bars still
/// missing; lines without a bar between are the last cell's. The row keeps the
/// reference of its first line. A table whose rows do not end with a bar, and every Word
/// paragraph, is read one line a row, as written.
enum PipeTableRows {
  /// `elements` with their pipe rows as table rows and wrapped rows joined.
  static func reading(_ elements: [DocumentElement]) -> [DocumentElement] {
    var rows = Assembler()
    for element in elements { rows.add(element) }
    rows.finish()
    return rows.elements
  }

  /// The number of bars in `text` when it starts with one (after spaces), else `nil`.
  static func bars(startingRow text: String) -> Int? {
    var utf8 = text.utf8[...]
    while utf8.first == 0x20 { utf8 = utf8.dropFirst() }
    guard utf8.first == UInt8(ascii: "|") else { return nil }
    return barCount(utf8)
  }

  /// The number of bars in UTF-8 `bytes`.
  static func barCount(_ bytes: some Sequence<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
  }

  private struct Assembler {
    /// A printed row still short of bars.
    struct OpenRow {
      var text: String
      var reference: SourceReference
      var bars: Int
      /// Lines without a bar after the row ended at a cell's edge: the last cell's text when a
      /// line with the missing bars follows, else prose after the table.
      var held: [DocumentElement] = []
    }

    var elements: [DocumentElement] = []
    /// Bars in a whole row of the table being read, when its first row ends with a bar.
    var rowBars: Int?
    var open: OpenRow?

    mutating func add(_ element: DocumentElement) {
      switch element.kind {
      case .line(let text):
        if continueOpen(with: element, text: text) { return }
        closeOpen()
        startRow(element, text: text, printed: true)
      case .paragraph(let text):
        closeOpen()
        startRow(element, text: text, printed: false)
      case .gap:
        closeOpen()
        elements.append(element)
      case .tableRow:
        closeOpen()
        rowBars = nil
        elements.append(element)
      }
    }

    mutating func finish() { closeOpen() }

    /// Adds the line `element` to the open row when it carries the row on; `true` when it did.
    private mutating func continueOpen(with element: DocumentElement, text: String) -> Bool {
      guard var row = open, let whole = rowBars, !text.isBlank else { return false }
      let bars = PipeTableRows.barCount(text.utf8)
      let atCellEdge = row.held.isEmpty ? row.text.trimmedTrailingSpaces.hasSuffix("|") : true
      if atCellEdge {
        // Past a cell's edge the row goes on only into the bars it lacks, on a line that does
        // not start a row of its own; lines between with no bar wait to be told which they are.
        if bars == 0 {
          guard row.held.count < Self.heldLines else { return false }
          row.held.append(element)
          open = row
          return true
        }
        guard PipeTableRows.bars(startingRow: text) == nil else { return false }
      }
      guard row.bars + bars <= whole else { return false }
      for line in row.held { row.text += " " + line.text.trimmingLeadingSpaces }
      row.held = []
      row.text += " " + text.trimmingLeadingSpaces
      row.bars += bars
      open = row
      if row.bars == whole { closeOpen() }
      return true
    }

    /// At most this many lines of one cell are held after a cell's edge.
    static let heldLines = 3

    private mutating func startRow(_ element: DocumentElement, text: String, printed: Bool) {
      guard let bars = PipeTableRows.bars(startingRow: text) else {
        // Prose ends the table; a line with bars (the rest of a row OCR broke) does not.
        if rowBars != nil, !text.utf8.contains(UInt8(ascii: "|")) { rowBars = nil }
        elements.append(element)
        return
      }
      if printed, let whole = rowBars, bars < whole {
        open = OpenRow(text: text, reference: element.reference, bars: bars)
        return
      }
      if rowBars == nil, text.trimmedTrailingSpaces.hasSuffix("|") { rowBars = bars }
      append(text, reference: element.reference)
    }

    /// Ends the open row as it is; lines it held are prose after the table.
    private mutating func closeOpen() {
      guard let row = open else { return }
      open = nil
      append(row.text, reference: row.reference)
      for line in row.held { startRow(line, text: line.text, printed: true) }
    }

    private mutating func append(_ text: String, reference: SourceReference) {
      guard let cells = TableRowSplitter.pipeCells(of: text) else { return }
      elements.append(DocumentElement(cells.isEmpty ? .gap : .tableRow(cells), reference: reference))
    }
  }
}

extension String {
  fileprivate var trimmedTrailingSpaces: Substring {
    var text = self[...]
    while text.last == " " { text = text.dropLast() }
    return text
  }

  fileprivate var trimmingLeadingSpaces: Substring {
    drop { $0 == " " }
  }
}
