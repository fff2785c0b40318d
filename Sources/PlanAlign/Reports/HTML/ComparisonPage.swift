import Foundation

/// Everything the comparison page shows.
public struct ComparisonPageInput: Sendable {
  /// Plans with their matches and deadlines, ordered by ID.
  public var plans: [AlignedPlan]
  /// Files that could not be read.
  public var failures: [IngestionError]
  /// Timing rows (see ``Timing/rows(_:tasks:toleranceDays:reference:)``).
  public var timing: [TimingRow]
  /// Campaign taxonomy.
  public var campaigns: Taxonomy
  /// Task taxonomy.
  public var tasks: Taxonomy
  /// Whether a reference schedule was given.
  public var withReference: Bool
  /// Prefix that turns a plan's file name into a link from the page (for example `../Data/plans/`).
  public var sourcePrefix: String
  /// Units compared with their own earlier plans (``Timing/yearOverYear(_:crosswalk:)``).
  public var yearOverYear: [YearOverYearRow] = []
  /// Where a large page's data waits until it is compressed; in memory when `nil`.
  public var spool: SpoolFile?

  /// Creates the input.
  public init(
    plans: [AlignedPlan], failures: [IngestionError], timing: [TimingRow], campaigns: Taxonomy, tasks: Taxonomy,
    withReference: Bool, sourcePrefix: String
  ) {
    self.plans = plans
    self.failures = failures
    self.timing = timing
    self.campaigns = campaigns
    self.tasks = tasks
    self.withReference = withReference
    self.sourcePrefix = sourcePrefix
  }
}

/// The self-contained HTML comparison page: inline CSS, SVG and script, nothing fetched,
/// every piece of plan text escaped.
public enum ComparisonPage {
  /// Renders the page.
  public static func render(_ input: ComparisonPageInput, labels: ReportLabels) -> String {
    var output = ""
    write(input, labels: labels, to: &output)
    return output
  }

  /// Writes the page to `output`, building and rendering one section at a time: the tree of a
  /// page for thousands of plans never exists whole.
  public static func write(_ input: ComparisonPageInput, labels: ReportLabels, to output: inout some TextOutputStream) {
    // A compact page's matrix and the data behind its marks share one coverage, in one column order.
    let coverage = input.plans.count > detailedPlanLimit ? AlignmentReports.coverage(input.plans, taxonomy: input.campaigns) : nil
    let compact = coverage != nil
    let sections: [() -> HTMLNode] = coverage.map { compactSections(input, labels, coverage: $0) } ?? [
      { plansSection(input, labels) },
      { matrixSection(input, labels) },
      // A colour and shape per plan while there are enough to tell them apart; the spread beyond.
      {
        input.timing.isEmpty ? noTimingSection("timeline", title: labels.timeline, labels)
          : input.plans.count <= TimelineChart.colours.count ? TimelineChart.section(input, labels) : SpreadChart.section(input, labels)
      },
      { timingSection(input, labels) },
      { reviewSection(input, labels) },
      { warningsSection(input, labels) },
    ]
    let html = el("html", ["lang": labels.language]), body = el("body"), main = el("main")
    output.write("<!DOCTYPE html>\n")
    html.renderStart(into: &output)
    el("head", [:],
      el("meta", ["charset": "utf-8"]),
      el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
      el("title", [:], txt(labels.title)),
      el("style", [:], .trusted(PageAssets.css))
    ).render(into: &output)
    body.renderStart(into: &output)
    el("header", [:], el("h1", [:], txt(labels.title)), el("p", [:], txt(labels.intro))).render(into: &output)
    main.renderStart(into: &output)
    for section in sections { section().render(into: &output) }
    if let coverage { PageData.write(pageData(input, labels, coverage: coverage), to: &output) }
    main.renderEnd(into: &output)
    el("script", [:], .trusted(compact ? PageAssets.compactScript : PageAssets.script)).render(into: &output)
    body.renderEnd(into: &output)
    html.renderEnd(into: &output)
    output.write("\n")
  }

  static func heading(_ plan: Plan) -> String { AlignmentReports.planHeading(plan) }

  /// A link to the plan's source line; its title shows the line as written.
  static func source(_ input: ComparisonPageInput, _ plan: Plan, line: Int?, label: String? = nil) -> HTMLNode {
    guard let line else { return txt("") }
    return el("a", ["class": "src", "href": input.sourcePrefix + Self.pathInURL(plan.sourceFile),
                    "title": "\(located(plan, line)) — \(excerpt(plan, line))"],
              txt(label ?? place(plan, line, labels: nil)))
  }

  /// Line `line` of the plan as written, spaces collapsed, cut after 180 characters (“…”): what
  /// a source tooltip quotes, so the page explains itself when sent alone.
  static func excerpt(_ plan: Plan, _ line: Int) -> String {
    plan.lineExcerpt(line)
  }

  /// Where a person finds `line` in the original, as the CSV files' `source_ref` gives it:
  /// the reader's own reference for a Word or PDF file (`đoạn 8`, `tr. 3, dòng 12`, `bảng 2,
  /// hàng 4`); for a line of a text file its number, after the page's word for a line when
  /// `labels` are given (`dòng 12`), bare under a column headed “Dòng” otherwise.
  static func place(_ plan: Plan, _ line: Int, labels: ReportLabels?) -> String {
    switch plan.citedLines.reference(of: line) {
    case .line(let number)?: return labels.map { "\($0.mentionedAt) \(number)" } ?? String(number)
    case let reference?: return reference.label
    case nil: return labels.map { "\($0.mentionedAt) \(line)" } ?? String(line)
    }
  }

  /// The file and place of `line`: `long-bien-2024.txt:76` for a text file, `ke-hoach.docx,
  /// đoạn 8` for a Word or PDF file, whose internal line numbers mean nothing to a reader.
  static func located(_ plan: Plan, _ line: Int) -> String {
    switch plan.citedLines.reference(of: line) {
    case .line(let number)?: return "\(plan.sourceFile):\(number)"
    case let reference?: return "\(plan.sourceFile), \(reference.label)"
    case nil: return "\(plan.sourceFile):\(line)"
    }
  }

  /// Plans in the matrix's order: by province (none last) and year, then by unit name and ID.
  static func matrixOrder(_ plans: [Plan]) -> [Int] {
    // Names compare by their folded keys first, so Đồng Nai comes before Hà Nội as readers expect.
    let keys = plans.map { (province: TextFolding.matchKey($0.province), unit: TextFolding.matchKey($0.district)) }
    return plans.indices.sorted { a, b in
      let x = plans[a], y = plans[b]
      if x.province.isEmpty != y.province.isEmpty { return y.province.isEmpty }
      if keys[a].province != keys[b].province { return keys[a].province < keys[b].province }
      if x.province != y.province { return x.province < y.province }
      if x.year != y.year { return x.year < y.year }
      if keys[a].unit != keys[b].unit { return keys[a].unit < keys[b].unit }
      return x.id < y.id
    }
  }

  /// The matrix's body: plans in ``matrixOrder(_:)``, each group of a province and year opened
  /// by a heading row with its count, each plan's row made by `row` from its index.
  static func matrixRows(
    _ input: ComparisonPageInput, _ labels: ReportLabels, columns: Int, row: (Int) -> HTMLNode
  ) -> [HTMLNode] {
    let order = matrixOrder(input.plans.map(\.plan))
    var groupSizes: [String: Int] = [:]
    for index in order { groupSizes[matrixGroup(input.plans[index].plan), default: 0] += 1 }
    var rows: [HTMLNode] = []
    var group: String?
    for index in order {
      let plan = input.plans[index].plan
      let key = matrixGroup(plan)
      if key != group {
        group = key
        let title = [plan.province, String(plan.year)].filter { !$0.isEmpty }.joined(separator: " · ")
        rows.append(el("tr", ["class": "group"],
          el("th", ["scope": "rowgroup", "colspan": String(columns + 2)],
             txt("\(title) · \(groupSizes[key] ?? 0) \(labels.plans.lowercased())"))))
      }
      rows.append(row(index).prerendered)
    }
    return rows
  }

  /// The matrix group a plan belongs to: its province and year.
  static func matrixGroup(_ plan: Plan) -> String { "\(plan.province)\u{1F}\(plan.year)" }

  static func table(
    _ id: String, sortable: Bool, filterable: Bool = false, compact: Bool = false, header: [(String, Bool)], rows: [HTMLNode],
    caption: String? = nil
  ) -> HTMLNode {
    el("div", ["class": "table-wrap"],
      el("table", ["id": id, "class": compact ? nil : sortable ? "sortable" : filterable ? "filterable" : nil],
        .fragment(caption.map { [el("caption", [:], txt($0))] } ?? []),
        el("thead", [:], el("tr", [:], children: header.map { title, numeric in
          el("th", ["scope": "col", "data-type": numeric ? "number" : "text"], txt(title))
        })),
        el("tbody", [:], children: rows)))
  }

  static func cell(_ text: String, numeric: Bool = false, sortValue: String? = nil) -> HTMLNode {
    el("td", ["class": numeric ? "num" : nil, "data-value": sortValue], txt(text))
  }

  static func plansSection(_ input: ComparisonPageInput, _ labels: ReportLabels, compact: Bool = false) -> HTMLNode {
    let rows = input.plans.enumerated().map { index, aligned -> HTMLNode in
      let plan = aligned.plan
      return el("tr", compact ? ["data-p": String(index)] : [:],
        el("th", ["scope": "row"], txt(plan.unitName)),
        cell(plan.province), cell(String(plan.year), numeric: true), cell(plan.documentNumber),
        cell(plan.issuedOn.map(labels.date) ?? "", sortValue: plan.issuedOn?.description), cell(String(aligned.campaignsNamed), numeric: true),
        cell(String(plan.items.count), numeric: true), cell(String(aligned.datedItems), numeric: true),
        cell(String(plan.warnings.count), numeric: true),
        el("td", [:], el("a", ["href": input.sourcePrefix + Self.pathInURL(plan.sourceFile)], txt(plan.sourceFile)))
      ).prerendered
    }
    let failed = input.failures.map { failure in
      el("tr", ["class": "failed"], el("th", ["scope": "row"], txt(labels.failed)),
         el("td", ["colspan": "9"], txt(failure.description(labels.messages))))
    }
    return el("section", ["id": "plans"], el("h2", [:], txt(labels.plans)),
      table("plans-table", sortable: false, compact: compact, header: [
        (labels.district, false), (labels.province, false), (labels.planYear, true), (labels.docNumber, false),
        (labels.issuedOn, false), (labels.campaigns, true), (labels.scheduledItems, true), (labels.datedTasks, true),
        (labels.warnings, true), (labels.source, false),
      ], rows: rows + failed),
      el("p", ["class": "note"], txt(labels.plansNote)))
  }

  /// The campaign matrix grows downward: one row per plan, grouped by province and year (a
  /// heading row with the group's count) and sorted by unit, one column per campaign, and a
  /// last row counting the plans that name each campaign.
  private static func matrixSection(_ input: ComparisonPageInput, _ labels: ReportLabels) -> HTMLNode {
    let coverage = AlignmentReports.coverage(input.plans, taxonomy: input.campaigns)
    var rows = matrixRows(input, labels, columns: coverage.count) { index in
      let aligned = input.plans[index]
      let marks = coverage.map { row -> HTMLNode in
        guard let mention = row.marks[index] else { return el("td", ["class": "mark empty"]) }
        let where_ = located(aligned.plan, mention.location.line)
        return el("td", ["class": "mark"],
          el("span", ["class": "dot", "tabindex": "0", "title": "\(mention.text) — \(where_)"],
            txt("●"), el("span", ["class": "sr"], txt(labels.yes)),
            el("span", ["class": "tip", "role": "tooltip"], txt(mention.text), el("br"),
               source(input, aligned.plan, line: mention.location.line, label: place(aligned.plan, mention.location.line, labels: labels)))))
      }
      let count = coverage.filter { $0.marks[index] != nil }.count
      return el("tr", [:],
        el("th", ["scope": "row"], txt(heading(aligned.plan))), .fragment(marks), cell(String(count), numeric: true))
    }
    let totals = coverage.map { cell(String($0.marks.namedCount), numeric: true) }
    rows.append(el("tr", ["class": "totals"], el("th", ["scope": "row"], txt(labels.planCount)), .fragment(totals), cell("")))
    let unmatched = input.plans.map { aligned -> HTMLNode in
      let items = zip(aligned.plan.mentions, aligned.mentions).filter { $0.1.match == nil }.map { mention, _ in
        el("li", [:], txt(mention.text), txt(" "), source(input, aligned.plan, line: mention.location.line, label: "(\(place(aligned.plan, mention.location.line, labels: labels)))"))
      }
      return el("div", ["class": "unmatched"], el("h4", [:], txt(heading(aligned.plan))),
        items.isEmpty ? el("p", [:], txt(labels.noUnmatched)) : el("ul", [:], children: items))
    }
    return el("section", ["id": "matrix"], el("h2", [:], txt(labels.matrix)), el("p", ["class": "note"], txt(labels.matrixNote)),
      table("matrix-table", sortable: false, filterable: true,
        header: [(labels.plan, false)] + coverage.map { (labels.name($0.entry), false) } + [(labels.campaigns, true)],
        rows: rows),
      el("h3", [:], txt(labels.unmatched)), el("div", ["class": "unmatched-list"], children: unmatched))
  }

  private static func warningsSection(_ input: ComparisonPageInput, _ labels: ReportLabels) -> HTMLNode {
    var rows: [HTMLNode] = input.failures.map { failure in
      el("tr", ["class": "error"], el("th", ["scope": "row"], txt(failure.file)), cell(labels.severity("error")), cell("unreadable_plan"),
         cell(failure.reason.text(labels.messages)), cell(""))
    }
    for aligned in input.plans {
      for warning in aligned.plan.warnings {
        rows.append(el("tr", ["class": warning.severity.rawValue],
          el("th", ["scope": "row"], txt(heading(aligned.plan))), cell(labels.severity(warning.severity.rawValue)), cell(warning.code),
          cell(warning.message.text(labels.messages)), el("td", [:], source(input, aligned.plan, line: warning.line))))
      }
    }
    return el("section", ["id": "warnings"], el("h2", [:], txt(labels.warnings)),
      table("warnings-table", sortable: true,
        header: [(labels.plan, false), (labels.severity, false), (labels.code, false), (labels.message, false), (labels.line, true)],
        rows: rows))
  }

  /// A relative file path as it goes into a link: each part percent-encoded, so that “#”, “?”,
  /// spaces and Vietnamese letters in a file name still lead to the file.
  static func pathInURL(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#;%")
    return path.split(separator: "/", omittingEmptySubsequences: false)
      .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
      .joined(separator: "/")
  }
}
