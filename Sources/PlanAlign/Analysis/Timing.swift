import Foundation

/// Problems with timing inputs.
public enum TimingError: LocalizedError, Equatable, Sendable {
  /// A reference due date is neither `MM-DD` nor `YYYY-MM-DD`.
  case badReferenceDate(source: String, line: Int, value: String)

  public var errorDescription: String? {
    switch self {
    case .badReferenceDate(let source, let line, let value):
      return "\(source):\(line): due_end “\(value)” is not MM-DD or YYYY-MM-DD"
    }
  }
}

/// One dated item in the timing comparison.
///
/// A national corpus has a row for each of its hundreds of thousands of dated items: what a row
/// shares with the other rows of its plan (the plan's ID, unit and year) and of its task type is
/// held once and referred to, and its flags are bits; the properties read as plain values.
public struct TimingRow: Sendable, Equatable {
  /// What the rows of one plan share.
  final class PlanFacts: Sendable, Equatable {
    let id: String, district: String, year: Int, unitKey: String, unitCode: String

    init(_ plan: Plan, unitKey: String) {
      (id, district, year, self.unitKey, unitCode) = (plan.id, plan.district, plan.year, unitKey, plan.unitCode)
    }

    static func == (lhs: PlanFacts, rhs: PlanFacts) -> Bool {
      (lhs.id, lhs.district, lhs.year, lhs.unitKey, lhs.unitCode) == (rhs.id, rhs.district, rhs.year, rhs.unitKey, rhs.unitCode)
    }
  }

  /// What the rows of one task type share.
  final class TaskFacts: Sendable, Equatable {
    let id: String, name: String

    init(id: String, name: String) {
      (self.id, self.name) = (id, name)
    }

    static func == (lhs: TaskFacts, rhs: TaskFacts) -> Bool {
      (lhs.id, lhs.name) == (rhs.id, rhs.name)
    }
  }

  /// The flags a row can carry, in the order they are listed.
  static let flagNames = ["only_plan", "late", "early", "after_reference"]

  private let planFacts: PlanFacts
  private let task: TaskFacts
  private let flagBits: UInt8

  /// Task type ID.
  public var taskID: String { task.id }
  /// Task type name.
  public var taskType: String { task.name }
  /// The plan.
  public var planID: String { planFacts.id }
  /// The plan's district.
  public var district: String { planFacts.district }
  /// The plan's year.
  public var planYear: Int { planFacts.year }
  /// The item's due date.
  public var dueEnd: CalendarDate
  /// Position of the due date in its plan year (see ``Timing/dayOfYear(_:planYear:)``).
  public var dayOfYear: Int
  /// Median across plans, in half days.
  public var medianDay: Double
  /// Days from the median (negative: earlier).
  public var deltaDays: Double
  /// `early`, `late`, `only_plan`, `after_reference`, joined by `;`.
  public var flags: [String] {
    Self.flagNames.indices.filter { flagBits & (1 << $0) != 0 }.map { Self.flagNames[$0] }
  }
  /// The reference schedule's due date for this task and plan year.
  public var referenceDue: CalendarDate?
  /// Days after (positive) or before the reference due date.
  public var referenceDeltaDays: Int?
  /// The item's source line.
  public var line: Int
  /// Where the item is in the original file (see ``Plan/sourceReference(_:)``).
  public var sourceRef: String
  /// The issuing unit's identity (``Plan/unitKey``) and code, so that plans of one unit are
  /// compared across years and a new unit with the old ones it replaced.
  public var unitKey: String { planFacts.unitKey }
  public var unitCode: String { planFacts.unitCode }
  /// The reference the due date is compared with (``ReferenceSchedule/name``), when it has one.
  public var referenceName: String

  init(
    plan: PlanFacts, task: TaskFacts, dueEnd: CalendarDate, dayOfYear: Int, medianDay: Double, deltaDays: Double,
    flags: [String], referenceDue: CalendarDate?, referenceDeltaDays: Int?, line: Int, sourceRef: String,
    referenceName: String
  ) {
    self.planFacts = plan
    self.task = task
    self.flagBits = flags.reduce(0) { bits, flag in bits | (Self.flagNames.firstIndex(of: flag).map { 1 << $0 } ?? 0) }
    self.dueEnd = dueEnd
    self.dayOfYear = dayOfYear
    self.medianDay = medianDay
    self.deltaDays = deltaDays
    self.referenceDue = referenceDue
    self.referenceDeltaDays = referenceDeltaDays
    self.line = line
    self.sourceRef = sourceRef
    self.referenceName = referenceName
  }

  /// `earlier`, `same_day` or `later` than the reference; empty without one.
  public var referenceStatus: String {
    guard let delta = referenceDeltaDays else { return "" }
    return delta < 0 ? "earlier" : delta == 0 ? "same_day" : "later"
  }
}

/// A district compared with itself across plan years for one task.
public struct YearOverYearRow: Sendable, Equatable {
  /// The district.
  public var district: String
  /// Task type ID.
  public var taskID: String
  /// Task type name.
  public var taskType: String
  /// The plan year.
  public var planYear: Int
  /// The plan.
  public var planID: String
  /// The plan's median day for the task.
  public var dayOfYear: Double
  /// The district's previous plan year with this task, if any.
  public var previousYear: Int?
  /// Change in days from that year.
  public var yoyDeltaDays: Double?
  /// The unit whose line of plans this row belongs to: the unit itself, or the new unit that
  /// took over this plan's unit in the 2025 reform.
  public var lineage: String = ""
  /// Blank for the unit's own plans; `full` or `partial` for a plan of an old unit whose area
  /// (all or part) the lineage's new unit took over.
  public var coverage: String = ""
}

/// Compares when plans schedule the same task.
public enum Timing {
  /// The due date's position in its plan year on a common 365-day calendar, so 2021, 2024 and
  /// 2025 compare: 1 January is 1, 29 February counts as 28 February (59), 1 March is always 60.
  /// Dates in another year count from the plan year's 1 January (negative before it).
  public static func dayOfYear(_ date: CalendarDate, planYear: Int) -> Int {
    let day = daysBeforeMonth[date.month - 1] + min(date.day, date.month == 2 ? 28 : date.day)
    return day + 365 * (date.year - planYear)
  }

  /// Days of the common 365-day year before each month: the first of month `m` is day
  /// `daysBeforeMonth[m - 1] + 1`.
  static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  /// Rows for every task ID that at least two plans schedule, or that a plan schedules and its
  /// reference dates: one per plan and dated item.
  /// The median is taken over plans (each plan's own median first), so a plan with many rows
  /// for a task does not outweigh the others.
  public static func rows(_ plans: [AlignedPlan], tasks: Taxonomy, toleranceDays: Int, reference: ReferenceSchedule?) -> [TimingRow] {
    rows(plans, tasks: tasks, toleranceDays: toleranceDays, reference: { _ in reference })
  }

  /// Rows as above, each plan compared with its own reference (its province's plan, say), if any.
  public static func rows(
    _ plans: [AlignedPlan], tasks: Taxonomy, toleranceDays: Int, reference: (Plan) -> ReferenceSchedule?
  ) -> [TimingRow] {
    // A dated item names its plan by index: a copy of the plan per item would hold the whole
    // plan model again (and cost its retains) for every dated item of a national corpus.
    struct Dated {
      var plan: Int
      var due: CalendarDate
      var day: Int
      var line: Int
    }
    var scheduling: [String: Set<String>] = [:]
    var dated: [String: [Dated]] = [:]
    for (planIndex, aligned) in plans.enumerated() {
      for (index, item) in aligned.plan.items.enumerated() {
        let id = aligned.taskID(index)
        guard id != Taxonomy.otherID else { continue }
        scheduling[id, default: []].insert(aligned.plan.id)
        for deadline in aligned.deadlines[index].deadlines {
          guard let end = deadline.end else { continue }
          dated[id, default: []].append(Dated(plan: planIndex, due: end, day: dayOfYear(end, planYear: aligned.plan.year), line: item.location.line))
        }
      }
    }
    // Each plan's reference, looked up once.
    let references = plans.map { aligned in
      reference(aligned.plan).flatMap { $0.planID == aligned.plan.id ? nil : $0 }
    }
    // A task one plan alone schedules is still compared with that plan's reference.
    let compared = tasks.entries.compactMap { entry -> (TaxonomyEntry, [Dated])? in
      guard let items = dated[entry.id], !items.isEmpty,
        (scheduling[entry.id]?.count ?? 0) >= 2 || items.contains(where: { references[$0.plan]?.due[entry.id] != nil })
      else { return nil }
      return (entry, items)
    }
    // Rows are a national corpus's largest table after the plans: made at their exact count,
    // not grown by doubling (which held about twice the table while it grew).
    var rows: [TimingRow] = []
    rows.reserveCapacity(compared.reduce(0) { $0 + $1.1.count })
    let facts = plans.map { TimingRow.PlanFacts($0.plan, unitKey: $0.plan.unitKey) }
    for (entry, items) in compared {
      let task = TimingRow.TaskFacts(id: entry.id, name: entry.nameVi)
      let byPlan = Dictionary(grouping: items, by: \.plan)
      let median = Self.median(byPlan.values.map { Self.median($0.map { Double($0.day) }) })
      let onlyPlan = byPlan.count == 1
      let ordered = items.sorted { a, b in
        let planA = plans[a.plan].plan.id, planB = plans[b.plan].plan.id
        return (planA, a.due, a.line) < (planB, b.due, b.line)
      }
      for item in ordered {
        let plan = plans[item.plan].plan
        let delta = Double(item.day) - median
        var flags: [String] = []
        if onlyPlan {
          flags.append("only_plan")
        } else if delta > Double(toleranceDays) {
          flags.append("late")
        } else if delta < -Double(toleranceDays) {
          flags.append("early")
        }
        let schedule = references[item.plan]
        let referenceDue = schedule?.dueDate(for: entry.id, planYear: plan.year)
        let referenceDelta = referenceDue.map { item.day - dayOfYear($0, planYear: plan.year) }
        if let referenceDelta, referenceDelta > 0 { flags.append("after_reference") }
        rows.append(TimingRow(
          plan: facts[item.plan], task: task, dueEnd: item.due, dayOfYear: item.day, medianDay: median, deltaDays: delta,
          flags: flags, referenceDue: referenceDue, referenceDeltaDays: referenceDelta, line: item.line,
          sourceRef: plan.sourceReference(item.line), referenceName: referenceDue == nil ? "" : schedule?.name ?? ""))
      }
    }
    return rows
  }

  /// For districts with plans of several years: each task's day (the plan's median) per year,
  /// and its change from the district's previous plan year.
  public static func yearOverYear(_ rows: [TimingRow], crosswalk: Crosswalk = Crosswalk()) -> [YearOverYearRow] {
    var result: [YearOverYearRow] = []
    // Rows are named by index: grouping copies of the rows held the timing table twice over.
    let byUnit = Dictionary(grouping: rows.indices, by: { rows[$0].unitKey })
    for unit in byUnit.keys.sorted() {
      let own = byUnit[unit] ?? []
      // A new unit's line of plans starts with the plans of the old units it took area from.
      var lineage = own.map { (row: $0, coverage: "") }
      if unit.hasPrefix("new:"), let first = own.first {
        for link in crosswalk.predecessors(of: rows[first].unitCode) {
          lineage += (byUnit["old:\(link.oldLevel):\(link.oldCode)"] ?? []).map { (row: $0, coverage: link.coverage) }
        }
      }
      guard Set(lineage.map { rows[$0.row].planYear }).count >= 2 else { continue }
      let name = own.first.map { rows[$0].district } ?? ""
      var taskOrder: [String] = []
      for (row, _) in lineage where !taskOrder.contains(rows[row].taskID) { taskOrder.append(rows[row].taskID) }
      for task in taskOrder {
        let plans = Dictionary(grouping: lineage.filter { rows[$0.row].taskID == task }, by: { rows[$0.row].planID })
        let ordered = plans.values.sorted {
          (rows[$0[0].row].planYear, rows[$0[0].row].planID) < (rows[$1[0].row].planYear, rows[$1[0].row].planID)
        }
        var previous: (year: Int, day: Double)?
        for planRows in ordered {
          let first = rows[planRows[0].row]
          let day = median(planRows.map { Double(rows[$0.row].dayOfYear) })
          let earlier = previous.flatMap { $0.year < first.planYear ? $0 : nil }
          result.append(YearOverYearRow(
            district: first.district, taskID: task, taskType: first.taskType, planYear: first.planYear,
            planID: first.planID, dayOfYear: day, previousYear: earlier?.year,
            yoyDeltaDays: earlier.map { day - $0.day }, lineage: name, coverage: planRows[0].coverage))
          previous = (first.planYear, day)
        }
      }
    }
    return result
  }
}
