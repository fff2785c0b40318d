import CLibCSV
import Foundation

/// One CSV record with the 1-based physical line on which it starts.
public struct CSVRecord: Equatable, Sendable {
  /// The fields, exactly as libcsv delivered them (no trimming).
  public var fields: [String]
  /// The 1-based line where the record begins in its file.
  public var line: Int

  /// Creates a record.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// Reads CSV with libcsv (`csv_parse` / `csv_fini`) in strict mode.
///
/// A leading UTF-8 byte order mark is removed before parsing, spaces around
/// unquoted fields are kept, and a blank line is skipped (libcsv's default).
public enum CSVReader {
  /// Parses `data` into records; `source` names the file in error messages.
  public static func records(from data: Data, source: String) throws -> [CSVRecord] {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    let parser = try LibCSVParser(source: source)
    return try parser.parse(bytes)
  }

  /// Parses a file that starts with a header row into dictionaries keyed by column name.
  ///
  /// - Parameters:
  ///   - required: columns that must be present.
  ///   - known: every column the caller understands; any other column is an error. `nil` accepts all.
  public static func table(
    from data: Data, source: String, required: [String], known: Set<String>? = nil
  ) throws -> (header: [String], rows: [(line: Int, values: [String: String])]) {
    let table = try columns(from: data, source: source, required: required, known: known)
    let rows = table.records.map { record in
      var values = [String: String](minimumCapacity: table.header.count)
      for (index, column) in table.header.enumerated() {
        values[column] = index < record.fields.count ? record.fields[index] : ""
      }
      return (line: record.line, values: values)
    }
    return (table.header, rows)
  }

  /// Parses a file that starts with a header row, keeping records as they are and each column's
  /// position: for large files (the gazetteer) where a dictionary per row costs more than
  /// parsing. Checks columns as ``table(from:source:required:known:)`` does.
  public static func columns(
    from data: Data, source: String, required: [String], known: Set<String>? = nil
  ) throws -> CSVColumnTable {
    let all = try records(from: data, source: source)
    guard let first = all.first else {
      throw CSVError.missingColumn(source: source, column: required.first ?? "header")
    }
    let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    for column in required where !header.contains(column) {
      throw CSVError.missingColumn(source: source, column: column)
    }
    if let known {
      for column in header where !known.contains(column) {
        throw CSVError.unknownColumn(source: source, column: column)
      }
    }
    return CSVColumnTable(header: header, records: Array(all.dropFirst()))
  }
}

/// A CSV file read with its header: the records after it, and where each column is.
public struct CSVColumnTable: Sendable {
  /// The column names (trimmed).
  public let header: [String]
  /// The records after the header.
  public let records: [CSVRecord]
  private let positions: [String: Int]

  init(header: [String], records: [CSVRecord]) {
    self.header = header
    self.records = records
    // A name given twice means its last column, as a dictionary built row by row has it.
    positions = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { $1 })
  }

  /// Where `column` is; `nil` when the file has no such column.
  public func position(_ column: String) -> Int? { positions[column] }

  /// The field at `position` of `record`: `""` when the record is shorter, `nil` when the
  /// column is missing (`position` is `nil`).
  public func value(at position: Int?, in record: CSVRecord) -> String? {
    guard let position else { return nil }
    return position < record.fields.count ? record.fields[position] : ""
  }
}

/// Owns one `csv_parser` and the records its callbacks build; frees both in `deinit`. The
/// callbacks reach the records through a pointer to them (a class's stored properties would be
/// checked for exclusive access on every field: a tenth of loading the gazetteer).
final class LibCSVParser {
  private let parser: UnsafeMutablePointer<csv_parser>
  private let source: String
  private let builder: UnsafeMutablePointer<RecordBuilder>

  /// Wraps `csv_init` with `CSV_STRICT | CSV_STRICT_FINI`; spaces are never trimmed.
  init(source: String) throws {
    self.source = source
    parser = .allocate(capacity: 1)
    let code = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI))
    guard code == 0 else {
      parser.deallocate()
      throw CSVError.initializationFailed(code: code)
    }
    csv_set_space_func(parser) { _ in 0 }
    builder = .allocate(capacity: 1)
    builder.initialize(to: RecordBuilder())
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
    builder.deinitialize(count: 1)
    builder.deallocate()
  }

  /// Feeds the bytes line by line (so records know their line) and finishes with `csv_fini`.
  /// A line ends at LF, CR LF, or a lone CR (old Mac spreadsheets), as libcsv ends records.
  func parse(_ bytes: [UInt8]) throws -> [CSVRecord] {
    let context = UnsafeMutableRawPointer(builder)
    try bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && !RecordBuilder.endsLine(bytes, at: end) { end += 1 }
        if end < bytes.count { end += 1 }
        let consumed = csv_parse(parser, bytes.baseAddress! + start, end - start, fieldCallback, recordCallback, context)
        if consumed != end - start { try fail() }
        if let line = builder.pointee.badUTF8Line { throw CSVError.notUTF8(source: source, line: line) }
        builder.pointee.currentLine += 1
        start = end
      }
    }
    builder.pointee.currentLine = max(builder.pointee.currentLine - 1, 1)
    if csv_fini(parser, fieldCallback, recordCallback, context) != 0 {
      throw CSVError.malformed(
        source: source, line: builder.pointee.lastEndLine + 1, reason: "a quoted field is never closed")
    }
    if let line = builder.pointee.badUTF8Line { throw CSVError.notUTF8(source: source, line: line) }
    return builder.pointee.finished
  }

  private func fail() throws -> Never {
    let code = csv_error(parser)
    switch Int32(code) {
    case CSV_EPARSE:
      throw CSVError.malformed(
        source: source, line: builder.pointee.currentLine,
        reason: "a quote inside an unquoted field, or text after a closing quote")
    default:
      let text = csv_strerror(code).map { String(cString: $0) } ?? "error \(code)"
      throw CSVError.resourceExhausted(source: source, reason: text)
    }
  }
}

/// The records libcsv's callbacks build, field by field, with the line each starts on.
private struct RecordBuilder {
  var fields: [String] = []
  var embeddedNewlines = 0
  var finished: [CSVRecord] = []
  var currentLine = 1
  var lastEndLine = 0
  var badUTF8Line: Int?

  /// Whether the byte at `index` ends a line: LF, or CR not followed by LF.
  static func endsLine<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Bool
  where Bytes.Index == Int {
    bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A))
  }

  /// Keeps a field as text, noting a field that is not UTF-8 and the line ends inside it.
  mutating func addField(_ pointer: UnsafeMutableRawPointer?, _ count: Int) {
    guard let pointer, count > 0 else {
      fields.append("")
      return
    }
    let bytes = UnsafeBufferPointer(start: pointer.assumingMemoryBound(to: UInt8.self), count: count)
    // One pass tells an ASCII field (always valid) and whether a line ends inside it.
    var (ascii, breaks) = (true, false)
    for byte in bytes {
      if byte >= 0x80 { ascii = false } else if byte == 0x0A || byte == 0x0D { breaks = true }
    }
    guard let text = String(exactUTF8: bytes, isASCII: ascii) else {
      badUTF8Line = badUTF8Line ?? currentLine
      fields.append("")
      return
    }
    if breaks {
      embeddedNewlines += bytes.indices.count { Self.endsLine(bytes, at: $0) }
    }
    fields.append(text)
  }

  mutating func endRecord() {
    finished.append(CSVRecord(fields: fields, line: currentLine - embeddedNewlines))
    fields.removeAll(keepingCapacity: true)
    embeddedNewlines = 0
    lastEndLine = currentLine
  }
}

private func fieldCallback(_ field: UnsafeMutableRawPointer?, _ count: Int, _ context: UnsafeMutableRawPointer?) {
  guard let context else { return }
  context.assumingMemoryBound(to: RecordBuilder.self).pointee.addField(field, count)
}

private func recordCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
  guard let context else { return }
  context.assumingMemoryBound(to: RecordBuilder.self).pointee.endRecord()
}
