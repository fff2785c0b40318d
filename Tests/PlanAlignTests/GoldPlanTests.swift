import Foundation
import Testing

@testable import PlanAlign

/// Plans beyond the seeds, each with what a careful reading says it holds (`Fixtures/plans/gold/`,
/// the format of `../shared/dev-plans/`): the issuer, the campaigns, and every task with a
/// concrete time. Scored as `../shared/dev-plans/score.py` scores a run: campaigns by ID (an
/// `optional` one counts neither way), dated tasks by task ID and due date.
@Suite struct GoldPlanTests {
  static let folder = TestSupport.fixtures.appendingPathComponent("plans")

  static let plans: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
  }()

  static func gold(_ plan: String, _ file: String) throws -> [[String: String]] {
    let url = folder.appendingPathComponent("gold").appendingPathComponent(plan).appendingPathComponent(file)
    return try CSVReader.table(from: Data(contentsOf: url), source: file, required: []).rows.map(\.values)
  }

  static func read(_ name: String) throws -> (Plan, AlignedPlan) {
    let url = folder.appendingPathComponent("\(name).txt")
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(contentsOf: url, file: url.lastPathComponent)
    return (plan, ReadingSupport.aligner.align(plan))
  }

  /// Precision, recall and F1; nothing expected and nothing found is a perfect score.
  static func score(truePositives: Int, falsePositives: Int, falseNegatives: Int) -> (p: Double, r: Double, f: Double) {
    if truePositives + falsePositives + falseNegatives == 0 { return (1, 1, 1) }
    let p = truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    let r = truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
  }

  @Test func everyPlanHasItsGold() {
    #expect(Self.plans.count >= 16)
    for plan in Self.plans {
      #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("gold/\(plan)/tasks.csv").path), "\(plan)")
    }
  }

  @Test(arguments: plans)
  func metadata(_ name: String) throws {
    let (plan, _) = try Self.read(name)
    let gold = try #require(try Self.gold(name, "plans.csv").first)
    #expect(TextFolding.matchKey(plan.district) == TextFolding.matchKey(gold["district"] ?? ""))
    #expect(String(plan.year) == gold["plan_year"])
    if let province = gold["province"], !province.isEmpty {
      #expect(TextFolding.matchKey(plan.province) == TextFolding.matchKey(province))
    }
    #expect(plan.documentNumber == gold["doc_number"] ?? "")
    #expect((plan.issuedOn?.description ?? "") == gold["issued_on"] ?? "")
  }

  @Test(arguments: plans)
  func campaigns(_ name: String) throws {
    let (_, aligned) = try Self.read(name)
    let rows = try Self.gold(name, "campaigns.csv")
    let wanted = Set(rows.filter { $0["status"] == "yes" }.compactMap { $0["campaign_id"] })
    let optional = Set(rows.filter { $0["status"] == "optional" }.compactMap { $0["campaign_id"] })
    let found = Set(aligned.mentions.compactMap { $0.match?.id }).subtracting([Taxonomy.otherID])
    let extra = found.subtracting(wanted).subtracting(optional)
    let missing = wanted.subtracting(found)
    let s = Self.score(truePositives: found.intersection(wanted).count, falsePositives: extra.count, falseNegatives: missing.count)
    print("campaigns \(name): precision \(s.p), recall \(s.r), F1 \(s.f)")
    #expect(s.f >= 0.9, "missing \(missing.sorted()), extra \(extra.sorted())")
  }

  @Test(arguments: plans)
  func datedTasks(_ name: String) throws {
    let (plan, aligned) = try Self.read(name)
    let gold = try Self.gold(name, "tasks.csv")
    var used = [Bool](repeating: false, count: gold.count)
    var truePositives = 0
    var extra: [String] = []
    for ((item, outcome), parsed) in zip(zip(plan.items, aligned.items), aligned.deadlines) {
      let id = outcome.match?.id ?? Taxonomy.otherID
      for deadline in parsed.deadlines {
        guard let end = deadline.end?.description else { continue }
        let fits = { (index: Int, status: String) in
          !used[index] && gold[index]["status"] == status && gold[index]["due_end"] == end
            && (gold[index]["task_ids"] ?? "").split(separator: "|").contains(Substring(id))
        }
        if let index = gold.indices.first(where: { fits($0, "yes") }) ?? gold.indices.first(where: { fits($0, "optional") }) {
          used[index] = true
          if gold[index]["status"] == "yes" { truePositives += 1 }
        } else {
          extra.append("\(id) \(end) line \(item.location.line): \(item.task.prefix(60))")
        }
      }
    }
    let missing = gold.indices.filter { gold[$0]["status"] == "yes" && !used[$0] }
      .map { "\(gold[$0]["task_ids"] ?? "") \(gold[$0]["due_end"] ?? ""): \(gold[$0]["text"] ?? "")" }
    let s = Self.score(truePositives: truePositives, falsePositives: extra.count, falseNegatives: missing.count)
    print("dated tasks \(name): precision \(s.p), recall \(s.r), F1 \(s.f)")
    #expect(s.f >= 0.9, "missing \(missing), extra \(extra)")
  }
}
