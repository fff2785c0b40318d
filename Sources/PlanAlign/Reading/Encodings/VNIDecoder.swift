/// VNI Windows, which iconv does not know: a Vietnamese letter is a base letter followed by a
/// modifier character (as the VNI fonts draw them over Windows-1252), e.g. “Vieät” for “Việt”.
enum VNIDecoder {
  private static let acute = "\u{301}", grave = "\u{300}", hook = "\u{309}", tilde = "\u{303}", dot = "\u{323}"
  private static let circumflex = "\u{302}", breve = "\u{306}", horn = "\u{31B}"

  /// Tone modifiers after any vowel (lower-case forms; upper case is matched too).
  private static let tones: [Character: String] = ["ù": acute, "ø": grave, "û": hook, "õ": tilde, "ï": dot]
  /// Circumflex with a tone, after a, e, o.
  private static let circumflexes: [Character: String] = [
    "â": "", "á": acute, "à": grave, "å": hook, "ã": tilde, "ä": dot,
  ]
  /// Breve with a tone, after a.
  private static let breves: [Character: String] = [
    "ê": "", "é": acute, "è": grave, "ú": hook, "ü": tilde, "ë": dot,
  ]
  /// Letters that stand alone.
  private static let singles: [Character: String] = [
    "ô": "o" + horn, "ö": "u" + horn, "í": "i" + acute, "ì": "i" + grave, "æ": "i" + hook,
    "ó": "i" + tilde, "ò": "i" + dot, "î": "y" + dot, "ñ": "đ",
  ]

  /// Decodes text whose characters are the Windows-1252 reading of VNI bytes.
  static func decode(_ text: String) -> String {
    var output = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let lower = Character(character.lowercased())
      let upper = character.isUppercase
      var base: String
      if let single = singles[lower] {
        base = single
      } else {
        base = String(lower)
      }
      var consumed = 1
      let next = index + 1 < characters.count ? Character(characters[index + 1].lowercased()) : nil
      if let next, "aeouy".contains(lower) || lower == "ô" || lower == "ö" {
        if let tone = tones[next] {
          base += tone
          consumed = 2
        } else if "aeo".contains(lower), let tone = circumflexes[next] {
          base += circumflex + tone
          consumed = 2
        } else if lower == "a", let tone = breves[next] {
          base += breve + tone
          consumed = 2
        }
      }
      output += upper ? base.uppercased() : base
      index += consumed
    }
    return output.precomposedStringWithCanonicalMapping
  }
}
