import Foundation

/// Why a plan's bytes could not be turned into text.
public enum TextDecodingError: LocalizedError, Equatable, Sendable {
  /// The file holds no bytes, or only whitespace.
  case empty
  /// The bytes are neither UTF-8 nor UTF-16 with a byte order mark.
  case undecodable(offset: Int)

  public var errorDescription: String? {
    switch self {
    case .empty: return "the file is empty"
    case .undecodable(let offset):
      return "the file is not UTF-8 or UTF-16 text (invalid byte at offset \(offset))"
    }
  }
}

/// Decodes plan files: UTF-8 with or without BOM, UTF-16 with BOM (either byte order),
/// normalised to NFC and split into lines on CRLF, LF or CR.
public enum TextDecoding {
  /// Decodes `data` to an NFC string.
  public static func decode(_ data: Data) throws -> String {
    let bytes = [UInt8](data)
    let text: String
    if bytes.starts(with: [0xFF, 0xFE]) {
      text = try utf16(bytes.dropFirst(2), bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      text = try utf16(bytes.dropFirst(2), bigEndian: true)
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      guard let decoded = String(validating: body, as: UTF8.self) else {
        throw TextDecodingError.undecodable(offset: firstInvalidUTF8Offset(body))
      }
      text = decoded
    }
    if text.allSatisfy({ $0.isWhitespace }) { throw TextDecodingError.empty }
    return text.precomposedStringWithCanonicalMapping
  }

  /// Splits text into lines; `\r\n`, `\n` and `\r` each end a line. Line `i` is number `i + 1`.
  public static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var scalars = text.unicodeScalars.makeIterator()
    var pendingCR = false
    while let scalar = scalars.next() {
      if pendingCR {
        pendingCR = false
        if scalar == "\n" { continue }
      }
      switch scalar {
      case "\r":
        lines.append(current)
        current = ""
        pendingCR = true
      case "\n":
        lines.append(current)
        current = ""
      default:
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws -> String {
    guard bytes.count % 2 == 0 else { throw TextDecodingError.undecodable(offset: bytes.count + 1) }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      index += 2
    }
    var text = ""
    var iterator = units.makeIterator()
    var decoder = UTF16()
    var position = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
      case .emptyInput: break loop
      case .error: throw TextDecodingError.undecodable(offset: 2 + position * 2)
      }
      position += 1
    }
    return text
  }

  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += String(scalar).utf8.count
      case .emptyInput, .error: return offset
      }
    }
  }
}
