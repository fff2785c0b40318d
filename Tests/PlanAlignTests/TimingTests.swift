import Foundation
import Testing

@testable import PlanAlign

@Suite struct TimingTests {
  static func seedRun() async throws -> RunJob.Summary {
    try await RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: TestSupport.temporaryDirectory()).run()
  }

  @Test func datedTasksMeetPrecisionAndRecall() async throws {
    let summary = try await Self.seedRun()
    let expectedRows = try AlignmentTests.fixture("dated_tasks.csv")
    for aligned in summary.aligned {
      var expected: [String: Int] = [:]
      for row in expectedRows where row["plan_id"] == aligned.plan.id {
        expected["\(row["task_id"] ?? "") \(row["due_end"] ?? "")", default: 0] += 1
      }
      var found: [String: Int] = [:]
      for index in aligned.plan.items.indices where aligned.taskID(index) != Taxonomy.otherID {
        for deadline in aligned.deadlines[index].deadlines {
          guard let end = deadline.end else { continue }
          found["\(aligned.taskID(index)) \(end)", default: 0] += 1
        }
      }
      let hits = expected.reduce(0) { $0 + min($1.value, found[$1.key] ?? 0) }
      let precision = Double(hits) / Double(max(1, found.values.reduce(0, +)))
      let recall = Double(hits) / Double(max(1, expected.values.reduce(0, +)))
      print("dated tasks \(aligned.plan.id): precision \(precision), recall \(recall)")
      #expect(precision >= 0.9, "\(aligned.plan.id) found \(found) expected \(expected)")
      #expect(recall >= 0.9, "\(aligned.plan.id) found \(found) expected \(expected)")
    }
  }

  @Test func yearEndConferencesLineUpAcrossDistrictsAndYears() async throws {
    let rows = try await Self.seedRun().timing.filter { $0.taskID == "year_review_conference" }
    let summary = rows.map { "\($0.planID) \($0.dueEnd) day \($0.dayOfYear) Δ\(Int($0.deltaDays)) \($0.flags.joined())" }
    // Hoàng Mai: before 28/02/2021 (and the preparation before 10/02); Long Biên: before
    // 15/03/2024; Long Khánh: quarter I 2024 (two items). Median of the plans' medians:
    // Hoàng Mai 50, Long Biên 74, Long Khánh 90 → 74.
    #expect(summary == [
      "quan-hoang-mai-2021 2021-02-10 day 41 Δ-33 early",
      "quan-hoang-mai-2021 2021-02-28 day 59 Δ-15 ",
      "quan-long-bien-2024 2024-03-15 day 74 Δ0 ",
      "thanh-pho-long-khanh-2024 2024-03-31 day 90 Δ16 ",
      "thanh-pho-long-khanh-2024 2024-03-31 day 90 Δ16 ",
    ])
    #expect(rows.allSatisfy { $0.medianDay == 74 })
  }

  @Test(arguments: [
    ("2024-01-01", 2024, 1), ("2024-02-28", 2024, 59), ("2024-02-29", 2024, 59), ("2024-03-01", 2024, 60),
    ("2021-03-01", 2021, 60), ("2024-12-31", 2024, 365), ("2021-12-31", 2021, 365), ("2024-01-15", 2025, -350),
  ])
  func dayOfYearComparesLeapAndCommonYears(date: String, planYear: Int, day: Int) {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    let value = CalendarDate(year: parts[0], month: parts[1], day: parts[2])!
    #expect(Timing.dayOfYear(value, planYear: planYear) == day)
  }

  @Test func lintsFromTheSchedule() async throws {
    let summary = try await Self.seedRun()
    func codes(_ id: String) -> [String] { summary.plans.first { $0.id == id }?.warnings.map { "\($0.code)@\($0.line ?? 0)" } ?? [] }
    #expect(codes("quan-dong-da-2025").contains("deadline_outside_plan_year@134"))
    #expect(codes("quan-hoang-mai-2021").contains("issue_date_inconsistent@132"))
    #expect(codes("quan-thanh-xuan-2024").contains("coverage_gap@0"))
    #expect(!codes("thanh-pho-long-khanh-2024").contains { $0.hasPrefix("deadline") })
  }

  /// A line citing the plan's own number with another date is flagged, however its digits are
  /// written (full-width digits fold to ASCII); the same date, or another plan's number, is not.
  @Test(arguments: [
    ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND quận)", true),
    ("(Kèm theo Kế hoạch số １２/KH-UBND ngày 15/01/2024 của UBND quận)", true),
    ("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND quận)", false),
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 15/01/2024 của Ủy ban nhân dân Thành phố", false),
  ])
  func aLineCitingThePlanWithAnotherDateIsFlagged(_ line: String, flagged: Bool) throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: "- Tổ chức tập huấn nghiệp vụ thi đua.\n\n" + line))
    #expect(plan.issuedOn == CalendarDate(year: 2024, month: 1, day: 5))
    #expect(plan.warnings.contains { $0.code == "issue_date_inconsistent" } == flagged)
  }

  @Test func yearOverYearAndReferenceViews() async throws {
    let data = try TestSupport.dataDirectory(plans: [
      ("a.txt", Data(TestSupport.minimalPlan(district: "Hoàn Kiếm", year: 2023, body: "- Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày 20/02/2023.\n\n- Tổ chức tập huấn nghiệp vụ thi đua trước ngày 30/5/2023.").utf8)),
      ("b.txt", Data(TestSupport.minimalPlan(district: "Hoàn Kiếm", year: 2024, body: "- Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày 15/3/2024.\n\n- Tổ chức tập huấn nghiệp vụ thi đua trước ngày 30/4/2024.").utf8)),
      ("c.txt", Data(TestSupport.minimalPlan(district: "Ba Đình", year: 2024, body: "- Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày 01/3/2024.\n\n- Các đơn vị đăng ký thi đua trước ngày 10/02/2024.\n\n- Sửa đổi, bổ sung quy chế thi đua trong tháng 12/2024.").utf8)),
    ])
    let reference = data.appendingPathComponent("reference.csv")
    try Data("task_id,due_end\nyear_review_conference,03-01\ntraining,2024-05-15\n".utf8).write(to: reference)
    let out = TestSupport.reportsDirectory(beside: data)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out, toleranceDays: 10, referenceFile: reference).run()

    let conference = summary.timing.filter { $0.taskID == "year_review_conference" }
    #expect(conference.map(\.dayOfYear) == [60, 51, 74])
    #expect(conference.map(\.planID) == ["quan-ba-dinh-2024", "quan-hoan-kiem-2023", "quan-hoan-kiem-2024"])
    #expect(conference.map { $0.referenceDeltaDays ?? 99 } == [0, -9, 14])
    #expect(conference.map { $0.flags.joined(separator: ";") } == ["", "", "late;after_reference"])
    let training = summary.timing.filter { $0.taskID == "training" }
    // Days 150 and 120, median 135: both 15 days out with a 10-day tolerance. The reference
    // is a full date in 2024, so the 2023 plan is a year earlier than it.
    #expect(training.map(\.planID) == ["quan-hoan-kiem-2023", "quan-hoan-kiem-2024"])
    #expect(training.map { $0.flags.joined(separator: ";") } == ["late", "early"])
    #expect(training.map { $0.referenceDeltaDays ?? 99 } == [-350, -15])
    #expect(!summary.timing.contains { $0.taskID == "registration" }, "only one plan schedules registration")

    let yoy = Timing.yearOverYear(summary.timing)
    #expect(yoy.map { "\($0.district) \($0.taskID) \($0.planYear) \($0.yoyDeltaDays.map { String(Int($0)) } ?? "-")" } == [
      "Hoàn Kiếm year_review_conference 2023 -", "Hoàn Kiếm year_review_conference 2024 23",
      "Hoàn Kiếm training 2023 -", "Hoàn Kiếm training 2024 -30",
    ])
    let timingCSV = try String(contentsOf: out.appendingPathComponent("timing.csv"), encoding: .utf8)
    #expect(timingCSV.contains("reference_delta_days"))
  }

  /// Phường Long Biên (2026) took over part of Quận Long Biên: its plan is set beside the
  /// district's 2024 plan in the year-over-year view, marked partial; Phường Bồ Đề, wholly
  /// from the district, is marked full; Quận Hoàn Kiếm's plan is no predecessor of either.
  @Test func aNewWardIsComparedWithTheDistrictItReplaced() async throws {
    func ward(_ name: String, day: String) -> Data {
      Data("""
        ỦY BAN NHÂN DÂN
        PHƯỜNG \(name.uppercased())

        Số: 05/KH-UBND

        \(name), ngày 12 tháng 01 năm 2026

        KẾ HOẠCH
        Công tác thi đua, khen thưởng năm 2026

        I. NỘI DUNG

        - Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày \(day)/2026.

        Nơi nhận:
        - Như trên;

        CHỦ TỊCH

        Nguyễn Văn Hải
        """.utf8)
    }
    let data = try TestSupport.dataDirectory(plans: [
      ("quan-long-bien-2024.txt", Data(TestSupport.minimalPlan(district: "Long Biên", year: 2024, body: "- Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày 15/3/2024.").utf8)),
      ("hoan-kiem-2024.txt", Data(TestSupport.minimalPlan(district: "Hoàn Kiếm", year: 2024, body: "- Tổ chức Hội nghị tổng kết phong trào thi đua trước ngày 01/3/2024.").utf8)),
      ("phuong-long-bien-2026.txt", ward("Long Biên", day: "25/02")),
      ("phuong-bo-de-2026.txt", ward("Bồ Đề", day: "10/03")),
    ])
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    #expect(summary.plans.map { "\($0.unitType) \($0.district) \($0.unitCode)" }.sorted() == [
      "phường Bồ Đề 00118", "phường Long Biên 00145", "quận Hoàn Kiếm 002", "quận Long Biên 004",
    ])
    let report = try #require(summary.reports.first { $0.name == "timing_yoy.csv" })
    let rows = try CSVReader.table(from: report.contents(), source: "timing_yoy.csv", required: []).rows.map(\.values)
    // lineage, plan year, unit, coverage, change in days from the district's plan (15/3 is day
    // 74; 10/3 is 69, 25/2 is 56)
    #expect(rows.map { "\($0["lineage"]!) \($0["plan_year"]!) \($0["district"]!) \($0["coverage"]!) \($0["yoy_delta_days"]!)" } == [
      "Bồ Đề 2024 Long Biên full ", "Bồ Đề 2026 Bồ Đề  -5",
      "Long Biên 2024 Long Biên partial ", "Long Biên 2026 Long Biên  -18",
    ])
  }

  @Test func aBadReferenceDateIsReportedWithItsLine() {
    #expect(throws: TimingError.badReferenceDate(source: "ref.csv", line: 3, value: "30/02")) {
      try ReferenceSchedule.load(Data("task_id,due_end\ntraining,05-15\ninspection,30/02\n".utf8), source: "ref.csv")
    }
  }
}
