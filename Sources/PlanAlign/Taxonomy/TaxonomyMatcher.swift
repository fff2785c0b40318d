import Foundation

/// How a text was matched to a taxonomy ID.
public enum MatchMethod: String, Sendable, Equatable {
  /// The text is an alias, diacritics and tone placement included.
  case exact
  /// The text equals an alias by matching key (diacritics, case, OCR folded).
  case folded
  /// An alias occurs, word for word, inside the text.
  case contains
  /// Most of an alias's words occur in the text in order, allowing one misread word.
  case fuzzy
}

/// The taxonomy ID chosen for a text, with the evidence.
///
/// The ID and alias are those of an alias the matcher holds, referred to rather than copied:
/// a national corpus keeps an outcome for each of its hundreds of thousands of items and
/// mentions.
public struct TaxonomyMatch: Equatable, Sendable {
  /// An alias and its entry's ID, made once per alias by the matcher.
  final class Alias: Sendable, Equatable {
    let id: String
    let text: String

    init(id: String, text: String) {
      (self.id, self.text) = (id, text)
    }

    static func == (lhs: Alias, rhs: Alias) -> Bool {
      (lhs.id, lhs.text) == (rhs.id, rhs.text)
    }
  }

  private let matched: Alias
  /// The chosen ID.
  public var id: String { matched.id }
  /// 0…1; 1 for an exact alias.
  public var score: Double
  /// How it matched.
  public var method: MatchMethod
  /// The alias that matched.
  public var alias: String { matched.text }
  /// Other IDs whose alias occurs word for word in the text too (for example a second award
  /// in the same row); fuzzy candidates are not listed.
  public var alsoNamed: [String]

  init(alias: Alias, score: Double, method: MatchMethod, alsoNamed: [String]) {
    self.matched = alias
    self.score = score
    self.method = method
    self.alsoNamed = alsoNamed
  }
}

/// The outcome of matching one text: an ID, or the best candidate below the threshold.
public enum MatchOutcome: Equatable, Sendable {
  /// Matched.
  case matched(TaxonomyMatch)
  /// Not matched; the best candidate, if any, for a curator.
  case unmatched(best: TaxonomyMatch?)

  /// The match when there is one.
  public var match: TaxonomyMatch? {
    if case .matched(let match) = self { return match }
    return nil
  }
}

/// Matches texts to a taxonomy through an index of alias words built once; a text is only
/// compared with the aliases that share a word with it. Alias words are numbered once, so a
/// text's words are looked up once and compared as numbers.
public struct TaxonomyMatcher: Sendable {
  enum Slot: Equatable, Sendable {
    /// One word, by its number in the vocabulary of alias words.
    case word(Int)
    /// `<place>`: one to three words of a place name.
    case place
    /// `<gap>`: up to twenty words of anything.
    case gap
    /// `<plan_year>`, `<prev_year>`, `<next_year>`: the plan year plus an offset.
    case year(offset: Int)
  }

  /// An alias as matched. A class: the matcher reads thousands of patterns per plan, and a
  /// reference costs one retain where a copied struct retained each of its six buffers.
  final class Pattern: Sendable {
    let entry: Int
    /// The alias as written and its entry's ID, as a match refers to them.
    let named: TaxonomyMatch.Alias
    let exact: String
    let folded: String
    let slots: [Slot]
    /// The word slots' numbers, in order.
    let words: [Int]
    /// The weight of each of `words`.
    let weights: [Double]

    /// A pattern of `slots`, its words' weights still to come (see ``weighted(_:)``).
    init(entry: Int, named: TaxonomyMatch.Alias, exact: String, folded: String, slots: [Slot], weights: [Double] = []) {
      self.entry = entry
      self.named = named
      self.exact = exact
      self.folded = folded
      self.slots = slots
      self.words = slots.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
      self.weights = weights
    }

    /// The same pattern with `weights`.
    func weighted(_ weights: [Double]) -> Pattern {
      Pattern(entry: entry, named: named, exact: exact, folded: folded, slots: slots, weights: weights)
    }
  }

  /// The taxonomy matched against.
  public let taxonomy: Taxonomy
  /// Fuzzy matches below this coverage are not accepted.
  public let threshold: Double
  let patterns: [Pattern]
  /// Alias word → its number.
  private let vocabulary: [String: Int]
  /// Alias words by number.
  let spellings: [String]
  /// The shape of each alias word, by number.
  private let shapes: [Shape]
  /// Word number → the patterns holding it.
  private let index: [[Int]]
  /// How many different words each pattern has (its word slots, each word once): the words a
  /// text must all have for the alias to be the text or to occur in it. Zero for a pattern with
  /// no word slot, a candidate for every text.
  private let distinctWords: [Int]

  /// Builds the alias index.
  public init(taxonomy: Taxonomy, threshold: Double = 0.8) {
    var vocabulary: [String: Int] = [:]
    var spellings: [String] = []
    var patterns: [Pattern] = []
    for (position, entry) in taxonomy.entries.enumerated() where entry.id != Taxonomy.otherID {
      for alias in [entry.nameVi] + entry.aliases {
        let slots = Self.slots(alias).map { written -> Slot in
          switch written {
          case .slot(let slot): return slot
          case .word(let word):
            if let number = vocabulary[word] { return .word(number) }
            vocabulary[word] = spellings.count
            spellings.append(word)
            return .word(spellings.count - 1)
          }
        }
        guard !slots.isEmpty else { continue }
        patterns.append(Pattern(
          entry: position, named: TaxonomyMatch.Alias(id: entry.id, text: alias), exact: TextFolding.exactKey(alias),
          folded: TextFolding.matchKey(alias), slots: slots))
      }
    }
    self.init(taxonomy: taxonomy, threshold: threshold, spellings: spellings, patterns: patterns)
  }

  /// A matcher of `patterns` (their words numbered in `spellings`): the index of words to
  /// patterns and the words' weights are made here, from the patterns alone.
  init(taxonomy: Taxonomy, threshold: Double, spellings: [String], patterns: [Pattern]) {
    self.taxonomy = taxonomy
    self.threshold = threshold
    var index = Array(repeating: [Int](), count: spellings.count)
    for (number, pattern) in patterns.enumerated() {
      for word in Set(pattern.words) { index[word].append(number) }
    }
    let count = Double(max(patterns.count, 1))
    let weights = index.map { log(1 + count / Double(max($0.count, 1))) }
    self.patterns = patterns.map { $0.weighted($0.words.map { weights[$0] }) }
    self.vocabulary = Dictionary(uniqueKeysWithValues: spellings.enumerated().map { ($1, $0) })
    self.spellings = spellings
    self.shapes = spellings.map(Shape.init)
    self.index = index
    self.distinctWords = patterns.map { Set($0.words).count }
  }

  /// A slot as written in an alias, before its word is numbered.
  private enum WrittenSlot {
    case word(String)
    case slot(Slot)
  }

  private static func slots(_ alias: String) -> [WrittenSlot] {
    var slots: [WrittenSlot] = []
    for piece in alias.split(separator: " ") {
      if let slot = slot(named: piece) {
        slots.append(.slot(slot))
      } else {
        slots += TextFolding.matchTokens(String(piece)).map(WrittenSlot.word)
      }
    }
    return slots
  }

  /// The slot a piece of an alias names (`<place>`, `<gap>`, `<plan_year>`…), if any.
  private static func slot(named piece: Substring) -> Slot? {
    // Only a piece in angle brackets can name one: others skip the comparisons (a Vietnamese
    // word is compared with each slot's name through normalisation).
    guard piece.utf8.first == UInt8(ascii: "<") else { return nil }
    switch piece {
    case "<place>": return .place
    case "<gap>": return .gap
    case "<plan_year>": return .year(offset: 0)
    case "<prev_year>": return .year(offset: -1)
    case "<next_year>": return .year(offset: 1)
    default: return nil
    }
  }

  /// A word's first byte and its length in bytes.
  private struct Shape {
    var first: UInt8
    var length: Int

    init(_ word: String) {
      first = word.utf8.first ?? 0
      length = word.utf8.count
    }

    /// Whether a word of this shape could be a misreading of one of `other`'s.
    func resembles(_ other: Shape) -> Bool {
      first == other.first && abs(length - other.length) <= 1
    }
  }

  /// A text's words, as written (folded) and as vocabulary numbers (-1 when no alias has it).
  private struct Words {
    var tokens: [String]
    var numbers: [Int]
    /// The previous, the plan's and the next year, as written in tokens.
    var years: [String]
    /// Each token's first byte and length in bytes, which a misreading keeps (see ``similar(_:_:)``).
    var shapes: [Shape]
  }

  /// Matches `text`; `planYear` fills the `<prev_year>` slot.
  public func match(_ text: String, planYear: Int = 0) -> MatchOutcome {
    let tokens = TextFolding.matchTokens(text)
    guard !tokens.isEmpty else { return .unmatched(best: nil) }
    let numbers = tokens.map { vocabulary[$0] ?? -1 }
    let folded = String(spaceJoining: tokens)
    // Equal exact keys imply equal folded keys, so the exact key is computed only then.
    var exact: String?
    // How many of each alias's words the text has (each word once): an alias sharing none is
    // no candidate; one lacking some can neither be the text nor occur in it, only resemble it.
    var shared = [Int](repeating: 0, count: patterns.count)
    var previous = -1
    for number in numbers.sorted() where number >= 0 && number != previous {
      previous = number
      for pattern in index[number] { shared[pattern] += 1 }
    }
    let words = Words(
      tokens: tokens, numbers: numbers, years: (-1...1).map { String(planYear + $0) }, shapes: tokens.map(Shape.init))

    struct Scored {
      var pattern: Int
      var score: Double
      var method: MatchMethod
      var position: Int
      var length: Int
    }
    var scored: [Scored] = []
    var unfound: [Int] = []
    for number in patterns.indices where shared[number] > 0 || distinctWords[number] == 0 {
      let pattern = patterns[number]
      if shared[number] < distinctWords[number] {
        unfound.append(number)
      } else if pattern.folded == folded {
        exact = exact ?? TextFolding.exactKey(text)
        let method: MatchMethod = pattern.exact == exact ? .exact : .folded
        scored.append(Scored(pattern: number, score: method == .exact ? 1 : 0.98, method: method, position: 0, length: pattern.slots.count))
      } else if let position = Self.occurrence(of: pattern.slots, in: words) {
        scored.append(Scored(pattern: number, score: 0.9, method: .contains, position: position, length: pattern.slots.count))
      } else {
        unfound.append(number)
      }
    }
    // A whole-text or contained alias ranks before every fuzzy one and fuzzy ones are never
    // named beside it: aliases are scored fuzzily (the costliest step) only when none is found.
    if scored.isEmpty {
      for number in unfound {
        let (coverage, position) = fuzzyCoverage(patterns[number], words)
        if coverage > 0 {
          scored.append(Scored(pattern: number, score: (coverage * 0.85 * 1000).rounded() / 1000, method: .fuzzy, position: position, length: patterns[number].slots.count))
        }
      }
    }
    guard !scored.isEmpty else { return .unmatched(best: nil) }
    // Whole-text matches first; then the alias that occurs earliest (the action a task
    // starts with), longer aliases first at the same place; then the best fuzzy coverage.
    let accepted = scored.filter { $0.method != .fuzzy || $0.score >= threshold * 0.85 }
    // The ranking reads the patterns only: capturing `self` copied the whole matcher (its eight
    // stored arrays and dictionaries, each retained) into the closure for every text matched.
    let patterns = self.patterns
    let rank: (Scored, Scored) -> Bool = { a, b in
      let aWhole = a.method == .exact || a.method == .folded, bWhole = b.method == .exact || b.method == .folded
      if aWhole != bWhole { return aWhole }
      if a.method == .contains || b.method == .contains {
        if a.method != b.method { return a.method == .contains }
        if a.position != b.position { return a.position < b.position }
        if a.length != b.length { return a.length > b.length }
      }
      if a.score != b.score { return a.score > b.score }
      if a.length != b.length { return a.length > b.length }
      return patterns[a.pattern].entry < patterns[b.pattern].entry
    }
    let candidates = accepted.isEmpty ? scored : accepted
    // Fuzzy candidates (all of them, or none) are never named beside the best: only the best is
    // needed, the first of the lowest rank as a stable sort would put it. Whole-text and
    // contained ones, a few at most, are sorted for the others they name.
    let ordered = scored[0].method == .fuzzy ? [candidates.min(by: rank)!] : candidates.sorted(by: rank)
    let best = ordered[0]
    let bestID = patterns[best.pattern].named.id
    var also: [String] = []
    for other in ordered.dropFirst() where other.method != .fuzzy {
      let id = patterns[other.pattern].named.id
      if id != bestID && !also.contains(id) && !accepted.isEmpty { also.append(id) }
    }
    let result = TaxonomyMatch(alias: patterns[best.pattern].named, score: best.score, method: best.method, alsoNamed: also)
    return accepted.isEmpty ? .unmatched(best: result) : .matched(result)
  }

  /// Where the slots occur contiguously in the text's words, or `nil`.
  private static func occurrence(of slots: [Slot], in words: Words) -> Int? {
    let numbers = words.numbers
    func matches(_ slot: Int, _ token: Int) -> Bool {
      if slot == slots.count { return true }
      guard token < numbers.count else { return false }
      switch slots[slot] {
      case .word(let word): return numbers[token] == word && matches(slot + 1, token + 1)
      case .year(let offset):
        return words.tokens[token] == words.years[offset + 1] && matches(slot + 1, token + 1)
      case .place: return (1...3).contains { width in token + width <= numbers.count && matches(slot + 1, token + width) }
      case .gap: return (0...20).contains { width in token + width <= numbers.count && matches(slot + 1, token + width) }
      }
    }
    for start in numbers.indices where matches(0, start) { return start }
    return nil
  }

  /// Share of the alias's word weight found in the text, in the alias's order and within a
  /// window of about twice its length, allowing up to half its words misread; and where
  /// the first found word is. Aliases of fewer than three words are not matched fuzzily.
  private func fuzzyCoverage(_ pattern: Pattern, _ words: Words) -> (Double, Int) {
    let aliasWords = pattern.words
    guard aliasWords.count >= 3 else { return (0, 0) }
    let numbers = words.numbers
    var total = 0.0, found = 0.0
    var first: Int?
    var next = 0
    var misread = 0
    let misreadBudget = max(1, (aliasWords.count + 1) / 2)
    for (word, weight) in zip(aliasWords, pattern.weights) {
      total += weight
      guard next < numbers.count else { continue }
      let canMisread = misread < misreadBudget
      let spelling = spellings[word], shape = shapes[word]
      if let position = numbers[next...].indices.first(where: {
        numbers[$0] == word || (canMisread && words.shapes[$0].resembles(shape) && Self.similar(words.tokens[$0], spelling))
      }) {
        if numbers[position] != word { misread += 1 }
        found += weight
        first = first ?? position
        next = position + 1
      }
    }
    guard let start = first, next - start <= aliasWords.count * 2 + 2 else { return (0, 0) }
    return (total == 0 ? 0 : found / total, start)
  }
}
