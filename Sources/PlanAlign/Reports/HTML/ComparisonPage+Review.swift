/// The review of units across the years: for each unit with plans of two or more years, its
/// due date per task type in each plan and the shift from the year before, the plans of the old
/// units it took area from in the 2025 reform included and marked.
extension ComparisonPage {
  static func reviewSection(_ input: ComparisonPageInput, _ labels: ReportLabels) -> HTMLNode {
    var lineages: [String] = []
    var rowsByLineage: [String: [YearOverYearRow]] = [:]
    for row in input.yearOverYear {
      if rowsByLineage[row.lineage] == nil { lineages.append(row.lineage) }
      rowsByLineage[row.lineage, default: []].append(row)
    }
    let plans = Dictionary(input.plans.map { ($0.plan.id, $0.plan) }, uniquingKeysWith: { first, _ in first })
    let units = lineages.map { lineage -> HTMLNode in
      let rows = rowsByLineage[lineage] ?? []
      var planOrder: [YearOverYearRow] = []
      for row in rows.sorted(by: { ($0.planYear, $0.planID) < ($1.planYear, $1.planID) })
      where !planOrder.contains(where: { $0.planID == row.planID }) {
        planOrder.append(row)
      }
      var taskOrder: [String] = []
      for row in rows where !taskOrder.contains(row.taskID) { taskOrder.append(row.taskID) }
      let header = [(labels.task, false)] + planOrder.map { row -> (String, Bool) in
        let name = plans[row.planID].map { "\($0.unitName) \($0.year)" } ?? row.planID
        return (row.coverage.isEmpty ? name : "\(name) (\(coverageLabel(row.coverage, labels)))", false)
      }
      let body = taskOrder.map { task -> HTMLNode in
        let cells = planOrder.map { plan -> HTMLNode in
          guard let row = rows.first(where: { $0.taskID == task && $0.planID == plan.planID }) else { return el("td") }
          let shift = row.yoyDeltaDays.map { " (\(format($0, signed: true, labels)))" } ?? ""
          return el("td", ["class": "date"], txt(dayLabel(row.dayOfYear, labels) + shift))
        }
        return el("tr", [:], el("th", ["scope": "row"], txt(labels.name(input.tasks.entry(task)))), .fragment(cells))
      }
      return el("div", ["class": "review-unit"], el("h3", [:], txt(lineage)),
        table("review-\(TextFolding.slug(lineage))", sortable: false, header: header, rows: body))
    }
    return el("section", ["id": "review"], el("h2", [:], txt(labels.review)),
      el("p", ["class": "note"], txt(units.isEmpty ? labels.noReview : labels.reviewNote)), .fragment(units))
  }

  /// A day of the common 365-day plan year as a date without its year: `15/03` in Vietnamese,
  /// `03-15` in English; a day outside the year as its number.
  static func dayLabel(_ day: Double, _ labels: ReportLabels) -> String {
    let number = Int(day.rounded())
    guard (1...365).contains(number) else { return format(day, labels) }
    let starts = Timing.daysBeforeMonth
    let month = starts.lastIndex { $0 < number } ?? 0
    let dayOfMonth = number - starts[month]
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return labels.messages == .vi ? "\(two(dayOfMonth))/\(two(month + 1))" : "\(two(month + 1))-\(two(dayOfMonth))"
  }

  /// `partial` or `full` in the page's language; empty for a unit's own plans.
  static func coverageLabel(_ coverage: String, _ labels: ReportLabels) -> String {
    coverage.isEmpty ? "" : labels.coverages[coverage] ?? coverage
  }
}
