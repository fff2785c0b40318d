import Foundation

/// Removes the markup that conversion from Word/PDF leaves in plan text: HTML fragments in
/// table cells, markdown emphasis, entities and bullet markers. The words stay as written.
public enum Markup {
  /// Strips HTML tags (a paragraph or line break becomes a space), decodes the common
  /// entities, removes markdown emphasis (`*`, `**`), collapses runs of spaces and drops the
  /// space a removed tag leaves inside curly quotes (“ <i>name</i> ” → “name”).
  public static func plainText(_ text: String) -> String {
    if text.withBytes(hasMarkup) { return stripped(text) }
    // Only loose spaces (a converted table cell padded with spaces): nothing else to strip.
    return collapseSpaces(text)
  }

  /// ``plainText(_:)`` the long way, for text that is not plain. Tags and emphasis are removed
  /// from the text's scalars when each is a character of its own (nearly every line), from its
  /// Characters otherwise: the same result, without grapheme breaking.
  static func stripped(_ text: String) -> String {
    var output: String
    if let scalars = TextFolding.singleScalarCharacters(text) {
      output = withoutTagsAndEmphasis(scalars)
    } else {
      output = withoutTagsAndEmphasis(Array(text))
    }
    if output.utf8.contains(0x26) { output = decodeEntities(output) }
    output = collapseSpaces(output)
    // “ (E2 80 9C) and ” (E2 80 9D) beside a space; looked for in the bytes, as Foundation's search is slow.
    if output.hasPhrase("“ ") || output.hasPhrase(" ”") { output = tightenQuotes(output) }
    return output
  }

  /// `text` without the space after each “ and before each ” (as characters: a space carrying a
  /// combining mark is a letter of its own and stays), in one pass rather than Foundation's search.
  static func tightenQuotes(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var previous: Character?
    var pending = false  // a space held back until the next character shows whether ” follows
    for character in text {
      if pending {
        pending = false
        if character != "”" { output.append(" ") }
      }
      if character == " ", previous != "“" {
        pending = true
      } else if !(character == " " && previous == "“") {
        output.append(character)
      }
      previous = character == " " && previous == "“" ? nil : character
    }
    if pending { output.append(" ") }
    return output
  }

  /// Whether `text` has nothing ``plainText(_:)`` would change: no `<`, `*`, `&`, no loose
  /// spaces (see ``collapseSpaces(_:)``), no space inside a curly quote. One pass over the
  /// bytes; most lines of a plan are plain already.
  static func isPlain(_ text: String) -> Bool {
    text.withBytes { bytes in !hasLooseSpaces(bytes) && !hasMarkup(bytes) }
  }

  /// Whether the text has a `<`, `*` or `&`, or a space inside a curly quote: anything
  /// ``plainText(_:)`` changes besides loose spaces.
  private static func hasMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.indices.contains { index in
      switch bytes[index] {
      case 0x3C, 0x2A, 0x26: return true
      // A space before a closing quote (E2 80 9D).
      case 0x20: return index + 3 < bytes.count && bytes[index + 1] == 0xE2 && bytes[index + 2] == 0x80 && bytes[index + 3] == 0x9D
      // An opening quote (E2 80 9C) before a space.
      case 0xE2: return index + 3 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C && bytes[index + 3] == 0x20
      default: return false
      }
    }
  }

  /// Whether ``collapseSpaces(_:)`` would change the text: a space at either end, two in a
  /// row, a tab or a no-break space.
  static func hasLooseSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first == 0x20 || last == 0x20 { return true }
    // Eight bytes at a time: a tab, two spaces or C2 A0 within them, or across from the last.
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      var previous: UInt8 = 0
      while index + 8 <= bytes.count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
        let noBreakTails = zeroBytes(word ^ 0xA0A0_A0A0_A0A0_A0A0)
        if zeroBytes(word ^ 0x0909_0909_0909_0909) != 0 || spaces & (spaces >> 8) != 0
          || zeroBytes(word ^ 0xC2C2_C2C2_C2C2_C2C2) & (noBreakTails >> 8) != 0
        {
          return true
        }
        let head = UInt8(truncatingIfNeeded: word)
        if (previous == 0x20 && head == 0x20) || (previous == 0xC2 && head == 0xA0) { return true }
        previous = UInt8(truncatingIfNeeded: word >> 56)
        index += 8
      }
    }
    // The rest one byte at a time, from the last byte of the words read (a pair may start there).
    return (max(index - 1, 0)..<bytes.count).contains { index in
      switch bytes[index] {
      case 0x09: return true
      case 0x20: return index + 1 < bytes.count && bytes[index + 1] == 0x20
      case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0
      default: return false
      }
    }
  }

  /// For each byte of `word`, 0x80 where the byte is zero and 0 elsewhere (exact: no carry
  /// crosses from one byte into the next).
  @inline(__always) private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word | low)
  }

  /// Removes a leading bullet marker (`-`, `–`, `—`, `+`, `•`, `*`) and the spaces after it.
  public static func strippingBullet(_ text: String) -> String {
    var slice = Substring(text).drop(while: { $0 == " " })
    if let first = slice.first, bulletMarkers.contains(first),
      slice.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
    {
      slice = slice.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
    }
    return String(slice)
  }

  /// The characters that open a bullet line.
  public static let bulletMarkers: Set<Character> = ["-", "–", "—", "+", "•", "*", "·"]

  /// The bullet markers' scalars (each marker is one).
  static let bulletMarkerScalars: [Unicode.Scalar] = bulletMarkers.map { $0.unicodeScalars.first! }

  /// Collapses runs of whitespace to one space and trims both ends.
  public static func collapseSpaces(_ text: String) -> String {
    text.withBytes { bytes in
      guard hasLooseSpaces(bytes) else { return text }
      // Runs of spaces, tabs and no-break spaces (C2 A0) become one space; none is kept at
      // either end. All are single bytes or a pair no letter's bytes contain.
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var pendingSpace = false
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 {
          pendingSpace = true
          index += 1
        } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
          pendingSpace = true
          index += 2
        } else {
          if pendingSpace, !output.isEmpty { output.append(0x20) }
          pendingSpace = false
          output.append(byte)
          index += 1
        }
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Conversion tags that are dropped; any other `<…>` is plan text and stays (it is escaped on output).
  static let formattingTags: Set<String> = [
    "p", "br", "i", "b", "em", "strong", "u", "span", "div", "li", "ul", "ol", "sup", "sub", "font",
  ]
  static let blockTags: Set<String> = ["p", "br", "div", "li", "ul", "ol"]

  private static let entities: [(String, String)] = [
    ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ("&apos;", "'"), ("&amp;", "&"),
  ]

  private static func decodeEntities(_ text: String) -> String {
    var text = text
    // Looked for in the bytes first: Foundation's search is slow, and a text without an
    // entity's bytes cannot hold the entity.
    for (entity, replacement) in entities where text.hasPhrase(entity) && text.contains(entity) {
      text = text.replacingOccurrences(of: entity, with: replacement)
    }
    return text
  }
}
