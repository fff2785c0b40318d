import Foundation
import ZIPFoundation

/// The data behind a large page's detail tables and tooltips, written as compact JSON whose
/// strings are kept once in a table (`s`) and referred to by index, then gzip-compressed and
/// embedded in base64; the page's script expands it with the browser's `DecompressionStream`.
///
/// A table is `{"id", "cols": [[label, kind]], "rows": [[cell…]]}`. Cell kinds: `t` text, `n`
/// number and `d` date (each a string index, the text as the page shows it), `p` a plan (an
/// index into `plans`), `s` a source (`[plan, place, excerpt]`, string indices but the plan).
struct PageData {
  /// A column of a data table.
  struct Column {
    var label: String
    var kind: Character
  }

  private var strings: [String] = []
  private var indices: [UTF8Key: Int] = [:]
  /// The JSON written so far, as UTF-8: the data is written piece by piece into buffers, never
  /// held as rows of cells or copied whole (for thousands of plans it is tens of MB).
  private var json: [UInt8] = [UInt8(ascii: "{")]
  /// The beginning of the JSON, moved to `spool` a megabyte at a time as `json` grows.
  private var jsonParts: [Part] = []
  /// The tables written so far, as parts that follow `json` in the data: each table's rows are
  /// kept in the buffer they were written into, not copied into a larger one, or in `spool`.
  private var tables: [Part] = []
  /// Where the tables' rows wait until the data is compressed (at 7,000 plans, 11 MB held beside
  /// the reports being written); in memory when `nil` or when the spool cannot take them.
  private let spool: SpoolFile?
  /// The rows of the table being written (see ``beginTable()``).
  private var tableRows: [UInt8] = []
  private var tableRowCount = 0
  /// Rows in the array of integers being written (see ``beginNumberRows(_:)``).
  private var numberRowCount = 0
  /// The first rows of the table being written, moved to `spool` a megabyte at a time.
  private var tableRowParts: [Part] = []
  /// How many bytes a buffer holds before it is moved to the spool: a large page's biggest
  /// table is 13 MB at 7,000 plans, held (with its buffer's doubling) while it is written.
  private static let spoolChunk = 1 << 20

  /// A piece of the data: bytes in memory or in the spool.
  enum Part {
    case held([UInt8])
    case spooled(SpoolFile, offset: Int64, count: Int)

    /// How many bytes.
    var count: Int {
      switch self {
      case .held(let bytes): return bytes.count
      case .spooled(_, _, let count): return count
      }
    }

    /// The bytes of `range`; `nil` when the spool cannot give them back (an I/O error).
    func bytes(_ range: Range<Int>) -> ArraySlice<UInt8>? {
      switch self {
      case .held(let bytes): return bytes[range]
      case .spooled(let spool, let offset, _):
        return spool.bytes(at: offset + Int64(range.lowerBound), count: range.count).map { $0[...] }
      }
    }
  }

  /// Data whose tables' rows wait in `spool`, when given, until compressed.
  init(spool: SpoolFile? = nil) {
    self.spool = spool
  }

  /// The index of `text` in the string table, adding it the first time.
  mutating func string(_ text: String) -> Int {
    if let index = indices[UTF8Key(text)] { return index }
    indices[UTF8Key(text)] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  /// Adds `"key": value` where `value` is already JSON.
  mutating func field(_ key: String, _ value: String) {
    startField(key)
    json.append(utf8Of: value)
  }

  private mutating func startField(_ key: String) {
    if json.count > 1 || !jsonParts.isEmpty { json.append(UInt8(ascii: ",")) }
    json += "\"\(key)\":".utf8
  }

  /// Adds an array of rows of integers (indices and numbers), each row as `rows` gives it.
  mutating func rows(_ key: String, _ rows: some Sequence<[Int]>) {
    beginNumberRows(key)
    for row in rows { addNumberRow(row) }
    endNumberRows()
  }

  /// Starts an array of rows of integers, written one at a time with ``addNumberRow(_:)`` (rows
  /// whose strings are added as they are made) and ended by ``endNumberRows()``.
  mutating func beginNumberRows(_ key: String) {
    startField(key)
    json.append(UInt8(ascii: "["))
    numberRowCount = 0
  }

  /// Adds a row of integers to the array begun.
  mutating func addNumberRow(_ row: [Int]) {
    Self.appendRow(row.lazy.map { String($0).utf8 }, first: numberRowCount == 0, to: &json, parts: &jsonParts, spool: spool)
    numberRowCount += 1
  }

  /// Appends `[cell,cell,…]` to `buffer`, after a comma unless it is the first row, then moves
  /// the buffer to the spool once it is full.
  private static func appendRow<Cells: Sequence>(
    _ cells: Cells, first: Bool, to buffer: inout [UInt8], parts: inout [Part], spool: SpoolFile?
  ) where Cells.Element: Sequence<UInt8> {
    if !first { buffer.append(UInt8(ascii: ",")) }
    buffer.append(UInt8(ascii: "["))
    for (index, cell) in cells.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      buffer += cell
    }
    buffer.append(UInt8(ascii: "]"))
    spoolIfFull(&buffer, into: &parts, spool: spool)
  }

  /// Ends the array begun.
  mutating func endNumberRows() {
    json.append(UInt8(ascii: "]"))
  }

  /// `bytes` written to `spool`, or `nil` when there is none or it cannot take them.
  private static func spooled(_ bytes: [UInt8], in spool: SpoolFile?) -> Part? {
    spool.flatMap { spool in spool.append(bytes).map { Part.spooled(spool, offset: $0, count: bytes.count) } }
  }

  /// Moves `buffer` to the spool, as the next of `parts`, once it holds ``spoolChunk`` bytes;
  /// keeps it in memory when there is no spool or it cannot take them.
  private static func spoolIfFull(_ buffer: inout [UInt8], into parts: inout [Part], spool: SpoolFile?) {
    guard buffer.count >= spoolChunk, let part = spooled(buffer, in: spool) else { return }
    parts.append(part)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Starts a table; its rows follow with ``addRow(_:)`` and ``endTable(id:columns:)`` ends it.
  mutating func beginTable() {
    tableRows.removeAll(keepingCapacity: true)
    tableRowParts = []
    tableRowCount = 0
  }

  /// Adds a row of the table begun, its cells already written as JSON.
  mutating func addRow(_ cells: [String]) {
    Self.appendRow(cells.lazy.map(\.utf8), first: tableRowCount == 0, to: &tableRows, parts: &tableRowParts, spool: spool)
    tableRowCount += 1
  }

  /// Ends the table begun: `{"id", "cols", "rows"}`. The columns' labels join the string
  /// table after the rows' strings.
  mutating func endTable(id: String, columns: [Column]) {
    var head = Array((tables.isEmpty ? "" : ",").utf8)
    head += ("{\"id\":" + Self.quoted(id) + ",\"cols\":[").utf8
    for (index, column) in columns.enumerated() {
      if index > 0 { head.append(UInt8(ascii: ",")) }
      head += "[\(string(column.label)),\"\(column.kind)\"]".utf8
    }
    head += "],\"rows\":[".utf8
    // Spooled, or kept at its length: the buffer grew by doubling, and a large page's tables
    // are held until the page is compressed.
    let rows = Self.spooled(tableRows, in: spool) ?? .held(tableRows.withExactCapacity())
    tables += [.held(head)] + tableRowParts + [rows, .held(Array("]}".utf8))]
    tableRows = []
    tableRowParts = []
  }

  /// The JSON text, as UTF-8 parts to be read one after the other (see ``gzip(_:)``). The data
  /// takes no more strings: their index is let go, and the string table goes to the spool a
  /// megabyte at a time (at 7,000 plans the two were 13 MB at the run's peak).
  mutating func finish() -> [Part] {
    startField("tables")
    json.append(UInt8(ascii: "["))
    let head = jsonParts + [Part.held(json.withExactCapacity())]
    json = []
    jsonParts = []
    indices = [:]
    // The tables' closing bracket, then the string table.
    var stringParts: [Part] = []
    var buffer = Array("],\"s\":[".utf8)
    for (index, text) in strings.enumerated() {
      if index > 0 { buffer.append(UInt8(ascii: ",")) }
      Self.appendQuoted(text, to: &buffer)
      Self.spoolIfFull(&buffer, into: &stringParts, spool: spool)
    }
    strings = []
    buffer += "]}".utf8
    let parts = head + tables + stringParts + [.held(buffer.withExactCapacity())]
    tables = []
    return parts
  }

  /// `text` as a JSON string; control characters escaped, so plan text cannot break it.
  static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string (see ``quoted(_:)``) to `buffer`, working on its UTF-8:
  /// the bytes between the few that need escaping are copied a run at a time.
  static func appendQuoted(_ text: String, to buffer: inout [UInt8]) {
    buffer.append(UInt8(ascii: "\""))
    text.withBytes { bytes in
      var runStart = 0, index = 0
      func escape(_ escaped: String, skipping length: Int) {
        buffer.append(contentsOf: bytes[runStart..<index])
        buffer.append(contentsOf: escaped.utf8)
        index += length
        runStart = index
      }
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
        case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
        case UInt8(ascii: "\n"): escape("\\n", skipping: 1)
        case UInt8(ascii: "\r"): escape("\\r", skipping: 1)
        case UInt8(ascii: "\t"): escape("\\t", skipping: 1)
        case ..<0x20: escape(hexEscapes[Int(byte)], skipping: 1)
        // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript.
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] & 0xFE) == 0xA8:
          escape(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", skipping: 3)
        default: index += 1
        }
      }
      buffer.append(contentsOf: bytes[runStart...])
    }
    buffer.append(UInt8(ascii: "\""))
  }

  /// `\u00XX` for each control character below U+0020.
  private static let hexEscapes: [String] = (0..<0x20).map { String(format: "\\u%04x", $0) }

  /// `parts`, read one after the other, in the gzip format (RFC 1952): deflate by
  /// ZIPFoundation, with a fixed header (no name, no time) so the same data gives the same
  /// bytes; `nil` if deflate fails or a part cannot be read.
  static func gzip(_ parts: [Part]) -> Data? {
    var output = Data()
    return gzip(parts, into: { output.append($0) }) ? output : nil
  }

  /// ``gzip(_:)`` given to `consumer` a piece at a time, as deflate makes it; `false` (after
  /// the pieces made so far, without the trailer) if deflate fails or a part cannot be read.
  static func gzip(_ parts: [Part], into consumer: (Data) -> Void) -> Bool {
    consumer(Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]))
    let size = parts.reduce(0) { $0 + $1.count }
    // Deflate asks for the data in order, a buffer at a time; a buffer may span parts.
    var part = 0, offset = 0, unreadable = false
    guard let checksum = try? Data.compress(
      size: Int64(size), bufferSize: 64 * 1024,
      provider: { _, wanted in
        var chunk = Data(capacity: wanted)
        while chunk.count < wanted, part < parts.count {
          let take = min(wanted - chunk.count, parts[part].count - offset)
          guard let bytes = parts[part].bytes(offset..<offset + take) else {
            unreadable = true
            return Data()
          }
          chunk.append(contentsOf: bytes)
          offset += take
          if offset == parts[part].count { (part, offset) = (part + 1, 0) }
        }
        return chunk
      },
      consumer: consumer), !unreadable
    else { return false }
    var trailer = Data()
    for value in [checksum, UInt32(truncatingIfNeeded: size)] {
      withUnsafeBytes(of: value.littleEndian) { trailer.append(contentsOf: $0) }
    }
    consumer(trailer)
    return true
  }

  /// Writes the element that carries the data: base64 of the gzip bytes, written as deflate
  /// makes them (a run holds neither the compressed data nor its base64 text whole: at 7,000
  /// plans they were 6 and 8 MB at the run's peak). The base64 text (only letters, digits, `+`,
  /// `/` and `=`) goes into the page as it is, not through an escaped copy. A part the spool
  /// cannot give back (an I/O error) cuts the data short: the script then cannot expand it,
  /// marks the page with the error and leaves its tables empty, and the rest of the page stands.
  static func write(_ json: consuming [Part], to output: inout some TextOutputStream) {
    let carrier = el("script", ["type": "application/octet-stream", "id": "page-data", "data-encoding": "gzip"])
    carrier.renderStart(into: &output)
    // Base64 of pieces whose lengths are multiples of three, one after the other, is the
    // base64 of the whole: the bytes beyond a multiple of three wait for the next piece.
    var pending = Data()
    _ = gzip(json) { piece in
      pending.append(piece)
      let whole = pending.count - pending.count % 3
      guard whole >= 48 * 1024 else { return }
      output.write(pending.prefix(whole).base64EncodedString())
      pending = pending.suffix(from: pending.startIndex + whole)
    }
    _ = consume json
    output.write(pending.base64EncodedString())
    carrier.renderEnd(into: &output)
  }
}
