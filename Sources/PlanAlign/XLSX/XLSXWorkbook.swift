import CLibXLSXWriter
import Foundation

/// Problems writing an `.xlsx` file.
public enum XLSXError: LocalizedError, Equatable, Sendable {
  /// libxlsxwriter could not create the file or a part of it.
  case cannotCreate(path: String, reason: String)
  /// A sheet name Excel does not accept, or two sheets of one name.
  case invalidSheetName(String)
  /// A cell outside what a sheet can hold (1,048,576 rows, 16,384 columns) or another write error.
  case cannotWriteCell(sheet: String, row: Int, column: Int, reason: String)

  public var errorDescription: String? {
    switch self {
    case .cannotCreate(let path, let reason): return "\(path): cannot write the workbook: \(reason)"
    case .invalidSheetName(let name): return "'\(name)' cannot be a sheet name in a workbook"
    case .cannotWriteCell(let sheet, let row, let column, let reason):
      return "sheet '\(sheet)', row \(row + 1), column \(column + 1): \(reason)"
    }
  }
}

/// An `.xlsx` workbook written by libxlsxwriter in constant-memory mode: each sheet's rows are
/// streamed to a temporary file as they are written, so memory does not grow with the rows.
/// The temporary files are made in the workbook's own folder, on the disk it is written to:
/// the system's temporary folder may be memory (tmpfs), and a national corpus's sheets are
/// over half a gigabyte of XML before they are compressed.
/// Rows must be written top to bottom. The file is complete only after `close()`.
///
/// Sheets and formats are added on one thread; once added, different sheets may be written on
/// different threads at once (in constant-memory mode a sheet writes only its own state and
/// temporary file, and each format's index in the workbook is fixed when it is added).
public final class XLSXWorkbook {
  private var handle: UnsafeMutablePointer<lxw_workbook>?
  private let path: String
  /// C strings the workbook keeps pointers to until it is closed.
  private var retained: [UnsafeMutablePointer<CChar>] = []
  /// Guards `retained`: sheets written on several threads keep their footers through it.
  private let retainedLock = NSLock()

  /// Starts a workbook at `path`; `created` is stored as its creation time, so the same content
  /// gives the same bytes.
  public init(path: String, created: Date) throws(XLSXError) {
    self.path = path
    let folder = retain(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: folder, use_zip64: UInt8(LXW_TRUE.rawValue))
    handle = workbook_new_opt(path, &options)
    guard let handle else { throw .cannotCreate(path: path, reason: "the file cannot be created") }
    var properties = lxw_doc_properties()
    properties.created = time_t(created.timeIntervalSince1970)
    let creator = retain("PlanAlign")
    properties.author = creator
    let status = workbook_set_properties(handle, &properties)
    guard status == LXW_NO_ERROR else { throw .cannotCreate(path: path, reason: String(cString: lxw_strerror(status))) }
  }

  /// Adds a sheet named `name` (at most 31 characters, none of `[]:*?/\`).
  public func addSheet(_ name: String) throws(XLSXError) -> XLSXSheet {
    guard let handle, let sheet = workbook_add_worksheet(handle, name) else { throw .invalidSheetName(name) }
    return XLSXSheet(pointer: sheet, name: name, workbook: self)
  }

  /// Adds a cell format. Its index among the workbook's styles is fixed now, in the order
  /// formats are added, not when a cell first uses it: so sheets written on several threads
  /// never assign one at the same time, and the styles come in the same order whatever is written first.
  public func addFormat(_ style: XLSXStyle) -> XLSXFormat {
    let format = workbook_add_format(handle)!
    if style.bold { format_set_bold(format) }
    if style.italic { format_set_italic(format) }
    if style.wrap { format_set_text_wrap(format) }
    if let color = style.fontColor { format_set_font_color(format, color) }
    if let color = style.background { format_set_bg_color(format, color) }
    if let number = style.numberFormat { format_set_num_format(format, number) }
    if style.bottomBorder { format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue)) }
    if style.centered { format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue)) }
    format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
    _ = lxw_format_get_xf_index(format)
    return XLSXFormat(pointer: format)
  }

  /// Writes the file and frees the workbook.
  public func close() throws(XLSXError) {
    guard let open = handle else { return }
    handle = nil
    let status = workbook_close(open)
    releaseStrings()
    guard status == LXW_NO_ERROR else { throw .cannotCreate(path: path, reason: String(cString: lxw_strerror(status))) }
  }

  /// A copy of `text` kept alive for as long as the workbook.
  func retain(_ text: String) -> UnsafeMutablePointer<CChar> {
    let copy = strdup(text)!
    retainedLock.withLock { retained.append(copy) }
    return copy
  }

  private func releaseStrings() {
    retainedLock.withLock {
      retained.forEach { free($0) }
      retained.removeAll()
    }
  }

  deinit {
    // An unfinished workbook is still closed so its temporary files are removed.
    if let open = handle { _ = workbook_close(open) }
    releaseStrings()
  }
}

/// How a cell looks.
public struct XLSXStyle: Hashable, Sendable {
  /// Bold text.
  public var bold = false
  /// Italic text.
  public var italic = false
  /// Wrap long text within the column.
  public var wrap = false
  /// Centred horizontally.
  public var centered = false
  /// A thin line under the cell.
  public var bottomBorder = false
  /// Text colour as `0xRRGGBB`.
  public var fontColor: UInt32?
  /// Fill colour as `0xRRGGBB`.
  public var background: UInt32?
  /// An Excel number format such as `dd/mm/yyyy` or `0.00`.
  public var numberFormat: String?

  /// Creates a plain style.
  public init() {}
}

/// A format added to a workbook; valid while the workbook is open.
public struct XLSXFormat {
  let pointer: UnsafeMutablePointer<lxw_format>
}

/// One sheet of an open workbook.
public struct XLSXSheet {
  let pointer: UnsafeMutablePointer<lxw_worksheet>
  /// The sheet's name.
  public let name: String
  private unowned let workbook: XLSXWorkbook

  init(pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: XLSXWorkbook) {
    self.pointer = pointer
    self.name = name
    self.workbook = workbook
  }

  /// Writes a string cell (never read as a formula).
  public func write(_ text: String, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
    // withCString lends a small string's bytes from the stack; passing the string itself made
    // a heap copy of every short cell (“no”, “contains”, a plan's id).
    let status = text.withCString { worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), $0, format?.pointer) }
    try check(status, row, column)
  }

  /// Writes a number cell.
  public func write(_ number: Double, row: Int, column: Int, format: XLSXFormat? = nil) throws(XLSXError) {
    try check(worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format?.pointer), row, column)
  }

  /// Writes a date cell; `format` gives how it is shown.
  public func write(year: Int, month: Int, day: Int, row: Int, column: Int, format: XLSXFormat) throws(XLSXError) {
    var date = lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day), hour: 0, min: 0, sec: 0)
    try check(worksheet_write_datetime(pointer, lxw_row_t(row), lxw_col_t(column), &date, format.pointer), row, column)
  }

  /// Sets the width of one column, in characters.
  public func setWidth(_ width: Double, column: Int) {
    _ = worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
  }

  /// Keeps `rows` rows and `columns` columns in view while scrolling.
  public func freeze(rows: Int, columns: Int) {
    worksheet_freeze_panes(pointer, lxw_row_t(rows), lxw_col_t(columns))
  }

  /// Filter buttons on `headerRow` over the given columns and rows below it.
  /// In constant-memory mode set it before writing rows below `headerRow`.
  public func autofilter(headerRow: Int, lastRow: Int, lastColumn: Int) throws(XLSXError) {
    let status = worksheet_autofilter(pointer, lxw_row_t(headerRow), 0, lxw_row_t(max(lastRow, headerRow)), lxw_col_t(lastColumn))
    try check(status, headerRow, lastColumn)
  }

  /// Prints on A4 landscape, fitted to the page width, with `repeatedRows` at the top of every
  /// page and `footer` (Excel header/footer codes) at the bottom.
  public func printLandscapeA4(repeatedRows: ClosedRange<Int>, footer: String) {
    worksheet_set_landscape(pointer)
    worksheet_set_paper(pointer, 9)
    worksheet_fit_to_pages(pointer, 1, 0)
    worksheet_set_margins(pointer, 0.4, 0.4, 0.5, 0.6)
    _ = worksheet_repeat_rows(pointer, lxw_row_t(repeatedRows.lowerBound), lxw_row_t(repeatedRows.upperBound))
    _ = worksheet_set_footer(pointer, workbook.retain(footer))
  }

  private func check(_ status: lxw_error, _ row: Int, _ column: Int) throws(XLSXError) {
    guard status == LXW_NO_ERROR else {
      throw .cannotWriteCell(sheet: name, row: row, column: column, reason: String(cString: lxw_strerror(status)))
    }
  }
}
