/// The legacy 8-bit encodings Vietnamese offices still produce, and how to tell them apart
/// from the bytes alone: each candidate decoding is scored by how much of it reads as
/// Vietnamese (common syllables) against how much reads as noise (letters and symbols that
/// Vietnamese does not use).
public enum VietnameseEncoding: String, CaseIterable, Sendable {
  /// Windows-1258 (“ANSI” on a Vietnamese Windows): base letters followed by combining tones.
  case windows1258 = "Windows-1258"
  /// TCVN3 / ABC (TCVN 5712:1993, the `.VnTime` fonts).
  case tcvn3 = "TCVN3"
  /// VNI Windows (the `VNI-Times` fonts): a base letter followed by a modifier byte.
  case vni = "VNI"
  /// VISCII.
  case viscii = "VISCII"

  /// Decodes `bytes`; `nil` when they are not valid in this encoding.
  func decode(_ bytes: [UInt8]) -> String? {
    switch self {
    case .windows1258: return Self.iconv("CP1258", bytes)
    case .tcvn3: return Self.iconv("TCVN5712-1", bytes)
    case .viscii: return Self.iconv("VISCII", bytes)
    case .vni: return VNIDecoder.decode(String(bytes.map(Windows1252.character)))
    }
  }

  private static func iconv(_ name: String, _ bytes: [UInt8]) -> String? {
    guard let converter = try? Iconv(from: name) else { return nil }
    return try? converter.convert(bytes)
  }

  /// The encoding whose decoding reads best as Vietnamese, with its text (NFC); `nil` when none
  /// reads as Vietnamese at all.
  static func bestDecoding(_ bytes: [UInt8]) -> (encoding: VietnameseEncoding, text: String)? {
    var best: (encoding: VietnameseEncoding, text: String, score: Int, length: Int)?
    for encoding in allCases {
      guard let text = encoding.decode(bytes)?.precomposedStringWithCanonicalMapping else { continue }
      let reading = VietnameseReading(text)
      guard reading.readsAsVietnamese else { continue }
      // On a tie the shorter reading wins: it joined letter pairs the others left apart
      // (VNI's “eù” is one letter, “é”).
      let length = text.unicodeScalars.count
      if best == nil || (reading.score, -length) > (best!.score, -best!.length) {
        best = (encoding, text, reading.score, length)
      }
    }
    return best.map { ($0.encoding, $0.text) }
  }
}

/// How much of a text reads as Vietnamese: common syllables found, and characters that
/// Vietnamese text does not contain (control characters, symbols and letters outside its
/// alphabet), which a wrong decoding produces.
struct VietnameseReading {
  /// Words of the text that are common Vietnamese syllables.
  private(set) var common = 0
  /// Words in all.
  private(set) var words = 0
  /// Characters that do not belong in Vietnamese text.
  private(set) var noise = 0

  init(_ text: String) {
    var word = ""
    var previousLower = false
    func flush() {
      if word.isEmpty { return }
      words += 1
      if Self.commonSyllables.contains(word) { common += 1 }
      word = ""
    }
    for original in text {
      let character = Character(original.lowercased())
      if original.isLetter {
        // A capital inside a lower-case word (“thwĐng”) is a misread byte, not Vietnamese.
        if original.isUppercase && previousLower && !original.isASCII { noise += 1 }
        previousLower = original.isLowercase
        word.append(character)
        if !Self.isVietnameseLetter(character) { noise += 1 }
      } else {
        previousLower = false
        flush()
        if let scalar = character.unicodeScalars.first, Self.isNoise(scalar) { noise += 1 }
      }
    }
    flush()
  }

  /// Common syllables minus noise.
  var score: Int { common * 4 - noise }

  /// Enough common syllables, and more of them than noise.
  var readsAsVietnamese: Bool { common >= 3 && common * 20 >= words && score > 0 }

  static func isVietnameseLetter(_ character: Character) -> Bool {
    if character.isASCII { return true }
    return vietnameseLetters.contains(character)
  }

  private static func isNoise(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C }
    if (0x7F...0xBF).contains(value) { return !"«»°·§".unicodeScalars.contains(scalar) }
    return scalar.properties.generalCategory == .otherSymbol || scalar.properties.generalCategory == .privateUse
  }

  private static let vietnameseLetters: Set<Character> = {
    let bases = "aăâeêioôơuưy"
    let tones = ["", "\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"]
    var letters: Set<Character> = ["đ"]
    for base in bases {
      for tone in tones {
        letters.insert(Character((String(base) + tone).precomposedStringWithCanonicalMapping))
      }
    }
    return letters
  }()

  private static let commonSyllables: Set<String> = Set(
    """
    và của các năm thi đua khen thưởng được trong người thực hiện công tác kế hoạch phong trào
    những với cho đơn vị tổ chức nhân dân về có là một theo đã này tại quận huyện phường xã tỉnh
    thành phố ngày tháng quý trước nhiệm vụ cán bộ tiếp tục nâng cao chất lượng hiệu quả đẩy mạnh
    điển hình tiên tiến hội đồng ủy ban triển khai phát động yêu nước kinh tế xã hội
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0).precomposedStringWithCanonicalMapping })
}

/// Windows-1252, the code page VNI and TCVN3 fonts are stored under in Word files.
enum Windows1252 {
  private static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// The character a byte stands for.
  static func character(_ byte: UInt8) -> Character {
    let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    return Character(Unicode.Scalar(value) ?? " ")
  }

  /// The byte for a character of the code page, or `nil` when it has none.
  static func byte(_ character: Character) -> UInt8? {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
    if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
    return high.firstIndex(of: scalar.value).map { UInt8(0x80 + $0) }
  }
}
