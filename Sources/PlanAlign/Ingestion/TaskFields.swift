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

  private static let labels: [(keys: Set<String>, make: @Sendable (String) -> TaskField)] = [
    (["noi dung", "noi dung cong viec", "nhiem vu"], TaskField.content),
    (["thoi gian", "thoi gian thuc hien", "thoi gian hoan thanh", "thoi gian to chuc", "thoi gian trien khai",
      "thoi han", "thoi han hoan thanh", "han hoan thanh", "tien do", "tien do thuc hien", "moc thoi gian"], TaskField.time),
    (["chu tri", "co quan chu tri", "don vi chu tri", "don vi thuc hien", "co quan thuc hien", "trach nhiem",
      "co quan tham muu", "don vi tham muu", "co quan chu tri tham muu"], TaskField.lead),
    (["phoi hop", "co quan phoi hop", "don vi phoi hop"], TaskField.partners),
  ]

  /// The field a line states, or `nil` when the line is not “label: value”.
  static func read(_ text: String) -> TaskField? {
    guard let (label, rest) = labelled(text, within: 32) else { return nil }
    let key = TextFolding.matchKey(String(label))
    let value = rest.trimmed.trimmingTrailingPunctuation
    guard !value.isEmpty, let make = labels.first(where: { $0.keys.contains(key) })?.make else { return nil }
    return make(value)
  }

  /// A line's label and the rest when it opens with “label:” and the colon comes within
  /// `length` characters; only that prefix is searched, whatever the length of the line.
  static func labelled(_ text: String, within length: Int) -> (label: Substring, rest: Substring)? {
    // The colon is found among the bytes (it is ASCII) of the first characters.
    guard let colon = TextFolding.prefix(text, length + 1).utf8.firstIndex(of: 0x3A) else { return nil }
    return (text[..<colon], text[text.index(after: colon)...])
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
