/// Reads Vietnamese time expressions: “Trước ngày 15/03/2024”, “Tháng 01/2024”, “Quý II/2024”,
/// “Tháng 3/2024 đến 10/4/2024”, “trước ngày 15/5”, OCR “trong quy 11/2024”, “Thường xuyên”,
/// “Theo Kế hoạch của Thành phố”, “Thực hiện khi có nội dung phát sinh”… A year that is not
/// written is the plan year and is marked inferred; anything unreadable is `unparsed`.
public struct DeadlineParser: Sendable {
  /// The year of the plan the texts come from.
  public var planYear: Int

  /// Creates a parser for a plan year.
  public init(planYear: Int) {
    self.planYear = planYear
  }

  enum Token: Equatable {
    case word(String)
    case number(Int, digits: Int)
    case slash
    case dash
    case comma
  }

  enum Span {
    case day(Int, Int, Int?)
    case month(Int, Int?)
    case quarter(Int, Int?)
    case half(Int, Int?)
    /// Months `from` through `to` (“tháng 2 – 3”, “9 tháng đầu năm”).
    case months(Int, Int, Int?)
    /// Days `from` through `to` of a month (“đầu tháng 12” → 1–10, “tuần cuối tháng 12”).
    case monthPart(month: Int, from: Int, to: Int?, Int?)
    /// A loose part of the year (“cuối năm”), as months.
    case yearPart(Int, Int, Int?)
    /// A time that looks like a date but cannot be one (“15/01/99999”).
    case invalid(Message)
  }

  struct Point {
    var span: Span
    var first: Int
    var last: Int
    var anchoredBy: Bool
  }

  /// Parses one time text.
  public func parse(_ text: String) -> ParsedDeadlines {
    let tokens = Self.tokens(text)
    if tokens.isEmpty { return ParsedDeadlines(deadlines: [Deadline(kind: .none)], problems: []) }
    let points = Self.points(in: tokens, planYear: planYear)
    if Self.isRecurring(tokens), !points.contains(where: { Self.year(of: $0.span) != nil }) {
      return ParsedDeadlines(deadlines: [.recurring(rule: Markup.collapseSpaces(text).trimmingTrailingPunctuation)], problems: [])
    }
    if points.isEmpty {
      let words = tokens.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
        .joined(separator: " ")
      let kind = Self.keywordKind(words)
      let rule = Markup.collapseSpaces(text).trimmingTrailingPunctuation
      return ParsedDeadlines(deadlines: [kind == .recurring ? .recurring(rule: rule) : Deadline(kind: kind)], problems: [])
    }
    var deadlines: [Deadline] = []
    var problems: [Message] = []
    var index = 0
    var byChain = false
    // The year of a month that a day after it narrows (“Tháng 4/2026 (trước ngày 25/4)”).
    var frameYear: Int?
    while index < points.count {
      let point = points[index]
      let next = index + 1 < points.count ? points[index + 1] : nil
      if let next, Self.isRange(tokens, from: point.last + 1, to: next.first) {
        let endYear = Self.year(of: next.span)
        let from = resolve(point.span, fallbackYear: endYear)
        let to = resolve(next.span, fallbackYear: nil)
        if let start = from.window?.start, let end = to.window?.end, start <= end {
          deadlines.append(Deadline(kind: .range, start: start, end: end, yearInferred: from.inferred || to.inferred))
        } else {
          deadlines.append(Deadline(kind: .unparsed))
          problems.append(Message(.rangeInvalid, .text(text)))
        }
        index += 2
        byChain = false
        continue
      }
      if let next, Self.narrows(next.span, point.span, planYear: planYear) {
        frameYear = Self.year(of: point.span)
        index += 1
        continue
      }
      let joined = index > 0 && Self.isJoin(tokens, from: points[index - 1].last + 1, to: point.first)
      let by = point.anchoredBy || (joined && byChain)
      byChain = by
      let resolved = resolve(point.span, fallbackYear: frameYear ?? Self.listYear(points, from: index, tokens: tokens))
      frameYear = nil
      if case .yearPart = point.span, let window = resolved.window {
        deadlines.append(.vague(window.start...window.end, yearInferred: resolved.inferred))
        index += 1
        continue
      }
      guard let window = resolved.window else {
        deadlines.append(Deadline(kind: .unparsed))
        problems.append(resolved.problem ?? Message(.timeUnreadable, .text(text)))
        index += 1
        continue
      }
      switch point.span {
      case .day:
        deadlines.append(by
          ? Deadline(kind: .byDate, end: window.end, yearInferred: resolved.inferred)
          : Deadline(kind: .date, start: window.start, end: window.end, yearInferred: resolved.inferred))
      case .month:
        deadlines.append(Deadline(kind: by ? .byDate : .month, start: by ? nil : window.start, end: window.end, yearInferred: resolved.inferred))
      case .quarter:
        deadlines.append(Deadline(kind: by ? .byDate : .quarter, start: by ? nil : window.start, end: window.end, yearInferred: resolved.inferred))
      case .half:
        deadlines.append(Deadline(kind: by ? .byDate : .halfYear, start: by ? nil : window.start, end: window.end, yearInferred: resolved.inferred))
      case .months, .monthPart, .yearPart, .invalid:
        deadlines.append(Deadline(kind: by ? .byDate : .range, start: by ? nil : window.start, end: window.end, yearInferred: resolved.inferred))
      }
      index += 1
    }
    return ParsedDeadlines(deadlines: deadlines, problems: problems)
  }

  /// Whether `day` is a day of `period` (a month, quarter or half), which it narrows: “Tháng
  /// 4/2026 (trước ngày 25/4)” is due by 25 April, not in April and by 25 April; “Quý I/2026
  /// (trước ngày 31/3/2026)” by 31 March.
  static func narrows(_ day: Span, _ period: Span, planYear: Int) -> Bool {
    guard case .day(_, let month, let dayYear) = day else { return false }
    let months: ClosedRange<Int>
    let periodYear: Int?
    switch period {
    case .month(let number, let year): (months, periodYear) = (number...number, year)
    case .quarter(let number, let year): (months, periodYear) = (3 * number - 2...3 * number, year)
    case .half(let number, let year): (months, periodYear) = (6 * number - 5...6 * number, year)
    default: return false
    }
    return months.contains(month) && (dayYear ?? planYear) == (periodYear ?? planYear)
  }

  /// The year written at the end of a list that the point at `index` opens, when the list
  /// goes forward through the year (“tháng 9, 10/2026”, “Quý I, II/2026”, “ngày 10/6 và
  /// 10/9/2024”); `nil` when the point has its own year, or the list turns into the next year
  /// (“20/12 và 10/01/2025”).
  static func listYear(_ points: [Point], from index: Int, tokens: [Token]) -> Int? {
    guard year(of: points[index].span) == nil, let first = firstMonth(of: points[index].span) else { return nil }
    var current = index, month = first
    while current + 1 < points.count, isJoin(tokens, from: points[current].last + 1, to: points[current + 1].first) {
      current += 1
      guard let next = firstMonth(of: points[current].span), next >= month else { return nil }
      if let year = year(of: points[current].span) { return year }
      month = next
    }
    return nil
  }

  private static func firstMonth(of span: Span) -> Int? {
    switch span {
    case .day(_, let month, _), .month(let month, _), .monthPart(let month, _, _, _): return month
    case .quarter(let quarter, _): return quarter * 3 - 2
    case .half(let half, _): return half * 6 - 5
    case .months(let from, _, _): return from
    case .yearPart, .invalid: return nil
    }
  }

  // MARK: Resolution

  private func resolve(_ span: Span, fallbackYear: Int?) -> (window: (start: CalendarDate, end: CalendarDate)?, inferred: Bool, problem: Message?) {
    let written = Self.year(of: span)
    let year = written ?? fallbackYear ?? planYear
    let inferred = written == nil && fallbackYear == nil
    guard (1900...2100).contains(year) else { return (nil, inferred, Message(.notAPlanYear, "\(year)")) }
    func window(_ from: (month: Int, day: Int), _ to: (month: Int, day: Int?)) -> (window: (start: CalendarDate, end: CalendarDate)?, inferred: Bool, problem: Message?) {
      guard let start = CalendarDate(year: year, month: from.month, day: from.day),
        let end = CalendarDate(year: year, month: to.month, day: to.day ?? CalendarDate.daysIn(month: to.month, year: year)),
        start <= end
      else { return (nil, inferred, Message(.noSuchMonth, "\(to.month)")) }
      return ((start, end), inferred, nil)
    }
    switch span {
    case .invalid(let problem):
      return (nil, inferred, problem)
    case .months(let from, let to, _), .yearPart(let from, let to, _):
      return window((from, 1), (to, nil))
    case .monthPart(let month, let from, let to, _):
      return window((month, from), (month, to))
    case .day(let day, let month, _):
      guard let date = CalendarDate(year: year, month: month, day: day) else {
        return (nil, inferred, Message(.notADate, "\(day)/\(month)/\(year)"))
      }
      return ((date, date), inferred, nil)
    case .month(let month, _):
      guard let start = CalendarDate(year: year, month: month, day: 1),
        let end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
      else { return (nil, inferred, Message(.noSuchMonth, "\(month)")) }
      return ((start, end), inferred, nil)
    case .quarter(let quarter, _):
      guard (1...4).contains(quarter), let start = CalendarDate(year: year, month: quarter * 3 - 2, day: 1),
        let end = CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))
      else { return (nil, inferred, Message(.noSuchQuarter, "\(quarter)")) }
      return ((start, end), inferred, nil)
    case .half(let half, _):
      guard let start = CalendarDate(year: year, month: half == 1 ? 1 : 7, day: 1),
        let end = CalendarDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)
      else { return (nil, inferred, nil) }
      return ((start, end), inferred, nil)
    }
  }

  static func year(of span: Span) -> Int? {
    switch span {
    case .day(_, _, let year), .month(_, let year), .quarter(_, let year), .half(_, let year),
      .months(_, _, let year), .monthPart(_, _, _, let year), .yearPart(_, _, let year):
      return year
    case .invalid: return nil
    }
  }

  // MARK: Keywords

  static let asNeededPhrases = ["phat sinh", "neu co", "khi co", "dot xuat", "khi can"]
  static let recurringPhrases = [
    "thuong xuyen", "hang thang", "hang quy", "hang nam", "hang tuan", "hang ngay", "dinh ky", "lien tuc",
    "moi thang", "moi quy", "moi nam", "hang ky", "thang cuoi quy",
    // All through the year: “Cả năm”, “Trong năm 2026”, “Quanh năm”.
    "ca nam", "trong nam", "quanh nam",
  ]

  /// Phrases that make even a written day repeat (“ngày 20 hằng tháng”); “định kỳ 6 tháng,
  /// trước ngày 10/6” is this year's report and keeps its date.
  static let repeatingPhrases = [
    "hang thang", "hang quy", "hang nam", "hang tuan", "hang ngay", "moi thang", "moi quy", "moi nam",
    "thang cuoi quy",
  ]

  /// Whether the text states a repeating time (“trước ngày 20 hằng tháng”, “hằng năm vào dịp 27/7”).
  static func isRecurring(_ tokens: [Token]) -> Bool {
    let words = tokens.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
    let padded = " \(words.joined(separator: " ")) "
    return paddedRepeating.contains { padded.hasPhrase($0) }
  }

  // Each list's phrases between spaces, made once: they are looked for as whole words, byte
  // for byte, among the folded words between spaces.
  private static let paddedAsNeeded = asNeededPhrases.map { " \($0) " }
  private static let paddedRecurring = recurringPhrases.map { " \($0) " }
  private static let paddedExternal = externalPhrases.map { " \($0) " }
  private static let paddedRepeating = repeatingPhrases.map { " \($0) " }

  static let externalPhrases = [
    "theo ke hoach", "theo tien do", "tien do tai", "tien do cap tren", "theo huong dan", "theo chi dao",
    "cap tren", "thanh pho", "cua tinh", "theo quy dinh", "theo lich", "theo van ban", "trung uong",
  ]

  private static func keywordKind(_ words: String) -> DeadlineKind {
    let padded = " \(words) "
    func has(_ phrases: [String]) -> Bool { phrases.contains { padded.hasPhrase($0) } }
    if has(paddedAsNeeded) { return .asNeeded }
    // “Năm 2026” alone in a time column: all through the plan's year.
    if has(paddedRecurring) || words == "nam" { return .recurring }
    if has(paddedExternal) { return .external }
    return .unparsed
  }
}
