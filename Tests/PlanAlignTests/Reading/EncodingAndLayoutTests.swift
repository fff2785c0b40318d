import Foundation
import Testing

@testable import PlanAlign

/// Copies of every seed in the legacy encodings Vietnamese offices use, in UTF-16 without a
/// byte order mark, and saved the way Word's “Plain Text” saves (no blank lines, CRLF), read
/// exactly like the seed.
@Suite struct EncodingAndLayoutTests {
  /// The seed as it could be typed in a legacy 8-bit encoding: curly quotes and dashes, which
  /// those encodings lack, written plainly, and the OCR seed's stray symbols dropped.
  static func typable(_ text: String) -> String {
    let plain: [Character: String] = [
      "“": "\"", "”": "\"", "–": "-", "—": "-", "…": "...", "¢": "c", "¥": "Y", "€": "e", "\u{FB01}": "a",
    ]
    return String(text.flatMap { plain[$0] ?? String($0) })
  }

  static func encode(_ text: String, as encoding: VietnameseEncoding) throws -> [UInt8] {
    switch encoding {
    case .windows1258: return try Iconv(from: "UTF-8", to: "CP1258").convertBytes(Array(text.utf8))
    case .tcvn3: return try Iconv(from: "UTF-8", to: "TCVN5712-1").convertBytes(Array(text.utf8))
    case .viscii: return try Iconv(from: "UTF-8", to: "VISCII").convertBytes(Array(text.utf8))
    case .vni: return try VNIEncoder.encode(text)
    }
  }

  @Test(arguments: ReadingSupport.seeds, VietnameseEncoding.allCases)
  func aLegacyCopyReadsLikeTheSeed(seed: String, encoding: VietnameseEncoding) throws {
    let text = Self.typable(try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/\(seed).txt"), encoding: .utf8))
    let bytes = try Self.encode(text, as: encoding)
    #expect(String(validating: bytes, as: UTF8.self) == nil, "the copy must not be valid UTF-8")
    let document = try TextReader.read(bytes)
    // Which encoding is named is pinned below; a text with few marked letters can read the
    // same in two of them (VISCII and Windows-1258 share é, ô, â).
    #expect(document.notes.count == 1 && document.notes[0].en.hasPrefix("converted from "))
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(document: document, file: "\(seed).txt")
    #expect(Extraction(plan) == Extraction(try TestSupport.plan(text, file: "\(seed).txt")))
  }

  /// A legacy copy opened as Windows-1252 and saved as UTF-8 (“Kõ ho¹ch c«ng t¸c”): valid
  /// UTF-8 whose characters are the legacy bytes. It reads like the seed, with the same note.
  /// (Thanh Xuân's seed is OCR text whose few marks are Latin-1 guesses, “thwéng”: its copy
  /// reads as well misread as decoded, so it is left as it is.)
  @Test(arguments: ReadingSupport.seeds.filter { $0 != "thanh-xuan-2024" }, VietnameseEncoding.allCases)
  func aLegacyCopySavedAsUTF8ThroughWindows1252ReadsLikeTheSeed(seed: String, encoding: VietnameseEncoding) throws {
    let text = Self.typable(try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/\(seed).txt"), encoding: .utf8))
    let misread = String(try Self.encode(text, as: encoding).map(Windows1252.character))
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(data: Data(misread.utf8), file: "\(seed).txt")
    #expect(plan.warnings.contains { $0.code == "read_note" && $0.message.en.hasPrefix("converted from ") })
    #expect(Extraction(plan) == Extraction(try TestSupport.plan(text, file: "\(seed).txt")))
  }

  /// A PDF whose text layer is VNI bytes shown as Windows-1252, as one printed from a
  /// `VNI-Times` document gives: read like the seed. (A TCVN3 copy cannot be made this way:
  /// its “ư” is the byte of the soft hyphen, which LibreOffice leaves out when it prints.)
  @Test func aPDFWhoseTextLayerIsALegacyEncodingReadsLikeItsText() throws {
    try #require(ReadingSupport.has("soffice", "pdftotext"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    let encoding = VietnameseEncoding.vni
    let text = Self.typable(try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/long-khanh-2024.txt"), encoding: .utf8))
    let misread = String(try Self.encode(text, as: encoding).map(Windows1252.character))
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("long-khanh-2024.txt")
    try misread.write(to: file, atomically: true, encoding: .utf8)
    let plan = try ReadingSupport.plan(at: try ReadingSupport.libreOffice(file, to: "pdf"))
    #expect(plan.sourceFormat == .pdf)
    #expect(plan.warnings.contains { $0.code == "read_note" && $0.message.en.contains(encoding.rawValue) })
    #expect(AlignedFacts(plan) == AlignedFacts(try TestSupport.plan(text, file: "long-khanh-2024.txt")))
  }

  /// Unicode lines with Latin-1 signs and no Vietnamese letter are not taken for legacy bytes.
  @Test func unicodeTextWithLatinSignsIsLeftAsItIs() {
    let lines = ["Nhiệt độ 25°C", "© UBND quận", "Café Giảng, 39 Nguyễn Hữu Huân", "Tỷ lệ ½ số hộ", "Hội đồng thi đua"]
    let elements = lines.enumerated().map { DocumentElement(.line($0.element), reference: .line($0.offset + 1)) }
    #expect(MisreadLegacyText.repair(elements) == nil)
  }

  @Test(arguments: ReadingSupport.seeds)
  func aUTF16CopyWithoutByteOrderMarkReadsLikeTheSeed(seed: String) throws {
    let text = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/\(seed).txt"), encoding: .utf8)
    for bigEndian in [false, true] {
      var bytes: [UInt8] = []
      for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(data: Data(bytes), file: "\(seed).txt")
      #expect(Extraction(plan) == Extraction(try TestSupport.seedPlan("\(seed).txt")))
    }
  }

  /// Word's “Save as Plain Text”: one paragraph per line, no blank lines, CRLF.
  @Test(arguments: ReadingSupport.seeds)
  func aCopyWithoutBlankLinesReadsLikeTheSeed(seed: String) throws {
    let text = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/\(seed).txt"), encoding: .utf8)
    let packed = TextDecoding.lines(text).filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\r\n")
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(data: Data(packed.utf8), file: "\(seed).txt")
    #expect(Extraction(plan) == Extraction(try TestSupport.seedPlan("\(seed).txt")))
  }

  @Test(arguments: [
    ("Kế hoạch thi đua khen thưởng năm 2024 của quận", VietnameseEncoding.tcvn3),
    ("Kế hoạch thi đua khen thưởng năm 2024 của quận", .vni),
    ("Kế hoạch thi đua khen thưởng năm 2024 của quận", .windows1258),
    ("Kế hoạch thi đua khen thưởng năm 2024 của quận", .viscii),
    ("Những người tốt, việc tốt được khen thưởng trong năm", .tcvn3),
    ("Những người tốt, việc tốt được khen thưởng trong năm", .vni),
    ("Ủy ban nhân dân phường Đống Đa tổ chức hội nghị", .windows1258),
    ("Ủy ban nhân dân phường Đống Đa tổ chức hội nghị", .vni),
  ])
  func eachEncodingIsToldFromTheBytesAlone(text: String, encoding: VietnameseEncoding) throws {
    let decoded = try TextDecoding.decodeAnyEncoding(try Self.encode(text, as: encoding))
    #expect(decoded.text == text)
    #expect(decoded.legacyEncoding == encoding.rawValue)
  }

  @Test func bytesThatReadAsNoVietnameseFailWithTheRemedy() {
    let noise = (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
    #expect(throws: TextDecodingError.unknownEncoding) { try TextReader.read(noise) }
    #expect(TextDecodingError.unknownEncoding.localizedDescription.contains("save it as .docx, or as text in UTF-8"))
  }
}

/// Writes Vietnamese in VNI Windows (a base letter, then a modifier), for test inputs.
enum VNIEncoder {
  private static let tones: [Unicode.Scalar: (plain: Character, circumflex: Character, breve: Character, i: Character)] = [
    "\u{301}": ("ù", "á", "é", "í"), "\u{300}": ("ø", "à", "è", "ì"), "\u{309}": ("û", "å", "ú", "æ"),
    "\u{303}": ("õ", "ã", "ü", "ó"), "\u{323}": ("ï", "ä", "ë", "ò"),
  ]

  static func encode(_ text: String) throws -> [UInt8] {
    var output = ""
    for character in text {
      let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard let base = scalars.first, base.properties.isAlphabetic else {
        output.append(character)
        continue
      }
      let upper = base.properties.isUppercase
      let lowerBase = Character(String(base).lowercased())
      let marks = Set(scalars.dropFirst())
      let tone = marks.first { tones[$0] != nil }
      var letters = ""
      if lowerBase == "đ" {
        letters = "ñ"
      } else if lowerBase == "i" {
        letters = tone.map { String(tones[$0]!.i) } ?? "i"
      } else if lowerBase == "y" && tone == "\u{323}" {
        letters = "î"
      } else if marks.contains("\u{31B}") {
        letters = (lowerBase == "o" ? "ô" : "ö") + (tone.map { String(tones[$0]!.plain) } ?? "")
      } else if marks.contains("\u{302}") {
        letters = String(lowerBase) + (tone.map { String(tones[$0]!.circumflex) } ?? "â")
      } else if marks.contains("\u{306}") {
        letters = String(lowerBase) + (tone.map { String(tones[$0]!.breve) } ?? "ê")
      } else {
        letters = String(lowerBase) + (tone.map { String(tones[$0]!.plain) } ?? "")
      }
      output += upper ? letters.uppercased() : letters
    }
    return try output.map { character in
      guard let byte = Windows1252.byte(character) else { throw VNIError.unencodable(character) }
      return byte
    }
  }

  enum VNIError: Error { case unencodable(Character) }
}
