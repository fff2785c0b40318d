import Foundation
import Testing

@testable import PlanAlign

@Suite struct MatchKeyTests {
  @Test(arguments: [
    // Diacritics, đ, case, punctuation and spaces.
    ("Sáng kiến, sáng tạo Thủ đô", "sang kien sang tao thu do"),
    ("ĐỐNG   ĐA", "dong da"),
    ("Đông Đa", "dong da"),
    ("Hội đồng Thi đua – Khen thưởng", "hoi dong thi dua khen thuong"),
    // OCR confusions from the Thanh Xuân scan.
    ("Sang kién, sang tao Thi d6", "sang kien sang tao thi do"),
    ("Pay manh cai cach hanh chinh", "day manh cai cach hanh chinh"),
    ("Hoi dong TPKT quén", "hoi dong tdkt quen"),
    ("1an thir X111 cua Pang", "lan thir xlll cua dang"),
    ("Trung wong", "trung uong"),
    ("chinh trj", "chinh tri"),
    ("x4y dung", "xay dung"),
    ("ti€u chi", "tieu chi"),
    ("ha tﬁng", "ha tang"),
    // Syllables that end in p keep it; dates keep their digits.
    ("phối hợp, tập huấn", "phoi hop tap huan"),
    ("trước ngày 30/01/2024", "truoc ngay 30 01 2024"),
    // Marks written as combining scalars (NFD, as some Word files store them), a symbol of four
    // UTF-8 bytes between words, and a word longer than sixteen letters.
    ("\u{0110}o\u{0302}\u{0301}ng \u{0110}a", "dong da"),
    ("chuyển đổi số 🙂 toàn diện", "chuyen doi so toan dien"),
    ("Thiđuayêunướcthườngxuyên", "thiduayeunuocthuongxuyen"),
  ])
  func folds(input: String, expected: String) {
    #expect(TextFolding.matchKey(input) == expected)
  }

  /// Characters taken from the table are the characters the scalars make, at each end of its
  /// three ranges and beyond them (a combining mark alone, a scalar of four UTF-8 bytes).
  @Test func tabledCharactersAreTheScalarsCharacters() {
    let values: [UInt32] = [0, 0x41, 0x7F, 0xC0, 0x1B0, 0x24F, 0x250, 0x301, 0x1DFF, 0x1E00, 0x1EA1, 0x1EFF, 0x1F00, 0x1FFF,
      0x2000, 0x201C, 0x206F, 0x2070, 0x1F642]
    let scalars = values.compactMap(Unicode.Scalar.init)
    for scalar in scalars {
      #expect(Array(ScalarCharacters.character(scalar).unicodeScalars) == [scalar], "U+\(String(scalar.value, radix: 16))")
    }
  }

  /// Whitespace told without Unicode's table for ASCII is Unicode's whitespace, for every
  /// scalar of the first planes' common ranges; a blank line is one of whitespace characters.
  @Test func whitespaceIsUnicodesWhitespace() {
    for value in UInt32(0)...0x3100 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
    for text in ["", " ", "\t \r\n", "\u{00A0}\u{3000}", " \u{2003}a", "a", " .", "\u{00A0}x", "\u{301}", " \u{301}"] {
      #expect(text.isBlank == text.allSatisfy(\.isWhitespace), "\(Array(text.unicodeScalars))")
    }
  }

  /// A block's text read from its scalars answers as the same text read from its characters:
  /// the character at each offset, its marks, and every span cut from it.
  @Test(arguments: [
    "Phong trào thi đua “Người tốt, việc tốt”; cuộc thi \"Sáng kiến\" – năm 2024.",
    "muc ti€u; ha tﬁng ₫ 5.000", "", "„Xanh“ …",
  ])
  func blockTextFromScalarsIsTheTextOfItsCharacters(text: String) throws {
    let scalars = try #require(TextFolding.singleScalarCharacters(text))
    let characters = Array(text)
    let (fromScalars, fromCharacters) = (BlockText(scalars: scalars), BlockText(characters: characters))
    #expect(fromScalars.count == characters.count && fromCharacters.count == characters.count)
    let literals: [Unicode.Scalar] = ["“", "”", "„", "\"", ";", ".", ",", " ", "–", "€"]
    for offset in characters.indices {
      #expect(fromScalars[offset] == characters[offset] && fromCharacters[offset] == characters[offset])
      #expect(fromScalars.firstScalar(at: offset) == fromCharacters.firstScalar(at: offset))
      #expect(fromScalars.singleScalar(at: offset) == fromCharacters.singleScalar(at: offset))
      for literal in literals {
        #expect(fromScalars.isCharacter(literal, at: offset) == (characters[offset] == Character(literal)))
        #expect(fromCharacters.isCharacter(literal, at: offset) == (characters[offset] == Character(literal)))
      }
      for end in offset...characters.count {
        #expect(fromScalars.text(offset..<end) == String(characters[offset..<end]))
        #expect(fromCharacters.text(offset..<end) == String(characters[offset..<end]))
      }
    }
    #expect(fromScalars.foldedScalars == fromCharacters.foldedScalars)
  }

  /// Read from its characters, a text with a combining mark or a carriage return keeps them in
  /// their characters: a quote carrying a mark is no quote, and no line end is half a character.
  @Test func blockTextOfCharactersComparesWholeCharacters() {
    let text = BlockText(characters: Array("“\u{301}Tên” a\r\nb"))
    #expect(text.count == 9)
    #expect(!text.isCharacter("“", at: 0) && text.firstScalar(at: 0) == "“" && text.singleScalar(at: 0) == nil)
    #expect(text.isCharacter("”", at: 4) && text.singleScalar(at: 4) == "”")
    #expect(!text.isCharacter("\r", at: 7) && text.text(6..<9) == "a\r\nb")
  }

  /// Words joined by copying their bytes read as the standard library's join does: none, one,
  /// an empty word, words of several bytes a letter and words past a small string's 15 bytes.
  @Test(arguments: [
    [String](), ["thi"], ["", "dua"], ["thi", "", "dua"], ["Hà", "Nội"],
    ["phong trào thi đua yêu nước", "chuyển đổi số toàn diện", "2024"],
  ])
  func joinsWordsAsTheStandardLibraryDoes(words: [String]) {
    let joined = String(spaceJoining: words)
    #expect(Array(joined.utf8) == Array(words.joined(separator: " ").utf8))
  }

  /// A line starting with any letter of the Latin ranges Vietnamese uses is never ruled out for
  /// the byte its key starts with.
  @Test func theFirstLetterCheckKnowsEveryLatinLetter() {
    for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
      let line = String(Unicode.Scalar(UInt32(value))!) + "ng 2024"
      guard let first = TextFolding.matchKey(line).utf8.first else { continue }
      #expect(TextFolding.mayStart(line, with: first), "U+\(String(value, radix: 16, uppercase: true))")
    }
  }

  /// The first-letter check of `matchKey(_:startsWith:)` only rules out lines whose key cannot
  /// start so: on every line of the seeds, and on lines as scanners and typists write them
  /// (OCR “0”/“1”/“p”/“w”, a bullet or markup first, no letter at all), it agrees with folding
  /// the whole line.
  @Test func theFirstLetterCheckRulesOutOnlyLinesThatCannotMatch() throws {
    var lines = [
      "Nơi nhận:", "- Nơi nhận:", "**Nơi nhận**", "NOI NHAN:", "1. Nội dung", "0ng Nguyễn Văn A", "6ng Trần B",
      "1ập kế hoạch", "4n toàn", "pÔNG PA", "wBND quận", "jn ấn", "PHỤ LỤC", "Phụ lục I", "…", "", "   ", "“Nơi nhận”",
      "Ủy ban nhân dân", "Đống Đa", "ﬁ", "12/KH-UBND", "Ưu tiên", "ỔN ĐỊNH", "Ðiều 1", "× 2", "Ặc", "Ǆ", "Ø",
      "€m", "Ńgày",
    ]
    for file in try FileManager.default.contentsOfDirectory(atPath: TestSupport.dataDirectory.appendingPathComponent("plans").path) {
      lines += try String(decoding: TestSupport.seedData(file), as: UTF8.self).components(separatedBy: .newlines)
    }
    let prefixes = [
      "noi nhan", "phu luc", "ong", "lap", "an toan", "dong da", "ubnd", "in", "uy ban", "12 kh", "uu tien", "on dinh",
      "dieu", "ac", "dz", "o", "em", "ngay",
    ]
    for line in lines {
      let key = TextFolding.matchKey(line)
      for prefix in prefixes {
        #expect(TextFolding.matchKey(line, startsWith: prefix) == key.hasPrefix(prefix), "“\(line)” and “\(prefix)”")
      }
    }
    #expect(!TextFolding.mayStart("1. Nội dung", with: UInt8(ascii: "n")))
    #expect(TextFolding.mayStart("0ng", with: UInt8(ascii: "o")) && TextFolding.mayStart("Đống Đa", with: UInt8(ascii: "d")))
    // A Vietnamese capital is judged by its base letter; a character outside Latin decides nothing.
    #expect(!TextFolding.mayStart("Đống Đa", with: UInt8(ascii: "x")) && !TextFolding.mayStart("Ủy ban", with: UInt8(ascii: "n")))
    #expect(TextFolding.mayStart("“Nơi nhận”", with: UInt8(ascii: "n")) && TextFolding.mayStart("× 2", with: UInt8(ascii: "x")))
  }

  @Test(arguments: [
    ("noi dung cong viec", "cong viec", true), ("thoi gian hoan thanh", "thoi gian", true), ("don vi thuc hien", "hien", true),
    ("chu tri", "phoi hop", false), ("tien", "tien do", false), ("abc", "", true), ("", "a", false),
    ("01 kh hdtdkt ngay 15", "01", true), ("ngày 15/01", "01", true), ("ngày 15/0 1", "01", false), ("hòa", "hoa", false),
  ])
  func hasPhraseFindsTheBytesInARow(text: String, phrase: String, found: Bool) {
    #expect(text.hasPhrase(phrase) == found)
    #expect(text.hasPhrase(phrase) == (text.utf8.firstRange(of: phrase.utf8) != nil))
  }

  /// Quotes, dashes and currency signs need no compatibility mapping; spaces of other widths,
  /// the ellipsis, the double exclamation mark and fractions do (Unicode's decompositions), and
  /// the words of a line with either are those of mapping the whole line first.
  @Test(arguments: [
    "Phát động phong trào “Thi đua yêu nước” – ‘đợt 1’ — năm 2024", "Hội nghị\u{2002}tổng kết… ‼ 2024",
    "Quý Ⅳ/２０２４ “tﬁng”", "x\u{2032}\u{2033} ⁄ ‐ ‑ \u{2060}", "Ti€u chí thi đua ¢ác đơn vị ¥ 500.000 ₫",
    "½ năm\u{00A0}2024, m² ´ ₨ 5 ª", "GIA LÂM ¢ ﬁ",
  ])
  func generalPunctuationIsMappedOnlyWhereNFKCChangesIt(text: String) {
    #expect(!["“", "”", "‘", "’", "–", "—", "•"].contains { TextFolding.mayChangeUnderCompatibilityMapping($0) })
    #expect(["\u{2002}", "…", "‼", "\u{2033}", "‑"].allSatisfy { TextFolding.mayChangeUnderCompatibilityMapping($0) })
    // The signs OCR puts for “ê” and the đồng sign need no mapping; fractions, superscripts,
    // the no-break space and the rupee sign do.
    #expect(!["€", "¢", "¥", "₫", "£", "©", "°"].contains { TextFolding.mayChangeUnderCompatibilityMapping($0) })
    #expect(["½", "²", "\u{00A0}", "´", "₨", "ª"].allSatisfy { TextFolding.mayChangeUnderCompatibilityMapping($0) })
    let mapped = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{FB01}" ? "a" : $0 }))
      .precomposedStringWithCompatibilityMapping
    let reference = TextFolding.tokens(ofFolded: mapped.unicodeScalars.filter { !TextFolding.isCombiningMark($0) }.map(TextFolding.foldScalar))
    #expect(TextFolding.matchTokens(text) == reference)
  }

  @Test func foldAlignedKeepsOneCharacterPerCharacter() {
    let text = "Tổ chức Hội nghị\u{0301} ĐHTT, “NTVT” – ﬁ"
    #expect(TextFolding.foldAligned(Array(text)).count == Array(text).count)
  }

  @Test(arguments: [
    ("hoà", "hòa"), ("Thuỷ", "thủy"), ("Ứng Hoà", "ứng hòa"), ("quý", "quý"), ("giữa", "giữa"),
    ("thưởng", "thưởng"), ("khoẻ", "khỏe"), ("NGOÀI", "ngoài"),
  ])
  func exactKeyCanonicalisesTonePlacement(input: String, expected: String) {
    #expect(TextFolding.exactKey(input) == expected)
  }

  @Test func exactKeyKeepsDiacritics() {
    #expect(TextFolding.exactKey("Đông Đa") != TextFolding.exactKey("Đống Đa"))
    #expect(TextFolding.exactKey("Ung Hoa") != TextFolding.exactKey("Ứng Hòa"))
  }

  @Test(arguments: [
    ("Đống Đa", "dong-da"), ("Thanh Xuân", "thanh-xuan"),
    // Place names keep a leading “p”, which the match key reads as an OCR “Đ”.
    ("phường Sa Pa", "phuong-sa-pa"), ("Pleiku", "pleiku"), ("Pác Nặm", "pac-nam"),
    ("Phường 1", "phuong-1"), ("Quận 10", "quan-10"), ("Hòa Bình – Tây Ninh", "hoa-binh-tay-ninh"),
  ])
  func slugSpellsTheWordsAsWritten(input: String, expected: String) {
    #expect(TextFolding.slug(input) == expected)
  }
}

@Suite struct TextDecodingTests {
  static let sample = "Số: 152/KH-UBND\r\nLong Khánh, ngày 29 tháng 01 năm 2024\r\n"

  @Test func decodesUTF8WithAndWithoutBOM() throws {
    #expect(try TextDecoding.decode(Data(Self.sample.utf8)) == Self.sample)
    #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8))) == Self.sample)
  }

  @Test func decodesUTF16WithBOMBothByteOrders() throws {
    let units = Array(Self.sample.utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(try TextDecoding.decode(Data(little)) == Self.sample)
    #expect(try TextDecoding.decode(Data(big)) == Self.sample)
  }

  @Test func normalisesToNFC() throws {
    let decomposed = "Khánh".decomposedStringWithCanonicalMapping
    let decoded = try TextDecoding.decode(Data(decomposed.utf8))
    #expect(decoded.unicodeScalars.count == "Khánh".precomposedStringWithCanonicalMapping.unicodeScalars.count)
  }

  @Test func splitsCRLFLFAndCR() {
    #expect(TextDecoding.lines("a\r\nb\nc\rd") == ["a", "b", "c", "d"])
    #expect(TextDecoding.lines("a\n\nb\n") == ["a", "", "b"])
  }

  @Test(arguments: [
    (Data(), TextDecodingError.empty),
    (Data(" \n\t\n".utf8), TextDecodingError.empty),
    (Data([0x53, 0x6F, 0xC3, 0x28]), TextDecodingError.undecodable(offset: 2)),
  ])
  func rejectsEmptyAndInvalidBytes(data: Data, error: TextDecodingError) {
    #expect(throws: error) { try TextDecoding.decode(data) }
  }
}

/// `matchKey(_:startsWith:)` reads only the start of a long line and answers as the whole key does.
@Suite struct MatchKeyPrefixTests {
  static let filler = " và các cơ quan, đơn vị liên quan trên địa bàn quận thực hiện đúng tiến độ đề ra"

  @Test(arguments: [
    ("Nơi nhận:", "noi nhan", true),
    ("- Nơi nhận:" + filler, "noi nhan", true),
    ("NƠI NHẬN" + filler, "noi nhan", true),
    ("PHỤ LỤC" + filler, "phu luc", true),
    ("Phụ lục kèm theo" + filler, "noi nhan", false),
    ("Nơi" + filler, "noi nhan", false),
    (String(repeating: "*", count: 80) + " Nơi nhận" + filler, "noi nhan", true),
    (String(repeating: "Nơinhận", count: 20) + " x", "noi nhan", false),
    ("Nơi nhận" + String(repeating: "x", count: 100), "noi nhan", true),
  ])
  func answersAsTheWholeKey(text: String, prefix: String, expected: Bool) {
    #expect(TextFolding.matchKey(text, startsWith: prefix) == expected)
    #expect(TextFolding.matchKey(text).hasPrefix(prefix) == expected)
  }
}

/// `composed` gives what Foundation's NFC gives, taking its shortcut only where that is sure.
@Suite struct ComposedTests {
  @Test(arguments: [
    "Kế hoạch công tác thi đua, khen thưởng năm 2024",  // typed composed: returned as it is
    "Ke\u{302}\u{301} hoa\u{323}ch",  // decomposed (NFD), as some Mac and web text arrives
    "Đống Đa – “Người tốt, việc tốt”…",
    "\u{2000}\u{2001}Ω\u{2126}",  // singletons that NFC replaces
    "a\u{301}\u{1E00}\u{323}",  // a composed letter followed by a mark that composes with it
    "한국어 ﬁ ２０２４",
  ])
  func matchesFoundation(_ text: String) {
    #expect(text.composed == text.precomposedStringWithCanonicalMapping)
    #expect(Array(text.composed.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
  }

  /// Every scalar the shortcut trusts is unchanged by NFC on its own and before another.
  @Test func everyTrustedScalarIsLeftAloneByNormalization() {
    let trusted = (Array(0..<0x2100) + Array(0xE000..<0xFB10)).compactMap(Unicode.Scalar.init).filter(String.staysComposed)
    #expect(trusted.count > 1_000)
    for (index, scalar) in trusted.enumerated() {
      let pair = String(String.UnicodeScalarView([scalar, trusted[(index * 7919) % trusted.count]]))
      #expect(Array(pair.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(pair.unicodeScalars))
    }
  }
}

@Suite struct MarkupTests {
  @Test(arguments: [
    ("<p>(Đề nghị)</p> <p>- Trước ngày 10/6/2024</p>", "(Đề nghị) - Trước ngày 10/6/2024"),
    ("phong trào thi đua “ <i>An toàn thực phẩm</i> ”", "phong trào thi đua “An toàn thực phẩm”"),
    ("Số: *01* /KH", "Số: 01 /KH"),
    ("(*trước ngày 15/5*)", "(trước ngày 15/5)"),
    ("PHỤ LỤC 1**BIỂU", "PHỤ LỤC 1 BIỂU"),
    ("A &amp; B &lt;i&gt;", "A & B <i>"),
    ("keeps <script>alert(1)</script> as text", "keeps <script>alert(1)</script> as text"),
  ])
  func stripsConversionMarkupOnly(input: String, expected: String) {
    #expect(Markup.plainText(input) == expected)
  }

  /// Decomposed text (a mark after its letter, as some converters write Vietnamese) is read by
  /// Characters rather than scalars, and loses the same markup, mark for mark.
  @Test(arguments: [
    ("<p>Đề nghị</p> <b>khen thưởng</b>", "Đề nghị khen thưởng"),
    ("phong trào “ <i>Dân vận khéo</i> ”", "phong trào “Dân vận khéo”"),
    ("Số: *01* /KH-UBND", "Số: 01 /KH-UBND"),
    ("Quý **II** năm 2024", "Quý II năm 2024"),
    ("Ngành Giáo dục &amp; Đào tạo", "Ngành Giáo dục & Đào tạo"),
  ])
  func stripsDecomposedTextAlike(input: String, expected: String) {
    let decomposed = input.decomposedStringWithCanonicalMapping
    #expect(Array(decomposed.unicodeScalars) != Array(input.unicodeScalars))
    #expect(Array(Markup.plainText(decomposed).unicodeScalars) == Array(expected.decomposedStringWithCanonicalMapping.unicodeScalars))
    #expect(Array(Markup.plainText(input).unicodeScalars) == Array(expected.unicodeScalars))
  }

  /// Runs of spaces, tabs and no-break spaces become one space, none left at the ends; text
  /// without any is returned as it is.
  @Test(arguments: [
    ("  Ủy ban\tnhân  dân \u{00A0}quận  ", "Ủy ban nhân dân quận"),
    ("\u{00A0}Long Biên\u{00A0}", "Long Biên"),
    ("Hà Nội", "Hà Nội"), ("   ", ""), ("", ""),
    ("thành phố\r\nLong Khánh", "thành phố\r\nLong Khánh"),
  ])
  func collapsesRunsOfSpaces(input: String, expected: String) {
    #expect(Markup.collapseSpaces(input) == expected)
  }

  /// Loose spaces are found eight bytes at a time as they are one by one: a tab, two spaces
  /// or a no-break space (C2 A0) at every place in a line, within a word of eight bytes or
  /// across two, and none in lines without them (“Â” is C3 82; a lone C2 or A0 byte of another
  /// letter is no space).
  @Test func looseSpacesAreFoundAtEveryPlace() {
    let line = Array("Kế hoạch thi đua năm 2024 của Ủy ban nhân dân quận Â".utf8)
    func oneByOne(_ bytes: [UInt8]) -> Bool {
      guard let first = bytes.first, let last = bytes.last else { return false }
      if first == 0x20 || last == 0x20 { return true }
      return bytes.indices.contains { index in
        bytes[index] == 0x09 || (index + 1 < bytes.count
          && ((bytes[index] == 0x20 && bytes[index + 1] == 0x20) || (bytes[index] == 0xC2 && bytes[index + 1] == 0xA0)))
      }
    }
    #expect(!line.withUnsafeBufferPointer(Markup.hasLooseSpaces))
    for loose in [[0x09], [0x20], [0xC2, 0xA0]] as [[UInt8]] {
      for place in 1..<line.count {
        var bytes = line
        // Before a space the loose space makes two; elsewhere it is a tab or C2 A0, or a space.
        bytes.insert(contentsOf: loose, at: place)
        let expected = oneByOne(bytes)
        #expect(bytes.withUnsafeBufferPointer(Markup.hasLooseSpaces) == expected, "\(loose) at \(place)")
      }
    }
    for length in 0..<20 {
      let bytes = Array(line.prefix(length))
      #expect(bytes.withUnsafeBufferPointer(Markup.hasLooseSpaces) == oneByOne(bytes), "\(length)")
    }
  }

  /// Lines that are plain already skip the character-by-character pass; the quick check must
  /// never pass a line the long way would change.
  @Test(arguments: [
    ("Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.", true),
    ("phong trào “Người tốt, việc tốt” trên địa bàn", true),
    ("", true),
    (" Tổ chức", false), ("Tổ chức ", false), ("Tổ  chức", false), ("Tổ\tchức", false),
    ("Tổ\u{00A0}chức", false), ("“ Người tốt”", false), ("“Người tốt ”", false),
    ("<i>Quý I</i>", false), ("**Quý I**", false), ("A &amp; B", false),
  ])
  func plainLinesAreLeftAsTheyAre(input: String, plain: Bool) {
    #expect(Markup.isPlain(input) == plain)
    #expect((Markup.stripped(input) == input) == plain)
  }

  /// One space goes after each “ and one before each ”, as replacing “␣ then ␣” in turn did;
  /// a space carrying a combining mark is a character of its own and stays.
  @Test(arguments: [
    ("phong trào “ Người tốt, việc tốt ” trên", "phong trào “Người tốt, việc tốt” trên"),
    ("“ ”", "“”"), ("“  ”", "“”"), ("x  ”", "x ”"), ("“ “ x", "““x"), ("x ” “ y", "x” “y"),
    ("“  Người", "“ Người"), ("a “ \u{301}b", "a “ \u{301}b"), ("tốt ”\u{301}", "tốt ”\u{301}"),
    ("không có ngoặc", "không có ngoặc"), ("”“", "”“"), (" ", " "), ("", ""),
  ])
  func tightensCurlyQuotes(input: String, expected: String) {
    #expect(Markup.tightenQuotes(input) == expected)
    #expect(input.replacingOccurrences(of: "“ ", with: "“").replacingOccurrences(of: " ”", with: "”") == expected)
  }

  @Test func stripsBulletMarkers() {
    #expect(Markup.strippingBullet("- Ban hành") == "Ban hành")
    #expect(Markup.strippingBullet("+ Tổ chức") == "Tổ chức")
    #expect(Markup.strippingBullet("-5 độ") == "-5 độ")
  }

  /// A workbook column's width counts at most 61 characters of a cell; the count stopped there
  /// must agree with counting the whole text, whether its characters are single scalars or not
  /// (and so must the check for at most so many characters, which counts no short text).
  @Test(arguments: [
    "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động thi đua năm 2025",
    "Hội nghị", "", "Tô\u{0309} chư\u{0301}c Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động",
    "dòng 1\r\ndòng 2", String(repeating: "🇻🇳", count: 70), String(repeating: "a", count: 61),
    // Long runs of ASCII, with a carriage return (part of a two-scalar character) among them.
    "abcdefg\r\nhijklmnopq", "Ke hoach so 12\r\nnam 2024 thi dua khen thuong", "Long Bien, ngay 15 thang 01 nam 2024 - Quy I",
  ])
  func aCellsWidthCountStopsAtTheWidestColumn(text: String) {
    for limit in [1, 2, 8, 61, 200] {
      #expect(TextFolding.characterCount(text, upTo: limit) == min(text.count, limit), "\(limit)")
      #expect(TextFolding.hasAtMost(text, characters: limit) == (text.count <= limit), "\(limit)")
      // A prefix cut from the bytes never splits a character: a mark after the cut joins it.
      #expect(TextFolding.prefix(text, limit) == text.prefix(limit), "\(limit)")
    }
    #expect(TextFolding.characterCount(text) == text.count)
    // Scalars stand for characters only when each is one: then they are the text's.
    if let scalars = TextFolding.singleScalarCharacters(text) {
      #expect(scalars.map(Character.init) == Array(text))
    }
  }

  /// Words read from scalars are the words read from characters, each keyed as ``matchKey``
  /// keys the word alone: OCR digits in words (“T0 chức”, “Ph0ng”), a leading “p” read as “Đ”,
  /// words of more than 16 letters, superscripts and full-width digits (which compatibility
  /// mapping changes), and letters outside the Latin ranges.
  @Test(arguments: [
    "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024", "T0 chức Ph0ng trào pơn vị TPKT",
    "Nghiêngnghiêngnghiêngnghiêng 12345678901234567890 x²", "Quý Ⅳ/２０２４ – Ελλάδα “thi đua” 4a",
    "", "  ,, ", "Đống Đa; Long Biên.", "các muc ti€u, nhi€ém vu", "két cau ha tﬁng đồng bộ; 5.000 ₫",
  ])
  func wordsFromScalarsAreTheWordsFromCharacters(text: String) throws {
    let scalars = try #require(TextFolding.singleScalarCharacters(text) ?? Array(text.unicodeScalars))
    let characters = Array(text)
    guard scalars.count == characters.count else { return }
    let words = TextFolding.words(inScalars: scalars)
    #expect(words == TextFolding.words(in: characters))
    for word in words {
      #expect(word.key == TextFolding.matchKey(word.written(in: characters)), "\(word.written(in: characters))")
    }
  }

  /// A scalar taken for a whole character stays one beside any other such scalar, before or
  /// after it: Swift's grapheme breaking agrees, for every such scalar. (A text holding any
  /// other scalar, a combining mark or a joiner, is split by grapheme breaking instead.)
  @Test func wholeCharacterScalarsNeverJoinEachOther() {
    let whole = (UInt32(0)...0xFFFF).filter { TextFolding.isWholeCharacter($0) }.compactMap(Unicode.Scalar.init)
    #expect(whole.count > 900 && whole.contains("ệ") && whole.contains("€"))
    let neighbours: [Unicode.Scalar] = ["a", " ", "\n", "ệ", "Đ", "“", "–", "‼", "₫", "€", "ﬁ"]
    for scalar in whole {
      for other in neighbours {
        #expect(TextFolding.isWholeCharacter(other))
        var pair = String.UnicodeScalarView([scalar, other])
        #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) before U+\(String(other.value, radix: 16))")
        pair = String.UnicodeScalarView([other, scalar])
        #expect(String(pair).count == 2, "U+\(String(scalar.value, radix: 16)) after U+\(String(other.value, radix: 16))")
      }
    }
  }

  /// A key by bytes finds the same text however it was made (a literal, a cut, a join), and
  /// keeps apart texts that differ only in composition, which Swift's own `==` calls equal.
  @Test func keysByBytesFindTheSameTextAndKeepCompositionsApart() {
    let made = String("– Quý I/2024 (tháng 1 – 3)".dropFirst(2).prefix(10))
    var table: [UTF8Key: Int] = [UTF8Key("Quý I/2024"): 1, UTF8Key(""): 2]
    #expect(table[UTF8Key(made)] == 1)
    #expect(table[UTF8Key(String(made.dropLast()))] == nil)
    #expect(table[UTF8Key(String(["", ""].joined()))] == 2)
    let decomposed = "Quy\u{0301} I/2024"
    #expect(decomposed == "Quý I/2024")
    #expect(UTF8Key(decomposed) != UTF8Key("Quý I/2024"))
    table[UTF8Key(decomposed)] = 3
    #expect(table.count == 3 && table[UTF8Key("Quý I/2024")] == 1)
    var pool = StringPool()
    let first = pool.intern("Văn phòng HĐND và UBND quận")
    #expect(pool.intern(String("  Văn phòng HĐND và UBND quận".dropFirst(2))) == first)
  }

  /// A string folded from its bytes is its characters folded one by one: capitals, marks,
  /// “Đ”, line ends (CR LF is one character), decomposed marks and flags take the long way.
  @Test(arguments: [
    "QUÝ I/2024: Tháng 1 – 3", "Đến ngày 15/3\r\nhằng năm", "Tô\u{0309} chư\u{0301}c", "🇻🇳 Năm 2025", "", "ÀÁẢÃẠ àáảãạ Ǹ ×",
    "muc ti€u; ha tﬁng ₫",
  ])
  func textFoldedFromBytesIsTextFoldedByCharacter(text: String) {
    #expect(TextFolding.foldedText(text) == TextFolding.foldedText(Array(text)))
    #expect(TextFolding.foldedText(text).count == text.count)
  }

  /// The letter, number and folding answers given without Unicode's tables for the Latin
  /// ranges agree with the tables on every scalar of those ranges and of general punctuation.
  @Test func latinFastPathsAgreeWithUnicodeProperties() {
    for value in Array(0xA0...0x2FF) + Array(0x1E00...0x1EFF) + Array(0x2000...0x206F) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(TextFolding.isLetter(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
      #expect(TextFolding.isNumber(scalar) == (scalar.properties.numericType != nil), "U+\(String(value, radix: 16))")
    }
    #expect(["Đ", "đ", "Ố", "ự", "Ỹ", "à", "Ǹ"].map { TextFolding.foldScalar($0) } == ["d", "d", "o", "u", "y", "a", "n"])
  }

  /// A slice of characters joined at once is the string `String(_:)` makes of it.
  @Test(arguments: ["Phong trào “Thi đua”\r\nthứ hai", "Tô\u{0309} chư\u{0301}c 🇻🇳 hội nghị", ""])
  func joinedCharactersAreTheSlicesString(text: String) {
    let characters = Array(text)
    for range in [0..<characters.count, 0..<characters.count / 2, characters.count / 3..<characters.count] {
      #expect(String(joining: characters[range]) == String(characters[range]))
      #expect(String(joining: characters[range]).utf8.elementsEqual(String(characters[range]).utf8))
    }
  }
}

/// Tone marks moved to the vowel the traditional rule picks, whether the text is checked letter
/// by letter (precomposed, each letter a character) or decomposed syllable by syllable.
@Suite struct ToneMarkTests {
  @Test(arguments: [
    // An open two-vowel cluster takes the mark on its first vowel.
    ("Phong trào thi đua yêu nước hoà cùng", "Phong trào thi đua yêu nước hòa cùng"),
    ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    // Already in place: a shaped vowel (người, giữa), a closed syllable (toán), “qu” and “gi”.
    ("người lao động giữa năm, toán học, quả, giấy khen", "người lao động giữa năm, toán học, quả, giấy khen"),
    // The same words with their marks as combining scalars come out precomposed.
    ("tho\u{0302}\u{0301}ng ke\u{0302}", "thống kê"),
    ("hoa\u{0300}", "hòa"),
    // No vowel to carry the mark, two marks, and text without marks are left as written.
    ("ḿ", "ḿ"),
    ("hóà", "hóà"),
    ("Kế hoạch 2024", "Kế hoạch 2024"),
  ])
  func placesTheToneMark(input: String, expected: String) {
    #expect(ToneMarks.canonical(input) == expected.precomposedStringWithCanonicalMapping)
  }
}
