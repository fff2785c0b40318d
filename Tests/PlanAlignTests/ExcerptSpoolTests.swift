import Foundation
import Testing

@testable import PlanAlign

/// A run keeps its plans' quoted lines in a temporary file; what reports read back must be what
/// a plan holding them in memory gives.
@Suite struct ExcerptSpoolTests {
  static let seeds = ["dong-da-2025.txt", "hoang-mai-2021.txt", "long-bien-2024.txt", "long-khanh-2024.txt", "thanh-xuan-2024.txt"]

  static func read(_ file: String, spool: ExcerptSpool?) throws -> Plan {
    let url = TestSupport.dataDirectory.appendingPathComponent("plans").appendingPathComponent(file)
    return try PlanIngestor(gazetteer: TestSupport.gazetteer, excerpts: spool).ingest(contentsOf: url, file: file)
  }

  @Test(arguments: seeds)
  func aSpooledPlanQuotesWhatAHeldOneQuotes(_ file: String) throws {
    let folder = try TestSupport.temporaryDirectory()
    let spool = try ExcerptSpool(directory: folder)
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
    let spool = try ExcerptSpool(directory: try TestSupport.temporaryDirectory())
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

  @Test func aSpoolNeedsAFolderItCanWriteIn() {
    let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
    #expect(throws: (any Error).self) { try ExcerptSpool(directory: missing) }
  }
}
