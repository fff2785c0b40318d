/// The time points of a deadline's tokens: days, months, quarters, halves, weeks and parts of
/// a month or year, with the ranges and lists they are written in.
extension DeadlineParser {
  /// The time points of a text, leaving out what is not a deadline: cited documents
  /// (“Kế hoạch số 12/KH-UBND ngày 15/01/2024”), anniversaries (“kỷ niệm 70 năm…
  /// (07/5/1954 - 07/5/2024)”) and dates of years long past.
  static func points(in tokens: [Token], planYear: Int) -> [Point] {
    var points: [Point] = []
    var index = 0
    var anniversary = false
    while index < tokens.count {
      if tokens[index] == .comma, anniversary, word(tokens, index - 1) != "ky" {
        anniversary = false
      }
      if word(tokens, index) == "ky", word(tokens, index + 1) == "niem" {
        anniversary = true
      }
      if let skip = documentReferenceEnd(tokens, at: index) {
        index = skip
        continue
      }
      guard var point = point(tokens, at: index) else {
        index += 1
        continue
      }
      point = quarterRange(tokens, extending: monthRange(tokens, extending: point))
      index = point.last + 1
      // A date years before the plan is a cited document's or an anniversary's (“Luật … ngày
      // 26/11/2003”, “(07/5/1954 - 07/5/2024)”), not a deadline — and so is the end of a period
      // it opens. A year no plan can have (“0024”) or one far ahead (“15/01/2099” in a 2024
      // plan) is a time that cannot be read: reported, never replaced by the plan year.
      if let year = year(of: point.span), year < 1900 || year > planYear + 5 {
        let problem = Message(.yearNotThePlans, "\(year)", "\(planYear)")
        points.append(Point(span: .invalid(problem), first: point.first, last: point.last, anchoredBy: false))
        continue
      }
      if let year = year(of: point.span), year < planYear - 1 {
        anniversary = true
        if index < tokens.count, tokens[index] == .dash || word(tokens, index) == "den", let next = Self.point(tokens, at: index + 1) {
          index = next.last + 1
        }
        continue
      }
      if anniversary { continue }
      // “đầu năm 2024 đến nay” looks back; “đạt 9/10 chỉ tiêu”, “tỷ lệ 85/100” are ratios.
      if word(tokens, index) == "den", word(tokens, index + 1) == "nay" { continue }
      if case .day = point.span, let before = word(tokens, point.first - 1), ["dat", "le", "tren"].contains(before) {
        continue
      }
      points.append(point)
    }
    return points
  }

  /// The end of a cited document's symbol and date (“số 12/KH-UBND ngày 15/01/2024”,
  /// “Quyết định 123/QĐ-UBND ngày…”), or `nil` when no reference starts at `index`.
  private static func documentReferenceEnd(_ tokens: [Token], at index: Int) -> Int? {
    var symbol = index
    if word(tokens, index) == "so", number(tokens, index + 1) != nil { symbol = index + 1 }
    // “98/2023/NĐ-CP”: a number and year before the letters.
    if number(tokens, symbol) != nil, symbol + 4 < tokens.count, tokens[symbol + 1] == .slash,
      number(tokens, symbol + 2)?.digits == 4, tokens[symbol + 3] == .slash, word(tokens, symbol + 4) != nil
    {
      symbol += 2
    }
    // “41-CT/TW”: a number, a dash and the letters before the slash.
    if number(tokens, symbol) != nil, symbol + 3 < tokens.count, tokens[symbol + 1] == .dash, word(tokens, symbol + 2) != nil,
      tokens[symbol + 3] == .slash
    {
      symbol += 1
      return documentSymbolEnd(tokens, from: symbol + 2)
    }
    guard number(tokens, symbol) != nil, symbol + 2 < tokens.count, tokens[symbol + 1] == .slash,
      let kind = word(tokens, symbol + 2), kind.contains(where: { $0.isLetter })
    else { return nil }
    // A quarter or month read as a symbol (“1/quy”) is not a reference: symbols are letters
    // such as KH, QĐ, UBND, HĐTĐKT.
    if ["quy", "qui", "thang", "nam", "ngay"].contains(kind) { return nil }
    return documentSymbolEnd(tokens, from: symbol + 3)
  }

  /// The end of a document symbol's letters from `start` (“-UBND”, “/TW”) and of the date
  /// that follows it.
  private static func documentSymbolEnd(_ tokens: [Token], from start: Int) -> Int {
    var end = start
    while end < tokens.count, tokens[end] == .dash || tokens[end] == .slash
      || word(tokens, end).map({ $0 != "ngay" && $0.count <= 8 && $0 == $0.filter(\.isLetter) }) == true
    {
      end += 1
    }
    // The document's date follows its symbol, usually after “ngày”, sometimes after the body's
    // name (“68/KH-HĐTĐKT của quận ngày 16/10/2023”).
    for probe in end..<min(tokens.count, end + 4) {
      if let date = point(tokens, at: probe), case .day = date.span { return date.last + 1 }
      if word(tokens, probe) == "ngay", let date = point(tokens, at: probe + 1) { return date.last + 1 }
    }
    return end
  }

  /// Extends a month to a month range written with a bare second month: “tháng 2 – 3”,
  /// “tháng 10 đến 12/2024”.
  private static func monthRange(_ tokens: [Token], extending point: Point) -> Point {
    guard case .month(let from, let year) = point.span, year == nil else { return point }
    var next = point.last + 1
    if next < tokens.count, tokens[next] == .dash { next += 1 } else if word(tokens, next) == "den" { next += 1 } else { return point }
    guard let to = number(tokens, next), to.digits <= 2, to.value <= 12, to.value > from else { return point }
    // “tháng 3 – 15/4” is a range to a day, read by the caller.
    if next + 2 < tokens.count, tokens[next + 1] == .slash, let after = number(tokens, next + 2), after.digits <= 2 {
      return point
    }
    let suffix = yearSuffix(tokens, after: next)
    return Point(span: .months(from, to.value, suffix?.0), first: point.first, last: suffix?.1 ?? next,
                 anchoredBy: point.anchoredBy)
  }

  /// Extends a quarter to the quarters it runs to: “Quý I – II/2026”, “quý II đến quý III”.
  private static func quarterRange(_ tokens: [Token], extending point: Point) -> Point {
    guard case .quarter(let from, let year) = point.span, year == nil else { return point }
    var next = point.last + 1
    if next < tokens.count, tokens[next] == .dash { next += 1 } else if word(tokens, next) == "den" { next += 1 } else { return point }
    if word(tokens, next) == "quy" || word(tokens, next) == "qui" { next += 1 }
    guard let to = quarterValue(tokens, next), to > from else { return point }
    let suffix = yearSuffix(tokens, after: next)
    return Point(span: .months(3 * from - 2, 3 * to, suffix?.0), first: point.first, last: suffix?.1 ?? next,
                 anchoredBy: point.anchoredBy)
  }

  private static func anchored(_ tokens: [Token], before index: Int) -> Bool {
    let anchors: Set<String> = ["truoc", "trude", "truc", "nhat", "han", "cuoi", "chot"]
    for back in 1...3 {
      guard let word = word(tokens, index - back) else { continue }
      if anchors.contains(word) { return true }
      // “không quá ngày …”, “không muộn hơn ngày …”
      if (word == "qua" && Self.word(tokens, index - back - 1) == "khong")
        || (word == "hon" && Self.word(tokens, index - back - 1) == "muon")
      {
        return true
      }
      if word == "tu" || word == "den" || word == "trong" { return false }
    }
    return false
  }

  private static func point(_ tokens: [Token], at index: Int) -> Point? {
    let current = word(tokens, index)
    if let part = partOfMonthOrYear(tokens, at: index) { return part }
    // “ngày 15 tháng 3 năm 2024”
    if current == "ngay", let day = number(tokens, index + 1), word(tokens, index + 2) == "thang", let month = number(tokens, index + 3) {
      let year = word(tokens, index + 4) == "nam" ? number(tokens, index + 5).flatMap { $0.digits == 4 ? $0.value : nil } : nil
      return Point(span: .day(day.value, month.value, year), first: index, last: index + (year == nil ? 3 : 5),
                   anchoredBy: anchored(tokens, before: index))
    }
    // “15 tháng 3 (năm 2024)” after “trước”, “chậm nhất”: a day without the word “ngày”.
    if let day = number(tokens, index), day.digits <= 2, (1...31).contains(day.value), word(tokens, index + 1) == "thang",
      let month = number(tokens, index + 2), month.digits <= 2, (1...12).contains(month.value), anchored(tokens, before: index)
    {
      let year = word(tokens, index + 3) == "nam" ? number(tokens, index + 4).flatMap { $0.digits == 4 ? $0.value : nil } : nil
      return Point(span: .day(day.value, month.value, year), first: index, last: index + (year == nil ? 2 : 4), anchoredBy: true)
    }
    // “Quý I, II/2026”, “quý I và II”: the second quarter of a list, its word left out.
    if index >= 3, tokens[index - 1] == .comma || word(tokens, index - 1) == "va", quarterValue(tokens, index - 2) != nil,
      ["quy", "qui"].contains(word(tokens, index - 3) ?? ""), let quarter = quarterValue(tokens, index)
    {
      let suffix = yearSuffix(tokens, after: index)
      return Point(span: .quarter(quarter, suffix?.0), first: index, last: suffix?.1 ?? index, anchoredBy: false)
    }
    // “6 tháng đầu năm (2024)”, “nửa đầu năm”
    if let six = number(tokens, index), six.value == 6, word(tokens, index + 1) == "thang",
      let part = word(tokens, index + 2), part == "dau" || part == "cuoi", word(tokens, index + 3) == "nam"
    {
      let year = number(tokens, index + 4).flatMap { $0.digits == 4 ? $0.value : nil }
      return Point(span: .half(part == "dau" ? 1 : 2, year), first: index, last: index + (year == nil ? 3 : 4),
                   anchoredBy: anchored(tokens, before: index))
    }
    // “9 tháng đầu năm”, “3 tháng đầu năm”
    if let count = number(tokens, index), [3, 9].contains(count.value), word(tokens, index + 1) == "thang",
      word(tokens, index + 2) == "dau", word(tokens, index + 3) == "nam"
    {
      let year = number(tokens, index + 4).flatMap { $0.digits == 4 ? $0.value : nil }
      return Point(span: .months(1, count.value, year), first: index, last: index + (year == nil ? 3 : 4),
                   anchoredBy: anchored(tokens, before: index))
    }
    // “28-11-2022”: a day, month and year joined by dashes (never a range: all three are there).
    if let day = number(tokens, index), day.digits <= 2, index + 4 < tokens.count, tokens[index + 1] == .dash,
      let month = number(tokens, index + 2), month.digits <= 2, tokens[index + 3] == .dash,
      let year = number(tokens, index + 4), year.digits == 4
    {
      return Point(span: .day(day.value, month.value, year.value), first: index, last: index + 4,
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
    // “quý 5/2024”: no such quarter, and not May either.
    if current == "quy" || current == "qui", let written = number(tokens, index + 1) {
      let suffix = yearSuffix(tokens, after: index + 1)
      return Point(span: .invalid(Message(.noSuchQuarter, "\(written.value)")), first: index, last: suffix?.1 ?? index + 1, anchoredBy: false)
    }
    // “4/2024”: a month and its year.
    if let month = number(tokens, index), month.digits <= 2, (1...12).contains(month.value), index + 2 < tokens.count,
      tokens[index + 1] == .slash, let year = number(tokens, index + 2), year.digits == 4
    {
      return Point(span: .month(month.value, year.value), first: index, last: index + 2, anchoredBy: anchored(tokens, before: index))
    }
    // “15/03/2024”, “15/5”
    if let day = number(tokens, index), day.digits <= 2, index + 2 < tokens.count, tokens[index + 1] == .slash,
      let month = number(tokens, index + 2), month.digits <= 2
    {
      var year: Int?
      var last = index + 2
      if index + 3 < tokens.count, tokens[index + 3] == .slash, let written = number(tokens, index + 4) {
        if written.digits == 4 { year = written.value } else if written.digits == 2 { year = 2000 + written.value }
        last = index + 4
        if year == nil {
          let problem = Message(.dateWithoutYear, "\(day.value)/\(month.value)/\(written.value)")
          return Point(span: .invalid(problem), first: index, last: last, anchoredBy: false)
        }
      }
      return Point(span: .day(day.value, month.value, year), first: index, last: last, anchoredBy: anchored(tokens, before: index))
    }
    return nil
  }

  /// Which week of a month “tuần thứ hai”, “tuần thứ 3”, “tuần 2” names (1–4), and the index
  /// after it; `position` is just after “tuần”.
  private static func weekOrdinal(_ tokens: [Token], at position: Int) -> (Int, Int)? {
    if let value = number(tokens, position), value.digits == 1, (1...4).contains(value.value) { return (value.value, position + 1) }
    guard word(tokens, position) == "thu" else { return nil }
    if let value = number(tokens, position + 1), value.digits == 1, (1...4).contains(value.value) { return (value.value, position + 2) }
    let ordinals = ["nhat": 1, "hai": 2, "ba": 3, "tu": 4]
    return word(tokens, position + 1).flatMap { ordinals[$0] }.map { ($0, position + 2) }
  }

  /// “đầu / giữa / cuối tháng 12”, “tuần đầu / tuần cuối tháng 12” (parts of a month, as
  /// days) and “đầu / giữa / cuối năm” (vague parts of the year, as months).
  private static func partOfMonthOrYear(_ tokens: [Token], at index: Int) -> Point? {
    var position = index
    let week = word(tokens, position) == "tuan"
    if week { position += 1 }
    if week, let (nth, next) = weekOrdinal(tokens, at: position) {
      // “tuần thứ hai (của) tháng 02/2026”: the month's second seven days.
      let monthAt = word(tokens, next) == "cua" ? next + 1 : next
      guard word(tokens, monthAt) == "thang", let month = number(tokens, monthAt + 1), month.digits <= 2,
        (1...12).contains(month.value)
      else { return nil }
      let suffix = yearSuffix(tokens, after: monthAt + 1)
      let from = 7 * (nth - 1) + 1
      return Point(span: .monthPart(month: month.value, from: from, to: from + 6, suffix?.0), first: index,
                   last: suffix?.1 ?? monthAt + 1, anchoredBy: anchored(tokens, before: index))
    }
    guard let part = word(tokens, position), ["dau", "giua", "cuoi"].contains(part) else { return nil }
    if word(tokens, position + 1) == "thang", let month = number(tokens, position + 2), month.digits <= 2,
      (1...12).contains(month.value)
    {
      let suffix = yearSuffix(tokens, after: position + 2)
      let days: (Int, Int?) = switch (week, part) {
      case (true, "dau"): (1, 7)
      case (true, _): (-7, nil)
      case (false, "dau"): (1, 10)
      case (false, "giua"): (11, 20)
      default: (21, nil)
      }
      var span = Span.monthPart(month: month.value, from: days.0, to: days.1, suffix?.0)
      if days.0 < 0 {
        let year = suffix?.0 ?? 2001
        let last = CalendarDate.daysIn(month: month.value, year: year)
        span = .monthPart(month: month.value, from: last - 6, to: nil, suffix?.0)
      }
      return Point(span: span, first: index, last: suffix?.1 ?? position + 2, anchoredBy: anchored(tokens, before: index))
    }
    // “cuối năm” but not “cuối năm học” (the school year) or “đầu năm 2024 đến nay”.
    guard !week, word(tokens, position + 1) == "nam", word(tokens, position + 2) != "hoc",
      index == 0 || !(number(tokens, index - 1) != nil || word(tokens, index - 1) == "thang")
    else { return nil }
    let year = number(tokens, position + 2).flatMap { $0.digits == 4 ? $0.value : nil }
    let months: (Int, Int) = part == "dau" ? (1, 3) : part == "giua" ? (6, 7) : (11, 12)
    return Point(span: .yearPart(months.0, months.1, year), first: index, last: position + (year == nil ? 1 : 2),
                 anchoredBy: false)
  }
}
