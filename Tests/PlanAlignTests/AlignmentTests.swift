import Foundation
import Testing

@testable import PlanAlign

/// Precision and recall of the alignment against labels written from reading each seed plan
/// (`Fixtures/alignment/*.csv`).
@Suite struct AlignmentTests {
  static let aligner: PlanAligner = {
    let folder = TestSupport.dataDirectory.appendingPathComponent("taxonomy")
    // The taxonomy files are part of the repository; failing to load them is a broken checkout.
    let campaigns = try! Taxonomy.load(Data(contentsOf: folder.appendingPathComponent("campaigns.csv")), source: "campaigns.csv")
    let tasks = try! Taxonomy.load(Data(contentsOf: folder.appendingPathComponent("tasks.csv")), source: "tasks.csv")
    return PlanAligner(campaigns: campaigns, tasks: tasks)
  }()

  static func fixture(_ name: String) throws -> [[String: String]] {
    let url = TestSupport.fixtures.appendingPathComponent("alignment").appendingPathComponent(name)
    return try CSVReader.table(from: Data(contentsOf: url), source: name, required: []).rows.map(\.values)
  }

  static let planFiles = SeedExpectation.all.map(\.file)

  @Test(arguments: planFiles)
  func campaignSetsMeetPrecisionAndRecall(file: String) throws {
    let plan = try TestSupport.seedPlan(file)
    let expected = Set(try Self.fixture("campaigns.csv").first { $0["plan_id"] == plan.id }?["campaign_ids"]?
      .split(separator: "|").map(String.init) ?? [])
    #expect(!expected.isEmpty)
    let found = Set(Self.aligner.align(plan).mentions.compactMap { $0.match?.id })
    let correct = Double(found.intersection(expected).count)
    let precision = found.isEmpty ? 0 : correct / Double(found.count)
    let recall = correct / Double(expected.count)
    print("campaigns \(plan.id): precision \(precision), recall \(recall)")
    #expect(precision >= 0.95, "extra: \(found.subtracting(expected).sorted())")
    #expect(recall >= 0.95, "missing: \(expected.subtracting(found).sorted())")
  }

  /// The campaign matrix's marks: a plan's first mention matched to each campaign, in source
  /// order; its totals add up to the plans' own counts (`campaigns_named` in plans.csv).
  @Test func theMatrixMarksEachPlansFirstMentionOfACampaign() throws {
    let aligned = try Self.planFiles.map { Self.aligner.align(try TestSupport.seedPlan($0)) }
    let coverage = AlignmentReports.coverage(aligned, taxonomy: Self.aligner.campaigns.taxonomy)
    #expect(coverage.map(\.marks.namedCount).reduce(0, +) == aligned.map(\.campaignsNamed).reduce(0, +))
    #expect(coverage.map(\.marks.namedCount) == coverage.map(\.marks.namedCount).sorted(by: >))
    for (entry, marks) in coverage {
      #expect(marks.count == aligned.count)
      for (plan, mark) in zip(aligned, marks) {
        let first = plan.plan.mentions.indices.first { plan.mentions[$0].match?.id == entry.id }
        #expect(mark?.location == first.map { plan.plan.mentions[$0].location })
        #expect(mark?.text == first.map { plan.plan.mentions[$0].text })
      }
    }
  }

  @Test(arguments: planFiles)
  func taskIDsMeetPrecisionAndRecall(file: String) throws {
    let plan = try TestSupport.seedPlan(file)
    let aligned = Self.aligner.align(plan)
    let labels = try Self.fixture("tasks.csv").filter { $0["plan_id"] == plan.id }
    #expect(labels.count == plan.items.count, "every item of \(plan.id) is labelled")
    var truePositives = 0, predicted = 0, relevant = 0
    var wrong: [String] = []
    for label in labels {
      let line = Int(label["line"] ?? "") ?? 0
      let start = label["task_start"] ?? ""
      guard let index = plan.items.firstIndex(where: { $0.location.line == line && $0.task.hasPrefix(start) }) else {
        Issue.record("no item at \(plan.id):\(line) starting “\(start)”")
        continue
      }
      let expectedID = label["task_id"] ?? ""
      let actual = aligned.items[index].match?.id ?? Taxonomy.otherID
      if actual != Taxonomy.otherID { predicted += 1 }
      if expectedID != Taxonomy.otherID { relevant += 1 }
      if actual == expectedID && actual != Taxonomy.otherID { truePositives += 1 }
      if actual != expectedID { wrong.append("\(line): \(actual) (expected \(expectedID))") }
    }
    let precision = predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    let recall = relevant == 0 ? 1 : Double(truePositives) / Double(relevant)
    print("tasks \(plan.id): precision \(precision), recall \(recall); differing: \(wrong)")
    #expect(precision >= 0.9, "\(wrong)")
    #expect(recall >= 0.9, "\(wrong)")
  }
}
