import CLibCSV
import Foundation

/// One cell of a report table: text from a plan (untrusted) or a value the tool produced.
public enum CSVCell: Equatable, Sendable {
  /// Text that may come from a plan; a leading formula character is neutralised on write.
  case text(String)
  /// An integer count, year, line number or delta.
  case number(Int)
  /// A value the tool produced (an ID, an ISO date, a score, a signed day count). IDs come from
  /// files staff edit, so a leading formula character is neutralised here too; a number is not.
  case value(String)

  /// The cell as it will appear in the file, before quoting.
  public var rendered: String {
    switch self {
    case .text(let text): return CSVWriter.neutralisingFormula(text)
    case .number(let number): return String(number)
    case .value(let value): return Double(value) != nil && value.allSatisfy({ $0.isASCII }) ? value : CSVWriter.neutralisingFormula(value)
    }
  }
}

/// A report table: a header and rows of cells.
public struct CSVTable: Equatable, Sendable {
  /// Column names (snake_case English).
  public var header: [String]
  /// Rows, each with one cell per column.
  public var rows: [[CSVCell]]

  /// Creates a table.
  public init(header: [String], rows: [[CSVCell]] = []) {
    self.header = header
    self.rows = rows
  }
}

/// Writes CSV for spreadsheets: fields quoted by libcsv's `csv_write`, comma separated, CRLF.
public struct CSVWriter: Sendable {
  /// Whether to start the file with a UTF-8 byte order mark (Excel needs it to read UTF-8).
  public var byteOrderMark: Bool

  /// Creates a writer; `byteOrderMark` defaults to on.
  public init(byteOrderMark: Bool = true) {
    self.byteOrderMark = byteOrderMark
  }

  /// Writes `table` to `stream`.
  public func write(_ table: CSVTable, to stream: inout some TextOutputStream) {
    if byteOrderMark { stream.write("\u{FEFF}") }
    // Headers can be built from names (the matrix's “District year” columns): guarded too.
    writeRow(table.header.map(Self.neutralisingFormula), to: &stream)
    for row in table.rows { writeRow(row.map(\.rendered), to: &stream) }
  }

  /// Returns the encoded file.
  public func data(_ table: CSVTable) -> Data {
    var text = ""
    write(table, to: &text)
    return Data(text.utf8)
  }

  private func writeRow(_ fields: [String], to stream: inout some TextOutputStream) {
    // A row of one empty field would be a blank line, which readers skip: quote it.
    if fields.count == 1, fields[0].isEmpty {
      stream.write(Self.quoted(""))
      stream.write("\r\n")
      return
    }
    for (index, field) in fields.enumerated() {
      if index > 0 { stream.write(",") }
      stream.write(Self.field(field))
    }
    stream.write("\r\n")
  }

  /// The field as it goes into the file: quoted by `csv_write` when it holds a separator,
  /// a quote, a line break or surrounding spaces; otherwise unchanged.
  public static func field(_ text: String) -> String {
    needsQuoting(text) ? quoted(text) : text
  }

  /// `text` quoted by libcsv's `csv_write` (surrounding quotes, inner quotes doubled).
  static func quoted(_ text: String) -> String {
    // A one-byte buffer keeps the source pointer non-null for the empty string.
    let source = Array(text.utf8) + [0]
    let length = source.count - 1
    let size = source.withUnsafeBytes { csv_write(nil, 0, $0.baseAddress, length) }
    var output = [UInt8](repeating: 0, count: size)
    _ = output.withUnsafeMutableBytes { out in
      source.withUnsafeBytes { csv_write(out.baseAddress, size, $0.baseAddress, length) }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func needsQuoting(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if first == " " || last == " " { return true }
    return text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
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
