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
      #"(?:tru(?:oc|de|c)\s+(?:ngay\s+)?|(?:cham|muon)\s+nhat(?:\s+la)?(?:\s+(?:vao\s+|truoc\s+)?ngay)?|han\s+(?:cuoi|chot)\s*:?\s*(?:ngay\s+)?|khong\s+(?:qua|muon\s+hon)\s+(?:ngay\s+)?|du\s+kien\s+(?:(?:to\s+chuc\s+)?(?:vao\s+)?ngay\s+)?)\s*"#
      + day + #"(?:\s+(?:hang|moi)\s+(?:thang|quy|nam))?"#
    let monthly = #"tru(?:oc|de|c)\s+ngay\s+\d{1,2}\s+(?:hang|moi|cua)\s+(?:thang|quy)(?:\s+cuoi\s+quy)?"#
    let dayRange = #"tu\s+(?:ngay\s+)?"# + day + #"\s*(?:-|–|den\s+(?:het\s+)?(?:ngay\s+)?)\s*"# + day
    let monthRange = #"tu\s+thang\s+\d{1,2}(?:\s*/\s*\d{4})?\s+den\s+(?:het\s+)?thang\s+\d{1,2}"# + year
    let on = #"vao\s+(?:cac\s+)?ngay\s+"# + slashDay
    let partOfMonth = #"(?:vao\s+|trong\s+)?(?:tuan\s+(?:thu\s+)?(?:nhat|hai|ba|tu|[1-4])\s+(?:cua\s+)?|(?:tuan\s+)?(?:dau|giua|cuoi)\s+)thang\s+\d{1,2}"# + year
    let partOfYear = #"vao\s+(?:dip\s+)?(?:dau|giua|cuoi)\s+nam(?:\s+\d{4})?(?!\s+hoc)"#
    // “tháng 9 – 10”, “tháng 9 và tháng 10/2026”, and “tháng 9, 10/2026” when a year follows
    // (“tháng 9, 10 đơn vị…” is a month and a count).
    let month = #"(?:trong|truoc|het|vao|du\s+kien)\s+thang\s+\d{1,2}(?:\s*(?:-|–|den|va)\s*(?:thang\s+)?\d{1,2}|\s*,\s*(?:thang\s+)?\d{1,2}\s*/\s*\d{4})?"# + year
    let quarter = #"(?:trong|truoc|het|vao|du\s+kien)\s+qu[yi]\s+(?:[ivx1l]{1,4}|[1-4])\b"# + year
    let before: Set<String> = ["truoc", "trude", "truc"]
    return [
      (before, monthly), (before.union(["cham", "muon", "han", "khong", "du"]), anchored), (["tu"], dayRange), (["tu"], monthRange),
      (["vao"], on), (["vao", "trong", "tuan", "dau", "giua", "cuoi"], partOfMonth), (["vao"], partOfYear),
      (["trong", "truoc", "het", "vao", "du"], month), (["trong", "truoc", "het", "vao", "du"], quarter),
    ]
  }()

  /// The times read only when they stand alone: in brackets of their own after a task (“(quý
  /// II/2026)”, “(tháng 12/2026 hoặc tháng 01/2027)”, “(ngày 05/02/2026)”), or after “thời gian:”
  /// up to the clause's end. Elsewhere a bare month or date is as often a reference (“Kế hoạch
  /// … ngày 31/3/2023”) or a count (“tháng 9, 10 đơn vị”) as a time.
  static let standaloneAlternatives: [(firstWords: Set<String>, pattern: String)] = {
    // Written years are this century's: “(ngày 19/8/1945)” recalls a date, it sets none.
    let year = #"(?:\s*/\s*20\d{2}|\s+nam\s+20\d{2})?"#
    let oneMonth = #"thang\s+\d{1,2}"# + year
    let nextMonth = #"(?:\s*(?:-|–|,|den|va|hoac)\s*(?:thang\s+)?\d{1,2}"# + year + ")*"
    let oneQuarter = #"qu[yi]\s+(?:[ivx1l]{1,4}|[1-4])\b"# + year
    let nextQuarter = #"(?:\s*(?:-|–|,|den|va|hoac)\s*(?:qu[yi]\s+)?(?:[ivx1l]{1,4}|[1-4])\b"# + year + ")*"
    let day = #"ngay\s+\d{1,2}\s*(?:[/.]\s*\d{1,2}(?:\s*[/.]\s*(?:20)?\d{2})?|\s+thang\s+\d{1,2}(?:\s+nam\s+20\d{2})?)"#
    return [(["thang"], oneMonth + nextMonth), (["quy", "qui"], oneQuarter + nextQuarter), (["ngay"], day)]
  }()

  /// Each phrase's pattern with the words it can start with, in the order one pattern of them
  /// all would try them: every phrase begins with one of a few words followed by a space, so at
  /// a given word only the phrases that begin with it are tried, and the first that matches is
  /// the match, as in the alternation. Matched by ``ScalarPattern``: Swift's regex cost more to
  /// compile (a fifth of reading the five seed plans) than to use, and several times more to
  /// match. The tests hold the two to the same answers.
  private static let phrases = PhraseTable(alternatives)
  /// The phrases of ``standaloneAlternatives``.
  private static let standalonePhrases = PhraseTable(standaloneAlternatives)

  /// Phrases by the word they start with, each compiled once.
  private struct PhraseTable {
    let patterns: [ScalarPattern]
    /// For each first word, the phrases it starts, in the order they are tried: the word is
    /// looked up once, not in each phrase's set of first words.
    let byFirstWord: [String: [Int]]

    init(_ alternatives: [(firstWords: Set<String>, pattern: String)]) {
      // Force-try is safe: the phrases are constants checked by the unit tests.
      patterns = alternatives.map { try! ScalarPattern($0.pattern) }
      byFirstWord = alternatives.indices.reduce(into: [:]) { table, index in
        for word in alternatives[index].firstWords { table[word, default: []].append(index) }
      }
    }

    /// The end of the first phrase that matches at `start` in `folded`, whose first word is `word`.
    func end(startingWith word: String, in folded: [Unicode.Scalar], at start: Int) -> Int? {
      for index in byFirstWord[word] ?? [] {
        if let end = patterns[index].prefixMatch(in: folded, at: start) { return end }
      }
      return nil
    }
  }

  /// The folded word that starts at `index` of `folded` (its letters, up to six).
  private static func word(in folded: [Unicode.Scalar], at index: Int) -> String {
    String(joiningScalars: folded[index...].prefix(6).prefix { ("a"..."z").contains($0) })
  }

  /// Every deadline expression in `block`, in order, tried only at the block's words that can
  /// start one.
  ///
  /// Every phrase starts with one of ``firstWords`` standing as a word of its own (whitespace
  /// follows it), and the block's words are already folded: most blocks have no such word, or
  /// only a few, and the text is folded for the pattern only when one is there.
  static func find(in block: Block) -> [TimeExpressionMatch] {
    find(words: block.words, text: block.characterText) { block.foldedScalars }
  }

  /// Every deadline expression in `text`, in order.
  static func find(in text: String) -> [TimeExpressionMatch] {
    let characters = Array(text)
    let split = BlockText(characters: characters)
    return find(words: TextFolding.words(in: characters), text: split) { split.foldedScalars }
  }

  /// How a time standing alone is set off from the task it belongs to.
  private enum Standalone {
    /// “(quý II/2026)”: the bracket holds the time and nothing else.
    case bracketed
    /// “thời gian: tháng 3/2026”: the time runs to the clause's end.
    case labelled
  }

  /// The expressions of a text whose words are `words` and characters `text`. The pattern is
  /// tried only at a word its phrases start with (“trước”, “chậm”, “hạn”, “từ”, “vào”, “trong”,
  /// “đầu”…), or at a bare “tháng”/“quý”/“ngày” set off as a time of its own: trying it at every
  /// character, or at every word starting with one of their letters, was most of the cost of
  /// reading prose. A start inside an expression already found is passed over.
  private static func find(
    words: [TextWord], text: BlockText, folded makeFolded: () -> [Unicode.Scalar]
  ) -> [TimeExpressionMatch] {
    var starts: [(offset: Int, standalone: Standalone?)] = []
    for (index, word) in words.enumerated() {
      if isFirstWord(word.key) {
        starts.append((word.start, nil))
      } else if isStandaloneFirstWord(word.key), let standalone = standalone(words, at: index, in: text) {
        starts.append((word.start, standalone))
      }
    }
    guard !starts.isEmpty else { return [] }
    let scalars = makeFolded()
    var results: [TimeExpressionMatch] = []
    var offset = 0
    for (start, standalone) in starts where start >= offset && start < scalars.count {
      offset = start
      let table = standalone == nil ? phrases : standalonePhrases
      guard let end = table.end(startingWith: word(in: scalars, at: start), in: scalars, at: start), end > start,
        standalone.map({ isClosed($0, scalars, after: end) }) ?? true
      else { continue }
      results.append(TimeExpressionMatch(text: text.text(start..<end), range: start..<end))
      offset = end
    }
    return results
  }

  /// The words ``standaloneAlternatives`` start with.
  private static let standaloneFirstWords: Set<String> =
    standaloneAlternatives.reduce(into: []) { $0.formUnion($1.firstWords) }

  /// Whether a folded word is one of ``standaloneFirstWords``, most ruled out by length.
  @inline(__always) private static func isStandaloneFirstWord(_ key: String) -> Bool {
    let count = key.utf8.count
    return count >= 3 && count <= 5 && standaloneFirstWords.contains(key)
  }

  /// The labels after which a time stands alone (“Thời gian thực hiện: …”), as folded words.
  private static let timeLabels: [[String]] = [
    ["thoi", "gian"], ["thoi", "han"], ["thoi", "gian", "thuc", "hien"], ["thoi", "gian", "hoan", "thanh"],
  ]

  /// Whether the word at `index` opens a time of its own: right after “(”, or after a time
  /// label and its colon.
  private static func standalone(_ words: [TextWord], at index: Int, in text: BlockText) -> Standalone? {
    var offset = words[index].start - 1
    while offset >= 0, text.isCharacter(" ", at: offset) { offset -= 1 }
    guard offset >= 0 else { return nil }
    if text.isCharacter("(", at: offset) { return .bracketed }
    guard text.isCharacter(":", at: offset), index > 0, words[index - 1].end <= offset else { return nil }
    let keys = words[..<index].suffix(4).map(\.key)
    return timeLabels.contains { keys.count >= $0.count && keys.suffix($0.count) == $0[...] } ? .labelled : nil
  }

  /// Whether a time standing alone ends where its setting says: at its closing bracket, or at
  /// the end of its clause.
  private static func isClosed(_ standalone: Standalone, _ scalars: [Unicode.Scalar], after end: Int) -> Bool {
    var index = end
    while index < scalars.count, scalars[index] == " " { index += 1 }
    switch standalone {
    case .bracketed: return index < scalars.count && scalars[index] == ")"
    case .labelled: return index == scalars.count || [";", ".", ",", ")"].contains(scalars[index])
    }
  }

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
}
