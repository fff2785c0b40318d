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
    let points = Self.points(in: tokens)
    if points.isEmpty {
      let words = tokens.compactMap { if case .word(let word) = $0 { return word } else { return nil } }
        .joined(separator: " ")
      return ParsedDeadlines(deadlines: [Deadline(kind: Self.keywordKind(words))], problems: [])
    }
    var deadlines: [Deadline] = []
    var problems: [String] = []
    var index = 0
    var byChain = false
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
          problems.append("the range “\(text)” is not a valid period")
        }
        index += 2
        byChain = false
        continue
      }
      let joined = index > 0 && Self.isJoin(tokens, from: points[index - 1].last + 1, to: point.first)
      let by = point.anchoredBy || (joined && byChain)
      byChain = by
      let resolved = resolve(point.span, fallbackYear: nil)
      guard let window = resolved.window else {
        deadlines.append(Deadline(kind: .unparsed))
        problems.append(resolved.problem ?? "cannot read “\(text)”")
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
      }
      index += 1
    }
    return ParsedDeadlines(deadlines: deadlines, problems: problems)
  }

  // MARK: Resolution

  private func resolve(_ span: Span, fallbackYear: Int?) -> (window: (start: CalendarDate, end: CalendarDate)?, inferred: Bool, problem: String?) {
    let written = Self.year(of: span)
    let year = written ?? fallbackYear ?? planYear
    let inferred = written == nil && fallbackYear == nil
    switch span {
    case .day(let day, let month, _):
      guard let date = CalendarDate(year: year, month: month, day: day) else {
        return (nil, inferred, "\(day)/\(month)/\(year) is not a date")
      }
      return ((date, date), inferred, nil)
    case .month(let month, _):
      guard let start = CalendarDate(year: year, month: month, day: 1),
        let end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
      else { return (nil, inferred, "month \(month) does not exist") }
      return ((start, end), inferred, nil)
    case .quarter(let quarter, _):
      guard (1...4).contains(quarter), let start = CalendarDate(year: year, month: quarter * 3 - 2, day: 1),
        let end = CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))
      else { return (nil, inferred, "quarter \(quarter) does not exist") }
      return ((start, end), inferred, nil)
    case .half(let half, _):
      guard let start = CalendarDate(year: year, month: half == 1 ? 1 : 7, day: 1),
        let end = CalendarDate(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)
      else { return (nil, inferred, nil) }
      return ((start, end), inferred, nil)
    }
  }

  private static func year(of span: Span) -> Int? {
    switch span {
    case .day(_, _, let year), .month(_, let year), .quarter(_, let year), .half(_, let year): return year
    }
  }

  // MARK: Keywords

  static let asNeededPhrases = ["phat sinh", "neu co", "khi co", "dot xuat", "khi can"]
  static let recurringPhrases = ["thuong xuyen", "hang thang", "hang quy", "hang nam", "hang tuan", "hang ngay", "dinh ky", "lien tuc"]
  static let externalPhrases = [
    "theo ke hoach", "theo tien do", "tien do tai", "tien do cap tren", "theo huong dan", "theo chi dao",
    "cap tren", "thanh pho", "cua tinh", "theo quy dinh", "theo lich", "theo van ban", "trung uong",
  ]

  private static func keywordKind(_ words: String) -> DeadlineKind {
    let padded = " \(words) "
    func has(_ phrases: [String]) -> Bool { phrases.contains { padded.contains(" \($0) ") } }
    if has(asNeededPhrases) { return .asNeeded }
    if has(recurringPhrases) { return .recurring }
    if has(externalPhrases) { return .external }
    return .unparsed
  }
}
