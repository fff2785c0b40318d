/// The timing table: every dated item of a task type two plans schedule, with the median and
/// the reference, and the words and numbers it is written with.
extension ComparisonPage {
  static func timingSection(_ input: ComparisonPageInput, _ labels: ReportLabels) -> HTMLNode {
    guard !input.timing.isEmpty else { return noTimingSection("timing", title: labels.timingTable, labels) }
    let plans = Dictionary(input.plans.map { ($0.plan.id, $0.plan) }, uniquingKeysWith: { first, _ in first })
    let rows = input.timing.map { row -> HTMLNode in
      let plan = plans[row.planID]
      var cells: [HTMLNode] = [
        el("th", ["scope": "row"], txt(labels.name(input.tasks.entry(row.taskID)))),
        cell(plan.map(heading) ?? row.planID), el("td", ["class": "date", "data-value": row.dueEnd.description], txt(labels.date(row.dueEnd))),
        cell(String(row.dayOfYear), numeric: true), cell(format(row.medianDay, labels), numeric: true, sortValue: String(row.medianDay)),
        cell(format(row.deltaDays, signed: true, labels), numeric: true, sortValue: String(row.deltaDays)),
        el("td", ["class": row.flags.isEmpty ? nil : "flag " + row.flags.joined(separator: " ")],
           txt(row.flags.map { flagLabel($0, labels) }.joined(separator: ", "))),
      ]
      if input.withReference {
        cells.append(cell(referenceText(row, labels), numeric: true, sortValue: row.referenceDeltaDays.map(String.init) ?? ""))
      }
      cells.append(el("td", [:], plan.map { source(input, $0, line: row.line) } ?? txt("")))
      return el("tr", [:], children: cells)
    }
    var header: [(String, Bool)] = [
      (labels.task, false), (labels.plan, false), (labels.dueDate, false), (labels.day, true), (labels.medianDay, true),
      (labels.delta, true), (labels.flag, false),
    ]
    if input.withReference { header.append((labels.referenceDelta, true)) }
    header.append((labels.line, true))
    return el("section", ["id": "timing"], el("h2", [:], txt(labels.timingTable)),
      .fragment(input.withReference ? [el("p", ["class": "note"], txt(referencesNote(input.timing, labels)))] : []),
      table("timing-table", sortable: true, header: header, rows: rows))
  }

  static func flagLabel(_ flag: String, _ labels: ReportLabels) -> String {
    switch flag {
    case "early": return labels.early
    case "late": return labels.late
    default: return labels.flags[flag] ?? flag
    }
  }

  /// A due date against its reference: `-5 (sớm hơn)`.
  static func referenceText(_ row: TimingRow, _ labels: ReportLabels) -> String {
    guard let delta = row.referenceDeltaDays else { return "" }
    return "\(format(Double(delta), signed: true, labels)) (\(labels.flags[row.referenceStatus] ?? row.referenceStatus))"
  }

  /// A timing section with nothing to compare (one plan, or plans that date no task type in
  /// common): the heading and why, rather than an empty chart or table.
  static func noTimingSection(_ id: String, title: String, _ labels: ReportLabels) -> HTMLNode {
    el("section", ["id": id], el("h2", [:], txt(title)), el("p", ["class": "note"], txt(labels.noTiming)))
  }

  /// Which references the timing table compares with, and how many due dates with each.
  static func referencesNote(_ timing: [TimingRow], _ labels: ReportLabels) -> String {
    var counts: [String: Int] = [:]
    for row in timing where row.referenceDeltaDays != nil { counts[row.referenceName, default: 0] += 1 }
    let names = counts.keys.sorted().map { "\($0.isEmpty ? "?" : $0) (\(Message.Value.count(counts[$0] ?? 0).text(labels.messages)) \(labels.dueDates))" }
    return labels.referencesUsed + names.joined(separator: "; ") + "."
  }

  /// A number of days as the page's language writes it: `12,5` in Vietnamese, `12.5` in English.
  static func format(_ value: Double, signed: Bool = false, _ labels: ReportLabels) -> String {
    let text = TimingReports.daysText(value, signed: signed)
    return labels.messages == .vi ? DecimalText.withDecimalComma(text) : text
  }
}
