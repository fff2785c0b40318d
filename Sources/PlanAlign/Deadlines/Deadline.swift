/// What kind of time a plan gives for an item.
public enum DeadlineKind: String, Sendable, Equatable, CaseIterable {
  /// On a given day.
  case date
  /// Before or on a given day (“trước ngày…”, “chậm nhất…”).
  case byDate = "by_date"
  /// During a month.
  case month
  /// During a quarter.
  case quarter
  /// During a half year (“6 tháng đầu năm”).
  case halfYear = "half_year"
  /// From one point to another (“Tháng 3/2024 đến 10/4/2024”, “tháng 2 – 3”, “cuối tháng 12”).
  case range
  /// A loose part of the year (“đầu năm”, “giữa năm”, “cuối năm”): an approximate window only,
  /// never compared as a due date.
  case vague
  /// Again and again (“Thường xuyên”, “Hàng tháng”, “Định kỳ”).
  case recurring
  /// Set by someone else's schedule (“Theo Kế hoạch của Thành phố”).
  case external
  /// Only if something comes up (“Thực hiện khi có nội dung phát sinh”, “nếu có”).
  case asNeeded = "as_needed"
  /// No time given.
  case none
  /// A time the parser cannot read; never guessed.
  case unparsed
}

/// A normalised deadline: a kind and, for dated kinds, a window of ISO dates.
public struct Deadline: Sendable, Equatable {
  /// The kind.
  public var kind: DeadlineKind
  /// First day of the window (empty for `by_date` and undated kinds).
  public var start: CalendarDate?
  /// Last day of the window: the due date.
  public var end: CalendarDate?
  /// Whether the year was taken from the plan rather than written.
  public var yearInferred: Bool
  /// For `vague`: the window the words suggest (“cuối năm” → November–December).
  public var approximate: ClosedRange<CalendarDate>?
  /// For `recurring`: the rule as written (“trước ngày 20 hằng tháng”).
  public var rule: String?

  /// Creates a deadline.
  public init(kind: DeadlineKind, start: CalendarDate? = nil, end: CalendarDate? = nil, yearInferred: Bool = false) {
    self.kind = kind
    self.start = start
    self.end = end
    self.yearInferred = yearInferred
  }

  /// A loose window such as “cuối năm”.
  static func vague(_ window: ClosedRange<CalendarDate>, yearInferred: Bool) -> Deadline {
    var deadline = Deadline(kind: .vague, yearInferred: yearInferred)
    deadline.approximate = window
    return deadline
  }

  /// A recurring time with its rule.
  static func recurring(rule: String) -> Deadline {
    var deadline = Deadline(kind: .recurring)
    deadline.rule = rule
    return deadline
  }

  /// Whether the deadline has a due date to compare.
  public var isDated: Bool { end != nil }
}

/// The deadlines read from one time text, and what could not be read.
public struct ParsedDeadlines: Sendable, Equatable {
  /// One deadline per time point (several for “ngày 10/6 và ngày 10/9”); at least one.
  public var deadlines: [Deadline]
  /// Problems to report, such as an impossible date.
  public var problems: [Message]
}
