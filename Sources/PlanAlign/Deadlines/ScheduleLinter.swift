/// Finds problems in a plan's schedule: unreadable or impossible times, deadlines outside the
/// plan year or before the plan was issued, an issue date the plan contradicts, and tasks most
/// plans schedule that this one lacks.
public enum ScheduleLinter {
  /// Lints one plan on its own.
  public static func lint(_ aligned: AlignedPlan) -> [PlanWarning] {
    let plan = aligned.plan
    var warnings: [PlanWarning] = []
    for (item, parsed) in zip(plan.items, aligned.deadlines) {
      let line = item.location.line
      for problem in parsed.problems {
        warnings.append(PlanWarning(code: "deadline_invalid", message: Message(.deadlineInvalid, .message(problem), .text(item.deadlineText)), line: line))
      }
      for deadline in parsed.deadlines {
        if deadline.kind == .unparsed && parsed.problems.isEmpty {
          warnings.append(PlanWarning(code: "deadline_unparsed", message: Message(.deadlineUnparsed, .text(item.deadlineText)), line: line))
        }
        guard let end = deadline.end else { continue }
        if end.year < plan.year || end.year > plan.year + 1 {
          warnings.append(PlanWarning(
            code: "deadline_outside_plan_year",
            message: Message(
              end.year < plan.year ? .deadlineBeforePlanYear : .deadlineLongAfterPlanYear, .date(end), "\(plan.year)",
              .text(item.deadlineText)),
            line: line))
        } else if let issued = plan.issuedOn, end < issued {
          warnings.append(PlanWarning(
            code: "deadline_before_issue",
            message: Message(.deadlineBeforeIssue, .date(end), .date(issued), .text(item.deadlineText)), line: line))
        }
      }
    }
    return warnings
  }

  /// A plan that cites its own number with another date (“Kèm theo Kế hoạch số 01/KH-HĐTĐKT
  /// ngày 15/01/2021” under a header dated 13/01/2021).
  /// Run while the plan's text (`lines`) is at hand, when the plan is read.
  static func issueDateConsistency(_ plan: Plan, lines: [String]) -> [PlanWarning] {
    guard let issued = plan.issuedOn, !plan.documentNumber.isEmpty else { return [] }
    let number = TextFolding.matchKey(plan.documentNumber)
    let parser = DeadlineParser(planYear: plan.year)
    var warnings: [PlanWarning] = []
    // Folding turns no letter into a digit: a line whose key holds the number's leading digits
    // (“01” of “01 kh hdtdkt”) holds them as written, or in digits folding makes ASCII (full
    // width, superscript). Other lines are passed over without being folded.
    let lead = String(number.prefix { $0 != " " })
    let digits = !lead.isEmpty && lead.utf8.allSatisfy { (0x30...0x39).contains($0) } ? lead : nil
    // The number as a line's key cites it with its date (“… 01 kh hdtdkt ngay 15 …”).
    let citation = number + " ngay "
    for (index, line) in lines.enumerated() {
      if let digits, !Self.mayHold(digits, line) { continue }
      let key = TextFolding.matchKey(line)
      guard let found = key.utf8Offset(ofPhrase: citation) else { continue }
      let after = String(decoding: key.utf8.dropFirst(found + citation.utf8.count), as: UTF8.self)
        .split(separator: " ").prefix(6)
      let phrase = after.count >= 3 && after[after.startIndex + 1] != "thang"
        ? after.prefix(3).joined(separator: "/") : "ngay " + after.joined(separator: " ")
      guard let cited = parser.parse(phrase).deadlines.first, cited.kind == .date, let date = cited.end,
        !cited.yearInferred, date != issued
      else { continue }
      warnings.append(PlanWarning(
        code: "issue_date_inconsistent",
        message: Message(.issueDateInconsistent, .date(issued), "\(index + 1)", .date(date)), line: index + 1))
    }
    return warnings
  }

  /// Whether `line` holds the ASCII `digits` in a row, or any other character that is a digit
  /// (Vietnamese letters are told from digits without the Unicode tables).
  private static func mayHold(_ digits: String, _ line: String) -> Bool {
    line.hasPhrase(digits) || line.withBytes(holdsOtherDigit)
  }

  /// Whether valid UTF-8 `bytes` hold a digit that is not ASCII. Read from the bytes: ASCII and
  /// the Vietnamese letters of U+00C0–U+023F (two bytes led by C3–C8), most of a line, are
  /// passed over without being decoded.
  private static func holdsOtherDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case ..<0x80: index += 1
      case 0xC3...0xC8: index += 2
      default: if TextFolding.isNumber(TextFolding.nextScalar(bytes, &index)) { return true }
      }
    }
    return false
  }

  /// For each plan, the tasks that more than half of the plans (at least three) schedule and
  /// it does not.
  public static func coverageGaps(_ plans: [AlignedPlan], tasks: Taxonomy) -> [String: [PlanWarning]] {
    guard plans.count >= 3 else { return [:] }
    var scheduling: [String: Set<String>] = [:]
    for aligned in plans {
      for index in aligned.plan.items.indices where aligned.taskID(index) != Taxonomy.otherID {
        scheduling[aligned.taskID(index), default: []].insert(aligned.plan.id)
      }
    }
    var gaps: [String: [PlanWarning]] = [:]
    for entry in tasks.entries {
      guard let planIDs = scheduling[entry.id], planIDs.count * 2 > plans.count else { continue }
      for aligned in plans where !planIDs.contains(aligned.plan.id) {
        gaps[aligned.plan.id, default: []].append(PlanWarning(
          severity: .info, code: "coverage_gap",
          message: Message(
            .coverageGap, .count(planIDs.count), .count(plans.count), .names(vi: entry.nameVi, en: entry.nameEn), .text(entry.id)),
          line: nil))
      }
    }
    return gaps
  }
}
