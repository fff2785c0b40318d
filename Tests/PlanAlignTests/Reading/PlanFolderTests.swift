import Foundation
import Testing

@testable import PlanAlign

/// What a run does with a plans folder as staff fill it: subfolders, files of other kinds,
/// Office lock files, and nothing at all.
@Suite struct PlanFolderTests {
  @Test func everyFileIsReadOrReportedAndTheRestGoThrough() async throws {
    let data = try TestSupport.dataDirectory(plans: [
      ("report.xlsx", Data("PK\u{03}\u{04}".utf8)),
      ("photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0])),
      ("~$long-khanh-2024.docx", Data([0x00])),
      (".DS_Store", Data([0x00])),
    ])
    let plans = data.appendingPathComponent("plans")
    try FileManager.default.createDirectory(at: plans.appendingPathComponent("2024"), withIntermediateDirectories: true)
    try TestSupport.seedData("long-khanh-2024.txt").write(to: plans.appendingPathComponent("2024/long-khanh-2024.txt"))
    let out = try TestSupport.temporaryDirectory()
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    #expect(summary.plans.map(\.sourceFile) == ["2024/long-khanh-2024.txt"])
    #expect(summary.failures.map(\.errorDescription) == [
      "photo.jpg: unsupported format (.jpg); plans are read from .docx, .doc, .odt, .rtf, .pdf and text files",
      "report.xlsx: unsupported format (.xlsx); plans are read from .docx, .doc, .odt, .rtf, .pdf and text files",
    ])
    let notes = summary.diagnostics.filter { $0.severity == .note && $0.message.hasPrefix("skipped") }.map(\.file)
    #expect(notes == [".DS_Store", "~$long-khanh-2024.docx"])
    let warnings = try String(contentsOf: out.appendingPathComponent("warnings.csv"), encoding: .utf8)
    #expect(warnings.contains("report.xlsx: unsupported format (.xlsx)"))
  }

  @Test func aFolderWithNoPlanLeavesThePreviousReportsAlone() async throws {
    let data = try TestSupport.dataDirectory(plans: [("notes.xlsx", Data("PK".utf8))])
    let out = try TestSupport.temporaryDirectory()
    try Data("previous".utf8).write(to: out.appendingPathComponent("plans.csv"))
    await #expect(throws: RunError.self) { try await RunJob(dataDirectory: data, outputDirectory: out).run() }
    #expect(try String(contentsOf: out.appendingPathComponent("plans.csv"), encoding: .utf8) == "previous")
    do {
      _ = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    } catch {
      #expect(error.localizedDescription.hasSuffix("no plan was read (none of its files could be read as a plan); the previous reports are left unchanged"))
    }
  }

  @Test func theCommandExitsOneWhenNoPlanIsRead() throws {
    let data = try TestSupport.dataDirectory(plans: [])
    let out = try TestSupport.temporaryDirectory()
    let result = try TestSupport.run(CommandLineTests.executable, ["run", "--data", data.path, "--out", out.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no plan was read (it holds no plan files)"))
  }
}
