/// Builds the foundation reports (`plans.csv`, `items.csv`, `mentions.csv`, `warnings.csv`)
/// from ingested plans. Rows are in a stable order: plans by ID, facts by source line.
public enum PlanReports {
  /// `plans.csv`: one row per plan; the last two columns count what the page's plan table shows.
  public static func plans(_ aligned: [AlignedPlan]) -> CSVTable {
    CSVTable(
      header: [
        "plan_id", "district", "unit_type", "province", "plan_year", "doc_number", "issued_on",
        "signer", "source_file", "campaign_mentions", "scheduled_items", "warnings", "source_format",
        "unit_code", "unit_level", "province_code", "code_list", "issuer_kind", "campaigns_named", "dated_items",
      ],
      rows: aligned.map { aligned in
        let plan = aligned.plan
        return [
          .value(plan.id), .text(plan.district), .text(plan.unitType), .text(plan.province),
          .number(plan.year), .text(plan.documentNumber), .date(plan.issuedOn?.description ?? ""),
          .text(plan.signer), .text(plan.sourceFile), .number(plan.mentions.count),
          .number(plan.items.count), .number(plan.warnings.count), .value(plan.sourceFormat.rawValue),
          .value(plan.unitCode), .value(plan.unitLevel), .value(plan.provinceCode), .text(plan.codeList),
          .text(plan.issuerKind), .number(aligned.campaignsNamed), .number(aligned.datedItems),
        ]
      })
  }

  /// `items.csv`: every scheduled item, made plan by plan as it is written.
  public static func items(_ plans: [Plan]) -> CSVTable {
    CSVTable(
      header: [
        "plan_id", "district", "plan_year", "section", "task", "lead", "partners", "deadline_text",
        "source_line", "executor", "deadline_from", "source_ref",
      ],
      parts: plans.count,
      rows: { index in
        let plan = plans[index]
        return plan.items.map { item in
          [
            .value(plan.id), .text(plan.district), .number(plan.year), .text(item.section),
            .text(item.task), .text(item.lead), .text(item.partners), .text(item.deadlineText),
            .number(item.location.line), .text(item.executor), .value(item.deadlineSource.rawValue),
            .text(plan.sourceReference(item.location.line)),
          ]
        }
      })
  }

  /// `mentions.csv`: every campaign mention as written, made plan by plan as it is written.
  public static func mentions(_ plans: [Plan]) -> CSVTable {
    CSVTable(
      header: ["plan_id", "district", "plan_year", "mention", "source_line", "name", "source_ref"],
      parts: plans.count,
      rows: { index in
        let plan = plans[index]
        return plan.mentions.map { mention in
          [
            .value(plan.id), .text(plan.district), .number(plan.year), .text(mention.text),
            .number(mention.location.line), .text(mention.name), .text(plan.sourceReference(mention.location.line)),
          ]
        }
      })
  }

  /// `warnings.csv`: every finding about a plan, and one error row per file that failed; the
  /// messages in `language`. Made plan by plan as it is written (a national corpus has tens of
  /// thousands of findings, each with its sentence).
  public static func warnings(_ plans: [Plan], failures: [IngestionError], language: Language) -> CSVTable {
    CSVTable(
      header: ["plan_id", "district", "severity", "code", "message", "source_line", "source_ref"],
      parts: plans.count + 1,
      rows: { index in
        guard index < plans.count else {
          return failures.map { failure in
            [.value(""), .value(""), .value("error"), .value("unreadable_plan"), .text(failure.description(language)), .value(""), .value("")]
          }
        }
        let plan = plans[index]
        return plan.warnings.map { warning in
          [
            .value(plan.id), .text(plan.district), .value(warning.severity.rawValue),
            .value(warning.code), .text(warning.message.text(language)), warning.line.map(CSVCell.number) ?? .value(""),
            .text(warning.line.map(plan.sourceReference) ?? ""),
          ]
        }
      })
  }
}
