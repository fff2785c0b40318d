import Foundation

/// Folding of Vietnamese text for comparison. Every comparison in PlanAlign goes through
/// ``TextFolding/matchKey(_:)`` (tolerant) or ``TextFolding/exactKey(_:)`` (diacritics kept).
public enum TextFolding {
  /// Folds one character to one character: lower-case, diacritics removed, đ → d.
  ///
  /// The result always has exactly one character, so a folded string lines up
  /// character by character with its source (see ``foldAligned(_:)``).
  public static func fold(_ character: Character) -> Character {
    Character(foldedScalar(character))
  }

  /// The characters folded (see ``fold(_:)``) as one string, character for character: made
  /// from the folded scalars' UTF-8 at once, as building it Character by Character cost as
  /// much as the folding.
  static func foldedText(_ characters: some Sequence<Character>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(characters.underestimatedCount)
    for character in characters { UTF8.encode(foldedScalar(character)) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``foldedText(_:)`` of a string's characters, folded from its scalars without grapheme
  /// breaking when each is a character of its own (see ``singleScalarCharacters(_:)``): such a
  /// scalar is never a combining mark, so it folds as its character does.
  static func foldedText(_ text: String) -> String {
    guard let scalars = singleScalarCharacters(text) else { return foldedText(text[...]) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars { UTF8.encode(foldScalar(scalar)) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The one scalar ``fold(_:)`` makes of `character`.
  static func foldedScalar(_ character: Character) -> Unicode.Scalar {
    var result: Unicode.Scalar?
    for scalar in character.unicodeScalars {
      if isCombiningMark(scalar) { continue }
      let folded = foldScalar(scalar)
      if result == nil { result = folded }
    }
    return result ?? " "
  }

  /// Folds every character (see ``fold(_:)``); the result has the same character count.
  public static func foldAligned(_ characters: [Character]) -> [Character] {
    characters.map(fold)
  }

  /// The matching key: NFKC, lower-case, diacritics folded, đ → d, punctuation dropped,
  /// whitespace collapsed, and the OCR confusions of scanned plans folded.
  ///
  /// OCR rules, applied inside words: a leading `p` not followed by `h`, or a `p` before another
  /// consonant, reads as `đ` (“Pang” → “dang”, “TPKT” → “tdkt”; “hợp” keeps its `p`),
  /// `w` as `ư` (“thwong”), `j` as `i`, and inside a word that has
  /// letters the digits `1` → `l`, `0`/`6` → `o`, `4` → `a`; a `ﬁ` ligature reads as `a`.
  /// Words made only of digits keep them.
  ///
  /// ```swift
  /// TextFolding.matchKey("Sáng kiến, sáng tạo Thủ đô") == TextFolding.matchKey("Sang kién, sang tao Thu d6")
  /// ```
  public static func matchKey(_ text: String) -> String {
    String(spaceJoining: matchTokens(text))
  }

  /// Whether ``matchKey(_:)`` of `text` starts with `prefix`, folding only the first words of a
  /// long line: the text is cut at a space after its first 64 bytes, where no word is split, so
  /// the key of the cut is the start of the whole key.
  public static func matchKey(_ text: String, startsWith prefix: String) -> Bool {
    if let first = prefix.utf8.first, !mayStart(text, with: first) { return false }
    let utf8 = text.utf8
    guard utf8.count > 64 + prefix.utf8.count else { return matchKey(text).hasPrefix(prefix) }
    var index = utf8.index(utf8.startIndex, offsetBy: 64)
    while index != utf8.endIndex, utf8[index] != 0x20 { utf8.formIndex(after: &index) }
    let head = matchKey(String(Substring(utf8[utf8.startIndex..<index])))
    // A head whose key is shorter than the prefix (a line of punctuation) decides nothing.
    guard index != utf8.endIndex, head.utf8.count < prefix.utf8.count else { return head.hasPrefix(prefix) }
    return matchKey(text).hasPrefix(prefix)
  }

  /// Whether the match key of `text` can start with the byte `first`, judged from the text's
  /// first letter or digit: an ASCII one folds to itself in lower case, or to the letter an OCR
  /// misreading stands for; a Latin letter with marks (“Đ”, “Ủ”, “Ơ”) to its base letter.
  /// `true` when the first is another character (not Latin) or there is none. Most lines are
  /// ruled out here without being folded.
  static func mayStart(_ text: String, with first: UInt8) -> Bool {
    for scalar in text.unicodeScalars {
      var value = scalar.value
      if value >= 0x80 {
        guard isVietnameseLatin(value) else { return true }
        value = foldScalar(scalar).value
        guard value < 0x80 else { return true }
      }
      let byte = UInt8(value)
      let lower = byte | 0x20
      let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower)
      guard isLetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { continue }
      let folded = isLetter ? lower : byte
      return folded == first || ocrFirstLetters[Int(folded)] == first
    }
    return true
  }

  /// The ASCII letters and digits ``foldOCR(_:)`` can turn into a word's first letter, by byte:
  /// “0” and “6” read as “o”, “1” as “l”, “4” as “a”, “p” as “đ”, “w” as “u”, “j” as “i”; 0
  /// for the rest. A table, as every line of a plan asks it.
  private static let ocrFirstLetters: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    let readings: [(written: Character, read: Character)] = [
      ("0", "o"), ("6", "o"), ("1", "l"), ("4", "a"), ("p", "d"), ("w", "u"), ("j", "i"),
    ]
    for (written, read) in readings { table[Int(written.asciiValue!)] = read.asciiValue! }
    return table
  }()

  /// The words of ``matchKey(_:)``.
  ///
  /// Works on Unicode scalars, not Characters: a combining mark is dropped and every other
  /// scalar folded, which is what folding each Character to its first base scalar gives, without
  /// the cost of finding grapheme boundaries (this runs on every word of every plan).
  public static func matchTokens(_ text: String) -> [String] {
    // A “ﬁ”/“ﬂ” ligature in Vietnamese text is a scanner's misreading of a marked vowel
    // (“tﬁng” for “tầng”, “phﬁm” for “phẩm”); read it as “a” before compatibility mapping.
    if needsCompatibilityMapping(text) {
      let source = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{FB01}" || $0 == "\u{FB02}" ? "a" : $0 }))
        .precomposedStringWithCompatibilityMapping
      return tokens(ofFolded: source.unicodeScalars.lazy.filter { !isCombiningMark($0) }.map(foldScalar))
    }
    // Otherwise the scalars are decoded from the text's UTF-8 and each word's folded scalars
    // gathered in one buffer: the same words as folding the scalar view, at a fraction of the
    // cost (this folds every unit name of the gazetteer, and table cells and headings).
    return text.withBytes { bytes in
      withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { word in
        var tokens: [String] = []
        // About one word in five bytes of Vietnamese: room made once, not grown by doubling.
        tokens.reserveCapacity(bytes.count / 5 + 1)
        var (index, count) = (0, 0)
        while index < bytes.count {
          let scalar = nextScalar(bytes, &index)
          if isCombiningMark(scalar) { continue }
          let folded = foldScalar(scalar)
          if isLetter(folded) || isNumber(folded) {
            word.initializeElement(at: count, to: folded)
            count += 1
          } else if count > 0 {
            tokens.append(foldOCR(UnsafeBufferPointer(rebasing: word[..<count])))
            count = 0
          }
        }
        if count > 0 { tokens.append(foldOCR(UnsafeBufferPointer(rebasing: word[..<count]))) }
        return tokens
      }
    }
  }

  /// The scalar at `index` of valid UTF-8 `bytes` (a string's), `index` moved past it.
  @inline(__always) static func nextScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Unicode.Scalar {
    let lead = bytes[index]
    let value: UInt32
    switch lead {
    case ..<0x80:
      index += 1
      return Unicode.Scalar(lead)
    case ..<0xE0:
      value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      index += 2
    case ..<0xF0:
      value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      index += 3
    default:
      value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
      index += 4
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The runs of letters and digits in folded scalars, each read through the OCR rules: the
  /// words of ``matchKey(_:)`` once the text is folded. Without `readingOCR`, the words as
  /// written (for ``slug(_:)``).
  static func tokens(ofFolded folded: some Sequence<Unicode.Scalar>, readingOCR: Bool = true) -> [String] {
    var tokens: [String] = []
    var current: [Unicode.Scalar] = []
    func finishWord() {
      tokens.append(readingOCR ? foldOCR(current) : String(String.UnicodeScalarView(current)))
      current.removeAll(keepingCapacity: true)
    }
    for scalar in folded {
      if isLetter(scalar) || isNumber(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        finishWord()
      }
    }
    if !current.isEmpty { finishWord() }
    return tokens
  }

  /// ``tokens(ofFolded:)`` joined by spaces, without building the list when the scalars make
  /// one token, as a word's nearly always do.
  static func key(ofFolded folded: [Unicode.Scalar]) -> String {
    if !folded.isEmpty, folded.allSatisfy({ isLetter($0) || isNumber($0) }) { return foldOCR(folded) }
    return String(spaceJoining: tokens(ofFolded: folded))
  }

  /// Whether compatibility mapping (NFKC: full-width forms, ligatures) can change `scalar`:
  /// it lies outside the Latin and Vietnamese ranges, and is not one of the general
  /// punctuation marks, currency signs or Latin-1 symbols NFKC leaves as they are (the quotes
  /// and dashes of nearly every Vietnamese line: “ ” ‘ ’ – —; “₫”; and the “€”, “¢” and “¥” that
  /// OCR puts for “ê”, which sent every line holding one the slow way).
  static func mayChangeUnderCompatibilityMapping(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if (0x2000...0x206F).contains(value) { return punctuationCompatibilityMapped[Int(value - 0x2000)] }
    if (0x20A0...0x20CF).contains(value) { return currencyCompatibilityMapped[Int(value - 0x20A0)] }
    if (0x00A0...0x00BF).contains(value) { return latinSymbolCompatibilityMapped[Int(value - 0xA0)] }
    return value >= 0x2000
  }

  /// For each scalar of General Punctuation (U+2000–U+206F), Currency Symbols (U+20A0–U+20CF)
  /// and Latin-1's symbols (U+00A0–U+00BF), whether NFKC changes it alone (spaces, “…”, “‼”,
  /// primes, “₨”, “½”, “´” do; quotes, dashes, “€”, “¢” do not). None of them is a combining mark
  /// or joins its neighbours in composition, so what NFKC does to it alone it does in any text.
  private static let punctuationCompatibilityMapped = compatibilityMapped(0x2000...0x206F)
  private static let currencyCompatibilityMapped = compatibilityMapped(0x20A0...0x20CF)
  private static let latinSymbolCompatibilityMapped = compatibilityMapped(0x00A0...0x00BF)

  private static func compatibilityMapped(_ values: ClosedRange<UInt32>) -> [Bool] {
    values.map { value in
      guard let scalar = Unicode.Scalar(value) else { return true }
      return !String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.elementsEqual([scalar])
    }
  }

  /// Whether any scalar of `text` ``mayChangeUnderCompatibilityMapping(_:)``.
  private static func needsCompatibilityMapping(_ text: String) -> Bool {
    text.withBytes { $0.contains { $0 >= 0x80 } } && text.unicodeScalars.contains(where: mayChangeUnderCompatibilityMapping)
  }

  /// `Character.isLetter` for a one-scalar character, with ASCII answered without a table.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) }
    // Vietnamese letters: every scalar of the Latin ranges is a letter but × and ÷.
    if isVietnameseLatin(value) { return value != 0xD7 && value != 0xF7 }
    return scalar.properties.isAlphabetic
  }

  /// `Character.isNumber` for a one-scalar character.
  static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x30...0x39).contains(value) }
    // No letter of the Latin ranges and no general punctuation is a number.
    if isVietnameseLatin(value) || (0x2000...0x206F).contains(value) { return false }
    return scalar.properties.numericType != nil
  }

  /// Whether `value` lies in the Latin ranges Vietnamese is written in (U+00C0–U+024F,
  /// U+1E00–U+1EFF), where ``isLetter(_:)``, ``isNumber(_:)`` and ``foldScalar(_:)`` need no
  /// Unicode property table.
  @inline(__always) static func isVietnameseLatin(_ value: UInt32) -> Bool {
    (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value)
  }

  /// The exact key: NFC, Vietnamese tone marks placed canonically, lower-case,
  /// whitespace collapsed. “Ứng Hoà” and “ứng hòa” share it; “Ứng Hòa” and “Ung Hoa” do not.
  public static func exactKey(_ text: String) -> String {
    let isASCII = text.withBytes { $0.allSatisfy { $0 < 0x80 } }
    let canonical = (isASCII ? text : ToneMarks.canonical(text.composed)).lowercased()
    return canonical.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// A URL- and file-friendly slug: the words folded (lower-case, diacritics removed, đ → d),
  /// joined by hyphens. Unlike the match key it keeps the letters as written, without the OCR
  /// rules: place names do start with “p” (“Sa Pa” is `sa-pa`, not `sa-da`; “Pleiku”).
  public static func slug(_ text: String) -> String {
    // Compatibility mapping (full-width forms, ligatures) only where it can change something: it
    // loads Unicode's tables, a tenth of a small run's memory.
    let source = needsCompatibilityMapping(text) ? text.precomposedStringWithCompatibilityMapping : text
    let folded = source.unicodeScalars.lazy.filter { !isCombiningMark($0) }.map(foldScalar)
    return tokens(ofFolded: folded, readingOCR: false).joined(separator: "-")
  }

  private static func foldOCR(_ word: [Unicode.Scalar]) -> String {
    word.withUnsafeBufferPointer(foldOCR)
  }

  private static func foldOCR(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> String {
    var (hasLetter, ascii) = (false, true)
    for scalar in word {
      if !scalar.isASCII { ascii = false }
      if !hasLetter, isLetter(scalar) { hasLetter = true }
    }
    return foldOCR(word, ascii: ascii, hasLetter: hasLetter)
  }

  /// ``foldOCR(_:)`` of a word whose caller already knows whether its scalars are all ASCII
  /// and whether one is a letter.
  static func foldOCR(_ word: UnsafeBufferPointer<Unicode.Scalar>, ascii: Bool, hasLetter: Bool) -> String {
    // Folded words are nearly always ASCII (the rules map ASCII to ASCII): their bytes make the
    // string at once, which is much cheaper than appending scalar by scalar.
    if ascii {
      // A word of up to 15 letters (most are) becomes a small string, made in place and, being
      // ASCII, not validated again.
      return String(unsafeUninitializedCapacity: word.count) { bytes in
        for index in word.indices { bytes[index] = UInt8(truncatingIfNeeded: ocrFolded(word, index, hasLetter).value) }
        return word.count
      }
    }
    var out = String.UnicodeScalarView()
    for index in word.indices { out.append(ocrFolded(word, index, hasLetter)) }
    return String(out)
  }

  /// The scalar at `index` of a folded word read through the OCR rules of ``matchKey(_:)``;
  /// `hasLetter` tells whether the word has a letter (digits then read as letters).
  @inline(__always) private static func ocrFolded(
    _ word: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int, _ hasLetter: Bool
  ) -> Unicode.Scalar {
    let scalar = word[index]
    switch scalar {
    case "p":
      // Vietnamese words end in “p” (hợp, tập) but never start with it except “ph”:
      // a leading “p”, or one before another consonant (“TPKT”), is an OCR “Đ”.
      let next: Unicode.Scalar = index + 1 < word.count ? word[index + 1] : " "
      let vowelOrH: Bool
      switch next {
      case "a", "e", "i", "o", "u", "y", "h": vowelOrH = true
      default: vowelOrH = false
      }
      return (index == 0 && next != "h") || (isLetter(next) && !vowelOrH) ? "d" : "p"
    case "w": return "u"
    case "j": return "i"
    case "1" where hasLetter: return "l"
    case "0" where hasLetter, "6" where hasLetter: return "o"
    case "4" where hasLetter: return "a"
    default: return scalar
    }
  }

  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF: return true
    default: return false
    }
  }

  static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 {
      return (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar
    }
    if (0xC0...0x24F).contains(value) { return latinLetters[Int(value - 0xC0)] }
    if (0x1E00...0x1EFF).contains(value) { return latinAdditional[Int(value - 0x1E00)] }
    return latinTable[value] ?? scalar
  }

  /// ``latinTable`` for U+00C0–U+024F and U+1E00–U+1EFF, as arrays: a letter is folded by
  /// indexing instead of hashing.
  private static let latinLetters: [Unicode.Scalar] = (0xC0...0x24F).map { latinTable[$0] ?? Unicode.Scalar($0)! }
  private static let latinAdditional: [Unicode.Scalar] = (0x1E00...0x1EFF).map { latinTable[$0] ?? Unicode.Scalar($0)! }

  /// The canonical decomposition (NFD) of a scalar of the Latin ranges Vietnamese uses
  /// (U+00C0–U+024F, U+1E00–U+1EFF), made once for the folding and the tone tables alike;
  /// `nil` outside them.
  static func latinDecomposition(_ value: UInt32) -> [Unicode.Scalar]? {
    if (0xC0...0x24F).contains(value) { return latinDecompositions[Int(value - 0xC0)] }
    if (0x1E00...0x1EFF).contains(value) { return latinDecompositions[Int(value - 0x1E00) + 0x190] }
    return nil
  }

  private static let latinDecompositions: [[Unicode.Scalar]] = (Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)).map { value in
    Array(String(Unicode.Scalar(UInt32(value))!).decomposedStringWithCanonicalMapping.unicodeScalars)
  }

  /// Lower-case base letters for the Latin ranges Vietnamese uses, plus OCR symbols read as `e`
  /// and slashes other than `/`.
  private static let latinTable: [UInt32: Unicode.Scalar] = {
    var table: [UInt32: Unicode.Scalar] = [:]
    let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value), let parts = latinDecomposition(value) else { continue }
        let base = parts.first { !isCombiningMark($0) } ?? scalar
        let lower = String(base).lowercased().unicodeScalars.first ?? base
        table[value] = lower
      }
    }
    table[0x0110] = "d"  // Đ
    table[0x0111] = "d"  // đ
    table[0x0189] = "d"  // Ɖ (OCR)
    table[0x20AC] = "e"  // € (OCR for ê)
    table[0x00A2] = "e"  // ¢ (OCR for ê)
    table[0x00A0] = " "  // no-break space
    table[0x2044] = "/"  // ⁄ fraction slash (OCR for “/” in dates)
    table[0x2215] = "/"  // ∕ division slash
    return table
  }()
}

extension String {
  /// Whether `phrase` occurs in the string, compared byte for byte (for match keys, which are
  /// already folded; Foundation's search was a visible cost on every table row).
  func hasPhrase(_ phrase: String) -> Bool {
    utf8Offset(ofPhrase: phrase) != nil
  }

  /// The UTF-8 offset where `phrase` first occurs in the string, compared byte for byte; `nil`
  /// when it does not.
  func utf8Offset(ofPhrase phrase: String) -> Int? {
    // On the contiguous bytes: the generic `utf8.firstRange(of:)` walked string indices and
    // cost tens of thousands of instructions on a line.
    withBytes { haystack in phrase.withBytes { haystack.firstOffset(of: $0) } }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The offset where `needle` first occurs in these bytes; `nil` when it does not (0 for an
  /// empty needle).
  func firstOffset(of needle: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first else { return 0 }
    guard count >= needle.count else { return nil }
    for start in 0...(count - needle.count) where self[start] == first {
      if memcmp(baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return start }
    }
    return nil
  }
}
