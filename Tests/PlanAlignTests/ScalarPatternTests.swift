import Testing

@testable import PlanAlign

/// ``ScalarPattern`` gives the answers of Swift's `Regex.prefixMatch` for its subset: by
/// examples worked out by hand, and against Swift's regex itself on the deadline phrases of
/// ``TimeExpressionFinder`` over generated folded text.
@Suite struct ScalarPatternTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var pattern: String
    var text: String
    /// The matched prefix, or nil for no match.
    var match: String?
    var testDescription: String { "\(pattern) on “\(text)”" }
  }

  static let cases: [Case] = [
    Case(pattern: #"tu\s+thang\s+\d{1,2}"#, text: "tu thang 3 den thang 5", match: "tu thang 3"),
    Case(pattern: #"tu\s+thang\s+\d{1,2}"#, text: "tu thangg 3", match: nil),
    // Quantifiers are greedy and give back: \d{1,2} takes “12”, then returns the 2 to the slash.
    Case(pattern: #"\d{1,2}/\d"#, text: "12/4", match: "12/4"),
    Case(pattern: #"\d{1,2}\d/"#, text: "12/4", match: "12/"),
    Case(pattern: #"\d{1,2}\s*(?:[/.]\s*\d{1,2})?"#, text: "123/4", match: "12"),
    Case(pattern: #"\d{1,2}\s*(?:[/.]\s*\d{1,2})?"#, text: "15 / 05 / 2024", match: "15 / 05"),
    // Alternatives are tried in order; a later one is used when the rest fails after an earlier one.
    Case(pattern: #"(?:a|ab)c"#, text: "abc", match: "abc"),
    Case(pattern: #"(?:ab|a)"#, text: "abc", match: "ab"),
    Case(pattern: #"tru(?:oc|de|c)\s+ngay"#, text: "trude ngay 5", match: "trude ngay"),
    // Negative look-ahead, with the optional year given back to satisfy it.
    Case(pattern: #"vao\s+cuoi\s+nam(?:\s+\d{4})?(?!\s+hoc)"#, text: "vao cuoi nam hoc", match: nil),
    Case(pattern: #"vao\s+cuoi\s+nam(?:\s+\d{4})?(?!\s+hoc)"#, text: "vao cuoi nam 2024 hoc", match: "vao cuoi nam"),
    Case(pattern: #"vao\s+cuoi\s+nam(?:\s+\d{4})?(?!\s+hoc)"#, text: "vao cuoi nam 2024.", match: "vao cuoi nam 2024"),
    // A word boundary after a quarter: none inside “2.5”, “ii'a”, “iv_”; one before “/”, “,”, a space.
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy 2/2024", match: "quy 2"),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy 2.5", match: nil),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy 2.", match: "quy 2"),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy ii'a", match: nil),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy iv_", match: nil),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy iii, nam", match: "quy iii"),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy 1,2 va 3", match: nil),
    Case(pattern: #"quy\s+(?:[ivx1l]{1,4}|[1-4])\b"#, text: "quy ivx1l", match: nil),
    // Whitespace and numbers as Swift reads them: a no-break space is a space, “½” a number.
    Case(pattern: #"ngay\s+\d+"#, text: "ngay\u{A0}½", match: "ngay\u{A0}½"),
    Case(pattern: #"ngay\s+\d+"#, text: "ngay\u{200B}5", match: nil),
    Case(pattern: #"(?:-|–|den)\s*\d"#, text: "– 5", match: "– 5"),
  ]

  @Test(arguments: cases)
  func matchesAsARegexWould(_ example: Case) throws {
    let pattern = try ScalarPattern(example.pattern)
    let text = Array(example.text.unicodeScalars)
    let end = pattern.prefixMatch(in: text, at: 0)
    #expect(end.map { String(String.UnicodeScalarView(text[..<$0])) } == example.match)
    // Swift's regex, the reference.
    let reference = try Regex(example.pattern, as: Substring.self)
    #expect(example.text.prefixMatch(of: reference).map { String($0.output) } == example.match)
  }

  @Test(arguments: [#"(?:ab"#, #"a{2,1}"#, #"[b-a]"#, #"\q"#, #"a)"#, #"a*?"#, #"\b*"#, #"[]"#, "."])
  func refusesWhatItDoesNotRead(_ pattern: String) {
    #expect(throws: ScalarPattern.SyntaxError.self) { try ScalarPattern(pattern) }
  }

  /// Folded plan text as it comes: deadline words, numbers, separators and the odd scalars of
  /// OCR and Word files, in a fixed pseudo-random order.
  static func generatedTexts(count: Int) -> [String] {
    let words = [
      "truoc", "trude", "ngay", "nhat", "la", "vao", "cuoi", "tu", "den", "het", "thang", "nam", "quy", "qui",
      "dau", "tuan", "dip", "hoc", "hang", "moi", "cua", "cac", "ii", "iv", "1v", "x", "l", "a", "va", "hoac",
    ]
    let numbers = ["1", "2", "4", "12", "15", "30", "05", "2024", "1945", "123", "½", "٣"]
    let separators = [
      " ", " ", " ", "  ", "\u{A0}", "\t", "/", " / ", ".", "-", " – ", ",", ":", ";", "'", "_", "\u{AD}", "\u{200B}",
    ]
    let openers = [
      "truoc ngay ", "trude ", "cham nhat ", "cham nhat la vao ngay ", "han chot: ", "tu ", "tu ngay ", "tu thang ",
      "vao ", "vao cac ngay ", "vao dip cuoi nam", "trong ", "het quy ", "trong thang ", "cuoi thang ", "vao dau nam",
      "truoc ngay 20 hang ", "khong qua ngay ", "khong muon hon ", "muon nhat la ", "du kien ", "du kien thang ",
      "thang ", "quy ", "ngay ",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in
      var text = openers[next(openers.count)]
      for position in 0..<(2 + next(9)) {
        let roll = next(10)
        let pool = roll < 2 ? words : position % 2 == 0 ? (roll < 8 ? numbers : separators) : (roll < 8 ? separators : numbers)
        text += pool[next(pool.count)]
      }
      return text
    }
  }

  @Test func theDeadlinePhrasesMatchAsSwiftsRegexDoes() throws {
    let phrases = try (TimeExpressionFinder.alternatives + TimeExpressionFinder.standaloneAlternatives).map { (try ScalarPattern($0.pattern), try Regex(#"\b(?:"# + $0.pattern + ")", as: Substring.self)) }
    var matched = 0
    for text in Self.generatedTexts(count: 10_000) {
      let scalars = Array(text.unicodeScalars)
      for (pattern, regex) in phrases {
        let mine = pattern.prefixMatch(in: scalars, at: 0)
        let reference = text.prefixMatch(of: regex).map { text.unicodeScalars.distance(from: text.startIndex, to: $0.range.upperBound) }
        #expect(mine == reference, "“\(text)”")
        if mine != nil { matched += 1 }
      }
    }
    // The texts exercise the patterns: many match, most do not.
    #expect(matched > 1_000)
  }
}
