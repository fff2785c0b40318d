/// The tokens of the deadline parser, and what lies between two time points.
extension DeadlineParser {
  /// Folded tokens: words (diacritics removed, OCR digits inside words kept for numerals),
  /// numbers, and the separators that matter (`/`, `-`, `,`).
  static func tokens(_ text: String) -> [Token] {
    // Each character folds to one scalar (see ``TextFolding/fold(_:)``): read from the text's
    // scalars without grapheme breaking when each is a character of its own.
    if let scalars = TextFolding.singleScalarCharacters(text) { return tokens(folded: scalars.lazy.map(TextFolding.foldScalar)) }
    return tokens(folded: text.lazy.map(TextFolding.foldedScalar))
  }

  /// The tokens of a text given as its characters folded, one scalar each.
  private static func tokens(folded: some Sequence<Unicode.Scalar>) -> [Token] {
    var tokens: [Token] = []
    // A word's and a number's scalars are gathered in arrays and made strings once: appending
    // each to a string's scalars cost hundreds of instructions a scalar.
    var word: [Unicode.Scalar] = []
    var number: [Unicode.Scalar] = []
    func flush() {
      if !word.isEmpty {
        // A word mixing letters and digits (“1V”, “11” read as a numeral after “quy”) stays a word.
        tokens.append(.word(String(joiningScalars: word[...])))
        word.removeAll(keepingCapacity: true)
      }
      if !number.isEmpty {
        tokens.append(.number(Int(String(joiningScalars: number[...])) ?? 0, digits: number.count))
        number.removeAll(keepingCapacity: true)
      }
    }
    for folded in folded {
      if (0x30...0x39).contains(folded.value) {
        if !word.isEmpty { word.append(folded) } else { number.append(folded) }
      } else if TextFolding.isLetter(folded) {
        if !number.isEmpty && word.isEmpty {
          swap(&word, &number)
        }
        word.append(folded)
      } else {
        flush()
        switch folded {
        case "/", ".": tokens.append(.slash)
        case "-", "–", "—": tokens.append(.dash)
        // U+037E, the Greek question mark, is canonically a semicolon, as characters compare.
        case ",", ";", "\u{037E}", "(", ")": tokens.append(.comma)
        default: break
        }
      }
    }
    flush()
    return tokens
  }

  static func word(_ tokens: [Token], _ index: Int) -> String? {
    guard index >= 0, index < tokens.count, case .word(let word) = tokens[index] else { return nil }
    return word
  }

  static func number(_ tokens: [Token], _ index: Int) -> (value: Int, digits: Int)? {
    guard index >= 0, index < tokens.count, case .number(let value, let digits) = tokens[index] else { return nil }
    return (value, digits)
  }

  /// A year after `index`: “/2024”, “/24” or “năm 2024”. Returns the year and the last index.
  static func yearSuffix(_ tokens: [Token], after index: Int) -> (Int, Int)? {
    if index + 1 < tokens.count, tokens[index + 1] == .slash || tokens[index + 1] == .dash,
      let year = number(tokens, index + 2)
    {
      if year.digits == 4 { return (year.value, index + 2) }
      // “tháng 5/24” is May 2024, but “tháng 9 – 10” is two months.
      if year.digits == 2, tokens[index + 1] == .slash { return (2000 + year.value, index + 2) }
    }
    if word(tokens, index + 1) == "nam", let year = number(tokens, index + 2), year.digits == 4 {
      return (year.value, index + 2)
    }
    return nil
  }

  /// The quarter a folded numeral names: Roman (with OCR “1” for I, “l”), or a digit 1–4.
  static func quarterValue(_ tokens: [Token], _ index: Int) -> Int? {
    if let digit = number(tokens, index) {
      if digit.digits == 1 && (1...4).contains(digit.value) { return digit.value }
      // OCR reads the strokes of II and III as ones.
      return [11: 2, 111: 3][digit.value]
    }
    guard let text = word(tokens, index) else { return nil }
    let roman = String(text.map { $0 == "1" || $0 == "l" ? "i" : $0 })
    return RomanNumeral.value(of: roman).flatMap { (1...4).contains($0) ? $0 : nil }
  }

  /// Between two points: “đến” (or a dash) makes a range.
  static func isRange(_ tokens: [Token], from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    let between = tokens[from..<to]
    let words = between.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
    if words.contains("den") { return words.allSatisfy { ["den", "ngay", "het"].contains($0) } }
    return between.count == 1 && between.first == .dash
  }

  /// Between two points: “và”, a comma, or “ngày” only — the second shares the first's kind.
  static func isJoin(_ tokens: [Token], from: Int, to: Int) -> Bool {
    guard from <= to else { return false }
    return tokens[from..<to].allSatisfy { token in
      switch token {
      case .comma: return true
      case .word(let word): return ["va", "ngay", "hoac"].contains(word)
      default: return false
      }
    }
  }
}
