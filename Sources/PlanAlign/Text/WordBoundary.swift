/// Unicode's default word boundaries (UAX #29, rules WB1–WB13b; emoji sequences and regional
/// indicators aside) between scalars, as `\b` of Swift's regex finds them: “quý 2/2024” has a
/// boundary after the 2, “quý 2.5” and “quý ii'a” have none.
enum WordBoundary {
  /// The Word_Break property of a scalar, as far as the rules below need it.
  enum Kind {
    case carriageReturn, lineFeed, newline, extend, format, joiner, segmentSpace
    case letter, numeric, katakana, extendNumLet, midLetter, midNum, midNumLet, singleQuote, other

    /// A line break (WB3a, WB3b).
    var isLineBreak: Bool { self == .carriageReturn || self == .lineFeed || self == .newline }
    /// A mark or format character, which goes with what it follows (WB4).
    var isIgnored: Bool { self == .extend || self == .format || self == .joiner }
    /// What may stand between two letters of one word (WB6, WB7).
    var isMidLetter: Bool { self == .midLetter || self == .midNumLet || self == .singleQuote }
    /// What may stand between two digits of one number (WB11, WB12).
    var isMidNumber: Bool { self == .midNum || self == .midNumLet || self == .singleQuote }
  }

  /// Whether there is a word boundary before `index` in `text`, seen from `start` (the text
  /// before it does not count, as for a regex matched on a substring).
  static func isBoundary(in text: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, start: Int) -> Bool {
    // WB1, WB2: at the start and the end of the text.
    guard index > start, index < text.count else { return true }
    let before = kind(text[index - 1]), after = kind(text[index])
    // WB3–WB3b: CR LF holds together; lines break.
    if before == .carriageReturn && after == .lineFeed { return false }
    if before.isLineBreak || after.isLineBreak { return true }
    // WB3d: horizontal spaces hold together. WB4: marks and format characters go with what they follow.
    if before == .segmentSpace && after == .segmentSpace { return false }
    if after.isIgnored { return false }
    // What the rules compare: the scalars on each side, passing over marks and format characters.
    guard let left = significant(in: text, before: index, start: start) else { return true }
    let leftKind = kind(text[left])
    let right = index
    let rightKind = after
    let next = significant(in: text, after: right).map { kind(text[$0]) }
    let previous = significant(in: text, before: left, start: start).map { kind(text[$0]) }
    switch (leftKind, rightKind) {
    case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter), (.katakana, .katakana):
      return false  // WB5, WB8, WB9, WB10, WB13
    case (.letter, _) where rightKind.isMidLetter && next == .letter:
      return false  // WB6
    case (_, .letter) where leftKind.isMidLetter && previous == .letter:
      return false  // WB7
    case (.numeric, _) where rightKind.isMidNumber && next == .numeric:
      return false  // WB12
    case (_, .numeric) where leftKind.isMidNumber && previous == .numeric:
      return false  // WB11
    case (.letter, .extendNumLet), (.numeric, .extendNumLet), (.katakana, .extendNumLet), (.extendNumLet, .extendNumLet):
      return false  // WB13a
    case (.extendNumLet, .letter), (.extendNumLet, .numeric), (.extendNumLet, .katakana):
      return false  // WB13b
    default:
      return true
    }
  }

  /// The last scalar before `index` that is not a mark or a format character.
  private static func significant(in text: UnsafeBufferPointer<Unicode.Scalar>, before index: Int, start: Int) -> Int? {
    var position = index - 1
    while position >= start {
      if !kind(text[position]).isIgnored { return position }
      position -= 1
    }
    return nil
  }

  /// The first scalar after `index` that is not a mark or a format character.
  private static func significant(in text: UnsafeBufferPointer<Unicode.Scalar>, after index: Int) -> Int? {
    var position = index + 1
    while position < text.count {
      if !kind(text[position]).isIgnored { return position }
      position += 1
    }
    return nil
  }

  /// The scalar's Word_Break kind: ASCII by table, the rest from its Unicode properties.
  static func kind(_ scalar: Unicode.Scalar) -> Kind {
    switch scalar.value {
    case 0x0D: return .carriageReturn
    case 0x0A: return .lineFeed
    case 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return .newline
    case 0x30...0x39: return .numeric
    case 0x41...0x5A, 0x61...0x7A: return .letter
    case 0x5F, 0x202F, 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D...0xFE4F, 0xFF3F: return .extendNumLet
    case 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A: return .midLetter
    case 0x2C, 0x3B, 0x37E, 0x589, 0x60C, 0x60D, 0x66C, 0x7F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54, 0xFF0C, 0xFF1B:
      return .midNum
    case 0x2E, 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: return .midNumLet
    case 0x27: return .singleQuote
    case 0x200D: return .joiner
    case 0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000: return .segmentSpace
    case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .katakana
    case 0x0E00...0x109F, 0x1780...0x17FF, 0x3040...0x309F: return .other  // Thai to Myanmar, Khmer, Hiragana
    case 0..<0x80: return .other
    default: break
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return .extend
    case .format: return scalar.value == 0x200B ? .other : .format
    case .decimalNumber: return .numeric
    default: break
    }
    if properties.isAlphabetic && !properties.isIdeographic { return .letter }
    return .other
  }
}
