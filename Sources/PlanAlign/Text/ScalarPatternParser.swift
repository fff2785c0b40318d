/// Reads the regular-expression subset of ``ScalarPattern`` into its nodes.
struct ScalarPatternParser {
  private let pattern: [Unicode.Scalar]
  private var position = 0

  init(_ pattern: [Unicode.Scalar]) {
    self.pattern = pattern
  }

  mutating func parseAll() throws(ScalarPattern.SyntaxError) -> ScalarPattern.Node {
    let node = try parseChoice()
    guard position == pattern.count else { throw ScalarPattern.SyntaxError(offset: position) }
    return node
  }

  private var current: Unicode.Scalar? { position < pattern.count ? pattern[position] : nil }

  private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    guard current == scalar else { return false }
    position += 1
    return true
  }

  private mutating func take(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard pattern[position...].starts(with: scalars) else { return false }
    position += scalars.count
    return true
  }

  /// `a|b|…`
  private mutating func parseChoice() throws(ScalarPattern.SyntaxError) -> ScalarPattern.Node {
    var alternatives = [try parseSequence()]
    while take("|") { alternatives.append(try parseSequence()) }
    return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
  }

  /// Atoms, each with its quantifier, up to `|`, `)` or the end.
  private mutating func parseSequence() throws(ScalarPattern.SyntaxError) -> ScalarPattern.Node {
    var nodes: [ScalarPattern.Node] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      nodes.append(try parseQuantifier(try parseAtom()))
    }
    // Runs of plain scalars are compared at once.
    var merged: [ScalarPattern.Node] = []
    for node in nodes {
      if case .one(.scalar(let scalar)) = node {
        if case .literal(let run)? = merged.last {
          merged[merged.count - 1] = .literal(run + [scalar])
          continue
        }
        merged.append(.literal([scalar]))
      } else {
        merged.append(node)
      }
    }
    return merged.count == 1 ? merged[0] : .sequence(merged)
  }

  private mutating func parseAtom() throws(ScalarPattern.SyntaxError) -> ScalarPattern.Node {
    let start = position
    if take("(?:") || take("(?!") {
      let lookAhead = pattern[position - 1] == "!"
      let inner = try parseChoice()
      guard take(")") else { throw ScalarPattern.SyntaxError(offset: start) }
      return lookAhead ? .notFollowedBy(inner) : inner
    }
    if take("[") {
      var ranges: [ClosedRange<Unicode.Scalar>] = []
      while let low = current, low != "]" {
        position += 1
        guard low != "\\", low != "[" else { throw ScalarPattern.SyntaxError(offset: position - 1) }
        if current == "-", position + 1 < pattern.count, pattern[position + 1] != "]" {
          let high = pattern[position + 1]
          guard low <= high else { throw ScalarPattern.SyntaxError(offset: position) }
          ranges.append(low...high)
          position += 2
        } else {
          ranges.append(low...low)
        }
      }
      guard take("]"), !ranges.isEmpty else { throw ScalarPattern.SyntaxError(offset: start) }
      return .one(.ranges(ranges))
    }
    if take("\\") {
      guard let escaped = current else { throw ScalarPattern.SyntaxError(offset: start) }
      position += 1
      switch escaped {
      case "s": return .one(.whitespace)
      case "d": return .one(.number)
      case "b": return .wordBoundary
      case "\\", ".", "/", "(", ")", "[", "]", "?", "*", "+", "{", "}", "|", "-": return .one(.scalar(escaped))
      default: throw ScalarPattern.SyntaxError(offset: start)
      }
    }
    guard let scalar = current, !"()[]?*+{}.^$".unicodeScalars.contains(scalar) else {
      throw ScalarPattern.SyntaxError(offset: start)
    }
    position += 1
    return .one(.scalar(scalar))
  }

  /// `?`, `*`, `+`, `{m}`, `{m,}` or `{m,n}` after an atom, all greedy.
  private mutating func parseQuantifier(_ atom: ScalarPattern.Node) throws(ScalarPattern.SyntaxError) -> ScalarPattern.Node {
    let start = position
    let bounds: (Int, Int)
    if take("?") {
      bounds = (0, 1)
    } else if take("*") {
      bounds = (0, .max)
    } else if take("+") {
      bounds = (1, .max)
    } else if take("{") {
      let low = number()
      var high = low
      if take(",") { high = current == "}" ? .max : number() }
      guard let low, let high, take("}"), low <= high else { throw ScalarPattern.SyntaxError(offset: start) }
      bounds = (low, high)
    } else {
      return atom
    }
    if current == "?" || current == "+" { throw ScalarPattern.SyntaxError(offset: position) }
    if case .wordBoundary = atom { throw ScalarPattern.SyntaxError(offset: start) }
    return .repeated(atom, min: bounds.0, max: bounds.1)
  }

  /// Decimal digits, as a number.
  private mutating func number() -> Int? {
    var value: Int?
    while let scalar = current, ("0"..."9").contains(scalar), (value ?? 0) < 1_000 {
      value = (value ?? 0) * 10 + Int(scalar.value - 48)
      position += 1
    }
    return value
  }
}
