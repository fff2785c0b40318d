import CLibCSV
import Foundation

/// One cell of a report table: text from a plan (untrusted) or a value the tool produced.
public enum CSVCell: Equatable, Sendable {
  /// Text that may come from a plan; a leading formula character is neutralised on write.
  case text(String)
  /// An integer count, year, line number or delta.
  case number(Int)
  /// A value the tool produced (an ID, a code, a flag). IDs come from files staff edit, so a
  /// leading formula character is neutralised here too; a number is not.
  case value(String)
  /// A decimal the tool computed (a score, a median day), written with a point: `0.85`, `12.5`;
  /// empty when there is none.
  case decimal(String)
  /// A calendar date as ISO `YYYY-MM-DD`; empty when there is none.
  case date(String)

  /// The cell as it will appear in a comma-separated file, before quoting.
  public var rendered: String { rendered(decimalComma: false) }

  /// The cell as it will appear in the file, before quoting; `decimalComma` writes decimals
  /// as `0,85` for spreadsheets set to a Vietnamese or European locale.
  public func rendered(decimalComma: Bool) -> String {
    switch self {
    case .text(let text): return CSVWriter.neutralisingFormula(text)
    case .number(let number): return String(number)
    case .value(let value), .date(let value):
      return Double(value) != nil && value.allSatisfy({ $0.isASCII }) ? value : CSVWriter.neutralisingFormula(value)
    case .decimal(let value):
      return decimalComma ? DecimalText.withDecimalComma(value) : value
    }
  }
}

/// A report table: a header and rows of cells.
///
/// A table's rows are either held, or made in parts (one part per plan) each time the table
/// is written: a table of every item of thousands of plans is then never in memory as a whole,
/// only the part being written.
public struct CSVTable: Equatable, Sendable {
  /// Column names (snake_case English).
  public var header: [String]
  private var source: Source

  private enum Source: Sendable {
    case held([[CSVCell]])
    case parts(count: Int, make: @Sendable (Int) -> [[CSVCell]])
  }

  /// Creates a table holding `rows`.
  public init(header: [String], rows: [[CSVCell]] = []) {
    self.header = header
    self.source = .held(rows)
  }

  /// Creates a table whose rows are made when it is read: part `index` (for
  /// `index` in `0..<parts`) gives the rows that come next, in order.
  public init(header: [String], parts: Int, rows: @escaping @Sendable (_ index: Int) -> [[CSVCell]]) {
    self.header = header
    self.source = .parts(count: parts, make: rows)
  }

  /// Creates a table of one row per element of `items`, each row made by `row` when the table
  /// is read, a thousand at a time.
  public init<Item: Sendable>(header: [String], rowsOf items: [Item], _ row: @escaping @Sendable (Item) -> [CSVCell]) {
    let size = 1_000
    self.init(header: header, parts: (items.count + size - 1) / size) { part in
      items[part * size..<min(items.count, (part + 1) * size)].map(row)
    }
  }

  /// Rows, each with one cell per column (made in full for a table made in parts).
  public var rows: [[CSVCell]] {
    get {
      switch source {
      case .held(let rows): return rows
      case .parts(let count, let make): return (0..<count).flatMap(make)
      }
    }
    set { source = .held(newValue) }
  }

  /// Calls `body` with each row in order, holding no more than one part of the rows at a time.
  public func forEachRow<Failure: Error>(_ body: ([CSVCell]) throws(Failure) -> Void) throws(Failure) {
    switch source {
    case .held(let rows): for row in rows { try body(row) }
    case .parts(let count, let make):
      for index in 0..<count {
        for row in make(index) { try body(row) }
      }
    }
  }

  public static func == (lhs: CSVTable, rhs: CSVTable) -> Bool {
    lhs.header == rhs.header && lhs.rows == rhs.rows
  }
}

/// Writes CSV for spreadsheets: fields quoted by libcsv's `csv_write`, comma separated (or
/// another separator), CRLF.
public struct CSVWriter: Sendable {
  /// The characters that may separate fields.
  public static let separators: [Character] = [",", ";", "\t"]

  /// Whether to start the file with a UTF-8 byte order mark (Excel needs it to read UTF-8).
  public var byteOrderMark: Bool
  /// The field separator: `,` (default), `;` or a tab. With `;` decimals are written with a
  /// comma (`0,85`), as spreadsheets in a Vietnamese or European locale read them.
  public var separator: Character

  /// Creates a writer; `byteOrderMark` defaults to on, `separator` to a comma.
  public init(byteOrderMark: Bool = true, separator: Character = ",") {
    precondition(Self.separators.contains(separator), "unsupported CSV separator")
    self.byteOrderMark = byteOrderMark
    self.separator = separator
  }

  /// Writes `table` to `stream`.
  public func write(_ table: CSVTable, to stream: inout some TextOutputStream) {
    write(table) { stream.write(String(decoding: $0, as: UTF8.self)) }
  }

  /// Writes `table` to a stream that takes its rows' bytes as they are (a report file): a row
  /// is not made a string first, which checks every byte again.
  public func write(_ table: CSVTable, to stream: inout some UTF8OutputStream) {
    write(table) { stream.write(utf8: $0) }
  }

  private func write(_ table: CSVTable, _ emit: ([UInt8]) -> Void) {
    if byteOrderMark { emit(Array("\u{FEFF}".utf8)) }
    // Headers can be built from names (the matrix's “District year” columns): guarded too.
    emit(row(table.header.map(Self.neutralisingFormula)))
    let decimalComma = separator == ";"
    table.forEachRow { row in emit(self.row(row.map { $0.rendered(decimalComma: decimalComma) })) }
  }

  /// Returns the encoded file.
  public func data(_ table: CSVTable) -> Data {
    var text = ""
    write(table, to: &text)
    return Data(text.utf8)
  }

  /// One row's bytes: its fields, quoted where needed, put together to be written at once (a
  /// write per field and a scan of Unicode scalars per field cost more than the rest of
  /// writing a table).
  private func row(_ fields: [String]) -> [UInt8] {
    // A row of one empty field would be a blank line, which readers skip: quote it.
    if fields.count == 1, fields[0].isEmpty { return Array((Self.quoted("") + "\r\n").utf8) }
    let separator = self.separator.asciiValue!
    var row: [UInt8] = []
    row.reserveCapacity(fields.reduce(2) { $0 + $1.utf8.count + 1 })
    for (index, field) in fields.enumerated() {
      if index > 0 { row.append(separator) }
      if Self.needsQuoting(field, separator: separator) {
        Self.appendQuoted(field, to: &row)
      } else {
        row.append(utf8Of: field)
      }
    }
    row += [0x0D, 0x0A]
    return row
  }

  /// The field as it goes into a comma-separated file: quoted by `csv_write` when it holds a
  /// separator, a quote, a line break or surrounding spaces; otherwise unchanged.
  public static func field(_ text: String) -> String {
    needsQuoting(text, separator: 0x2C) ? quoted(text) : text
  }

  /// `text` quoted by libcsv's `csv_write` (surrounding quotes, inner quotes doubled).
  static func quoted(_ text: String) -> String {
    var output: [UInt8] = []
    appendQuoted(text, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends `text` quoted by `csv_write`, written by libcsv straight after `bytes`' end.
  private static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    text.withBytes { source in
      // A one-byte buffer keeps the source pointer non-null for the empty string.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { empty in
        let start = source.baseAddress ?? UnsafePointer(empty.baseAddress!)
        let size = csv_write(nil, 0, start, source.count)
        let end = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: size))
        bytes.withUnsafeMutableBufferPointer { out in
          _ = csv_write(out.baseAddress! + end, size, start, source.count)
        }
      }
    }
  }

  /// Whether `text` must be quoted: it starts or ends with a space, or holds the separator, a
  /// quote or a line break (all ASCII, so its UTF-8 bytes are enough to tell).
  private static func needsQuoting(_ text: String, separator: UInt8) -> Bool {
    text.withBytes { bytes in
      guard let first = bytes.first, let last = bytes.last else { return false }
      if first == 0x20 || last == 0x20 { return true }
      return bytes.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }
  }

  /// Prefixes `'` when a text cell starts with a character a spreadsheet reads as a formula
  /// (`=`, `+`, `-`, `@`, tab, carriage return).
  public static func neutralisingFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    switch first {
    case "=", "+", "-", "@", "\t", "\r": return "'" + text
    default: return text
    }
  }
}

/// A text stream that also takes UTF-8 bytes as they are: a report file, written without
/// making the bytes a string first.
public protocol UTF8OutputStream: TextOutputStream {
  /// Appends `bytes`, which are valid UTF-8.
  mutating func write(utf8 bytes: [UInt8])
}
