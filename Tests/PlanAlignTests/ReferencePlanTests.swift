import Foundation
import Testing

@testable import PlanAlign

/// A province's plan is the reference for its units' plans of the same year; `--reference`
/// takes a plan file as well as a CSV.
@Suite struct ReferencePlanTests {
  static let fixtures = TestSupport.fixtures.appendingPathComponent("plans")

  static func fixture(_ name: String) throws -> (String, Data) {
    (name, try Data(contentsOf: fixtures.appendingPathComponent(name)))
  }

  /// xã Tân Yên's 2026 schedule against tỉnh Bắc Ninh's, as the two plans write them: Tân Yên
  /// issues its plan in “Tháng 01/2026” as the province asks (by the end of January in both),
  /// trains its staff in “Tháng 5/2026” where the province trains in May–June, and inspects
  /// in “Quý IV/2026” where the province's inspections are in “Tháng 9 – 10”.
  static let expected: [String: (delta: Int, status: String)] = [
    "plan_issuance": (0, "same_day"), "training": (-30, "earlier"), "inspection": (61, "later"),
  ]

  static func check(_ timing: [TimingRow], reference: String) {
    let tanYen = timing.filter { $0.planID == "xa-tan-yen-bac-ninh-2026" }
    for (task, expected) in Self.expected {
      let row = tanYen.first { $0.taskID == task }
      #expect(row?.referenceDeltaDays == expected.delta, "\(task)")
      #expect(row?.referenceStatus == expected.status, "\(task)")
      #expect(row?.referenceName == reference, "\(task)")
    }
  }

  @Test func aProvincesPlanInTheCorpusIsTheReferenceForItsUnits() async throws {
    let data = try TestSupport.dataDirectory(plans: [
      try Self.fixture("bac-ninh-2026.txt"), try Self.fixture("tan-yen-2026.txt"), try Self.fixture("bach-mai-2026.txt"),
    ])
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    Self.check(summary.timing, reference: "tỉnh Bắc Ninh 2026")
    // The province is not compared with itself, nor a Hà Nội ward with Bắc Ninh.
    #expect(summary.timing.filter { $0.planID != "xa-tan-yen-bac-ninh-2026" }.allSatisfy { $0.referenceDeltaDays == nil })
    let csv = try String(contentsOf: TestSupport.reportsDirectory(beside: data).appendingPathComponent("timing.csv"), encoding: .utf8)
    #expect(csv.contains(",2026-12-31,") && csv.contains(",2026-10-31,61,later,tỉnh Bắc Ninh 2026"))
  }

  @Test func referenceTakesAPlanFile() async throws {
    let data = try TestSupport.dataDirectory(plans: [try Self.fixture("tan-yen-2026.txt"), try Self.fixture("bach-mai-2026.txt")])
    let job = RunJob(
      dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data),
      referenceFile: Self.fixtures.appendingPathComponent("bac-ninh-2026.txt"))
    let summary = try await job.run()
    Self.check(summary.timing, reference: "tỉnh Bắc Ninh 2026")
  }

  /// Found on 7,000 generated plans: a province plan that names a task type only without a
  /// date (“Thường xuyên”) stopped the run. That type sets no reference; the dated ones do.
  @Test func aTaskTypeTheProvinceNeverDatesSetsNoReference() throws {
    let text = """
      UBND TỈNH BẮC NINH
      Số: 02/KH-UBND
      Bắc Ninh, ngày 10 tháng 01 năm 2026

      KẾ HOẠCH
      Công tác thi đua, khen thưởng năm 2026

      III. TIẾN ĐỘ THỰC HIỆN
      STT\tNội dung\tThời gian
      1\tTập huấn nghiệp vụ công tác thi đua, khen thưởng cho cán bộ cấp xã\tThường xuyên
      2\tSơ kết công tác thi đua, khen thưởng 6 tháng đầu năm\tTháng 6/2026
      """
    let plan = try TestSupport.plan(text, file: "bac-ninh.txt")
    #expect(plan.unitLevel == "province")
    let reference = ReferenceSchedule(plan: AlignmentTests.aligner.align(plan))
    #expect(reference.due["training"] == nil)
    #expect(reference.dueDate(for: "midyear_review", planYear: 2026) == CalendarDate(year: 2026, month: 6, day: 30))
  }

  @Test func aReferenceThatIsNotAPlanIsOneClearError() async throws {
    let data = try TestSupport.dataDirectory(plans: [try Self.fixture("tan-yen-2026.txt")])
    let notAPlan = try TestSupport.temporaryDirectory().appendingPathComponent("lich.txt")
    try Data("Lịch công tác tháng 3".utf8).write(to: notAPlan)
    let job = RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data), referenceFile: notAPlan)
    await #expect(throws: RunError.self) { try await job.run() }
    do {
      _ = try await job.run()
    } catch {
      #expect(error.localizedDescription.hasPrefix("--reference \(notAPlan.path): not a plan: "))
    }
  }
}
