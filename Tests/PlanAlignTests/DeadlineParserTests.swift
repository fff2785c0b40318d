import Testing

@testable import PlanAlign

/// Every time expression of the five seed plans (as collected from items.csv) and their
/// obvious neighbours, with the kind and window a reader would give them.
@Suite struct DeadlineParserTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var year: Int
    var kinds: [DeadlineKind]
    var starts: [String]
    var ends: [String]
    var inferred: Bool = false
    var testDescription: String { "“\(text)”" }
  }

  static func c(_ text: String, _ year: Int, _ kind: DeadlineKind, start: String = "", end: String = "", inferred: Bool = false) -> Case {
    Case(text: text, year: year, kinds: [kind], starts: [start], ends: [end], inferred: inferred)
  }

  static let seeds: [Case] = [
    c("trước ngày 15/01/2024", 2025, .byDate, end: "2024-01-15"),
    c("trước ngày 30/01/2021", 2021, .byDate, end: "2021-01-30"),
    c("Trước ngày 10/02/2021", 2021, .byDate, end: "2021-02-10"),
    c("Trước ngày 28/02/2021", 2021, .byDate, end: "2021-02-28"),
    c("Trước ngày 10/3/2021", 2021, .byDate, end: "2021-03-10"),
    c("Trước ngày 05/4/2021", 2021, .byDate, end: "2021-04-05"),
    c("Trước ngày 31/12/2021", 2021, .byDate, end: "2021-12-31"),
    c("Theo Kế hoạch của Thành phố", 2021, .external),
    c("Tháng 01/2024", 2024, .month, start: "2024-01-01", end: "2024-01-31"),
    c("Tháng 02/2024", 2024, .month, start: "2024-02-01", end: "2024-02-29"),
    c("Tháng 5/2024", 2024, .month, start: "2024-05-01", end: "2024-05-31"),
    c("Tháng 12/2024", 2024, .month, start: "2024-12-01", end: "2024-12-31"),
    c("", 2024, .none),
    c("Trước ngày 29/02/2024", 2024, .byDate, end: "2024-02-29"),
    c("Theo tiến độ cấp trên", 2024, .external),
    c("Thường xuyên", 2024, .recurring),
    c("Hàng tháng Thường xuyên", 2024, .recurring),
    c("Tháng 3/2024 đến 10/4/2024", 2024, .range, start: "2024-03-01", end: "2024-04-10"),
    c("Các đơn vị gửi bài viết theo chỉ tiêu phân bổ, thời gian tiến độ tại Kế hoạch số 68/KH-HĐTĐKT ngày 16/10/2023", 2024, .external),
    c("Theo Kế hoạch kiểm tra công tác TĐKT", 2024, .external),
    c("Thực hiện theo tiến độ tại Phụ lục I", 2024, .external),
    c("Thực hiện khi có nội dung phát sinh", 2024, .asNeeded),
    c("Quý I/2024", 2024, .quarter, start: "2024-01-01", end: "2024-03-31"),
    c("Quý II/2024", 2024, .quarter, start: "2024-04-01", end: "2024-06-30"),
    c("Quý III/2024", 2024, .quarter, start: "2024-07-01", end: "2024-09-30"),
    c("Quý IV/2024", 2024, .quarter, start: "2024-10-01", end: "2024-12-31"),
    c("Quý I", 2021, .quarter, start: "2021-01-01", end: "2021-03-31", inferred: true),
    c("trong tháng 01 năm 2024", 2024, .month, start: "2024-01-01", end: "2024-01-31"),
    c("trước ngày 15/5", 2024, .byDate, end: "2024-05-15", inferred: true),
    c("trước ngày 15/11", 2024, .byDate, end: "2024-11-15", inferred: true),
    c("trude ngay 30/01/2024", 2024, .byDate, end: "2024-01-30"),
    c("trong quy 11/2024", 2024, .quarter, start: "2024-04-01", end: "2024-06-30"),
  ]

  static let neighbours: [Case] = [
    c("Quý 2/2024", 2024, .quarter, start: "2024-04-01", end: "2024-06-30"),
    c("Quy 1V/2024", 2024, .quarter, start: "2024-10-01", end: "2024-12-31"),
    c("quý III năm 2024", 2024, .quarter, start: "2024-07-01", end: "2024-09-30"),
    c("tháng 1 năm 2024", 2024, .month, start: "2024-01-01", end: "2024-01-31"),
    c("Thang 3/2024", 2024, .month, start: "2024-03-01", end: "2024-03-31"),
    c("ngày 15 tháng 3", 2024, .date, start: "2024-03-15", end: "2024-03-15", inferred: true),
    c("ngay 15 thang 3 nam 2025", 2024, .date, start: "2025-03-15", end: "2025-03-15"),
    c("Chậm nhất ngày 5/3/2024", 2024, .byDate, end: "2024-03-05"),
    c("cham nhat 5/3", 2024, .byDate, end: "2024-03-05", inferred: true),
    c("15/03/2024", 2024, .date, start: "2024-03-15", end: "2024-03-15"),
    c("5/3/24", 2024, .date, start: "2024-03-05", end: "2024-03-05"),
    c("Từ ngày 01/3 đến ngày 15/4/2024", 2024, .range, start: "2024-03-01", end: "2024-04-15"),
    c("6 tháng đầu năm 2024", 2024, .halfYear, start: "2024-01-01", end: "2024-06-30"),
    c("Hàng quý", 2024, .recurring),
    c("Định kỳ", 2024, .recurring),
    c("Theo hướng dẫn của tỉnh", 2024, .external),
    c("Xét khen thưởng (nếu có)", 2024, .asNeeded),
    c("Sau Tết Nguyên đán", 2024, .unparsed),
    c("31/02/2024", 2024, .unparsed),
  ]

  @Test(arguments: seeds + neighbours)
  func readsKindAndWindow(_ example: Case) {
    let parsed = DeadlineParser(planYear: example.year).parse(example.text)
    #expect(parsed.deadlines.map(\.kind) == example.kinds)
    #expect(parsed.deadlines.map { $0.start?.description ?? "" } == example.starts)
    #expect(parsed.deadlines.map { $0.end?.description ?? "" } == example.ends)
    #expect(parsed.deadlines.allSatisfy { $0.yearInferred == example.inferred })
  }

  @Test func severalDatesInOneCellGiveOneDeadlineEach() {
    let parsed = DeadlineParser(planYear: 2024).parse(
      "(Đề nghị các đơn vị gửi báo cáo sơ kết 6 tháng, 9 tháng về Cơ quan thường trực - Trước ngày 10/6/2024 và ngày 10/9/2024")
    #expect(parsed.deadlines.map(\.kind) == [.byDate, .byDate])
    #expect(parsed.deadlines.map { $0.end?.description ?? "" } == ["2024-06-10", "2024-09-10"])
  }

  @Test func anImpossibleDateIsUnparsedWithAProblem() {
    let parsed = DeadlineParser(planYear: 2024).parse("Trước ngày 31/02/2024")
    #expect(parsed.deadlines.map(\.kind) == [.unparsed])
    #expect(parsed.problems == ["31/2/2024 is not a date"])
  }

  @Test func quarterTwoIsNeverFebruary() {
    let parsed = DeadlineParser(planYear: 2024).parse("Quý 2/2024")
    #expect(parsed.deadlines.first?.kind == .quarter)
    #expect(parsed.deadlines.first?.end?.month == 6)
  }
}
