/// Finds named movements and contests in a block of text.
///
/// Two forms are recognised:
/// - a quoted name whose lead-in names a movement (“phong trào thi đua “Người tốt, việc tốt””,
///   “thi đua “An toàn thực phẩm””), or that continues a list of such names;
/// - an unquoted name after a movement word, when it reads like a movement rather than
///   the generic phrase (“phong trào thi đua Trật tự văn minh đô thị”,
///   “Cuộc thi viết về gương điển hình tiên tiến…”, “thi đua thực hiện văn hóa công sở…”).
struct MentionExtractor {
  let file: String

  /// Lead-in words that announce a movement or contest (folded, longest first).
  static let triggers: [[String]] = [
    ["phong", "trao", "thi", "dua"], ["cuoc", "van", "dong"], ["phong", "trao"], ["cuoc", "thi"],
    ["thi", "dua"],
  ]
  /// The triggers grouped by their first word (in the order of ``triggers`` within a group),
  /// with that word's first byte: a word is compared with each first word at most once.
  private static let triggerGroups: [(initial: UInt8, first: String, triggers: [[String]])] = {
    var groups: [(initial: UInt8, first: String, triggers: [[String]])] = []
    for trigger in triggers {
      guard let first = trigger.first, let initial = first.utf8.first else { continue }
      if let index = groups.firstIndex(where: { $0.first == first }) {
        groups[index].triggers.append(trigger)
      } else {
        groups.append((initial, first, [trigger]))
      }
    }
    return groups
  }()
  /// For each byte, whether a trigger's first word starts with it: most words start with none,
  /// and are passed over before any group is looked at.
  private static let triggerInitials: [Bool] = {
    var initials = [Bool](repeating: false, count: 256)
    for group in triggerGroups { initials[Int(group.initial)] = true }
    return initials
  }()
  /// Words that, after the last trigger, show the quote names something else (an Đề án, a model…).
  static let blockers: [[String]] = [
    ["de", "an"], ["mo", "hinh"], ["cong", "tac"], ["chuong", "trinh"], ["chu", "de"],
    ["danh", "hieu"], ["ke", "hoach"], ["chi", "thi"], ["nghi", "quyet"], ["cup"],
  ]
  /// The word before “thi đua” that makes it a compound noun (Cụm thi đua, Hội đồng Thi đua…).
  static let compoundHeads: Set<String> = [
    "cum", "khoi", "dong", "hieu", "uoc", "si", "sy", "quy", "xet", "hoi", "qua", "ky", "chi",
    "diem", "hinh", "de", "tac", "ban", "nganh", "cac", "nhung", "luat", "goi",
  ]
  /// How an unquoted movement name may begin (folded).
  static let movementStarts: [[String]] = [
    ["thuc", "hien"], ["chao", "mung"], ["day", "manh"], ["xay", "dung"], ["hoc", "tap"],
    ["vi"], ["toan", "dan"], ["toan", "thanh", "pho"], ["ca", "nuoc"], ["ntvt"], ["nguoi", "tot"],
    ["an", "toan"], ["doanh", "nghiep"], ["sang", "kien"], ["dam", "bao"], ["bao", "dam"],
    ["bao", "ve"], ["quyet", "thang"], ["cai", "cach"], ["viet"],
  ]
  /// Words that end an unquoted name once it has a few words, compared with diacritics
  /// (“do” ends a name, “đô” in “đô thị” does not).
  static let stopWords: [[String]] = [
    ["theo"], ["do"], ["tại"], ["nhằm"], ["để"], ["trên", "địa", "bàn"], ["của"], ["được"],
    ["và", "công", "tác"], ["trong", "đó"], ["đồng", "thời"], ["đến", "năm"],
  ]

  private typealias Word = TextWord

  /// What ends the sentence before a quote.
  /// Whether a character that is `scalar` alone ends a sentence: “.”, “;”, “!”, “?” or a closing
  /// quote “”” standing alone.
  @inline(__always) private static func endsSentence(_ scalar: Unicode.Scalar?) -> Bool {
    switch scalar {
    case ".", ";", "!", "?", "”": return true
    default: return false
    }
  }

  /// The stop words with their matching keys, computed once.
  private static let foldedStopWords: [[(exact: String, key: String)]] = stopWords.map { phrase in
    phrase.map { ($0, TextFolding.matchKey($0)) }
  }

  /// Mentions in `block`, in order.
  func mentions(in block: Block) -> [CampaignMention] {
    // The block's characters are split only when a quote, a trigger or a name needs them.
    let words = block.words
    var found: [(range: Range<Int>, nameRange: Range<Int>)] = []
    var lastQuoteEnd: Int?
    // Where the last sentence before each character ended, found in one pass, so that the
    // lead-in of every quote in a line of quotes is found without walking back over the line.
    var sentenceEndBefore: [Int] = []
    // Quoted names.
    // Most blocks have no quotation mark at all: one pass over the bytes tells.
    let quoted = Self.mayHoldQuote(block.text)
    var characters = quoted ? block.characterText : BlockText(scalars: [])
    var index = 0
    while index < characters.count {
      guard isOpeningQuote(characters, index) else {
        index += 1
        continue
      }
      let close = closingQuote(characters, from: index)
      let nameRange = (index + 1)..<close.nameEnd
      if sentenceEndBefore.isEmpty { sentenceEndBefore = Self.sentenceEndBefore(characters) }
      if let leadStart = quotedLeadIn(
        characters, words, quoteAt: index, lastQuoteEnd: lastQuoteEnd, sentenceStart: sentenceEndBefore[index] + 1)
      {
        found.append((leadStart..<close.end, nameRange))
        lastQuoteEnd = close.end
      } else {
        lastQuoteEnd = nil
      }
      index = max(close.end, index + 1)
    }
    // Unquoted names.
    var position = 0
    while position < words.count {
      guard let trigger = Self.triggerLength(words, at: position) else {
        position += 1
        continue
      }
      let after = position + trigger
      defer { position = after }
      guard after < words.count else { continue }
      if characters.count == 0 { characters = block.characterText }
      let triggerEnd = words[after - 1].end
      if characters.contains(anyOf: Self.triggerSeparators, in: triggerEnd..<words[after].start) { continue }
      if trigger == 2, words[position].key == "thi", position > 0,
        Self.isCompoundHead(words[position - 1].key)
      {
        continue
      }
      guard startsMovement(words, at: after, characters: characters) else { continue }
      let nameEnd = unquotedNameEnd(characters, words, from: after)
      guard nameEnd > words[after].start else { continue }
      let nameRange = words[after].start..<nameEnd
      if found.contains(where: { $0.range.overlaps(nameRange) }) { continue }
      found.append((words[position].start..<nameEnd, nameRange))
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }.compactMap { entry in
      let name = cleanName(characters.text(entry.nameRange))
      guard TextFolding.characterCount(name, upTo: 3) >= 3 else { return nil }
      let text = Markup.collapseSpaces(characters.text(entry.range)).trimmingTrailingPunctuation
      return CampaignMention(
        text: text, name: name,
        location: SourceLocation(file: file, line: block.line(atOffset: entry.range.lowerBound)))
    }
  }

  /// Whether the word before “thi đua” makes a compound noun; words of four letters or more
  /// also match with one misread vowel, the usual OCR error (“khéi” for “khối”).
  static func isCompoundHead(_ key: String) -> Bool {
    if compoundHeads.contains(key) { return true }
    guard key.count >= 4 else { return false }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    return compoundHeads.contains { head in
      guard head.count == key.count else { return false }
      let differences = zip(head, key).filter { $0 != $1 }
      return differences.count == 1 && vowels.contains(differences[0].0) && vowels.contains(differences[0].1)
    }
  }

  /// “Kế” yes; “NTVT” (an abbreviation inside a name) no.
  static func isCapitalised(_ word: Range<Int>, in characters: BlockText) -> Bool {
    guard word.count >= 2, characters[word.lowerBound].isUppercase else { return false }
    return characters[word.lowerBound + 1].isLowercase
  }

  private static func phrase(_ words: [Word], at index: Int, is phrase: [String]) -> Bool {
    guard index + phrase.count <= words.count else { return false }
    return phrase.indices.allSatisfy { words[index + $0].key == phrase[$0] }
  }

  /// Trigger words may carry one misread letter when they have four letters or more
  /// (“Cudc thi” in a scan reads as “Cuộc thi”).
  private static func triggerLength(_ words: [Word], at index: Int) -> Int? {
    // A misreading keeps the first letter (see `similar`): a word that starts as no trigger
    // does begins none. Every word of a plan is asked.
    guard index < words.count, let initial = words[index].key.utf8.first, triggerInitials[Int(initial)] else { return nil }
    for group in triggerGroups where group.initial == initial {
      guard TaxonomyMatcher.similar(words[index].key, group.first) else { continue }
      return group.triggers.first { trigger in
        guard index + trigger.count <= words.count else { return false }
        return trigger.indices.dropFirst().allSatisfy { TaxonomyMatcher.similar(words[index + $0].key, trigger[$0]) }
      }?.count
    }
    return nil
  }

  /// Whether `text` holds a straight quote or an opening “ or „ (UTF-8 E2 80 9C, E2 80 9E).
  private static func mayHoldQuote(_ text: String) -> Bool {
    text.withBytes { bytes in
      for index in bytes.indices {
        switch bytes[index] {
        case 0x22: return true
        case 0xE2:
          if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9E { return true }
        default: continue
        }
      }
      return false
    }
  }

  private func isOpeningQuote(_ characters: BlockText, _ index: Int) -> Bool {
    guard Self.mayBeQuote(characters.firstScalar(at: index)) else { return false }
    if characters.isCharacter("“", at: index) || characters.isCharacter("„", at: index) { return true }
    if characters.isCharacter("\"", at: index) {
      let previous: Character = index > 0 ? characters[index - 1] : " "
      return !(previous.isLetter || previous.isNumber)
    }
    return false
  }

  /// Whether a character starting with `first` can be a quotation mark: `"` or one whose UTF-8
  /// starts with the byte E2 (U+2000–U+2FFF: “ ” „). Comparing every character of a quoted line
  /// with each mark was most of the quote search.
  private static func mayBeQuote(_ first: Unicode.Scalar) -> Bool {
    first == "\"" || (0x2000...0x2FFF).contains(first.value)
  }

  /// Where the quote closes; an unclosed quote ends at the last comma or semicolon before the
  /// next opening quote (OCR drops closing quotes), or at the end of the sentence.
  private func closingQuote(_ characters: BlockText, from open: Int) -> (nameEnd: Int, end: Int) {
    let straight = characters.isCharacter("\"", at: open)
    var index = open + 1
    while index < characters.count {
      guard Self.mayBeQuote(characters.firstScalar(at: index)) else {
        index += 1
        continue
      }
      let isStraight = characters.isCharacter("\"", at: index)
      // A straight quote after a space and before a letter opens the next name: this one was
      // left unclosed, as scans often leave it.
      let opensNext = straight && isStraight && characters.isCharacter(" ", at: index - 1)
        && index + 1 < characters.count && characters[index + 1].isLetter
      if !opensNext && (straight ? isStraight : (characters.isCharacter("”", at: index) || isStraight)) {
        return (index, index + 1)
      }
      if opensNext || (!straight && (characters.isCharacter("“", at: index) || characters.isCharacter("„", at: index))) {
        var cut = index
        while cut > open + 1 && !characters.contains(anyOf: Self.clauseEnds, in: (cut - 1)..<cut) { cut -= 1 }
        let end = cut > open + 1 ? cut - 1 : index
        return (end, end)
      }
      index += 1
    }
    var end = open + 1
    while end < characters.count && !characters.contains(anyOf: Self.sentenceEnds, in: end..<(end + 1)) { end += 1 }
    return (end, end)
  }

  /// For each character, the offset of the last sentence end before it (-1 when none).
  private static func sentenceEndBefore(_ characters: BlockText) -> [Int] {
    var before: [Int] = []
    before.reserveCapacity(characters.count)
    var last = -1
    for offset in 0..<characters.count {
      before.append(last)
      if endsSentence(characters.singleScalar(at: offset)) { last = offset }
    }
    return before
  }

  /// The start of the mention when the words before the quote announce a movement
  /// (or continue a list of quoted movements); `nil` otherwise.
  private func quotedLeadIn(
    _ characters: BlockText, _ words: [Word], quoteAt index: Int, lastQuoteEnd: Int?, sentenceStart: Int
  ) -> Int? {
    if let lastQuoteEnd {
      let between = characters.text(lastQuoteEnd..<index)
      let key = TextFolding.matchKey(between)
      if key.isEmpty || key == "va" || key == "hoac" { return index }
    }
    // The lead-in is the ten words before the quote, within its sentence: only the characters
    // back to the tenth word are looked at, so that a line of quotes stays linear.
    var low = 0, high = words.count  // the first word that ends after the quote
    while low < high {
      let middle = (low + high) / 2
      if words[middle].end <= index { low = middle + 1 } else { high = middle }
    }
    let floor = low > 0 ? words[max(0, low - 10)].start : index
    var boundary = max(floor, sentenceStart)
    if let lastQuoteEnd, lastQuoteEnd > boundary { boundary = lastQuoteEnd }
    var first = low
    while first > 0 && low - first < 10 && words[first - 1].start >= boundary { first -= 1 }
    let lead = Array(words[first..<low])
    var lastTrigger: (position: Int, length: Int)?
    var lastBlocker: Int?
    for position in lead.indices {
      if let length = Self.triggerLength(lead, at: position) {
        if lastTrigger == nil || position >= lastTrigger!.position + lastTrigger!.length {
          lastTrigger = (position, length)
        }
      }
      if Self.blockers.contains(where: { Self.phrase(lead, at: position, is: $0) }) {
        lastBlocker = position
      }
    }
    guard let trigger = lastTrigger else { return nil }
    if let blocker = lastBlocker, blocker > trigger.position { return nil }
    let wordsAfter = lead.count - (trigger.position + trigger.length)
    return wordsAfter <= 2 ? lead[trigger.position].start : index
  }

  private func startsMovement(_ words: [Word], at index: Int, characters: BlockText) -> Bool {
    if Self.movementStarts.contains(where: { Self.phrase(words, at: index, is: $0) }) { return true }
    // A proper name: starts with a capital (not an all-capital abbreviation of a body).
    return words[index].start < words[index].end && characters[words[index].start].isUppercase
  }

  /// The characters that, between a trigger and the next word, keep them apart (the words
  /// after it are not the movement's name).
  private static let triggerSeparators: [Unicode.Scalar] = ["“", "\"", "”", ":", ";", ".", ",", "(", "-", "–"]

  /// Where an unclosed quote's name may end before the next quote opens.
  private static let clauseEnds: [Unicode.Scalar] = [",", ";"]
  /// Where an unclosed quote ends when no other quote follows.
  private static let sentenceEnds: [Unicode.Scalar] = [".", ";"]
  private static let commas: [Unicode.Scalar] = [","]

  /// The characters that, between two words of an unquoted name, end the name.
  private static let nameEnds: [Unicode.Scalar] = [";", ".", ":", "(", "“", "”", "\""]

  private func unquotedNameEnd(_ characters: BlockText, _ words: [Word], from start: Int) -> Int {
    var end = words[start].end
    var count = 1
    var index = start + 1
    while index < words.count && count < 32 {
      let gap = words[index - 1].end..<words[index].start
      if characters.contains(anyOf: Self.nameEnds, in: gap) { break }
      if count >= 3, words[index - 1].key != "lam",
        Self.foldedStopWords.contains(where: { stop in
          index + stop.count <= words.count
            && stop.indices.allSatisfy { words[index + $0].isExactly(stop[$0].exact, key: stop[$0].key, in: characters) }
        })
      {
        break
      }
      if characters.contains(anyOf: Self.commas, in: gap), Self.triggerLength(words, at: index) != nil
        || (count >= 3 && Self.isCapitalised(words[index].start..<words[index].end, in: characters))
      {
        break
      }
      end = words[index].end
      count += 1
      index += 1
    }
    return end
  }

  private func cleanName(_ text: String) -> String {
    var name = Markup.collapseSpaces(text)
    while let first = name.first, "“\"„ ".contains(first) { name.removeFirst() }
    while let last = name.last, "”\" ,;:.".contains(last) { name.removeLast() }
    return name
  }
}

extension TextWord {
  /// Whether the word is `exact` with its diacritics (checked by key first: cheap).
  fileprivate func isExactly(_ exact: String, key exactFolded: String, in characters: BlockText) -> Bool {
    key == exactFolded && TextFolding.exactKey(characters.text(start..<end)) == exact
  }
}
