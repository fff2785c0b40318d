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
public struct TaxonomyMatch: Equatable, Sendable {
  /// The chosen ID.
  public var id: String
  /// 0…1; 1 for an exact alias.
  public var score: Double
  /// How it matched.
  public var method: MatchMethod
  /// The alias that matched.
  public var alias: String
  /// Other IDs whose alias occurs word for word in the text too (for example a second award
  /// in the same row); fuzzy candidates are not listed.
  public var alsoNamed: [String]
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
/// compared with the aliases that share a word with it.
public struct TaxonomyMatcher: Sendable {
  private enum Slot: Equatable, Sendable {
    /// One word, by matching key.
    case word(String)
    /// `<place>`: one to three words of a place name.
    case place
    /// `<gap>`: up to twenty words of anything.
    case gap
    /// `<plan_year>`, `<prev_year>`, `<next_year>`: the plan year plus an offset.
    case year(offset: Int)
  }

  private struct Pattern: Sendable {
    var entry: Int
    var alias: String
    var exact: String
    var folded: String
    var slots: [Slot]
    var words: [String] { slots.compactMap { if case .word(let word) = $0 { return word } else { return nil } } }
  }

  /// The taxonomy matched against.
  public let taxonomy: Taxonomy
  /// Fuzzy matches below this coverage are not accepted.
  public let threshold: Double
  private let patterns: [Pattern]
  private let index: [String: [Int]]
  private let weights: [String: Double]

  /// Builds the alias index.
  public init(taxonomy: Taxonomy, threshold: Double = 0.8) {
    self.taxonomy = taxonomy
    self.threshold = threshold
    var patterns: [Pattern] = []
    for (position, entry) in taxonomy.entries.enumerated() where entry.id != Taxonomy.otherID {
      for alias in [entry.nameVi] + entry.aliases {
        let slots = Self.slots(alias)
        guard !slots.isEmpty else { continue }
        patterns.append(Pattern(
          entry: position, alias: alias, exact: TextFolding.exactKey(alias),
          folded: TextFolding.matchKey(alias), slots: slots))
      }
    }
    var index: [String: [Int]] = [:]
    var documentFrequency: [String: Int] = [:]
    for (number, pattern) in patterns.enumerated() {
      for word in Set(pattern.words) {
        index[word, default: []].append(number)
        documentFrequency[word, default: 0] += 1
      }
    }
    let count = Double(max(patterns.count, 1))
    self.weights = documentFrequency.mapValues { log(1 + count / Double($0)) }
    self.patterns = patterns
    self.index = index
  }

  private static func slots(_ alias: String) -> [Slot] {
    var slots: [Slot] = []
    for piece in alias.split(separator: " ") {
      switch piece {
      case "<place>": slots.append(.place)
      case "<gap>": slots.append(.gap)
      case "<plan_year>": slots.append(.year(offset: 0))
      case "<prev_year>": slots.append(.year(offset: -1))
      case "<next_year>": slots.append(.year(offset: 1))
      default: slots += TextFolding.matchTokens(String(piece)).map(Slot.word)
      }
    }
    return slots
  }

  /// Matches `text`; `planYear` fills the `<prev_year>` slot.
  public func match(_ text: String, planYear: Int = 0) -> MatchOutcome {
    let tokens = TextFolding.matchTokens(text)
    guard !tokens.isEmpty else { return .unmatched(best: nil) }
    let exact = TextFolding.exactKey(text)
    let folded = tokens.joined(separator: " ")
    var candidates = Set<Int>()
    for token in tokens { candidates.formUnion(index[token] ?? []) }
    for (number, pattern) in patterns.enumerated() where pattern.words.isEmpty { candidates.insert(number) }

    struct Scored {
      var pattern: Int
      var score: Double
      var method: MatchMethod
      var position: Int
      var length: Int
    }
    var scored: [Scored] = []
    for number in candidates.sorted() {
      let pattern = patterns[number]
      if pattern.exact == exact {
        scored.append(Scored(pattern: number, score: 1, method: .exact, position: 0, length: pattern.slots.count))
      } else if pattern.folded == folded {
        scored.append(Scored(pattern: number, score: 0.98, method: .folded, position: 0, length: pattern.slots.count))
      } else if let position = Self.occurrence(of: pattern.slots, in: tokens, planYear: planYear) {
        scored.append(Scored(pattern: number, score: 0.9, method: .contains, position: position, length: pattern.slots.count))
      } else {
        let (coverage, position) = fuzzyCoverage(pattern, tokens)
        if coverage > 0 {
          scored.append(Scored(pattern: number, score: (coverage * 0.85 * 1000).rounded() / 1000, method: .fuzzy, position: position, length: pattern.slots.count))
        }
      }
    }
    guard !scored.isEmpty else { return .unmatched(best: nil) }
    // Whole-text matches first; then the alias that occurs earliest (the action a task
    // starts with), longer aliases first at the same place; then the best fuzzy coverage.
    let accepted = scored.filter { $0.method != .fuzzy || $0.score >= threshold * 0.85 }
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
      return self.patterns[a.pattern].entry < self.patterns[b.pattern].entry
    }
    let ordered = (accepted.isEmpty ? scored : accepted).sorted(by: rank)
    let best = ordered[0]
    let bestEntry = taxonomy.entries[patterns[best.pattern].entry]
    var also: [String] = []
    for other in ordered.dropFirst() where other.method != .fuzzy {
      let id = taxonomy.entries[patterns[other.pattern].entry].id
      if id != bestEntry.id && !also.contains(id) && !accepted.isEmpty { also.append(id) }
    }
    let result = TaxonomyMatch(
      id: bestEntry.id, score: best.score, method: best.method, alias: patterns[best.pattern].alias,
      alsoNamed: also)
    return accepted.isEmpty ? .unmatched(best: result) : .matched(result)
  }

  /// Where the slots occur contiguously in `tokens`, or `nil`.
  private static func occurrence(of slots: [Slot], in tokens: [String], planYear: Int) -> Int? {
    func matches(_ slot: Int, _ token: Int) -> Bool {
      if slot == slots.count { return true }
      guard token < tokens.count else { return false }
      switch slots[slot] {
      case .word(let word): return tokens[token] == word && matches(slot + 1, token + 1)
      case .year(let offset): return tokens[token] == String(planYear + offset) && matches(slot + 1, token + 1)
      case .place: return (1...3).contains { width in token + width <= tokens.count && matches(slot + 1, token + width) }
      case .gap: return (0...20).contains { width in token + width <= tokens.count && matches(slot + 1, token + width) }
      }
    }
    for start in tokens.indices where matches(0, start) { return start }
    return nil
  }

  /// Share of the alias's word weight found in the text, in the alias's order and within a
  /// window of about twice its length, allowing up to half its words misread; and where
  /// the first found word is. Aliases of fewer than three words are not matched fuzzily.
  private func fuzzyCoverage(_ pattern: Pattern, _ tokens: [String]) -> (Double, Int) {
    let words = pattern.words
    guard words.count >= 3 else { return (0, 0) }
    var total = 0.0, found = 0.0
    var first: Int?
    var next = 0
    var misread = 0
    let misreadBudget = max(1, (words.count + 1) / 2)
    for word in words {
      let weight = weights[word] ?? 1
      total += weight
      guard next < tokens.count else { continue }
      let canMisread = misread < misreadBudget
      if let position = tokens[next...].firstIndex(where: { $0 == word || (canMisread && Self.similar($0, word)) }) {
        if tokens[position] != word { misread += 1 }
        found += weight
        first = first ?? position
        next = position + 1
      }
    }
    guard let start = first, next - start <= words.count * 2 + 2 else { return (0, 0) }
    return (total == 0 ? 0 : found / total, start)
  }

  /// Equal; or one edit apart when both have at least four letters and share the first; or,
  /// for three-letter words, the same first and last letter (OCR “tdt” for “tốt”, “mai” for “mới”).
  static func similar(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let x = a.utf8, y = b.utf8
    let (m, n) = (x.count, y.count)
    guard abs(m - n) <= 1, m >= 3, n >= 3, x.first == y.first else { return false }
    if m == 3 && n == 3 {
      let middleX = x[x.index(after: x.startIndex)], middleY = y[y.index(after: y.startIndex)]
      return x.last == y.last && Self.isLetter(middleX) && Self.isLetter(middleY)
    }
    guard m >= 4, n >= 4 else { return false }
    var i = x.startIndex, j = y.startIndex
    var edits = 0
    while i != x.endIndex && j != y.endIndex {
      if x[i] == y[j] {
        x.formIndex(after: &i)
        y.formIndex(after: &j)
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if m > n {
        x.formIndex(after: &i)
      } else if n > m {
        y.formIndex(after: &j)
      } else {
        x.formIndex(after: &i)
        y.formIndex(after: &j)
      }
    }
    return edits + x.distance(from: i, to: x.endIndex) + y.distance(from: j, to: y.endIndex) <= 1
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || byte >= 0x80
  }

}
