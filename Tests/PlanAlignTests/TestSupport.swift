import Foundation
import Testing

@testable import PlanAlign

/// Shared paths and loaders for the tests.
enum TestSupport {
  /// The repository root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let dataDirectory = root.appendingPathComponent("Data")
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The committed gazetteer, loaded once.
  static let gazetteer: Gazetteer = {
    let url = dataDirectory.appendingPathComponent("units.csv")
    // The gazetteer is part of the repository; a failure here is a broken checkout.
    return try! Gazetteer.load(try! Data(contentsOf: url), source: "units.csv")
  }()

  /// Reads one of the seed plans from `Data/plans/`.
  static func seedPlan(_ file: String) throws -> Plan {
    let url = dataDirectory.appendingPathComponent("plans").appendingPathComponent(file)
    return try PlanIngestor(gazetteer: gazetteer).ingest(contentsOf: url, file: file)
  }

  /// Reads plan text given inline.
  static func plan(_ text: String, file: String = "fixture.txt") throws -> Plan {
    try PlanIngestor(gazetteer: gazetteer).ingest(text: text, file: file)
  }

  /// A fresh temporary folder, inside ``temporaryRoot``.
  static func temporaryDirectory() throws -> URL {
    let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The folder holding every temporary folder of this test process (`planalign-tests-PID` in
  /// the system's temporary folder), removed when the process ends: a full test run makes
  /// hundreds of data and reports folders, and they must not pile up in `/tmp`.
  static let temporaryRoot: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("planalign-tests-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: url)
    atexit { try? FileManager.default.removeItem(at: TestSupport.temporaryRoot) }
    return url
  }()

  /// A reports folder beside a data folder (never inside it: see `RunError.outputInsideData`).
  static func reportsDirectory(beside data: URL) -> URL {
    data.deletingLastPathComponent().appendingPathComponent(data.lastPathComponent + "-Reports")
  }

  /// A temporary data folder with the committed gazetteer and taxonomy and the given plans.
  static func dataDirectory(plans: [(name: String, data: Data)]) throws -> URL {
    let folder = try temporaryDirectory()
    let manager = FileManager.default
    for name in ["units.csv", "crosswalk.csv"] {
      try manager.copyItem(at: dataDirectory.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    try manager.copyItem(at: dataDirectory.appendingPathComponent("taxonomy"), to: folder.appendingPathComponent("taxonomy"))
    let planFolder = folder.appendingPathComponent("plans")
    try manager.createDirectory(at: planFolder, withIntermediateDirectories: true)
    for plan in plans { try plan.data.write(to: planFolder.appendingPathComponent(plan.name)) }
    return folder
  }

  /// The bytes of a seed plan.
  static func seedData(_ file: String) throws -> Data {
    try Data(contentsOf: dataDirectory.appendingPathComponent("plans").appendingPathComponent(file))
  }

  /// A minimal plan in the seeds' shape for a district and year, with `body` as its numbered
  /// content; the body starts on line 12.
  static func minimalPlan(district: String = "Hoàn Kiếm", year: Int = 2024, body: String) -> String {
    """
    Số: 12/KH-UBND

    \(district), ngày 05 tháng 01 năm \(year)

    KẾ HOẠCH
    Công tác thi đua, khen thưởng năm \(year)

    UBND quận \(district) ban hành Kế hoạch công tác thi đua, khen thưởng năm \(year).

    I. NỘI DUNG

    \(body)

    Nơi nhận:
    - Như trên;

    CHỦ TỊCH

    Trần Văn An
    """
  }

  /// Runs a program and returns its exit status, standard output and standard error.
  static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let output = Pipe()
    // Standard error goes to a file, so a program that writes a lot to it cannot block
    // while standard output is read.
    let errorFile = try temporaryDirectory().appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = output
    process.standardError = errorHandle
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    let stderr = try Data(contentsOf: errorFile)
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
  }
}

extension Message {
  /// The English text, which the tests that pin wording compare.
  var en: String { text(.en) }
}
