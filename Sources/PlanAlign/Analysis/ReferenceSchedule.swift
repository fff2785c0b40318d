import Foundation

/// A reference schedule, such as the city's own deadlines: a due date per task ID.
public struct ReferenceSchedule: Sendable, Equatable {
  /// A due date written as month and day (the same every year) or as a full date.
  public enum Due: Sendable, Equatable {
    /// `MM-DD`.
    case monthDay(month: Int, day: Int)
    /// `YYYY-MM-DD`.
    case date(CalendarDate)
  }

  /// Due dates by task ID.
  public var due: [String: Due]
  /// What the schedule is, for readers: the reference file's name, or the heading of the plan
  /// it was taken from (`tỉnh Bắc Ninh 2026`).
  public var name: String
  /// The plan it was taken from, when it was; that plan is not compared with itself.
  public var planID: String?

  /// Creates a schedule.
  public init(due: [String: Due], name: String = "", planID: String? = nil) {
    self.due = due
    self.name = name
    self.planID = planID
  }

  /// The schedule a plan sets: for each task type it dates, the date of its middle deadline
  /// (the earlier of the two middle ones), so a city plan is the reference for its units.
  public init(plan aligned: AlignedPlan) {
    var dates: [String: [CalendarDate]] = [:]
    for index in aligned.plan.items.indices {
      let id = aligned.taskID(index)
      guard id != Taxonomy.otherID else { continue }
      dates[id, default: []] += aligned.deadlines[index].deadlines.compactMap(\.end)
    }
    // A task type the plan names only without a date (“thường xuyên”) sets no reference.
    self.init(
      due: dates.filter { !$0.value.isEmpty }.mapValues { list in .date(list.sorted()[(list.count - 1) / 2]) },
      name: "\(aligned.plan.unitName) \(aligned.plan.year)", planID: aligned.plan.id)
  }

  /// The references a corpus holds: each province- or city-level plan is the schedule for the
  /// plans of units in that province for the same year. Keyed by ``key(of:)``; the first plan
  /// by ID when a province has two versions.
  public static func provincePlans(_ plans: [AlignedPlan]) -> [String: ReferenceSchedule] {
    var references: [String: ReferenceSchedule] = [:]
    for aligned in plans where aligned.plan.unitLevel == "province" && !aligned.plan.provinceCode.isEmpty {
      let key = Self.key(of: aligned.plan)
      if references[key] == nil { references[key] = ReferenceSchedule(plan: aligned) }
    }
    return references
  }

  /// Province code and year: the plans one province-level plan is the reference for.
  public static func key(of plan: Plan) -> String { "\(plan.provinceCode) \(plan.year)" }

  /// Reads a CSV with columns `task_id,due_end` (`due_end` as `MM-DD` or `YYYY-MM-DD`).
  public static func load(_ data: Data, source: String) throws -> ReferenceSchedule {
    let table = try CSVReader.table(from: data, source: source, required: ["task_id", "due_end"], known: ["task_id", "due_end", "note"])
    var due: [String: Due] = [:]
    for row in table.rows {
      let id = (row.values["task_id"] ?? "").trimmed
      let text = (row.values["due_end"] ?? "").trimmed
      let parts = text.split(separator: "-").map { Int($0) }
      switch parts.count {
      case 2 where parts.allSatisfy({ $0 != nil }) && CalendarDate(year: 2024, month: parts[0]!, day: parts[1]!) != nil:
        due[id] = .monthDay(month: parts[0]!, day: parts[1]!)
      case 3 where parts.allSatisfy({ $0 != nil }):
        guard let date = CalendarDate(year: parts[0]!, month: parts[1]!, day: parts[2]!) else { fallthrough }
        due[id] = .date(date)
      default:
        throw TimingError.badReferenceDate(source: source, line: row.line, value: text)
      }
    }
    return ReferenceSchedule(due: due, name: URL(fileURLWithPath: source).lastPathComponent)
  }

  /// The reference due date for a task in a given plan year.
  public func dueDate(for taskID: String, planYear: Int) -> CalendarDate? {
    switch due[taskID] {
    case .monthDay(let month, let day):
      return CalendarDate(year: planYear, month: month, day: day) ?? CalendarDate(year: planYear, month: month, day: day - 1)
    case .date(let date): return date
    case nil: return nil
    }
  }
}
