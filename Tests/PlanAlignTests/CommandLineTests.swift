import Foundation
import Testing

@testable import PlanAlign

/// Runs the built `planalign` executable end to end.
@Suite struct CommandLineTests {
  static var executable: URL {
    // The test bundle sits beside the products in the build folder.
    var folder = Bundle.main.bundleURL
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("planalign").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("planalign")
  }

  static func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let result = try TestSupport.run(executable, arguments)
    return (result.status, result.stderr)
  }

  /// Messages are in Vietnamese unless `--lang en`; the `file:line: error:` form stays, for
  /// editors and scripts that read it.
  @Test(arguments: [
    ([String](), "empty.txt: error: tệp không có nội dung\n", "note: đã đọc 1 kế hoạch, 1 tệp lỗi",
     "dòng 132 dẫn kế hoạch là ngày 15/01/2021"),
    (["--lang", "en"], "empty.txt: error: the file is empty\n", "note: 1 plans read, 1 failed",
     "line 132 cites it as of 2021-01-15"),
  ])
  func reportsEachBadFileAsFileColonErrorAndFailsAtTheEnd(_ options: [String], _ error: String, _ summary: String, _ warning: String) throws {
    let data = try TestSupport.dataDirectory(plans: [
      ("hoang-mai-2021.txt", try TestSupport.seedData("hoang-mai-2021.txt")), ("empty.txt", Data()),
    ])
    let out = TestSupport.reportsDirectory(beside: data)
    let result = try Self.run(["run", "--data", data.path, "--out", out.path, "--no-bom"] + options)
    #expect(result.status == 1)
    #expect(result.stderr.contains(error))
    #expect(result.stderr.contains(summary))
    #expect(result.stderr.contains(warning))
    let plansCSV = try String(contentsOf: out.appendingPathComponent("plans.csv"), encoding: .utf8)
    #expect(plansCSV.hasPrefix("plan_id,district"))
    #expect(plansCSV.contains("quan-hoang-mai-2021,Hoàng Mai"))
  }

  /// A note per plan and task that most plans schedule runs to thousands of lines on a large
  /// corpus: the terminal gets one line with the count, `warnings.csv` keeps every one.
  @Test func notesThatAPlanLacksACommonTaskAreCountedInOneLine() throws {
    let data = try TestSupport.dataDirectory(plans: try ReadingSupport.seeds.map { ("\($0).txt", try TestSupport.seedData("\($0).txt")) })
    let out = TestSupport.reportsDirectory(beside: data)
    let result = try Self.run(["run", "--data", data.path, "--out", out.path])
    #expect(result.status == 0)
    let warnings = try CSVReader.table(
      from: Data(contentsOf: out.appendingPathComponent("warnings.csv")), source: "warnings.csv", required: ["code", "plan_id"])
    let gaps = warnings.rows.filter { $0.values["code"] == "coverage_gap" }
    #expect(gaps.count > 1)
    #expect(!result.stderr.contains("plans schedule “"))
    let plans = Set(gaps.map { $0.values["plan_id"] ?? "" }).count
    #expect(result.stderr.contains(
      "note: \(gaps.count) lần một kế hoạch thiếu nhiệm vụ mà đa số kế hoạch có lịch, ở \(plans) kế hoạch (coverage_gap trong warnings.csv)\n"))
  }

  @Test func aMissingDataFolderIsOneClearError() throws {
    let result = try Self.run(["run", "--data", "/nonexistent/Data", "--out", "/tmp/planalign-unused"])
    #expect(result.status == 1)
    #expect(result.stderr == "error: /nonexistent/Data/units.csv: cannot read the file\n")
  }

  @Test func terminalEscapesAndNewlinesInNamesAndPlanTextArePrintedEscaped() throws {
    let body = "STT\tNội dung\tThời gian\n1\tTập huấn nghiệp vụ\t\u{1B}]0;pwned\u{07}\u{1B}[2JSau Tết"
    let data = try TestSupport.dataDirectory(plans: [
      ("bad\nname.txt", Data()), ("plan.txt", Data(TestSupport.minimalPlan(body: body).utf8)),
    ])
    let result = try Self.run(["run", "--data", data.path, "--out", TestSupport.reportsDirectory(beside: data).path])
    #expect(result.status == 1)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{07}"))
    #expect(result.stderr.contains("bad\\u{a}name.txt: error: tệp không có nội dung\n"))
    // One line per diagnostic: the newline in the name cannot forge a second one.
    #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("name.txt") })
  }
}
