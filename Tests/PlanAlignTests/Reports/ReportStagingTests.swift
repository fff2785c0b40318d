import Foundation
import Testing

@testable import PlanAlign

/// A report a library writes in two steps (the workbook: sheets, then the close that compresses
/// them on a thread of its own): written when both steps succeed, and otherwise the run's one
/// error names the report in the output folder, the other reports untouched.
@Suite struct ReportStagingTests {
  struct Failure: Error, LocalizedError {
    var errorDescription: String? { "disk full" }
  }

  @Test(arguments: [
    (failsToStart: false, failsToFinish: false),
    (failsToStart: true, failsToFinish: false),
    (failsToStart: false, failsToFinish: true),
  ])
  func aFileFinishedOnItsOwnThreadIsWrittenOrNamesItsFailure(failsToStart: Bool, failsToFinish: Bool) throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("Reports")
    let staging = try ReportStaging(directory: out, names: ["plans.csv", "planalign.xlsx"])
    var outcome: Result<Void, ReportError> = .success(())
    do {
      let finishing = try staging.fileInBackground("planalign.xlsx") { path in
        FileManager.default.createFile(atPath: path, contents: Data("sheets".utf8))
        if failsToStart { throw Failure() }
        return {
          if failsToFinish { throw Failure() }
          let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
          try handle.seekToEnd()
          try handle.write(contentsOf: Data(" closed".utf8))
          try handle.close()
        }
      }
      try staging.stream("plans.csv") { $0.write("plan_id\r\n") }
      try finishing.wait()
    } catch {
      outcome = .failure(error)
    }
    let failed = failsToStart || failsToFinish
    #expect((try? outcome.get()) == nil ? failed : !failed)
    if case .failure(let error) = outcome {
      #expect(error == .cannotWrite(path: out.appendingPathComponent("planalign.xlsx").path, reason: "disk full"))
    } else {
      try staging.commit()
      #expect(staging.written.map(\.name) == ["plans.csv", "planalign.xlsx"])
      #expect(try String(contentsOf: out.appendingPathComponent("planalign.xlsx"), encoding: .utf8) == "sheets closed")
    }
  }
}
