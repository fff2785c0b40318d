/// A word of running text (a run of letters and digits) with its matching key and its
/// character offsets, so a match on keys can point back at the text as written.
struct TextWord: Sendable, Equatable {
  /// ``TextFolding/matchKey(_:)`` of the word.
  var key: String
  /// The word as written.
  var original: String
  /// Character offset of the first character.
  var start: Int
  /// Character offset just past the last character.
  var end: Int
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
    var original = ""
    var folded: [Unicode.Scalar] = []
    var plain = true
    for index in 0...characters.count {
      if index < characters.count, let first = characters[index].unicodeScalars.first, isLetter(first) || isNumber(first) {
        if start == nil {
          start = index
          original = ""
          folded.removeAll(keepingCapacity: true)
          plain = true
        }
        original.append(characters[index])
        for scalar in characters[index].unicodeScalars {
          if mayChangeUnderCompatibilityMapping(scalar) { plain = false }
          if !isCombiningMark(scalar) { folded.append(foldScalar(scalar)) }
        }
      } else if let begin = start {
        let key = plain ? key(ofFolded: folded) : matchKey(original)
        words.append(TextWord(key: key, original: original, start: begin, end: index))
        start = nil
      }
    }
    return words
  }
}
