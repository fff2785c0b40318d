import Foundation
import Testing

@testable import PlanAlign

/// The reports folder always holds one complete set of reports, and options that would
/// overwrite other files are refused.
@Suite struct ReportSafetyTests {
  /// Every visible file of a folder and its bytes.
  static func snapshot(_ folder: URL) -> [String: Data] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var files: [String: Data] = [:]
    for name in names where !name.hasPrefix(".") {
      files[name] = try? Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  static func data(_ seeds: [String]) throws -> URL {
    try TestSupport.dataDirectory(plans: seeds.map { ($0, try TestSupport.seedData($0)) })
  }

  @Test func theDataFolderOrAFolderInsideItIsNeverTheOutput() async throws {
    let data = try Self.data(["long-khanh-2024.txt"])
    let before = Self.snapshot(data.appendingPathComponent("taxonomy"))
    for out in [data, data.appendingPathComponent("taxonomy"), data.appendingPathComponent("Reports"), data.appendingPathComponent("plans/../x")] {
      await #expect(throws: RunError.self) { try await RunJob(dataDirectory: data, outputDirectory: out).run() }
    }
    #expect(Self.snapshot(data.appendingPathComponent("taxonomy")) == before)
  }

  @Test func aFolderWithOtherFilesIsRefusedAndLeftAlone() async throws {
    let data = try Self.data(["long-khanh-2024.txt"])
    let out = TestSupport.reportsDirectory(beside: data)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("minutes".utf8).write(to: out.appendingPathComponent("minutes.docx"))
    await #expect(throws: ReportError.self) { try await RunJob(dataDirectory: data, outputDirectory: out).run() }
    #expect(Self.snapshot(out) == ["minutes.docx": Data("minutes".utf8)])
  }

  @Test func leftoversOfAKilledRunAreRemoved() async throws {
    let data = try Self.data(["long-khanh-2024.txt"])
    let out = TestSupport.reportsDirectory(beside: data)
    let leftover = out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).new-99999")
    try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
    _ = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    #expect(Self.snapshot(out).keys.contains("plans.csv"))
  }

  /// Kills the tool at several moments while it reads and writes, and checks the folder each
  /// time: the complete old set or the complete new set.
  @Test func killedAtAnyMomentTheFolderIsTheOldSetOrTheNewSet() throws {
    let small = try Self.data(["long-khanh-2024.txt"])
    let large = try Self.data(ReadingSupport.seeds.map { "\($0).txt" })
    let out = TestSupport.reportsDirectory(beside: large)
    let newSet = TestSupport.reportsDirectory(beside: small).deletingLastPathComponent().appendingPathComponent("new-set-\(UUID().uuidString)")
    #expect(try CommandLineTests.run(["run", "--data", large.path, "--out", newSet.path]).status == 0)
    let expectedNew = Self.snapshot(newSet)
    var sawOld = false, sawNew = false
    for delay in [0.05, 0.3, 0.6, 0.9, 1.2, 1.6, 2.0, 2.6] {
      #expect(try CommandLineTests.run(["run", "--data", small.path, "--out", out.path]).status == 0)
      let expectedOld = Self.snapshot(out)
      let process = Process()
      process.executableURL = CommandLineTests.executable
      process.arguments = ["run", "--data", large.path, "--out", out.path]
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = Self.snapshot(out)
      #expect(now == expectedOld || now == expectedNew, "after \(delay) s: \(now.keys.sorted())")
      sawOld = sawOld || now == expectedOld
      sawNew = sawNew || now == expectedNew
    }
    #expect(sawOld)
  }

  @Test func twoRunsOnOneFolderTakeTurns() throws {
    let small = try Self.data(["long-khanh-2024.txt"])
    let large = try Self.data(ReadingSupport.seeds.map { "\($0).txt" })
    let out = TestSupport.reportsDirectory(beside: large)
    let processes = [small, large].map { data -> Process in
      let process = Process()
      process.executableURL = CommandLineTests.executable
      process.arguments = ["run", "--data", data.path, "--out", out.path]
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in processes { try process.run() }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let final = Self.snapshot(out)
    let plans = String(decoding: final["plans.csv"] ?? Data(), as: UTF8.self)
    let planRows = plans.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
    #expect(planRows == 1 || planRows == 5, "\(plans)")
    #expect(Set(final.keys) == [
      "campaign_matrix.csv", "campaigns.csv", "index.html", "items.csv", "mentions.csv", "planalign.xlsx", "plans.csv",
      "tasks.csv", "timing.csv", "timing_yoy.csv", "unmatched.csv", "warnings.csv",
    ])
  }
}
