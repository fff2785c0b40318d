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
  /// A text longer than this wraps in its cell. A column is as wide as its longest text (up to
  /// ``widestColumn``), so a shorter text fits on one line even in capitals, which are wider
  /// than the digit a column's width counts; a longer one is wrapped rather than cut off
  /// where the column is narrower than it. Decided cell by cell, as rows are written, before
  /// the column's width is known.
  static let wrapsBeyond = 40
  /// Excel's limit on the text of one cell.
  static let cellTextLimit = 32_767

  /// The sheet for one report table: as its CSV file, but the matrix turned (plans as rows,
  /// campaigns as columns headed by their names) and with totals.
  public static func sheet(
    key: String, table: @autoclosure () -> CSVTable, aligned: [AlignedPlan], campaigns: Taxonomy, language: String
  ) -> WorkbookSheet {
    // The matrix's own table (campaigns × plans, its coverage worked out) is not made for it.
    guard key == "campaign_matrix" else { return WorkbookSheet(key: key, table: table(), language: language) }
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

  /// Writes `sheet` into `target` in one pass over its table's rows (see ``WorkbookSheetWriter``).
  static func write(_ sheet: WorkbookSheet, into target: XLSXSheet, styles: Styles) throws(XLSXError) {
    let writer = try WorkbookSheetWriter(sheet, into: target, styles: styles)
    sheet.table.forEachRow { writer.add($0) }
    try writer.finish()
  }

  /// Writes one cell: numbers and dates typed, text capped at Excel's limit; a text of
  /// `length` characters (as ``ColumnMeasure/add(_:)`` counted them) wraps within its column
  /// when longer than ``wrapsBeyond``.
  static func write(
    _ cell: CSVCell, length: Int, row: Int, column: Int, into sheet: XLSXSheet, styles: Styles, isTotal: Bool
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
      let wraps = length > wrapsBeyond
      // The mark's three bytes are checked first: most cells are longer.
      let isMark = text.utf8.count == matrixMark.utf8.count && text == matrixMark
      let format = isTotal ? styles.total : isMark ? styles.mark : wraps ? styles.wrapped : nil
      try sheet.write(cappedText(text), row: row, column: column, format: format)
    }
  }

  /// The mark a matrix cell holds where a plan names a campaign.
  public static let matrixMark = "●"

  /// `YYYY-MM-DD` within the years a spreadsheet date can hold.
  static func isoDate(_ text: String) -> (Int, Int, Int)? {
    // The dates the reports write are all ten ASCII bytes, `2024-03-15`: read from the bytes.
    let digits = text.withBytes { bytes -> (Int, Int, Int)? in
      guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
      var value = 0
      for index in 0..<10 where index != 4 && index != 7 {
        let digit = Int(bytes[index]) - 0x30
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return (value / 10_000, value / 100 % 100, value % 100)
    }
    if let (year, month, day) = digits {
      return (1900...9999).contains(year) && (1...12).contains(month) && (1...31).contains(day) ? (year, month, day) : nil
    }
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
    // as long as the plan lives: about 45 MB at 7,000 plans when every cell was counted).
    guard text.utf8.count > cellTextLimit, text.utf16.count > cellTextLimit else { return text }
    return String(text.prefix(cellTextLimit - 100)) + "…"
  }

  /// A sheet's column widths in characters, from its headings, keys and longest values (capped),
  /// measured row by row as the rows go by.
  struct ColumnMeasure {
    private var widest: [Int]

    /// A measure for `sheet`'s columns, starting from its headings and keys.
    init(_ sheet: WorkbookSheet) {
      // Headings wrap over two or three lines, so they ask for less than their full length.
      widest = sheet.headings.indices.map { max(min(sheet.headings[$0].count, 16), sheet.table.header[$0].count) }
    }

    /// Counts one row of the sheet's table; each cell's length in characters (a text's counted
    /// up to one past ``widestColumn``), which also decides whether it wraps. A text of no more
    /// bytes than its column is already wide, and than ``wrapsBeyond``, is not counted: it has
    /// no more characters than bytes, so it neither widens the column nor wraps, and its byte
    /// count stands for its length.
    mutating func add(_ row: [CSVCell]) -> [Int] {
      row.enumerated().map { column, cell in
        let length: Int
        switch cell {
        case .number(let number): length = Self.digitCount(number)
        case .date(let text): length = text.isEmpty ? 0 : 10
        case .decimal(let text), .value(let text), .text(let text):
          let bytes = text.utf8.count
          if column < widest.count, bytes <= widest[column], bytes <= wrapsBeyond { return bytes }
          length = TextFolding.characterCount(text, upTo: widestColumn + 1)
        }
        if column < widest.count { widest[column] = max(widest[column], min(length, widestColumn)) }
        return length
      }
    }

    /// The characters `number` is written with: its digits and a minus sign (as `String(number)`,
    /// counted without making the string: a sheet has as many numbers as rows).
    static func digitCount(_ number: Int) -> Int {
      var (count, rest) = (number < 0 ? 2 : 1, number.magnitude / 10)
      while rest > 0 {
        count += 1
        rest /= 10
      }
      return count
    }

    /// Each column's width, with a margin.
    var widths: [Int] { widest.map { $0 + 2 } }
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
