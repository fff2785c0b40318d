import Foundation

/// Why a plan's bytes could not be turned into text.
public enum TextDecodingError: LocalizedError, Equatable, Sendable {
  /// The file holds no bytes, or only whitespace.
  case empty
  /// The bytes are neither UTF-8 nor UTF-16 with a byte order mark.
  case undecodable(offset: Int)
  /// No known encoding reads the bytes as Vietnamese text.
  case unknownEncoding

  /// What went wrong, for a person.
  public var message: Message {
    switch self {
    case .empty: return Message(.fileEmpty)
    case .undecodable(let offset): return Message(.notUnicodeText, .count(offset))
    case .unknownEncoding: return Message(.unknownEncoding)
    }
  }

  public var errorDescription: String? { message.text(.en) }
}

/// Decodes plan files: UTF-8 with or without BOM, UTF-16 with BOM (either byte order),
/// normalised to NFC and split into lines on CRLF, LF or CR.
public enum TextDecoding {
  /// Decodes `data` to an NFC string.
  public static func decode(_ data: Data) throws -> String {
    try decode([UInt8](data))
  }

  /// Decodes Unicode `bytes` to an NFC string.
  static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
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
    if text.isBlank { throw TextDecodingError.empty }
    return text.composed
  }

  /// Decodes `bytes` in whatever encoding they are: Unicode first (UTF-8, UTF-16 with or without
  /// a byte order mark), then the legacy Vietnamese encodings, chosen by how well each reads
  /// (see ``VietnameseEncoding``). `legacyEncoding` names the one used, if any.
  static func decodeAnyEncoding(_ bytes: [UInt8]) throws(TextDecodingError) -> (text: String, legacyEncoding: String?) {
    let marked = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    if !marked, let bigEndian = utf16WithoutMark(bytes), let text = try? utf16(bytes[...], bigEndian: bigEndian) {
      if text.isBlank { throw .empty }
      return (text.composed, "UTF-16 without a byte order mark")
    }
    do {
      return (try decode(bytes), nil)
    } catch .empty {
      throw .empty
    } catch {
      if marked { throw error }
    }
    guard let (encoding, text) = VietnameseEncoding.bestDecoding(bytes) else { throw .unknownEncoding }
    return (text, encoding.rawValue)
  }

  /// Whether bytes look like UTF-16 without a byte order mark: many zero bytes, nearly all on
  /// one side of each pair (the high byte of ASCII characters). `true` for big-endian.
  private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
    guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
    var evenZeros = 0, oddZeros = 0
    for index in stride(from: 0, to: bytes.count, by: 2) {
      if bytes[index] == 0 { evenZeros += 1 }
      if bytes[index + 1] == 0 { oddZeros += 1 }
    }
    let pairs = bytes.count / 2
    if oddZeros * 4 >= pairs && evenZeros * 20 < oddZeros { return false }
    if evenZeros * 4 >= pairs && oddZeros * 20 < evenZeros { return true }
    return nil
  }

  /// Splits text into lines; `\r\n`, `\n` and `\r` each end a line. Line `i` is number `i + 1`.
  public static func lines(_ text: String) -> [String] {
    // Line breaks are ASCII bytes, never inside a multi-byte sequence: lines are cut from the
    // UTF-8 as slices, each copied once.
    // The breaks are found in the bytes' storage (stepping the UTF-8 view cost several times
    // as much); a line is then copied from the text by its byte offsets.
    let ranges = text.withBytes { bytes -> [Range<Int>] in
      var ranges: [Range<Int>] = []
      var start = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        guard byte == 0x0A || byte == 0x0D else {
          index += 1
          continue
        }
        ranges.append(start..<index)
        index += 1
        if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
        start = index
      }
      if start < bytes.count { ranges.append(start..<bytes.count) }
      return ranges
    }
    let utf8 = text.utf8
    return ranges.map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return String(Substring(utf8[lower..<utf8.index(lower, offsetBy: range.count)]))
    }
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(TextDecodingError) -> String {
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
