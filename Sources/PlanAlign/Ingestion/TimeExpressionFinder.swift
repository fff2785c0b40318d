/// A time expression found in running text.
struct TimeExpressionMatch: Equatable, Sendable {
  /// The expression as written (“trước ngày 30/01/2021”).
  var text: String
  /// Character offsets in the searched text.
  var range: Range<Int>
}

/// Finds the phrases that set a deadline in prose: “trước ngày 30/01/2021”, “(trước ngày 15/5)”,
/// “chậm nhất ngày …”, “hạn cuối …”, “trong tháng 01 năm 2024”, “trong quý II/2024”, “từ ngày
/// 01/4 đến ngày 30/4”, “từ tháng 3 đến tháng 5”, “vào ngày 27/7”, “cuối tháng 12”, “vào cuối
/// năm”, “trước ngày 20 hằng tháng” (and OCR spellings such as “trude ngay”, “trong quy 11/2024”).
///
/// Dates that are not deadlines (“Kế hoạch số 26/KH-UBND ngày 31/3/2023”, anniversaries) have
/// no deadline word in front of them and are not matched.
enum TimeExpressionFinder {
  private static let day = #"\d{1,2}\s*(?:[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?|-\d{1,2}-\d{4}|\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)"#
  private static let slashDay = #"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"#
  private static let year = #"(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"#
  /// The phrases, in the order the pattern tries them, each with the words it can start with.
  static let alternatives: [(firstWords: Set<String>, pattern: String)] = {
    let anchored =
      #"(?:tru(?:oc|de|c)\s+(?:ngay\s+)?|cham\s+nhat(?:\s+la)?(?:\s+(?:vao\s+|truoc\s+)?ngay)?|han\s+(?:cuoi|chot)\s*:?\s*(?:ngay\s+)?)\s*"#
      + day + #"(?:\s+(?:hang|moi)\s+(?:thang|quy|nam))?"#
    let monthly = #"tru(?:oc|de|c)\s+ngay\s+\d{1,2}\s+(?:hang|moi|cua)\s+(?:thang|quy)(?:\s+cuoi\s+quy)?"#
    let dayRange = #"tu\s+(?:ngay\s+)?"# + day + #"\s*(?:-|–|den\s+(?:het\s+)?(?:ngay\s+)?)\s*"# + day
    let monthRange = #"tu\s+thang\s+\d{1,2}(?:\s*/\s*\d{4})?\s+den\s+(?:het\s+)?thang\s+\d{1,2}"# + year
    let on = #"vao\s+(?:cac\s+)?ngay\s+"# + slashDay
    let partOfMonth = #"(?:vao\s+|trong\s+)?(?:tuan\s+(?:thu\s+)?(?:nhat|hai|ba|tu|[1-4])\s+(?:cua\s+)?|(?:tuan\s+)?(?:dau|giua|cuoi)\s+)thang\s+\d{1,2}"# + year
    let partOfYear = #"vao\s+(?:dip\s+)?(?:dau|giua|cuoi)\s+nam(?:\s+\d{4})?(?!\s+hoc)"#
    // “tháng 9 – 10”, “tháng 9 và tháng 10/2026”, and “tháng 9, 10/2026” when a year follows
    // (“tháng 9, 10 đơn vị…” is a month and a count).
    let month = #"(?:trong|truoc|het|vao)\s+thang\s+\d{1,2}(?:\s*(?:-|–|den|va)\s*(?:thang\s+)?\d{1,2}|\s*,\s*(?:thang\s+)?\d{1,2}\s*/\s*\d{4})?"# + year
    let quarter = #"(?:trong|truoc|het|vao)\s+qu[yi]\s+(?:[ivx1l]{1,4}|[1-4])\b"# + year
    let before: Set<String> = ["truoc", "trude", "truc"]
    return [
      (before, monthly), (before.union(["cham", "han"]), anchored), (["tu"], dayRange), (["tu"], monthRange),
      (["vao"], on), (["vao", "trong", "tuan", "dau", "giua", "cuoi"], partOfMonth), (["vao"], partOfYear),
      (["trong", "truoc", "het", "vao"], month), (["trong", "truoc", "het", "vao"], quarter),
    ]
  }()

  /// Each phrase's pattern with the words it can start with, in the order one pattern of them
  /// all would try them: every phrase begins with one of a few words followed by a space, so at
  /// a given word only the phrases that begin with it are tried, and the first that matches is
  /// the match, as in the alternation. Matched by ``ScalarPattern``: Swift's regex cost more to
  /// compile (a fifth of reading the five seed plans) than to use, and several times more to
  /// match. The tests hold the two to the same answers.
  private static let phrases: [(firstWords: Set<String>, pattern: ScalarPattern)] =
    alternatives.map { phrase in
      // Force-try is safe: the phrases are constants checked by the unit tests.
      (phrase.firstWords, try! ScalarPattern(phrase.pattern))
    }

  /// The end of the first phrase that matches at `start` in `folded`, whose first word is `word`.
  private static func phrase(startingWith word: String, in folded: [Unicode.Scalar], at start: Int) -> Int? {
    for index in phrasesByFirstWord[word] ?? [] {
      if let end = phrases[index].pattern.prefixMatch(in: folded, at: start) { return end }
    }
    return nil
  }

  /// For each first word, the phrases it starts, in the order they are tried: the word is looked
  /// up once, not in each phrase's set of first words.
  private static let phrasesByFirstWord: [String: [Int]] = phrases.indices.reduce(into: [:]) { table, index in
    for word in phrases[index].firstWords { table[word, default: []].append(index) }
  }

  /// The folded word that starts at `index` of `folded` (its letters, up to six).
  private static func word(in folded: [Unicode.Scalar], at index: Int) -> String {
    String(joiningScalars: folded[index...].prefix(6).prefix { ("a"..."z").contains($0) })
  }

  /// Every deadline expression in `block`, in order: as ``find(in:)-(String)`` finds them in its
  /// text, but tried only at the block's words that start a phrase.
  ///
  /// Every phrase starts with one of ``firstWords`` standing as a word of its own (whitespace
  /// follows it), and the block's words are already folded: most blocks have no such word, or
  /// only a few, and the text is folded for the pattern only when one is there.
  static func find(in block: Block) -> [TimeExpressionMatch] {
    guard !block.words.isEmpty else { return find(in: block.text) }
    var starts: [Int] = []
    for word in block.words where isFirstWord(word.key) { starts.append(word.start) }
    guard !starts.isEmpty else { return [] }
    // The characters are made only when an expression is cut from them: most blocks with a
    // start word (“trong”, “từ”) hold no time expression.
    return find(folded: block.foldedScalars, at: starts) { block.characterText }
  }

  /// Every deadline expression in `text`, in order.
  static func find(in text: String) -> [TimeExpressionMatch] {
    let characters = Array(text)
    // The pattern is tried only at a word its phrases start with (“trước”, “chậm”, “hạn”, “từ”,
    // “vào”, “trong”, “đầu”…): trying it at every character, or at every word starting with
    // one of their letters, was most of the cost of reading prose.
    var starts: [Int] = []
    for offset in characters.indices {
      let startsWord = offset == 0 || !(characters[offset - 1].isLetter || characters[offset - 1].isNumber)
      if startsWord, Self.firstLetters.contains(TextFolding.fold(characters[offset])),
        startsPhrase(characters, at: offset)
      {
        starts.append(offset)
      }
    }
    return starts.isEmpty ? [] : find(folded: characters.map(TextFolding.foldedScalar), at: starts) { BlockText(characters: characters) }
  }

  /// The expressions that start at `starts` (character offsets, increasing) in `folded`, the
  /// text folded one scalar per character; a start inside an expression already found is passed
  /// over. Each is cut from the text's characters, which `characters` gives when first needed.
  private static func find(
    folded scalars: [Unicode.Scalar], at starts: [Int], characters makeCharacters: () -> BlockText
  ) -> [TimeExpressionMatch] {
    var characters: BlockText?
    var results: [TimeExpressionMatch] = []
    var offset = 0
    for start in starts where start >= offset && start < scalars.count {
      offset = start
      guard let end = phrase(startingWith: word(in: scalars, at: start), in: scalars, at: start), end > start else {
        continue
      }
      let text = characters ?? makeCharacters()
      characters = text
      results.append(TimeExpressionMatch(text: text.text(start..<end), range: start..<end))
      offset = end
    }
    return results
  }

  /// The letters the pattern's phrases start with (folded).
  private static let firstLetters = Set(firstWords.compactMap(\.first))

  /// The words the pattern's phrases start with (folded), none longer than five letters (up to
  /// eight would do: they are compared as numbers of their bytes): those of ``alternatives``, so
  /// the two never disagree.
  private static let firstWords: Set<String> = alternatives.reduce(into: []) { $0.formUnion($1.firstWords) }

  /// Whether a folded word is one of ``firstWords``: most words are ruled out by their length
  /// or first byte, and the rest compared as a number made of their bytes, not hashed as text.
  @inline(__always) private static func isFirstWord(_ key: String) -> Bool {
    let utf8 = key.utf8
    guard utf8.count <= longestFirstWord, let first = utf8.first, firstWordInitials[Int(first)] else { return false }
    return firstWordCodes.contains(code(utf8))
  }

  /// A word of up to eight bytes as one number.
  private static func code(_ utf8: String.UTF8View) -> UInt64 {
    utf8.reduce(0) { $0 << 8 | UInt64($1) }
  }

  /// The first bytes of ``firstWords``, as a table by byte, their longest length and their codes.
  private static let firstWordInitials: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for word in firstWords { if let first = word.utf8.first { table[Int(first)] = true } }
    return table
  }()
  private static let longestFirstWord = firstWords.map(\.utf8.count).max() ?? 0
  private static let firstWordCodes = firstWords.map { word in
    precondition(word.utf8.count <= 8, "a deadline phrase's first word longer than eight bytes")
    return code(word.utf8)
  }

  /// Whether the word at `offset` (folded) is one of ``firstWords``.
  private static func startsPhrase(_ characters: [Character], at offset: Int) -> Bool {
    var word = ""
    var index = offset
    while index < characters.count, characters[index].isLetter {
      if index - offset == 5 { return false }
      word.append(TextFolding.fold(characters[index]))
      index += 1
    }
    return firstWords.contains(word)
  }
}
