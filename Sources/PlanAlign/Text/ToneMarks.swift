import Foundation
import Synchronization

/// Canonical placement of Vietnamese tone marks, so that “hoà”/“hòa” and “thuỷ”/“thủy”
/// compare equal while the text keeps its own spelling for display.
///
/// The canonical form is the traditional one used in most administrative text: the mark
/// sits on a vowel carrying a shape diacritic (â ă ê ô ơ ư) when there is one (the last of
/// them, as in “ườ”), otherwise on the last vowel of a closed syllable, and on the first
/// vowel of an open two-vowel cluster (“hòa”, “thủy”, “mùa”) or the middle of three (“ngoài”).
public enum ToneMarks {
  private static let tones: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
  private static let shapes: Set<UInt32> = [0x0302, 0x0306, 0x031B]

  /// Returns `text` with each syllable's tone mark moved to its canonical vowel, in NFC.
  public static func canonical(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
    // Most text already has every tone where this would put it: told from the precomposed
    // letters, without decomposing each syllable again.
    if let scalars = TextFolding.singleScalarCharacters(text), isCanonical(scalars) { return text }
    var result = ""
    var word = ""
    for character in text {
      if character.isLetter {
        word.append(character)
      } else {
        result += canonicalSyllable(word)
        word = ""
        result.append(character)
      }
    }
    result += canonicalSyllable(word)
    return result
  }

  private struct Letter {
    var base: Unicode.Scalar
    var marks: [Unicode.Scalar] = []
    /// Whether a shape mark (â ă ê ô ơ ư) is among the marks.
    var hasShape = false
    /// Whether the base is a vowel letter (only ASCII letters are, in either case).
    var isVowel: Bool { ToneMarks.isVowel(base) }

    mutating func add(_ mark: Unicode.Scalar) {
      marks.append(mark)
      if ToneMarks.shapes.contains(mark.value) { hasShape = true }
    }
  }

  /// Whether `scalar` is a, e, i, o, u or y in either case.
  private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y": return true
    default: return false
    }
  }

  /// `scalar` in lower case when it is an ASCII letter, as it is otherwise.
  private static func lowerASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
  }

  /// A precomposed letter of the Latin ranges as ``placeTone(_:)`` decomposes it: its base,
  /// whether it carries a tone and whether a shape; `nil` when it is not a letter of one base
  /// with at most one tone.
  private struct Precomposed {
    var base: Unicode.Scalar
    var hasTone: Bool
    var hasShape: Bool
  }

  /// ``Precomposed`` for U+00C0–U+024F and U+1E00–U+1EFF, by offset.
  private static let precomposed: [Precomposed?] = (Array(0xC0...0x24F) + Array(0x1E00...0x1EFF)).map { value in
    guard let parts = TextFolding.latinDecomposition(UInt32(value)) else { return nil }
    guard let base = parts.first, !TextFolding.isCombiningMark(base) else { return nil }
    let marks = parts.dropFirst()
    let toneCount = marks.count { tones.contains($0.value) }
    guard toneCount <= 1 else { return nil }
    return Precomposed(base: base, hasTone: toneCount == 1, hasShape: marks.contains { shapes.contains($0.value) })
  }

  /// The letter `scalar` is, or `nil` when it is outside ASCII and the Latin ranges.
  private static func letter(_ scalar: Unicode.Scalar) -> Precomposed? {
    let value = scalar.value
    if value < 0x80 { return Precomposed(base: scalar, hasTone: false, hasShape: false) }
    if (0xC0...0x24F).contains(value) { return precomposed[Int(value - 0xC0)] }
    if (0x1E00...0x1EFF).contains(value) { return precomposed[Int(value - 0x1E00) + (0x24F - 0xC0 + 1)] }
    return nil
  }

  /// Whether ``canonical(_:)`` gives back the text of `scalars` (each a character of its own)
  /// unchanged: every syllable has no tone, two, or its one tone on the vowel
  /// ``toneTarget(_:)`` picks. `false` when unsure (a letter outside the Latin ranges).
  private static func isCanonical(_ scalars: [Unicode.Scalar]) -> Bool {
    var start = 0
    while start < scalars.count {
      guard TextFolding.isLetter(scalars[start]) else {
        start += 1
        continue
      }
      var end = start + 1
      while end < scalars.count, TextFolding.isLetter(scalars[end]) { end += 1 }
      if end - start > 1, scalars[start..<end].contains(where: { !$0.isASCII }) {
        var letters: [Letter] = []
        letters.reserveCapacity(end - start)
        var (tones, toneAt) = (0, 0)
        for index in start..<end {
          guard let found = letter(scalars[index]) else { return false }
          if found.hasTone { (tones, toneAt) = (tones + 1, index - start) }
          letters.append(Letter(base: found.base, hasShape: found.hasShape))
        }
        if tones == 1, let target = toneTarget(letters), target != toneAt { return false }
      }
      start = end
    }
    return true
  }

  /// Syllables already placed: a text repeats a few thousand syllables, and placing one costs
  /// two of Foundation's normalisations. Bounded, so text of any kind cannot grow it for ever.
  private static let placed = Mutex<[String: String]>([:])
  private static let placedLimit = 50_000

  private static func canonicalSyllable(_ word: String) -> String {
    guard word.count > 1 else { return word }
    // A syllable of ASCII letters has no mark to move.
    guard word.withBytes({ $0.contains { $0 >= 0x80 } }) else { return word }
    if let known = placed.withLock({ $0[word] }) { return known }
    let result = placeTone(word)
    placed.withLock { cache in
      if cache.count < placedLimit { cache[word] = result }
    }
    return result
  }

  private static func placeTone(_ word: String) -> String {
    var letters: [Letter] = []
    var tone: Unicode.Scalar?
    for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
      if tones.contains(scalar.value) {
        if tone != nil { return word }  // two tones: not a Vietnamese syllable
        tone = scalar
      } else if TextFolding.isCombiningMark(scalar) {
        guard !letters.isEmpty else { return word }
        letters[letters.count - 1].add(scalar)
      } else {
        letters.append(Letter(base: scalar, marks: []))
      }
    }
    guard let tone, let target = toneTarget(letters) else { return word }
    var out = String.UnicodeScalarView()
    for (index, letter) in letters.enumerated() {
      out.append(letter.base)
      out.append(contentsOf: letter.marks)
      if index == target { out.append(tone) }
    }
    return String(out).precomposedStringWithCanonicalMapping
  }

  private static func toneTarget(_ letters: [Letter]) -> Int? {
    guard let first = letters.firstIndex(where: \.isVowel) else { return nil }
    var start = first
    var end = first
    while end + 1 < letters.count && letters[end + 1].isVowel { end += 1 }
    guard !letters[(end + 1)...].contains(where: \.isVowel) else { return nil }
    // “qu” and “gi” + vowel: the u / i belongs to the consonant.
    if start > 0 && end > start {
      let previous = lowerASCII(letters[start - 1].base), current = lowerASCII(letters[start].base)
      if (previous == "q" && current == "u") || (previous == "g" && current == "i") {
        start += 1
      }
    }
    if let shaped = (start...end).last(where: { letters[$0].hasShape }) { return shaped }
    let closed = end + 1 < letters.count
    if closed { return end }
    switch end - start {
    case 0: return start
    case 1: return start
    default: return start + 1
    }
  }
}
