import Foundation

/// One sheet of the analysts' workbook: a report table with headings in the reader's language.
public struct WorkbookSheet: Sendable {
  /// The report's key, as its CSV is named (`plans`, `tasks`…).
  public var key: String
  /// The sheet's name in the run's language.
  public var name: String
  /// One heading per column, shown above the CSV column keys.
  public var headings: [String]
  /// The rows; `table.header` holds the CSV keys, kept for joining sheets and files.
  public var table: CSVTable
  /// Columns kept in view while scrolling sideways.
  public var frozenColumns: Int
  /// Whether the last row holds totals.
  public var endsWithTotals: Bool

  /// A sheet for `table` under report `key`, headed in `language`.
  public init(key: String, table: CSVTable, language: String, frozenColumns: Int = 1, endsWithTotals: Bool = false) {
    self.key = key
    self.name = ColumnLabels.sheet(key, language: language)
    self.headings = table.header.map { ColumnLabels.heading($0, language: language) }
    self.table = table
    self.frozenColumns = frozenColumns
    self.endsWithTotals = endsWithTotals
  }
}

/// Writes `planalign.xlsx`: one sheet per report, typed cells (dates are dates shown
/// dd/mm/yyyy, counts and scores are numbers, plan text is a string and never a formula),
/// headings frozen with filters, widths fitted, A4 landscape printing.
public enum WorkbookReport {
  /// Widest a column is made, in characters; longer text wraps.
  static let widestColumn = 60
  /// Excel's limit on the text of one cell.
  static let cellTextLimit = 32_767

  /// The sheet for one report table: as its CSV file, but the matrix turned (plans as rows,
  /// campaigns as columns headed by their names) and with totals.
  public static func sheet(
    key: String, table: CSVTable, aligned: [AlignedPlan], campaigns: Taxonomy, language: String
  ) -> WorkbookSheet {
    guard key == "campaign_matrix" else { return WorkbookSheet(key: key, table: table, language: language) }
    let turned = AlignmentReports.matrixByPlan(
      aligned, taxonomy: campaigns, mark: matrixMark, totalLabel: ColumnLabels.heading("total", language: language))
    var sheet = WorkbookSheet(key: key, table: turned, language: language, frozenColumns: 3, endsWithTotals: true)
    sheet.headings = turned.header.map { id in
      campaigns.entry(id).map { language == "en" ? $0.nameEn : $0.nameVi } ?? ColumnLabels.heading(id, language: language)
    }
    return sheet
  }

  /// The creation time stored in the workbook: the newest issue date among the plans (midnight
  /// UTC), so the same plans give the same bytes; 1 January 2000 when no plan gives a date.
  public static func creationDate(_ plans: [Plan]) -> Date {
    let newest = plans.compactMap(\.issuedOn).max()
    var components = DateComponents()
    components.year = newest?.year ?? 2000
    components.month = newest?.month ?? 1
    components.day = newest?.day ?? 1
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 946_684_800)
  }

  static func write(_ sheet: WorkbookSheet, into target: XLSXSheet, styles: Styles, measured: ColumnMeasure? = nil) throws(XLSXError) {
    let (widths, rowCount) = measured?.result ?? columnWidths(sheet)
    for (column, width) in widths.enumerated() { target.setWidth(Double(width.characters), column: column) }
    // Constant-memory mode takes rows strictly top to bottom, and refuses ranges above the
    // last row written: the sheet's settings come first.
    let lastRow = rowCount + 1
    target.freeze(rows: 2, columns: sheet.frozenColumns)
    try target.autofilter(headerRow: 1, lastRow: sheet.endsWithTotals ? lastRow - 1 : lastRow, lastColumn: max(sheet.headings.count - 1, 0))
    target.printLandscapeA4(repeatedRows: 0...1, footer: "&L&A&R&P / &N")
    for (column, heading) in sheet.headings.enumerated() {
      try target.write(heading, row: 0, column: column, format: styles.heading)
    }
    for (column, key) in sheet.table.header.enumerated() {
      try target.write(key, row: 1, column: column, format: styles.key)
    }
    var index = 0
    try sheet.table.forEachRow { cells throws(XLSXError) in
      let isTotal = sheet.endsWithTotals && index == rowCount - 1
      for (column, cell) in cells.enumerated() {
        try write(cell, row: index + 2, column: column, into: target, styles: styles, wraps: widths[column].wraps, isTotal: isTotal)
      }
      index += 1
    }
  }

  private static func write(
    _ cell: CSVCell, row: Int, column: Int, into sheet: XLSXSheet, styles: Styles, wraps: Bool, isTotal: Bool
  ) throws(XLSXError) {
    switch cell {
    case .number(let number):
      try sheet.write(Double(number), row: row, column: column, format: isTotal ? styles.total : nil)
    case .decimal(let text):
      guard let number = Double(text) else { return }
      try sheet.write(number, row: row, column: column, format: isTotal ? styles.total : nil)
    case .date(let text):
      guard !text.isEmpty else { return }
      if let (year, month, day) = isoDate(text) {
        try sheet.write(year: year, month: month, day: day, row: row, column: column, format: styles.date)
      } else {
        try sheet.write(text, row: row, column: column)
      }
    case .text(let text), .value(let text):
      guard !text.isEmpty else { return }
      let format = isTotal ? styles.total : text == matrixMark ? styles.mark : wraps ? styles.wrapped : nil
      try sheet.write(cappedText(text), row: row, column: column, format: format)
    }
  }

  /// The mark a matrix cell holds where a plan names a campaign.
  public static let matrixMark = "●"

  /// `YYYY-MM-DD` within the years a spreadsheet date can hold.
  static func isoDate(_ text: String) -> (Int, Int, Int)? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (year, month, day)
  }

  /// Text within Excel's limit for one cell, cut with an ellipsis beyond it.
  static func cappedText(_ text: String) -> String {
    // A text has at most as many UTF-16 units as UTF-8 bytes: only a text of more bytes than
    // the limit is counted in UTF-16, which indexes a string and attaches the index to it (for
    // as long as the plan lives: about 20 MB at 7,000 plans when every cell was counted).
    guard text.utf8.count > cellTextLimit, text.utf16.count > cellTextLimit else { return text }
    return String(text.prefix(cellTextLimit - 100)) + "…"
  }

  /// Each column's width in characters, from its heading, key and longest value (capped), and
  /// whether its text wraps; and how many rows the sheet's table has. One pass over the rows.
  static func columnWidths(_ sheet: WorkbookSheet) -> (widths: [(characters: Int, wraps: Bool)], rowCount: Int) {
    var measure = ColumnMeasure(sheet)
    sheet.table.forEachRow { measure.add($0) }
    return measure.result
  }

  /// A sheet's column widths and row count, measured row by row as the rows go by: while its
  /// CSV file is written, so that the sheet need not make its rows once more to measure them.
  public struct ColumnMeasure {
    private var widest: [Int]
    private var wraps: [Bool]
    private var rowCount = 0

    /// A measure for `sheet`'s columns, starting from its headings and keys.
    public init(_ sheet: WorkbookSheet) {
      // Headings wrap over two or three lines, so they ask for less than their full length.
      widest = sheet.headings.indices.map { max(min(sheet.headings[$0].count, 16), sheet.table.header[$0].count) }
      wraps = Array(repeating: false, count: widest.count)
    }

    /// Counts one row of the sheet's table.
    public mutating func add(_ row: [CSVCell]) {
      rowCount += 1
      for (column, cell) in row.enumerated() where column < widest.count {
        let length: Int
        switch cell {
        case .number(let number): length = String(number).count
        case .date(let text): length = text.isEmpty ? 0 : 10
        case .decimal(let text), .value(let text), .text(let text): length = TextFolding.characterCount(text, upTo: widestColumn + 1)
        }
        if length > widestColumn { wraps[column] = true }
        widest[column] = max(widest[column], min(length, widestColumn))
      }
    }

    /// Each column's width (with a margin) and whether it wraps, and the rows counted.
    var result: (widths: [(characters: Int, wraps: Bool)], rowCount: Int) {
      (zip(widest, wraps).map { ($0 + 2, $1) }, rowCount)
    }
  }

  /// The formats every sheet shares.
  struct Styles {
    let heading, key, date, wrapped, mark, total: XLSXFormat

    init(_ workbook: XLSXWorkbook) {
      var heading = XLSXStyle()
      heading.bold = true
      heading.wrap = true
      heading.background = 0xE8EEF4
      heading.bottomBorder = true
      self.heading = workbook.addFormat(heading)
      var key = XLSXStyle()
      key.italic = true
      key.fontColor = 0x6B7280
      key.bottomBorder = true
      self.key = workbook.addFormat(key)
      var date = XLSXStyle()
      date.numberFormat = "dd/mm/yyyy"
      self.date = workbook.addFormat(date)
      var wrapped = XLSXStyle()
      wrapped.wrap = true
      self.wrapped = workbook.addFormat(wrapped)
      var mark = XLSXStyle()
      mark.centered = true
      self.mark = workbook.addFormat(mark)
      var total = XLSXStyle()
      total.bold = true
      self.total = workbook.addFormat(total)
    }
  }
}
