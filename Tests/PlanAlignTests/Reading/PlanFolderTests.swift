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
    let notes = summary.diagnostics.filter { $0.severity == .note && $0.message.en.hasPrefix("skipped") }.map(\.file)
    #expect(notes == [".DS_Store", "~$long-khanh-2024.docx"])
    let warnings = try String(contentsOf: out.appendingPathComponent("warnings.csv"), encoding: .utf8)
    // warnings.csv speaks the run's language, Vietnamese by default.
    #expect(warnings.contains("report.xlsx: định dạng không đọc được (tệp .xlsx)"))
  }

  /// A plan saved on an old Windows machine under a Windows-1258 file name (“kế hoạch” as
  /// bytes that are not UTF-8): Foundation reads such names lossily and could never open
  /// them. It is read, reported under its name with the odd bytes written `\xHH`, and the
  /// link made to reach it is gone after the run.
  @Test func aFileNameThatIsNotUTF8IsReadAndShownEscaped() async throws {
    let data = try TestSupport.dataDirectory(plans: [])
    let plans = data.appendingPathComponent("plans")
    let utf8Name = plans.appendingPathComponent("plan.txt")
    try TestSupport.seedData("long-khanh-2024.txt").write(to: utf8Name)
    let legacyName = Array(plans.path.utf8) + Array("/k\u{E9} ho\u{E1}ch 2024.txt".unicodeScalars.map { UInt8($0.value) })
    let renamed = (legacyName + [0]).withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { rename(utf8Name.path, $0.baseAddress!) == 0 }
    }
    #expect(renamed)
    let out = try TestSupport.temporaryDirectory()
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    #expect(summary.plans.map(\.sourceFile) == ["k\\xE9 ho\\xE1ch 2024.txt"])
    #expect(summary.plans.first?.district == "Long Khánh")
    let links = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
      .filter { $0.hasPrefix("planalign-names-\(ProcessInfo.processInfo.processIdentifier)-") }
    #expect(links.isEmpty)
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
