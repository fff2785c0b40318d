/// Text in a legacy Vietnamese encoding that reached Unicode byte for byte, as Windows-1252
/// characters: “Kõ ho¹ch c«ng t¸c thi ®ua” for “Kế hoạch công tác thi đua”. A PDF printed from a
/// `.VnTime` document gives its text layer so, as does a Word run in a legacy font PlanAlign
/// does not know by name, or a TCVN3 file once opened as Windows-1252 and saved as UTF-8.
///
/// Lines holding such characters and no Vietnamese letter are gathered; when, taken back to
/// their bytes, they read as Vietnamese in an encoding (and better than as they are), each is
/// decoded in it. Lines already in Unicode Vietnamese are left as they are.
enum MisreadLegacyText {
  /// Decodes `document`'s misread lines, if it has any, and notes the encoding.
  static func repair(_ document: inout Document) {
    guard let (elements, encoding) = repair(document.elements) else { return }
    document.elements = elements
    document.notes.append(Message(.convertedFromEncoding, .text(encoding.rawValue)))
  }

  /// `elements` with their misread lines decoded, and the encoding; `nil` when none is found.
  static func repair(_ elements: [DocumentElement]) -> (elements: [DocumentElement], encoding: VietnameseEncoding)? {
    var texts: [String] = []
    for element in elements {
      switch element.kind {
      case .line(let text), .paragraph(let text): texts.append(text)
      case .tableRow(let cells): texts += cells
      case .gap: break
      }
    }
    guard let (repaired, encoding) = repair(texts) else { return nil }
    var next = repaired.makeIterator()
    let elements = elements.map { element in
      var element = element
      switch element.kind {
      case .line: element.kind = .line(next.next()!)
      case .paragraph: element.kind = .paragraph(next.next()!)
      case .tableRow(let cells): element.kind = .tableRow(cells.map { _ in next.next()! })
      case .gap: break
      }
      return element
    }
    return (elements, encoding)
  }

  /// `texts` with the misread ones decoded, and the encoding; `nil` when none is found.
  static func repair(_ texts: [String]) -> (texts: [String], encoding: VietnameseEncoding)? {
    let suspects = texts.indices.filter { isSuspect(texts[$0]) }
    // Misread bytes show as letters and signs Vietnamese never writes (“¸”, “µ”, “ñ”, “Ð”), one
    // in every few words; text with only the Latin-1 letters Vietnamese shares (“é”, “ô”) or a
    // stray OCR sign (“¢” for “ê”) is left alone unread. The encoding is judged on the first
    // lines, so a long plan costs no more than a short one.
    var joined = "", foreign = 0
    for index in suspects where joined.utf8.count < sampleBytes {
      joined += texts[index] + "\n"
      foreign += foreignCount(texts[index])
    }
    guard foreign >= 3, foreign * 200 >= joined.unicodeScalars.count else { return nil }
    guard let bytes = legacyBytes(joined), let (encoding, decoded) = VietnameseEncoding.bestDecoding(bytes),
      VietnameseReading(decoded).score > VietnameseReading(joined).score
    else { return nil }
    var repaired = texts
    for index in suspects { repaired[index] = decode(texts[index], encoding) }
    return (repaired, encoding)
  }

  /// Whether `text` holds a character of Windows-1252's upper half or a control character
  /// (where TCVN3 and VISCII keep some capitals), every character is one of that code page, and
  /// none is a Vietnamese letter of Unicode's own.
  static func isSuspect(_ text: String) -> Bool {
    var legacy = false
    for scalar in text.unicodeScalars where scalar.value >= 0x80 || scalar.value < 0x20 {
      if scalar.value < 0x20 {
        if !["\t", "\n", "\r", "\u{0C}"].contains(scalar) { legacy = true }
        continue
      }
      if isVietnameseLetter(scalar.value) { return false }
      guard Windows1252.byte(Character(scalar)) != nil else { return false }
      legacy = true
    }
    return legacy
  }

  /// How much misread text is enough to judge its encoding by.
  static let sampleBytes = 4_096

  /// Characters of `text` that Vietnamese text does not hold: control characters and
  /// Windows-1252 characters other than the Latin-1 vowels Vietnamese shares and punctuation.
  static func foreignCount(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { count, scalar in
      let value = scalar.value
      if value < 0x20 { return count + (["\t", "\n", "\r", "\u{0C}"].contains(scalar) ? 0 : 1) }
      guard value >= 0xA0, value <= 0xFF else { return count }
      return count + (sharedLatin.contains(scalar) ? 0 : 1)
    }
  }

  /// Latin-1 letters and signs Vietnamese Unicode text also uses.
  private static let sharedLatin = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u{A0}«»°·§".unicodeScalars)

  /// Letters only Vietnamese (of the Latin scripts) writes, in Unicode: ă â đ ê ô ơ ư and the
  /// toned vowels of U+1EA0–U+1EF9, in either case.
  private static func isVietnameseLetter(_ value: UInt32) -> Bool {
    (0x1EA0...0x1EF9).contains(value) || [0x102, 0x103, 0x110, 0x111, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x128, 0x129, 0x168, 0x169].contains(value)
  }

  private static func legacyBytes(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard let byte = Windows1252.byte(Character(scalar)) else { return nil }
      bytes.append(byte)
    }
    return bytes
  }

  private static func decode(_ text: String, _ encoding: VietnameseEncoding) -> String {
    guard let bytes = legacyBytes(text), let decoded = encoding.decode(bytes) else { return text }
    return decoded.composed
  }
}
