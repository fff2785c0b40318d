/// Builds `timing.csv` and `timing_yoy.csv`.
public enum TimingReports {
  /// Days with at most one decimal (medians can fall on a half day).
  static func days(_ value: Double) -> CSVCell {
    .decimal(daysText(value))
  }

  /// Days as text: whole days without a decimal, half days with one; `signed` adds a `+`
  /// to positive values. Shared by the CSV and the HTML page so both show the same figure.
  static func daysText(_ value: Double, signed: Bool = false) -> String {
    let text = value == value.rounded() ? String(Int(value)) : DecimalText.fixed(value, decimals: 1)
    return signed && value > 0 ? "+" + text : text
  }

  /// `timing.csv`; the reference columns appear only when a plan was compared with a reference
  /// (`--reference`, or its province's plan in the corpus): its due date, the difference in
  /// days, `earlier`, `same_day` or `later`, and which reference.
  public static func timing(_ rows: [TimingRow], withReference: Bool) -> CSVTable {
    var header = [
      "task_id", "task_type", "plan_id", "district", "plan_year", "due_end", "day_of_year", "median_day",
      "delta_days", "flag", "source_line", "source_ref",
    ]
    if withReference { header += ["reference_due", "reference_delta_days", "vs_reference", "reference"] }
    return CSVTable(header: header, rowsOf: rows) { row in
      var cells: [CSVCell] = [
        .value(row.taskID), .text(row.taskType), .value(row.planID), .text(row.district), .number(row.planYear),
        .date(row.dueEnd.description), .number(row.dayOfYear), days(row.medianDay), days(row.deltaDays),
        .value(row.flags.joined(separator: ";")), .number(row.line), .text(row.sourceRef),
      ]
      if withReference {
        cells += [
          .date(row.referenceDue?.description ?? ""), row.referenceDeltaDays.map(CSVCell.number) ?? .value(""),
          .value(row.referenceStatus), .text(row.referenceName),
        ]
      }
      return cells
    }
  }

  /// `timing_yoy.csv`: a unit against its own previous plan years and, for a unit formed in the
  /// 2025 reform, against the old units whose area it took over (`coverage` full or partial).
  public static func yearOverYear(_ rows: [YearOverYearRow]) -> CSVTable {
    CSVTable(
      header: [
        "district", "task_id", "task_type", "plan_year", "plan_id", "day_of_year", "previous_year", "yoy_delta_days",
        "lineage", "coverage",
      ],
      rowsOf: rows
    ) { row in
      [
        .text(row.district), .value(row.taskID), .text(row.taskType), .number(row.planYear), .value(row.planID),
        days(row.dayOfYear), row.previousYear.map(CSVCell.number) ?? .value(""),
        row.yoyDeltaDays.map(days) ?? .decimal(""), .text(row.lineage), .value(row.coverage),
      ]
    }
  }
}
