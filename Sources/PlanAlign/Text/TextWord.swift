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
    // About one word in four scalars of Vietnamese: room made once, not grown by doubling.
    words.reserveCapacity(scalars.count / 4 + 1)
    scalars.withUnsafeBufferPointer { source in
      // Each word's folded scalars go into one buffer, and what its key needs to know of them
      // (ASCII, a letter among them) is noted on the way, so the key is made in one more pass.
      withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(source.count, 1)) { folded in
        var index = 0
        while index < source.count {
          guard isLetter(source[index]) || isNumber(source[index]) else {
            index += 1
            continue
          }
          let begin = index
          var (count, plain, ascii, hasLetter, wordy) = (0, true, true, false, true)
          repeat {
            let scalar = source[index]
            // ASCII in a word is a letter or a digit: folded by lowering the letters, with
            // nothing for compatibility mapping or combining marks to change.
            if scalar.value < 0x80 {
              let value = UInt8(scalar.value)
              let isLetter = value >= 0x41
              folded.initializeElement(at: count, to: Unicode.Scalar(isLetter ? value | 0x20 : value))
              count += 1
              if isLetter { hasLetter = true }
              index += 1
              continue
            }
            if mayChangeUnderCompatibilityMapping(scalar) { plain = false }
            if !isCombiningMark(scalar) {
              let letter = foldScalar(scalar)
              folded.initializeElement(at: count, to: letter)
              count += 1
              if !letter.isASCII { ascii = false }
              if isLetter(letter) { hasLetter = true } else if !isNumber(letter) { wordy = false }
            }
            index += 1
          } while index < source.count && (isLetter(source[index]) || isNumber(source[index]))
          let word = UnsafeBufferPointer(rebasing: folded[..<count])
          // The word as written is decoded only when its key needs it (the few words with a
          // scalar compatibility mapping could change); callers wanting it cut it from the text.
          let key =
            !plain
            ? matchKey(String(String.UnicodeScalarView(source[begin..<index])))
            : count > 0 && wordy ? foldOCR(word, ascii: ascii, hasLetter: hasLetter) : key(ofFolded: Array(word))
          words.append(TextWord(key: key, start: begin, end: index))
        }
      }
    }
    return words
  }

  /// The scalars of `text` when each of its characters is one scalar that cannot join the next
  /// into one character — ASCII but CR, Latin letters with their Vietnamese marks precomposed
  /// (U+00A0–U+024F, U+1E00–U+1EFF), general punctuation but the joiners and invisible marks;
  /// `nil` otherwise.
  static func singleScalarCharacters(_ text: String) -> [Unicode.Scalar]? {
    let scalars = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar]? in
      // Written in place, into room for one scalar a byte (there are no more).
      var whole = true
      let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        while index < bytes.count {
          guard let value = nextWholeScalar(bytes, &index) else {
            whole = false
            return
          }
          buffer.initializeElement(at: count, to: Unicode.Scalar(value)!)
          count += 1
        }
      }
      return whole ? scalars : nil
    }
    if let scalars { return scalars }
    guard text.unicodeScalars.allSatisfy(isWholeCharacter) else { return nil }
    return Array(text.unicodeScalars)
  }

  /// The number of characters in `text`, as `text.count` gives it, but counted as scalars —
  /// without grapheme breaking — when each is a character of its own (see
  /// ``singleScalarCharacters(_:)``).
  static func characterCount(_ text: String) -> Int {
    characterCount(text, upTo: .max)
  }

  /// `min(characterCount(text), limit)`, looking no further into `text` than that.
  static func characterCount(_ text: String, upTo limit: Int) -> Int {
    let counted = text.utf8.withContiguousStorageIfAvailable { wholeCharacters($0, upTo: limit)?.count }
    if let counted, let counted { return counted }
    return limit == .max ? text.count : text.prefix(limit).count
  }

  /// Whether `text` has at most `limit` characters: at once when it has no more bytes than that
  /// (a character is at least one byte), counted up to one past `limit` otherwise.
  static func hasAtMost(_ text: String, characters limit: Int) -> Bool {
    text.utf8.count <= limit || characterCount(text, upTo: limit + 1) <= limit
  }

  /// `text.prefix(limit)`, its end found from the UTF-8 when the scalars up to it, and the one
  /// after it, are each a character of its own; by grapheme breaking otherwise.
  static func prefix(_ text: String, _ limit: Int) -> Substring {
    let end = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard let (_, end) = wholeCharacters(bytes, upTo: limit) else { return nil }
      // The next scalar must not join the last one kept (a combining mark would).
      var next = end
      guard end == bytes.count || nextWholeScalar(bytes, &next) != nil else { return nil }
      return end
    }
    guard let end, let end else { return text.prefix(limit) }
    return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)]
  }

  /// The first `limit` characters of `bytes` (all of them when fewer), counted as scalars, and
  /// the byte offset after them; `nil` when one is not a character of its own.
  @inline(__always) private static func wholeCharacters(
    _ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int
  ) -> (count: Int, end: Int)? {
    var (count, index) = (0, 0)
    while index < bytes.count, count < limit {
      guard nextWholeScalar(bytes, &index) != nil else { return nil }
      count += 1
    }
    return (count, index)
  }

  /// The scalar value at `index` of valid UTF-8 `bytes`, `index` moved past it; `nil` when the
  /// scalar is not a character of its own (``isWholeCharacter(_:)``), which also rules out
  /// every scalar of four bytes.
  @inline(__always) private static func nextWholeScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> UInt32? {
    let lead = bytes[index]
    if lead < 0x80 {
      // ASCII, nearly every byte of a plan: a character of its own but a carriage return.
      index += 1
      return lead == 0x0D ? nil : UInt32(lead)
    }
    let value: UInt32
    if lead < 0xE0 {
      value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      index += 2
    } else if lead < 0xF0 {
      value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      index += 3
    } else {
      return nil
    }
    return isWholeCharacter(value) ? value : nil
  }

  /// Whether `scalar` is a character by itself, whatever comes before or after it.
  @inline(__always) static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isWholeCharacter(scalar.value)
  }

  /// ``isWholeCharacter(_:)`` for a scalar's value. Besides Vietnamese letters and punctuation:
  /// currency signs (“₫”, and “€” as OCR reads “ê”) and the Latin ligatures (“ﬁ”), which scans
  /// put in running text; none joins a neighbour into one character.
  @inline(__always) static func isWholeCharacter(_ value: UInt32) -> Bool {
    switch value {
    case 0x0D: return false
    case 0x00...0x7F, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0xFB00...0xFB06:
      return true
    default: return false
    }
  }
}
