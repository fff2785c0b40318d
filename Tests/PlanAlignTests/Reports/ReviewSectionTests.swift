import Foundation
import Testing

@testable import PlanAlign

/// A unit against its own past plans, across the 2025 reform: phường Long Biên's 2026 plan
/// (a ward plan written for this test, as wards write them) follows quận Long Biên's 2024 seed,
/// whose area it took over in part.
@Suite struct ReviewSectionTests {
  static func page(language: String) async throws -> String {
    let ward = TestSupport.fixtures.appendingPathComponent("review/phuong-long-bien-2026.txt")
    let data = try TestSupport.dataDirectory(plans: [
      ("long-bien-2024.txt", try TestSupport.seedData("long-bien-2024.txt")), ("phuong-long-bien-2026.txt", try Data(contentsOf: ward)),
    ])
    let job = RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data), language: language)
    _ = try await job.run()
    return try String(contentsOf: TestSupport.reportsDirectory(beside: data).appendingPathComponent("index.html"), encoding: .utf8)
  }

  static func section(_ html: String) -> String {
    guard let start = html.range(of: "<section id=\"review\">"), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex)
    else { return "" }
    return String(html[start.lowerBound..<end.upperBound])
  }

  @Test func aWardIsComparedWithTheDistrictWhoseAreaItTookOver() async throws {
    let review = Self.section(try await Self.page(language: "vi"))
    #expect(review.contains("<h3>Long Biên</h3>"))
    #expect(review.contains(">quận Long Biên 2024 (một phần địa bàn)</th>"))
    #expect(review.contains(">phường Long Biên 2026</th>"))
    // Registration: the district's items in “Tháng 01/2024” and “Tháng 02/2024” (middle day
    // 14/02), the ward's “Trước ngày 15/3/2026”: 29 days later.
    #expect(review.contains("Đăng ký danh hiệu, mô hình, chuyên đề thi đua</th><td class=\"date\">14/02</td><td class=\"date\">15/03 (+29)</td>"))
    // Year-end guidance: 31/12 in 2024, “Tháng 11/2026” for the ward: a month earlier.
    #expect(review.contains("<td class=\"date\">31/12</td><td class=\"date\">30/11 (-31)</td>"))
  }

  /// The README's picture of the review.
  @Test func screenshotOfTheReviewForTheReadme() async throws {
    let html = try await Self.page(language: "vi")
      .replacingOccurrences(of: "<main>", with: "<main><style>main>section:not(#review){display:none}</style>")
    let page = try TestSupport.temporaryDirectory().appendingPathComponent("review.html")
    try Data(html.utf8).write(to: page)
    let temporary = page.deletingLastPathComponent().appendingPathComponent("review.png")
    _ = try BrowserTests.chrome(["--window-size=1100,620", "--screenshot=\(temporary.path)", page.absoluteString])
    let data = try Data(contentsOf: temporary)
    #expect(data.count > 10_000, "a blank page would be tiny")
    let png = TestSupport.root.appendingPathComponent("docs/page-review.png")
    if FileManager.default.fileExists(atPath: png.path) { try FileManager.default.removeItem(at: png) }
    try FileManager.default.moveItem(at: temporary, to: png)
  }

  @Test func theEnglishPageWritesTheReviewInEnglish() async throws {
    let review = Self.section(try await Self.page(language: "en"))
    #expect(review.contains("Units across the years"))
    #expect(review.contains(">quận Long Biên 2024 (part of the area)</th>"))
    #expect(review.contains("<td class=\"date\">02-14</td><td class=\"date\">03-15 (+29)</td>"))
  }

  @Test func withoutAUnitOfTwoYearsTheSectionSaysSo() async throws {
    let html = try String(contentsOf: TestSupport.root.appendingPathComponent("Reports/index.html"), encoding: .utf8)
    #expect(Self.section(html).contains("Chưa có đơn vị nào có kế hoạch của từ hai năm trở lên."))
  }
}
