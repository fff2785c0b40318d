/// A pattern in a small subset of regular-expression syntax, matched at the start of an array
/// of Unicode scalars with the semantics of Swift's `Regex.prefixMatch` on text whose every
/// character is one scalar (folded text: see ``TextFolding/foldedText(_:)``).
///
/// The subset: literal scalars; `\s` (whitespace), `\d` (a number, as `Character.isNumber`),
/// `\b` (a word boundary after a letter or digit, by the rules of Unicode's default word
/// boundaries, UAX #29, as Swift's regex applies them); classes such as `[/.]` or `[1-4]`;
/// groups `(?:…)`; negative look-ahead `(?!…)`; `|`; greedy `?`, `*`, `+`, `{m}`, `{m,n}`.
/// Matching backtracks as a regex engine does: alternatives in order, quantifiers longest
/// first, and the first way through the whole pattern is the match.
///
/// Compiling a pattern takes microseconds where Swift's regex took milliseconds, and the few
/// phrases PlanAlign looks for are matched several times faster.
///
/// ```swift
/// let pattern = try ScalarPattern(#"tu\s+thang\s+\d{1,2}"#)
/// pattern.prefixMatch(in: Array("tu thang 3 den".unicodeScalars), at: 0) == 10
/// ```
struct ScalarPattern: Sendable {
  /// One scalar of the text: which ones a position accepts.
  enum ScalarClass: Sendable {
    case scalar(Unicode.Scalar)
    case ranges([ClosedRange<Unicode.Scalar>])
    case whitespace
    case number
  }

  indirect enum Node: Sendable {
    case one(ScalarClass)
    case literal([Unicode.Scalar])
    case sequence([Node])
    case choice([Node])
    case repeated(Node, min: Int, max: Int)
    case notFollowedBy(Node)
    case wordBoundary
  }

  /// The pattern parsed.
  let root: Node

  /// Parses `pattern`; throws ``SyntaxError`` for syntax outside the subset.
  init(_ pattern: String) throws(SyntaxError) {
    var parser = ScalarPatternParser(Array(pattern.unicodeScalars))
    root = try parser.parseAll()
  }

  /// A pattern outside the subset, with its offset (in scalars).
  struct SyntaxError: Error, Equatable {
    var offset: Int
  }

  /// The end (exclusive) of the match that starts at `start` in `text`, or `nil` when the
  /// pattern does not match there. Only what follows `start` is looked at.
  func prefixMatch(in text: [Unicode.Scalar], at start: Int) -> Int? {
    text.withUnsafeBufferPointer { buffer in
      Matcher(text: buffer, start: start).match(root, start) { $0 }
    }
  }
}

/// Backtracking by continuations: each node calls the rest of the pattern at each position it
/// can end at, longest first, until the rest succeeds.
private struct Matcher {
  let text: UnsafeBufferPointer<Unicode.Scalar>
  let start: Int

  func match(_ node: ScalarPattern.Node, _ index: Int, _ rest: (Int) -> Int?) -> Int? {
    switch node {
    case .one(let set):
      return index < text.count && accepts(set, text[index]) ? rest(index + 1) : nil
    case .literal(let scalars):
      guard index + scalars.count <= text.count else { return nil }
      for offset in scalars.indices where text[index + offset] != scalars[offset] { return nil }
      return rest(index + scalars.count)
    case .sequence(let nodes):
      return matchSequence(nodes, from: 0, index, rest)
    case .choice(let nodes):
      for node in nodes {
        if let end = match(node, index, rest) { return end }
      }
      return nil
    case .repeated(.one(let set), let min, let max):
      // A run of single scalars: measured once, then given back one at a time.
      var count = 0
      while count < max, index + count < text.count, accepts(set, text[index + count]) { count += 1 }
      while count >= min {
        if let end = rest(index + count) { return end }
        count -= 1
      }
      return nil
    case .repeated(let node, let min, let max):
      return matchRepeated(node, min: min, max: max, done: 0, index, rest)
    case .notFollowedBy(let node):
      return match(node, index, { $0 }) == nil ? rest(index) : nil
    case .wordBoundary:
      return WordBoundary.isBoundary(in: text, at: index, start: start) ? rest(index) : nil
    }
  }

  private func matchSequence(_ nodes: [ScalarPattern.Node], from first: Int, _ index: Int, _ rest: (Int) -> Int?) -> Int? {
    guard first < nodes.count else { return rest(index) }
    return match(nodes[first], index) { matchSequence(nodes, from: first + 1, $0, rest) }
  }

  /// Greedy repetition of a group: one more time first, then stopping here. An iteration that
  /// matches nothing ends the repetition, as in a regex engine.
  private func matchRepeated(
    _ node: ScalarPattern.Node, min: Int, max: Int, done: Int, _ index: Int, _ rest: (Int) -> Int?
  ) -> Int? {
    if done < max {
      let more = match(node, index) { next in
        next == index ? nil : matchRepeated(node, min: min, max: max, done: done + 1, next, rest)
      }
      if let more { return more }
    }
    return done >= min ? rest(index) : nil
  }

  private func accepts(_ set: ScalarPattern.ScalarClass, _ scalar: Unicode.Scalar) -> Bool {
    switch set {
    case .scalar(let wanted): return scalar == wanted
    case .ranges(let ranges): return ranges.contains { $0.contains(scalar) }
    case .whitespace: return scalar.isWhitespace
    case .number:
      if scalar.isASCII { return ("0"..."9").contains(scalar) }
      switch scalar.properties.generalCategory {
      case .decimalNumber, .letterNumber, .otherNumber: return true
      default: return false
      }
    }
  }
}
