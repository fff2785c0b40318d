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
  private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

  /// Returns `text` with each syllable's tone mark moved to its canonical vowel, in NFC.
  public static func canonical(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
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
    var marks: [Unicode.Scalar]
    var isVowel: Bool { ToneMarks.vowels.contains(Character(String(base).lowercased())) }
    var hasShape: Bool { marks.contains { ToneMarks.shapes.contains($0.value) } }
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
        letters[letters.count - 1].marks.append(scalar)
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
    let lower = letters.map { String($0.base).lowercased() }
    // “qu” and “gi” + vowel: the u / i belongs to the consonant.
    if start > 0 && end > start {
      let previous = lower[start - 1], current = lower[start]
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
