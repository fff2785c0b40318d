/// Writes one sheet of the workbook row by row: the headings first, each row as it comes, and
/// last what depends on all of them (the column widths, the filter's range, the totals row's
/// style), so a sheet is written in one pass over its rows, with no pass to measure them first.
/// libxlsxwriter's constant-memory mode writes rows strictly downwards but keeps a sheet's
/// settings until the workbook is closed, so they can follow the rows.
final class WorkbookSheetWriter {
  private let sheet: WorkbookSheet
  private let target: XLSXSheet
  private let styles: WorkbookReport.Styles
  private var measure: WorkbookReport.ColumnMeasure
  /// The last row given, with its cells' lengths, written when the next comes or at
  /// ``finish()``: only then is it known whether it is a sheet's totals row.
  private var held: (cells: [CSVCell], lengths: [Int])?
  private var nextRow = 2
  private var failure: XLSXError?

  init(_ sheet: WorkbookSheet, into target: XLSXSheet, styles: WorkbookReport.Styles) throws(XLSXError) {
    self.sheet = sheet
    self.target = target
    self.styles = styles
    measure = WorkbookReport.ColumnMeasure(sheet)
    for (column, heading) in sheet.headings.enumerated() {
      try target.write(heading, row: 0, column: column, format: styles.heading)
    }
    for (column, key) in sheet.table.header.enumerated() {
      try target.write(key, row: 1, column: column, format: styles.key)
    }
  }

  /// Adds the next row of the sheet's table. A failure to write it is kept and thrown by
  /// ``finish()`` (a table's rows are read without throwing); later rows are then ignored.
  func add(_ cells: [CSVCell]) {
    guard failure == nil else { return }
    let lengths = measure.add(cells)
    if let held { write(held, isTotal: false) }
    held = (cells, lengths)
  }

  /// Writes the last row and the settings that depend on all rows; throws the first failure.
  func finish() throws(XLSXError) {
    if let failure { throw failure }
    // The filter covers the rows written, the totals row (still held) left below it.
    if let last = held, !sheet.endsWithTotals {
      write(last, isTotal: false)
      held = nil
    }
    try target.autofilter(headerRow: 1, lastRow: nextRow - 1, lastColumn: max(sheet.headings.count - 1, 0))
    if let held { write(held, isTotal: true) }
    if let failure { throw failure }
    for (column, width) in measure.widths.enumerated() { target.setWidth(Double(width), column: column) }
    target.freeze(rows: 2, columns: sheet.frozenColumns)
    target.printLandscapeA4(repeatedRows: 0...1, footer: "&L&A&R&P / &N")
  }

  private func write(_ row: (cells: [CSVCell], lengths: [Int]), isTotal: Bool) {
    do {
      for (column, cell) in row.cells.enumerated() {
        try WorkbookReport.write(
          cell, length: row.lengths[column], row: nextRow, column: column, into: target, styles: styles, isTotal: isTotal)
      }
    } catch {
      failure = error
    }
    nextRow += 1
  }
}
