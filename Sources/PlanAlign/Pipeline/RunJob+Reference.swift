import Foundation

extension RunJob {
  /// The schedule `--reference` names: a CSV of `task_id,due_end`, or a plan (in any format a
  /// plan is read from) whose own deadlines are the reference — the city's plan for its wards.
  func loadReference(
    _ url: URL, gazetteer: Gazetteer, aligner: PlanAligner, reader: DocumentReader
  ) throws -> ReferenceSchedule {
    guard url.pathExtension.lowercased() != "csv" else {
      return try ReferenceSchedule.load(try readData(url), source: url.path)
    }
    do throws(IngestionError) {
      let plan = try PlanIngestor(gazetteer: gazetteer).ingest(contentsOf: url, file: url.path, reader: reader)
      return ReferenceSchedule(plan: aligner.align(plan))
    } catch {
      throw RunError.badReference(error)
    }
  }

  /// Which schedule each plan is compared with: the one `--reference` gave, for every plan;
  /// otherwise the plan of its province (or centrally run city) for the same year, when the
  /// corpus holds one — never a province-level plan with another.
  static func references(explicit: ReferenceSchedule?, plans: [AlignedPlan]) -> (Plan) -> ReferenceSchedule? {
    if let explicit { return { _ in explicit } }
    let provincePlans = ReferenceSchedule.provincePlans(plans)
    return { plan in plan.unitLevel == "province" ? nil : provincePlans[ReferenceSchedule.key(of: plan)] }
  }
}
