import Foundation

/// Writes the analysts' workbook one sheet at a time, in constant memory: each sheet goes to
/// disk as it is added, so a run can make a report table, write it as CSV and as a sheet, and
/// forget it before making the next.
public final class WorkbookWriter {
  private let workbook: XLSXWorkbook
  private let styles: WorkbookReport.Styles

  /// Starts a workbook at `path`; `created` is stored as the document's creation time.
  public init(path: String, created: Date) throws(XLSXError) {
    workbook = try XLSXWorkbook(path: path, created: created)
    styles = WorkbookReport.Styles(workbook)
  }

  /// Adds `sheet` after the sheets already added, its rows read from its table.
  public func add(_ sheet: WorkbookSheet) throws(XLSXError) {
    try WorkbookReport.write(sheet, into: try workbook.addSheet(sheet.name), styles: styles)
  }

  /// Finishes the file.
  public func close() throws(XLSXError) {
    try workbook.close()
  }
}
