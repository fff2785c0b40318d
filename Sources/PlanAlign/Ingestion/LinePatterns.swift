/// Roman numerals as used for sections and quarters, including OCR spellings (“11” for II,
/// “1V” for IV, “l” for I) once folded by the matching key.
enum RomanNumeral {
  private static let values: [String: Int] = [
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
  ]

  /// The value of a folded Roman numeral (lower case); `l` counts as `i`.
  static func value(of key: String) -> Int? {
    values[String(key.map { $0 == "l" ? "i" : $0 })]
  }
}

/// Recognises section headings: a Roman numeral over an upper-case title, or a decimal
/// number (“1.”, “1.1.”, the OCR “4.3,”) followed by text.
enum HeadingPattern {
  static func match(_ text: String) -> (heading: Heading, title: String)? {
    // A heading starts with a Roman numeral or a digit; most lines are ruled out by one byte.
    guard let first = text.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V")
      || first == UInt8(ascii: "X") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    else { return nil }
    // So is nearly every other line by its second byte (“Xây dựng”, “Văn bản”, “15/3”): a
    // numeral goes on with a numeral letter, a point, a bracket or a space, a number with a
    // digit, a point, a comma or a bracket. All are ASCII, so the second byte is the second
    // character's first, and a mark joined to the first character rules the line out anyway.
    let second = text.utf8.dropFirst().first ?? 0
    let goesOn: Bool
    switch second {
    case UInt8(ascii: "."), UInt8(ascii: ")"): goesOn = true
    case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: " "): goesOn = first >= UInt8(ascii: "A")
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ","): goesOn = first <= UInt8(ascii: "9")
    default: goesOn = false
    }
    guard goesOn else { return nil }
    // The numeral or number is read from the line's first characters (at most 8 levels of two
    // digits); the title is the rest of the line, taken from the text itself.
    // Made from the scalars when each is a character, without grapheme breaking.
    let head = TextFolding.prefix(text, 40)
    let characters = TextFolding.singleScalarCharacters(String(head))?.map(ScalarCharacters.character) ?? Array(head)
    var index = 0
    while index < characters.count && characters[index].isLetter && characters[index].isUppercase
      && "IVX".contains(characters[index])
    {
      index += 1
    }
    if index > 0 && index <= 4 {
      var after = index
      if after < characters.count && (characters[after] == "." || characters[after] == ")") {
        after += 1
      }
      if after < characters.count && characters[after] == " " {
        let numeral = String(joining: characters[0..<index])
        let title = rest(of: text, after: characters[...after])
        if RomanNumeral.value(of: numeral.lowercased()) != nil, isMostlyUpper(title) {
          return (Heading(level: 1, label: "\(numeral). \(shortLabel(title))",
                          window: PeriodLabel.window(inTitle: title)), title)
        }
      }
      return nil
    }
    var parts: [String] = []
    var current = ""
    index = 0
    while index < characters.count {
      let character = characters[index]
      if character.isASCII && character.isNumber {
        current.append(character)
        if current.count > 2 { return nil }
      } else if character == "." || character == "," || character == ")" {
        guard !current.isEmpty else { return nil }
        parts.append(current)
        current = ""
        if parts.count > Limits.headingDepth { return nil }
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if next == " " {
          let title = rest(of: text, after: characters[...index])
          guard let first = title.first, first.isLetter || first == "“" || first == "\"" else {
            return nil
          }
          let number = parts.joined(separator: ".")
          return (Heading(level: 1 + parts.count, label: "\(number). \(shortLabel(title))",
                          window: PeriodLabel.window(inTitle: title)), title)
        }
        if character != "." { return nil }
      } else {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// The text after its first characters `lead`, trimmed: cut at their bytes, without walking
  /// the text's characters again.
  private static func rest(of text: String, after lead: ArraySlice<Character>) -> String {
    let offset = lead.reduce(0) { $0 + $1.utf8.count }
    return String(Substring(text.utf8.dropFirst(offset))).trimmed
  }

  static func isMostlyUpper(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    guard letters.count >= 2 else { return false }
    return Double(letters.filter(\.isUppercase).count) >= 0.7 * Double(letters.count)
  }

  /// The first clause of a title, at most about 90 characters, cut at a word.
  static func shortLabel(_ title: String) -> String {
    var clause = Substring(title)
    // The clause ends at the first colon or semicolon, found among the bytes (both are ASCII).
    let stop = title.withBytes { bytes in bytes.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") } }
    if let stop { clause = Substring(title.utf8.prefix(stop)) }
    clause = Substring(clause.trimmed)
    // A last character “.” is the scalar U+002E alone: a clause whose last byte is another is
    // passed over without walking back a character.
    if clause.utf8.last == UInt8(ascii: "."), clause.last == "." { clause = clause.dropLast() }
    // Characters counted and cut without grapheme breaking where each scalar is one (walking a
    // long title by characters was most of this function's cost).
    let text = String(clause)
    guard !TextFolding.hasAtMost(text, characters: 90) else { return text }
    var cut = TextFolding.prefix(text, 90)
    if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
    return cut.trimmingTrailingPunctuation + "…"
  }
}

/// Finds a quarter expression (“Quý I/2024”, “quý II năm 2024”, OCR “quy 11/2024”).
enum QuarterPattern {
  /// The quarter expression as written, or `nil`.
  static func find(in text: String) -> String? {
    guard mayName(text) else { return nil }
    // The search runs on one folded scalar per character (integers compared, not Characters);
    // the expression is cut from the scalars themselves when each is a character of its own.
    if let scalars = TextFolding.singleScalarCharacters(text) {
      guard let range = expression(in: scalars.map(TextFolding.foldScalar)) else { return nil }
      return String(joiningScalars: scalars[range])
    }
    let characters = Array(text)
    guard let range = expression(in: characters.map(TextFolding.foldedScalar)) else { return nil }
    return String(joining: characters[range])
  }

  /// Where the quarter expression is among `folded` (one folded scalar per character).
  private static func expression(in folded: [Unicode.Scalar]) -> Range<Int>? {
    let isLetter = { (index: Int) in TextFolding.isLetter(folded[index]) }
    var index = 0
    while index + 4 < folded.count {
      if folded[index] == "q" && folded[index + 1] == "u" && (folded[index + 2] == "y" || folded[index + 2] == "i")
        && (index == 0 || !isLetter(index - 1)) && folded[index + 3] == " "
      {
        var end = index + 4
        var numeral = String.UnicodeScalarView()
        while end < folded.count && (isLetter(end) || TextFolding.isNumber(folded[end])) && numeral.count < 4 {
          numeral.append(folded[end])
          end += 1
        }
        let written = String(numeral)
        let isNumeral = RomanNumeral.value(of: String(written.map { $0 == "1" ? "i" : $0 }))
          .map { (1...4).contains($0) } ?? false
        let isDigit = ["1", "2", "3", "4"].contains(written)
        if (isNumeral || isDigit) && (end == folded.count || !isLetter(end)) {
          var stop = end
          // Optional “/2024” or “ năm 2024”.
          var probe = end
          while probe < folded.count && folded[probe] == " " { probe += 1 }
          if probe < folded.count && folded[probe] == "/" {
            probe += 1
            while probe < folded.count && folded[probe] == " " { probe += 1 }
            let yearEnd = digitsEnd(folded, from: probe)
            if yearEnd - probe == 4 { stop = yearEnd }
          } else if probe + 4 < folded.count && folded[probe..<probe + 3].elementsEqual("nam".unicodeScalars) {
            var yearStart = probe + 3
            while yearStart < folded.count && folded[yearStart] == " " { yearStart += 1 }
            let yearEnd = digitsEnd(folded, from: yearStart)
            if yearEnd - yearStart == 4 { stop = yearEnd }
          }
          return index..<stop
        }
      }
      index += 1
    }
    return nil
  }

  /// Whether a quarter word can start in `text`: folding makes a “q” only of “q” or “Q”, and
  /// the word is “quy” or “qui” and a space, so only the four characters from each “q” are
  /// folded (long lines of “kết quả” were folded whole before).
  private static func mayName(_ text: String) -> Bool {
    let utf8 = text.utf8
    var from = utf8.startIndex
    while let q = utf8[from...].firstIndex(where: { $0 == UInt8(ascii: "q") || $0 == UInt8(ascii: "Q") }) {
      if let named = startsQuarterWord(text, at: q) {
        if named { return true }
      } else {
        let head = text[q...].prefix(4).map(TextFolding.fold)
        if head.count == 4, head[1] == "u", head[2] == "y" || head[2] == "i", head[3] == " " { return true }
      }
      from = utf8.index(after: q)
    }
    return false
  }

  /// Whether the “q” at `q` starts “quy ”/“qui ” (folded), read from the scalars after it. A
  /// scalar that is a character of its own starts the next character and folds as it does,
  /// whatever marks follow it, so the first that does not fit decides; `nil` when one met is
  /// not such a scalar, for the caller to read characters.
  private static func startsQuarterWord(_ text: String, at q: String.Index) -> Bool? {
    var scalars = text.unicodeScalars[q...].dropFirst().makeIterator()
    for position in 0..<3 {
      guard let scalar = scalars.next() else { return false }
      guard TextFolding.isWholeCharacter(scalar) else { return nil }
      let folded = TextFolding.foldScalar(scalar)
      let fits = position == 0 ? folded == "u" : position == 1 ? folded == "y" || folded == "i" : folded == " "
      guard fits else { return false }
    }
    return true
  }

  private static func digitsEnd(_ folded: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    while end < folded.count && ("0"..."9").contains(folded[end]) { end += 1 }
    return end
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces.
  var trimmed: String {
    // By scalars: walking Characters backwards was a large share of reading a plan.
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isWhitespace }), let last = scalars.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// The text without trailing spaces and punctuation such as `,;:.`.
  var trimmingTrailingPunctuation: String {
    // Read from the bytes while they are ASCII: no ASCII scalar joins the one before it into a
    // character but LF after CR, and both are spaces. So an ASCII mark or space after an ASCII
    // byte is a character of its own, dropped; an ASCII letter, digit or bracket ends the text.
    var text = String(self)
    let (end, done) = text.withBytes { bytes -> (Int, Bool) in
      var end = bytes.count
      while end > 0, bytes[end - 1] < 0x80 {
        guard Self.isTrailingPunctuation(byte: bytes[end - 1]) else { return (end, true) }
        guard end == 1 || bytes[end - 2] < 0x80 else { return (end, false) }
        end -= 1
      }
      return (end, end == 0)
    }
    if end < text.utf8.count { text = String(Substring(text.utf8.prefix(end))) }
    if done { return text }
    // Other characters (“–”, a no-break space, a mark on a space) the long way.
    while let last = text.last, Self.isTrailingPunctuation(last) { text.removeLast() }
    return text
  }

  /// A space or one of `,;:.-–`, told from its byte when it is ASCII (looking it up in a
  /// string of them compared it with each).
  private static func isTrailingPunctuation(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return isTrailingPunctuation(byte: ascii) }
    return character == "–" || character.isWhitespace
  }

  /// An ASCII character that is whitespace (CR LF too, whose value is LF's) or one of `,;:.-`.
  private static func isTrailingPunctuation(byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x2D || byte.isASCIIWhitespace
  }
}
