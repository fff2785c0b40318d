/// Tokens and time points of the deadline parser.
extension DeadlineParser {
  /// Folded tokens: words (diacritics removed, OCR digits inside words kept for numerals),
  /// numbers, and the separators that matter (`/`, `-`, `,`).
  static func tokens(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var word = ""
    var number = ""
    func flush() {
      if !word.isEmpty {
        // A word mixing letters and digits (“1V”, “11” read as a numeral after “quy”) stays a word.
        tokens.append(.word(word))
        word = ""
      }
      if !number.isEmpty {
        tokens.append(.number(Int(number) ?? 0, digits: number.count))
        number = ""
      }
    }
    for character in text {
      let folded = TextFolding.fold(character)
      if folded.isASCII && folded.isNumber {
        if !word.isEmpty { word.append(folded) } else { number.append(folded) }
      } else if folded.isLetter {
        if !number.isEmpty && word.isEmpty {
          word = number
          number = ""
        }
        word.append(folded)
      } else {
        flush()
        switch folded {
        case "/", ".": tokens.append(.slash)
        case "-", "–", "—": tokens.append(.dash)
        case ",", ";", "(", ")": tokens.append(.comma)
        default: break
        }
      }
    }
    flush()
    return tokens
  }

  private static func word(_ tokens: [Token], _ index: Int) -> String? {
    guard index >= 0, index < tokens.count, case .word(let word) = tokens[index] else { return nil }
    return word
  }

  private static func number(_ tokens: [Token], _ index: Int) -> (value: Int, digits: Int)? {
    guard index >= 0, index < tokens.count, case .number(let value, let digits) = tokens[index] else { return nil }
    return (value, digits)
  }

  /// A year after `index`: “/2024”, “/24” or “năm 2024”. Returns the year and the last index.
  private static func yearSuffix(_ tokens: [Token], after index: Int) -> (Int, Int)? {
    if index + 1 < tokens.count, tokens[index + 1] == .slash || tokens[index + 1] == .dash,
      let year = number(tokens, index + 2)
    {
      if year.digits == 4 { return (year.value, index + 2) }
      if year.digits == 2 { return (2000 + year.value, index + 2) }
    }
    if word(tokens, index + 1) == "nam", let year = number(tokens, index + 2), year.digits == 4 {
      return (year.value, index + 2)
    }
    return nil
  }

  /// The quarter a folded numeral names: Roman (with OCR “1” for I, “l”), or a digit 1–4.
  private static func quarterValue(_ tokens: [Token], _ index: Int) -> Int? {
    if let digit = number(tokens, index) {
      if digit.digits == 1 && (1...4).contains(digit.value) { return digit.value }
      // OCR reads the strokes of II and III as ones.
      return [11: 2, 111: 3][digit.value]
    }
    guard let text = word(tokens, index) else { return nil }
    let roman = String(text.map { $0 == "1" || $0 == "l" ? "i" : $0 })
    return RomanNumeral.value(of: roman).flatMap { (1...4).contains($0) ? $0 : nil }
  }

  static func points(in tokens: [Token]) -> [Point] {
    var points: [Point] = []
    var index = 0
    while index < tokens.count {
      // Skip document references: “số 68/KH-HĐTĐKT ngày 16/10/2023”.
      if word(tokens, index) == "so", number(tokens, index + 1) != nil, index + 2 < tokens.count, tokens[index + 2] == .slash {
        var skip = index + 3
        while skip < tokens.count, word(tokens, skip) != "ngay" { skip += 1 }
        index = min(tokens.count, skip + 6)
        continue
      }
      if let point = point(tokens, at: index) {
        points.append(point)
        index = point.last + 1
      } else {
        index += 1
      }
    }
    return points
  }

  private static func anchored(_ tokens: [Token], before index: Int) -> Bool {
    let anchors: Set<String> = ["truoc", "trude", "truc", "nhat", "han", "cuoi", "chot"]
    for back in 1...3 {
      guard let word = word(tokens, index - back) else { continue }
      if anchors.contains(word) { return true }
      if word == "tu" || word == "den" || word == "trong" { return false }
    }
    return false
  }

  private static func point(_ tokens: [Token], at index: Int) -> Point? {
    let current = word(tokens, index)
    // “ngày 15 tháng 3 năm 2024”
    if current == "ngay", let day = number(tokens, index + 1), word(tokens, index + 2) == "thang", let month = number(tokens, index + 3) {
      let year = word(tokens, index + 4) == "nam" ? number(tokens, index + 5).flatMap { $0.digits == 4 ? $0.value : nil } : nil
      return Point(span: .day(day.value, month.value, year), first: index, last: index + (year == nil ? 3 : 5),
                   anchoredBy: anchored(tokens, before: index))
    }
    // “6 tháng đầu năm (2024)”, “nửa đầu năm”
    if let six = number(tokens, index), six.value == 6, word(tokens, index + 1) == "thang",
      let part = word(tokens, index + 2), part == "dau" || part == "cuoi", word(tokens, index + 3) == "nam"
    {
      let year = number(tokens, index + 4).flatMap { $0.digits == 4 ? $0.value : nil }
      return Point(span: .half(part == "dau" ? 1 : 2, year), first: index, last: index + (year == nil ? 3 : 4),
                   anchoredBy: anchored(tokens, before: index))
    }
    // “Tháng 01/2024”, “tháng 1 năm 2024”
    if current == "thang", let month = number(tokens, index + 1), month.digits <= 2 {
      let suffix = yearSuffix(tokens, after: index + 1)
      return Point(span: .month(month.value, suffix?.0), first: index, last: suffix?.1 ?? index + 1,
                   anchoredBy: anchored(tokens, before: index))
    }
    // “Quý II/2024”, “quy 11/2024”, “Quý I”
    if current == "quy" || current == "qui", let quarter = quarterValue(tokens, index + 1) {
      let suffix = yearSuffix(tokens, after: index + 1)
      return Point(span: .quarter(quarter, suffix?.0), first: index, last: suffix?.1 ?? index + 1,
                   anchoredBy: anchored(tokens, before: index))
    }
    // “15/03/2024”, “15/5”
    if let day = number(tokens, index), day.digits <= 2, index + 2 < tokens.count, tokens[index + 1] == .slash,
      let month = number(tokens, index + 2), month.digits <= 2
    {
      var year: Int?
      var last = index + 2
      if index + 3 < tokens.count, tokens[index + 3] == .slash, let written = number(tokens, index + 4) {
        if written.digits == 4 { year = written.value } else if written.digits == 2 { year = 2000 + written.value }
        if year != nil { last = index + 4 }
      }
      return Point(span: .day(day.value, month.value, year), first: index, last: last, anchoredBy: anchored(tokens, before: index))
    }
    return nil
  }

  /// Between two points: “đến” (or a dash) makes a range.
  static func isRange(_ tokens: [Token], from: Int, to: Int) -> Bool {
    guard from < to else { return false }
    let between = tokens[from..<to]
    let words = between.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
    if words.contains("den") { return words.allSatisfy { ["den", "ngay", "het"].contains($0) } }
    return between.count == 1 && between.first == .dash
  }

  /// Between two points: “và”, a comma, or “ngày” only — the second shares the first's kind.
  static func isJoin(_ tokens: [Token], from: Int, to: Int) -> Bool {
    guard from <= to else { return false }
    return tokens[from..<to].allSatisfy { token in
      switch token {
      case .comma: return true
      case .word(let word): return ["va", "ngay", "hoac"].contains(word)
      default: return false
      }
    }
  }
}
