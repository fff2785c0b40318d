import Foundation

/// Builds the taxonomy reports: `campaigns.csv`, `campaign_matrix.csv`, `tasks.csv`,
/// `unmatched.csv`. Plans are ordered by ID, campaigns by taxonomy order.
public enum AlignmentReports {
  /// A score with two decimals, the same on every machine.
  static func score(_ value: Double) -> CSVCell {
    .decimal(DecimalText.fixed(value, decimals: 2))
  }

  /// The matrix column heading for a plan: “District year”.
  public static func planHeading(_ plan: Plan) -> String {
    "\(plan.district) \(plan.year)"
  }

  /// `campaigns.csv`: one row per plan and campaign ID it names, made plan by plan as it is written.
  public static func campaigns(_ plans: [AlignedPlan], taxonomy: Taxonomy) -> CSVTable {
    CSVTable(
      header: ["plan_id", "district", "plan_year", "campaign_id", "campaign", "mentions", "first_mention", "match", "score", "source_line", "source_ref"],
      parts: plans.count,
      rows: { campaignRows(plans[$0], taxonomy: taxonomy) })
  }

  private static func campaignRows(_ aligned: AlignedPlan, taxonomy: Taxonomy) -> [[CSVCell]] {
    var rows: [[CSVCell]] = []
    var byID: [String: [(CampaignMention, TaxonomyMatch)]] = [:]
    for (mention, outcome) in zip(aligned.plan.mentions, aligned.mentions) {
      if let match = outcome.match { byID[match.id, default: []].append((mention, match)) }
    }
    for entry in taxonomy.entries {
      guard let found = byID[entry.id], let (first, match) = found.first else { continue }
      rows.append([
        .value(aligned.plan.id), .text(aligned.plan.district), .number(aligned.plan.year),
        .value(entry.id), .text(entry.nameVi), .number(found.count), .text(first.text),
        .value(match.method.rawValue), score(match.score), .number(first.location.line),
        .text(aligned.plan.sourceReference(first.location.line)),
      ])
    }
    return rows
  }

  /// Which plans name each campaign, as (campaign, per-plan first mention or nil), ordered by
  /// coverage then taxonomy order. Shared by the CSV matrix and the HTML page.
  public static func coverage(_ plans: [AlignedPlan], taxonomy: Taxonomy) -> [(entry: TaxonomyEntry, marks: CampaignMarks)] {
    let rows = taxonomy.entries.filter { $0.id != Taxonomy.otherID }.enumerated().map { position, entry in
      (position: position, entry: entry, marks: CampaignMarks(plans, campaign: entry.id))
    }
    return rows.sorted { a, b in
      a.marks.namedCount != b.marks.namedCount ? a.marks.namedCount > b.marks.namedCount : a.position < b.position
    }.map { ($0.entry, $0.marks) }
  }

  /// `campaign_matrix.csv`: campaigns × plans with an `x` where the plan names the campaign.
  public static func matrix(_ plans: [AlignedPlan], taxonomy: Taxonomy) -> CSVTable {
    CSVTable(
      header: ["campaign_id", "campaign"] + plans.map { planHeading($0.plan) } + ["plans"],
      rows: coverage(plans, taxonomy: taxonomy).map { row in
        [.value(row.entry.id), .text(row.entry.nameVi)] + row.marks.map { .value($0 == nil ? "" : "x") }
          + [.number(row.marks.namedCount)]
      })
  }

  /// The matrix turned for reading and printing: one row per plan, one column per campaign
  /// (keyed by campaign ID, headed by its name) with `mark` where the plan names it, each row's
  /// count, and a last row counting the plans under each campaign. Rows grow with the plans, so
  /// thousands of plans stay within what a sheet can hold.
  public static func matrixByPlan(_ plans: [AlignedPlan], taxonomy: Taxonomy, mark: String, totalLabel: String) -> CSVTable {
    let columns = coverage(plans, taxonomy: taxonomy)
    var rows: [[CSVCell]] = plans.indices.map { index in
      let plan = plans[index].plan
      let marks = columns.map { $0.marks[index] != nil }
      return [.value(plan.id), .text(plan.district), .number(plan.year)] + marks.map { .value($0 ? mark : "") }
        + [.number(marks.filter { $0 }.count)]
    }
    rows.append(
      [.value(""), .value(totalLabel), .value("")] + columns.map { .number($0.marks.namedCount) } + [.value("")])
    return CSVTable(header: ["plan_id", "district", "plan_year"] + columns.map(\.entry.id) + ["campaign_count"], rows: rows)
  }

  /// `tasks.csv`: every scheduled item with its task type and normalised deadline beside the
  /// `items.csv` columns; an item with several dates gives one row per date. Made plan by plan
  /// as it is written.
  public static func tasks(_ plans: [AlignedPlan], taxonomy: Taxonomy) -> CSVTable {
    CSVTable(
      header: [
        "plan_id", "district", "plan_year", "section", "task", "lead", "partners", "deadline_text", "source_line",
        "task_id", "task_type", "match", "score", "also_named", "deadline_kind", "due_start", "due_end",
        "year_inferred", "approximate_window", "rule", "source_ref",
      ],
      parts: plans.count,
      rows: { taskRows(plans[$0], taxonomy: taxonomy) })
  }

  private static func taskRows(_ aligned: AlignedPlan, taxonomy: Taxonomy) -> [[CSVCell]] {
    var rows: [[CSVCell]] = []
    let plan = aligned.plan
    for ((item, outcome), parsed) in zip(zip(plan.items, aligned.items), aligned.deadlines) {
      let match = outcome.match
      let id = match?.id ?? Taxonomy.otherID
      let best: TaxonomyMatch? = {
        if case .unmatched(let best) = outcome { return best }
        return match
      }()
      for deadline in parsed.deadlines {
        rows.append([
          .value(plan.id), .text(plan.district), .number(plan.year), .text(item.section), .text(item.task),
          .text(item.lead), .text(item.partners), .text(item.deadlineText), .number(item.location.line),
          .value(id), .text(taxonomy.entry(id)?.nameVi ?? ""), .value(match?.method.rawValue ?? "none"),
          best.map { score($0.score) } ?? .decimal(""), .value(match?.alsoNamed.joined(separator: "; ") ?? ""),
          .value(deadline.kind.rawValue), .date(deadline.start?.description ?? ""),
          .date(deadline.end?.description ?? ""), .value(deadline.isDated ? (deadline.yearInferred ? "yes" : "no") : ""),
          .value(deadline.approximate.map { "\($0.lowerBound)/\($0.upperBound)" } ?? ""), .text(deadline.rule ?? ""),
          .text(plan.sourceReference(item.location.line)),
        ])
      }
    }
    return rows
  }

  /// `unmatched.csv`: mentions and items left below the threshold, with their best candidate;
  /// made plan by plan as it is written.
  public static func unmatched(_ plans: [AlignedPlan]) -> CSVTable {
    CSVTable(
      header: ["plan_id", "district", "kind", "text", "best_id", "score", "source_line", "source_ref"],
      parts: plans.count,
      rows: { unmatchedRows(plans[$0]) })
  }

  private static func unmatchedRows(_ aligned: AlignedPlan) -> [[CSVCell]] {
    var rows: [[CSVCell]] = []
    let plan = aligned.plan
    var entries: [(line: Int, kind: String, text: String, best: TaxonomyMatch?)] = []
    for (mention, outcome) in zip(plan.mentions, aligned.mentions) {
      if case .unmatched(let best) = outcome { entries.append((mention.location.line, "campaign", mention.text, best)) }
    }
    for (item, outcome) in zip(plan.items, aligned.items) {
      if case .unmatched(let best) = outcome { entries.append((item.location.line, "task", item.task, best)) }
    }
    for entry in entries.sorted(by: { ($0.kind, $0.line) < ($1.kind, $1.line) }) {
      rows.append([
        .value(plan.id), .text(plan.district), .value(entry.kind), .text(entry.text),
        .value(entry.best?.id ?? ""), entry.best.map { score($0.score) } ?? .decimal(""), .number(entry.line),
        .text(plan.sourceReference(entry.line)),
      ])
    }
    return rows
  }
}
