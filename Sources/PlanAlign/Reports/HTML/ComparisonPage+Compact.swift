import Foundation

/// The page for many plans: its size grows with the plans, not with their text. The overview
/// — the plan table, the campaign matrix (bare marks) and the timeline as a spread per task
/// type — is markup that reads and prints without the script. The detail — each mark's
/// quotation, the timing, warning and unmatched tables with their source sentences — is data
/// embedded once, compressed, and shown by the script a page of rows at a time, with filters
/// by unit, province, year and type of unit.
extension ComparisonPage {
  /// Up to this many plans every detail is written into the markup (the page reads whole
  /// without its script); beyond it the page is compact.
  public static let detailedPlanLimit = 12

  /// Rows of a detail table shown at once; the rest a button away (or found by a filter).
  static let rowsPerPage = 200

  /// The compact page's sections; the data (``pageData(_:_:coverage:)``) is written after them.
  static func compactSections(
    _ input: ComparisonPageInput, _ labels: ReportLabels, coverage: [(entry: TaxonomyEntry, marks: CampaignMarks)]
  ) -> [() -> HTMLNode] {
    [
      { filtersSection(labels) },
      { plansSection(input, labels, compact: true) },
      { compactMatrixSection(input, labels, coverage: coverage) },
      { input.timing.isEmpty ? noTimingSection("timeline", title: labels.timeline, labels) : SpreadChart.section(input, labels, picking: true) },
      {
        input.timing.isEmpty ? noTimingSection("timing", title: labels.timingTable, labels)
          : dataSection("timing", title: labels.timingTable, note: input.withReference ? referencesNote(input.timing, labels) : nil, labels)
      },
      { dataSection("review", title: labels.review, note: labels.reviewNote, labels) },
      { dataSection("warnings", title: labels.warnings, labels) },
      { dataSection("unmatched", title: labels.unmatched, labels) },
    ]
  }

  /// The place the script puts its filters (unit name, province, year, type of unit).
  static func filtersSection(_ labels: ReportLabels) -> HTMLNode {
    el("section", ["id": "filters", "aria-label": labels.filter],
       el("noscript", [:], el("p", ["class": "note"], txt(labels.needsScript))))
  }

  /// A detail table the script fills from the data.
  static func dataSection(_ id: String, title: String, note: String? = nil, _ labels: ReportLabels) -> HTMLNode {
    el("section", ["id": id], el("h2", [:], txt(title)), .fragment(note.map { [el("p", ["class": "note"], txt($0))] } ?? []),
       el("div", ["class": "data-table", "data-table": id + "-table"], el("p", ["class": "note"], txt(labels.needsScript))))
  }

  /// The matrix with bare marks: the quotation behind each is in the data.
  static func compactMatrixSection(
    _ input: ComparisonPageInput, _ labels: ReportLabels, coverage: [(entry: TaxonomyEntry, marks: CampaignMarks)]
  ) -> HTMLNode {
    var rows = matrixRows(input, labels, columns: coverage.count) { index in
      let plan = input.plans[index].plan
      var count = 0
      let marks = coverage.map { row -> HTMLNode in
        guard row.marks[index] != nil else { return el("td") }
        count += 1
        return el("td", [:], txt("●"))
      }
      return el("tr", ["data-p": String(index)],
        el("th", ["scope": "row"], txt(heading(plan))), .fragment(marks), cell(String(count), numeric: true))
    }
    let totals = coverage.map { cell(String($0.marks.namedCount), numeric: true) }
    rows.append(el("tr", ["class": "totals"], el("th", ["scope": "row"], txt(labels.planCount)), .fragment(totals), cell("")))
    return el("section", ["id": "matrix"], el("h2", [:], txt(labels.matrix)), el("p", ["class": "note"], txt(labels.matrixNote)),
      table("matrix-table", sortable: false, compact: true,
        header: [(labels.plan, false)] + coverage.map { (labels.name($0.entry), false) } + [(labels.campaigns, true)],
        rows: rows))
  }

  /// The data behind the compact page: plans, the matrix's quotations, the timeline's points
  /// and the detail tables.
  static func pageData(
    _ input: ComparisonPageInput, _ labels: ReportLabels, coverage: [(entry: TaxonomyEntry, marks: CampaignMarks)]
  ) -> [PageData.Part] {
    // Rows are written into the data as they are made, one at a time: a table of every
    // timing row of thousands of plans is never held as cells.
    var data = PageData(spool: input.spool)
    let language = labels.messages
    // plans: [heading, file, link, province, year, type of unit, level]
    let plans = input.plans.map { aligned -> [Int] in
      let plan = aligned.plan
      return [data.string(heading(plan)), data.string(plan.sourceFile), data.string(input.sourcePrefix + pathInURL(plan.sourceFile)),
              data.string(plan.province), plan.year, data.string(plan.unitType), data.string(labels.levels[plan.unitLevel] ?? plan.unitLevel)]
    }
    data.rows("plans", plans)
    func source(_ plan: Int, _ line: Int?) -> String {
      guard let line else { return "null" }
      let cited = input.plans[plan].plan
      return "[\(plan),\(data.string(place(cited, line, labels: nil))),\(data.string(excerpt(cited, line)))]"
    }
    // marks: [plan, column, quotation, place, excerpt] in the matrix's column order, written as
    // they are made (a hundred thousand at 7,000 plans)
    data.beginNumberRows("marks")
    for (column, row) in coverage.enumerated() {
      for (plan, mention) in row.marks.enumerated() {
        guard let mention else { continue }
        let cited = input.plans[plan].plan, line = mention.location.line
        data.addNumberRow([plan, column, data.string(mention.text), data.string(place(cited, line, labels: labels)),
                           data.string(excerpt(cited, line))])
      }
    }
    data.endNumberRows()
    let planIndex = Dictionary(input.plans.enumerated().map { ($1.plan.id, $0) }, uniquingKeysWith: { first, _ in first })
    // The timeline's points: [task row, plan, day of year].
    let taskRows = SpreadChart.taskOrder(input.timing)
    let taskRow = Dictionary(uniqueKeysWithValues: taskRows.enumerated().map { ($1, $0) })
    data.rows("points", input.timing.lazy.compactMap { row in
      guard let plan = planIndex[row.planID], let task = taskRow[row.taskID] else { return nil }
      return [task, plan, row.dayOfYear]
    })
    data.field("prefix", PageData.quoted(input.sourcePrefix))
    data.field("labels", "[" + [labels.more, labels.shown, labels.all, labels.province, labels.planYear, labels.unitType, labels.unitFilter, labels.level]
      .map(PageData.quoted).joined(separator: ",") + "]")
    var columns: [PageData.Column] = [
      .init(label: labels.task, kind: "t"), .init(label: labels.plan, kind: "p"), .init(label: labels.dueDate, kind: "d"),
      .init(label: labels.day, kind: "n"), .init(label: labels.medianDay, kind: "n"), .init(label: labels.delta, kind: "n"),
      .init(label: labels.flag, kind: "t"),
    ]
    if input.withReference { columns.append(.init(label: labels.referenceDelta, kind: "n")) }
    columns.append(.init(label: labels.line, kind: "s"))
    data.beginTable()
    for row in input.timing {
      guard let plan = planIndex[row.planID] else { continue }
      var cells = [
        "\(data.string(labels.name(input.tasks.entry(row.taskID))))", "[\(plan)]", "\(data.string(labels.date(row.dueEnd)))",
        "\(data.string(String(row.dayOfYear)))", "\(data.string(format(row.medianDay, labels)))",
        "\(data.string(format(row.deltaDays, signed: true, labels)))",
        "\(data.string(row.flags.map { flagLabel($0, labels) }.joined(separator: ", ")))",
      ]
      if input.withReference { cells.append("\(data.string(referenceText(row, labels)))") }
      cells.append(source(plan, row.line))
      data.addRow(cells)
    }
    data.endTable(id: "timing-table", columns: columns)
    data.beginTable()
    for row in input.yearOverYear {
      guard let plan = planIndex[row.planID] else { continue }
      data.addRow(["\(data.string(row.lineage))", "\(data.string(labels.name(input.tasks.entry(row.taskID))))", "[\(plan)]",
              "\(data.string(String(row.planYear)))", "\(data.string(dayLabel(row.dayOfYear, labels)))",
              "\(data.string(row.yoyDeltaDays.map { format($0, signed: true, labels) } ?? ""))", "\(data.string(coverageLabel(row.coverage, labels)))"])
    }
    data.endTable(id: "review-table", columns: [
      .init(label: labels.unit, kind: "t"), .init(label: labels.task, kind: "t"), .init(label: labels.plan, kind: "p"),
      .init(label: labels.planYear, kind: "n"), .init(label: labels.dueDate, kind: "d"), .init(label: labels.shift, kind: "n"),
      .init(label: labels.coverage, kind: "t"),
    ])
    data.beginTable()
    for failure in input.failures {
      data.addRow(["\(data.string(failure.file))", "\(data.string(labels.severity("error")))", "\(data.string("unreadable_plan"))",
                   "\(data.string(failure.reason.text(language)))", "null"])
    }
    for (index, aligned) in input.plans.enumerated() {
      for warning in aligned.plan.warnings {
        data.addRow(["[\(index)]", "\(data.string(labels.severity(warning.severity.rawValue)))", "\(data.string(warning.code))",
                     "\(data.string(warning.message.text(language)))", source(index, warning.line)])
      }
    }
    data.endTable(id: "warnings-table", columns: [
      .init(label: labels.plan, kind: "p"), .init(label: labels.severity, kind: "t"), .init(label: labels.code, kind: "t"),
      .init(label: labels.message, kind: "t"), .init(label: labels.line, kind: "s"),
    ])
    data.beginTable()
    for (index, aligned) in input.plans.enumerated() {
      for (mention, outcome) in zip(aligned.plan.mentions, aligned.mentions) where outcome.match == nil {
        data.addRow(["[\(index)]", "\(data.string(mention.text))", source(index, mention.location.line)])
      }
    }
    data.endTable(id: "unmatched-table", columns: [
      .init(label: labels.plan, kind: "p"), .init(label: labels.campaign, kind: "t"), .init(label: labels.line, kind: "s"),
    ])
    return data.finish()
  }
}
