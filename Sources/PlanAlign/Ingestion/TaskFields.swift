/// A labelled line that describes the task above it instead of being one, the layout many
/// plans use instead of a table:
///
///     1. Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025
///     - Cơ quan chủ trì: Phòng Nội vụ
///     - Thời gian thực hiện: tháng 01/2026
enum TaskField: Equatable {
  case content(String)
  case time(String)
  case lead(String)
  case partners(String)

  private enum Label: Sendable { case content, time, lead, partners }

  private static let labels: [(keys: Set<String>, label: Label)] = [
    (["noi dung", "noi dung cong viec", "nhiem vu"], .content),
    (["thoi gian", "thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian to chuc", "thoi gian trien khai",
      "thoi han", "thoi han hoan thanh", "han hoan thanh", "tien do", "tien do thuc hien", "moc thoi gian"], .time),
    (["chu tri", "co quan chu tri", "don vi chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem",
      "co quan tham muu", "don vi tham muu", "co quan chu tri tham muu"], .lead),
    (["phoi hop", "co quan phoi hop", "don vi phoi hop"], .partners),
  ]

  /// The field a line states, or `nil` when the line is not “label: value”.
  static func read(_ text: String) -> TaskField? {
    guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 32 else { return nil }
    let key = TextFolding.matchKey(String(text[..<colon]))
    let value = String(text[text.index(after: colon)...]).trimmed.trimmingTrailingPunctuation
    guard !value.isEmpty, let label = labels.first(where: { $0.keys.contains(key) })?.label else { return nil }
    switch label {
    case .content: return .content(value)
    case .time: return .time(value)
    case .lead: return .lead(value)
    case .partners: return .partners(value)
    }
  }
}

/// The task a run of labelled lines describes, collected until the next task starts.
struct TaskFieldDraft {
  var task: Block?
  var text = ""
  var lead = ""
  var partners = ""
  var time = ""
  var hasFields = false

  /// Starts a draft from a block that may be the task the next lines describe.
  init(task: Block? = nil) {
    self.task = task
    self.text = task?.text ?? ""
  }

  mutating func apply(_ field: TaskField) {
    hasFields = true
    switch field {
    case .content(let value): text = value
    case .time(let value): time = value
    case .lead(let value): lead = value
    case .partners(let value): partners = value
    }
  }

  /// The item the draft describes, when it has a task and at least one field.
  func item(file: String) -> ScheduledItem? {
    guard hasFields, let task, !text.isEmpty else { return nil }
    return ScheduledItem(
      section: task.section, task: text.trimmingTrailingPunctuation, lead: lead, partners: partners,
      deadlineText: time, deadlineSource: time.isEmpty ? .none : .field,
      location: SourceLocation(file: file, line: task.line))
  }
}
