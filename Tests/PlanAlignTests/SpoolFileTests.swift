import Foundation
import Testing

@testable import PlanAlign

/// A run keeps its plans' quoted lines, and the page's data until compressed, in a file with no
/// name; what reports read back must be what they would have had in memory.
@Suite struct SpoolFileTests {
  static let seeds = ["dong-da-2025.txt", "hoang-mai-2021.txt", "long-bien-2024.txt", "long-khanh-2024.txt", "thanh-xuan-2024.txt"]

  static func read(_ file: String, spool: SpoolFile?) throws -> Plan {
    let url = TestSupport.dataDirectory.appendingPathComponent("plans").appendingPathComponent(file)
    return try PlanIngestor(gazetteer: TestSupport.gazetteer, excerpts: spool).ingest(contentsOf: url, file: file)
  }

  @Test(arguments: seeds)
  func aSpooledPlanQuotesWhatAHeldOneQuotes(_ file: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let spool = try SpoolFile(directory: folder)
    let held = try Self.read(file, spool: nil)
    let spooled = try Self.read(file, spool: spool)
    let lines = Set(held.items.map(\.location.line) + held.mentions.map(\.location.line))
    #expect(!lines.isEmpty)
    for line in lines.sorted() {
      #expect(!held.lineExcerpt(line).isEmpty, "\(file):\(line)")
      #expect(spooled.lineExcerpt(line) == held.lineExcerpt(line), "\(file):\(line)")
      #expect(spooled.sourceReference(line) == held.sourceReference(line), "\(file):\(line)")
    }
    #expect(spooled == held)
    // The spool's file has no name: nothing is left in its folder, during the run or after.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func plansReadTogetherEachGetTheirOwnLines() async throws {
    let spool = try SpoolFile(directory: try TestSupport.temporaryDirectory())
    let files = Array(repeating: Self.seeds, count: 6).flatMap { $0 }
    let plans = try await withThrowingTaskGroup(of: (Int, Plan).self) { group in
      for (index, file) in files.enumerated() {
        group.addTask { (index, try Self.read(file, spool: spool)) }
      }
      var plans = [Plan?](repeating: nil, count: files.count)
      for try await (index, plan) in group { plans[index] = plan }
      return plans.compactMap { $0 }
    }
    for (file, plan) in zip(files, plans) {
      #expect(plan == (try Self.read(file, spool: nil)), "\(file)")
    }
  }

  @Test func aPageWhoseDataWaitedInTheSpoolIsThePageWrittenFromMemory() throws {
    // 30 wards: the compact page, whose detail tables are data the script expands.
    var input = ScaledCorpus.input(Array(ScaledCorpus.hanoiWards.prefix(30)))
    let labels = ReportLabels.forLanguage("vi")
    var fromMemory = ""
    ComparisonPage.write(input, labels: labels, to: &fromMemory)
    input.spool = try SpoolFile(directory: try TestSupport.temporaryDirectory())
    var spooled = ""
    ComparisonPage.write(input, labels: labels, to: &spooled)
    #expect(fromMemory.contains("data-encoding=\"gzip\""))
    #expect(spooled == fromMemory)
  }

  @Test func dataTablesGoToTheSpoolAndComeBackWhole() throws {
    let spool = try SpoolFile(directory: try TestSupport.temporaryDirectory())
    func data(_ spool: SpoolFile?) -> [PageData.Part] {
      var data = PageData(spool: spool)
      data.beginTable()
      for row in 0..<5_000 { data.addRow(["\(data.string("Hội nghị tổng kết \(row % 7)"))", "\(row)"]) }
      data.endTable(id: "items", columns: [.init(label: "Nhiệm vụ", kind: "t"), .init(label: "Dòng", kind: "n")])
      return data.finish()
    }
    let spooled = data(spool), held = data(nil)
    #expect(spooled.contains { if case .spooled = $0 { return true } else { return false } })
    #expect(!held.contains { if case .spooled = $0 { return true } else { return false } })
    #expect(PageData.gzip(spooled) == PageData.gzip(held))
    #expect(PageData.gzip(held) != nil)
  }

  @Test func aSpoolNeedsAFolderItCanWriteIn() {
    let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
    #expect(throws: (any Error).self) { try SpoolFile(directory: missing) }
  }
}
