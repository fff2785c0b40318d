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
  private var indices: [String: Int] = [:]
  private var json = "{"

  /// The index of `text` in the string table, adding it the first time.
  mutating func string(_ text: String) -> Int {
    if let index = indices[text] { return index }
    indices[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  /// Adds `"key": value` where `value` is already JSON.
  mutating func field(_ key: String, _ value: String) {
    if json.count > 1 { json += "," }
    json += "\"\(key)\":" + value
  }

  /// Adds an array of rows of integers (indices and numbers).
  mutating func rows(_ key: String, _ rows: [[Int]]) {
    field(key, "[" + rows.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }.joined(separator: ",") + "]")
  }

  /// Adds a table: its columns and its rows of cells already written as JSON.
  mutating func table(id: String, columns: [Column], rows: [[String]]) {
    var text = "{\"id\":" + Self.quoted(id) + ",\"cols\":["
    text += columns.map { "[\(string($0.label)),\"\($0.kind)\"]" }.joined(separator: ",")
    text += "],\"rows\":["
    text += rows.map { "[" + $0.joined(separator: ",") + "]" }.joined(separator: ",")
    text += "]}"
    tables.append(text)
  }

  private var tables: [String] = []

  /// The JSON text.
  mutating func finish() -> String {
    field("tables", "[" + tables.joined(separator: ",") + "]")
    field("s", "[" + strings.map(Self.quoted).joined(separator: ",") + "]")
    return json + "}"
  }

  /// `text` as a JSON string; control characters escaped, so plan text cannot break it.
  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        if scalar.value < 0x20 {
          output += String(format: "\\u%04x", scalar.value)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  /// `data` in the gzip format (RFC 1952): deflate by ZIPFoundation, with a fixed header (no
  /// name, no time) so the same data gives the same bytes; `nil` if deflate fails.
  static func gzip(_ data: Data) -> Data? {
    var output = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF])
    guard let checksum = try? Data.compress(
      size: Int64(data.count), bufferSize: 64 * 1024,
      provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
      consumer: { output.append($0) })
    else { return nil }
    for value in [checksum, UInt32(truncatingIfNeeded: data.count)] {
      withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
    }
    return output
  }

  /// The element that carries the data: base64 of the gzip bytes, or of the JSON itself when
  /// compression failed (the script reads `data-encoding`).
  static func element(_ json: String) -> HTMLNode {
    let bytes = Data(json.utf8)
    let packed = gzip(bytes)
    return el("script", ["type": "application/octet-stream", "id": "page-data", "data-encoding": packed == nil ? "json" : "gzip"],
              txt((packed ?? bytes).base64EncodedString()))
  }
}
