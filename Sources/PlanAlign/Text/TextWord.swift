/// A word of running text (a run of letters and digits) with its matching key and its
/// character offsets, so a match on keys can point back at the text as written.
struct TextWord: Sendable, Equatable {
  /// ``TextFolding/matchKey(_:)`` of the word.
  var key: String
  /// Character offset of the first character.
  var start: Int
  /// Character offset just past the last character.
  var end: Int

  /// The word as written, cut from the characters of the text it was read from (words keep no
  /// copy of their own: most are only ever compared by key).
  func written(in characters: [Character]) -> String {
    String(joining: characters[start..<end])
  }
}

extension TextFolding {
  /// The words of `characters`, in order.
  ///
  /// Each word's key is folded from the scalars met on the way, as ``matchTokens(_:)`` folds
  /// them, rather than by building the word and folding it again; a word with a scalar that
  /// compatibility mapping could change takes the long way.
  static func words(in characters: [Character]) -> [TextWord] {
    var words: [TextWord] = []
    var start: Int?
    var folded: [Unicode.Scalar] = []
    var plain = true
    for index in 0...characters.count {
      if index < characters.count, let first = characters[index].unicodeScalars.first, isLetter(first) || isNumber(first) {
        if start == nil {
          start = index
          folded.removeAll(keepingCapacity: true)
          plain = true
        }
        for scalar in characters[index].unicodeScalars {
          if mayChangeUnderCompatibilityMapping(scalar) { plain = false }
          if !isCombiningMark(scalar) { folded.append(foldScalar(scalar)) }
        }
      } else if let begin = start {
        let key = plain ? key(ofFolded: folded) : matchKey(String(characters[begin..<index]))
        words.append(TextWord(key: key, start: begin, end: index))
        start = nil
      }
    }
    return words
  }

  /// The words of text whose characters are the scalars of `scalars`, one each (see
  /// ``singleScalarCharacters(_:)``): the same words as ``words(in:)``, without grapheme
  /// breaking.
  static func words(inScalars scalars: [Unicode.Scalar]) -> [TextWord] {
    var words: [TextWord] = []
    var start: Int?
    var folded: [Unicode.Scalar] = []
    var plain = true
    for index in 0...scalars.count {
      if index < scalars.count, isLetter(scalars[index]) || isNumber(scalars[index]) {
        let scalar = scalars[index]
        if start == nil {
          start = index
          folded.removeAll(keepingCapacity: true)
          plain = true
        }
        if mayChangeUnderCompatibilityMapping(scalar) { plain = false }
        if !isCombiningMark(scalar) { folded.append(foldScalar(scalar)) }
      } else if let begin = start {
        // The word as written is decoded only when its key needs it (the few words with a
        // scalar compatibility mapping could change); callers wanting it cut it from the text.
        let key = plain ? key(ofFolded: folded) : matchKey(String(String.UnicodeScalarView(scalars[begin..<index])))
        words.append(TextWord(key: key, start: begin, end: index))
        start = nil
      }
    }
    return words
  }

  /// The scalars of `text` when each of its characters is one scalar that cannot join the next
  /// into one character — ASCII but CR, Latin letters with their Vietnamese marks precomposed
  /// (U+00A0–U+024F, U+1E00–U+1EFF), general punctuation but the joiners and invisible marks;
  /// `nil` otherwise.
  static func singleScalarCharacters(_ text: String) -> [Unicode.Scalar]? {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard isWholeCharacter(scalar) else { return nil }
      scalars.append(scalar)
    }
    return scalars
  }

  /// The number of characters in `text`, as `text.count` gives it, but counted as scalars —
  /// without grapheme breaking — when each is a character of its own (see
  /// ``singleScalarCharacters(_:)``).
  static func characterCount(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      guard isWholeCharacter(scalar) else { return text.count }
      count += 1
    }
    return count
  }

  /// `min(characterCount(text), limit)`, looking no further into `text` than that.
  static func characterCount(_ text: String, upTo limit: Int) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      guard isWholeCharacter(scalar) else { return text.prefix(limit).count }
      count += 1
      if count == limit { return limit }
    }
    return count
  }

  /// Whether `scalar` is a character by itself, whatever comes before or after it.
  @inline(__always) static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0D: return false
    case 0x00...0x7F, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20AB: return true
    default: return false
    }
  }
}
