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
  static func words(in characters: [Character]) -> [TextWord] {
    var words: [TextWord] = []
    var start: Int?
    for index in 0...characters.count {
      let isWord = index < characters.count && (characters[index].isLetter || characters[index].isNumber)
      if isWord, start == nil { start = index }
      if !isWord, let begin = start {
        let original = String(characters[begin..<index])
        words.append(TextWord(key: matchKey(original), original: original, start: begin, end: index))
        start = nil
      }
    }
    return words
  }
}
