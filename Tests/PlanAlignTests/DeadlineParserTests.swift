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
    c("quý 5/2024", 2024, .unparsed),
    c("Quý 0/2024", 2024, .unparsed),
    c("15/01/0024", 2024, .unparsed),
    c("trước ngày 15/01/2099", 2024, .unparsed),
    c("15/01/99999", 2024, .unparsed),
  ]

  /// The wider grammar of plans from other units and years (issue 10): ranges, parts of a month,
  /// other date spellings, several points in one sentence.
  static let grammar: [Case] = [
    c("từ ngày 01/4 đến ngày 30/4/2022", 2022, .range, start: "2022-04-01", end: "2022-04-30"),
    c("Từ ngày 15/3/2023 đến ngày 15/4/2023", 2023, .range, start: "2023-03-15", end: "2023-04-15"),
    c("từ tháng 3 đến tháng 5", 2022, .range, start: "2022-03-01", end: "2022-05-31", inferred: true),
    c("Từ tháng 3 đến tháng 5/2022", 2022, .range, start: "2022-03-01", end: "2022-05-31"),
    c("tháng 2 – 3", 2023, .range, start: "2023-02-01", end: "2023-03-31", inferred: true),
    c("Tháng 2-3/2023", 2023, .range, start: "2023-02-01", end: "2023-03-31"),
    c("Tháng 9 – 10", 2026, .range, start: "2026-09-01", end: "2026-10-31", inferred: true),
    c("Tháng 11 – 12:", 2026, .range, start: "2026-11-01", end: "2026-12-31", inferred: true),
    c("Tháng 10 đến 12/2024", 2024, .range, start: "2024-10-01", end: "2024-12-31"),
    c("tháng 11 - tháng 12/2020", 2020, .range, start: "2020-11-01", end: "2020-12-31"),
    c("Quý I – Quý II", 2022, .range, start: "2022-01-01", end: "2022-06-30", inferred: true),
    c("Quý III - Quý IV/2025", 2025, .range, start: "2025-07-01", end: "2025-12-31"),
    c("Quý II đến Quý III năm 2021", 2021, .range, start: "2021-04-01", end: "2021-09-30"),
    c("chậm nhất ngày 20/11/2023", 2023, .byDate, end: "2023-11-20"),
    c("Chậm nhất vào ngày 15/01/2026", 2026, .byDate, end: "2026-01-15"),
    c("chậm nhất là ngày 30/10", 2020, .byDate, end: "2020-10-30", inferred: true),
    c("Hạn cuối: 25/12/2019", 2019, .byDate, end: "2019-12-25"),
    c("hạn cuối ngày 10/01/2023", 2023, .byDate, end: "2023-01-10"),
    c("Hạn chót 05/6/2024", 2024, .byDate, end: "2024-06-05"),
    c("trước 25/12/2022", 2022, .byDate, end: "2022-12-25"),
    c("Trước ngày 15 tháng 3 năm 2022", 2022, .byDate, end: "2022-03-15"),
    c("hoàn thành trong tháng 6/2026", 2026, .month, start: "2026-06-01", end: "2026-06-30"),
    c("Hoàn thành trong Quý III/2026", 2026, .quarter, start: "2026-07-01", end: "2026-09-30"),
    c("trong tháng 12", 2021, .month, start: "2021-12-01", end: "2021-12-31", inferred: true),
    c("tuần đầu tháng 12", 2022, .range, start: "2022-12-01", end: "2022-12-07", inferred: true),
    c("Tuần cuối tháng 12/2023", 2023, .range, start: "2023-12-25", end: "2023-12-31"),
    c("tuần cuối tháng 2/2024", 2024, .range, start: "2024-02-23", end: "2024-02-29"),
    c("đầu tháng 01/2025", 2025, .range, start: "2025-01-01", end: "2025-01-10"),
    c("giữa tháng 7", 2019, .range, start: "2019-07-11", end: "2019-07-20", inferred: true),
    c("Cuối tháng 11/2022", 2022, .range, start: "2022-11-21", end: "2022-11-30"),
    c("vào cuối tháng 12", 2020, .range, start: "2020-12-21", end: "2020-12-31", inferred: true),
    c("6 tháng cuối năm", 2023, .halfYear, start: "2023-07-01", end: "2023-12-31", inferred: true),
    c("6 THÁNG ĐẦU NĂM", 2026, .halfYear, start: "2026-01-01", end: "2026-06-30", inferred: true),
    c("9 tháng đầu năm 2022", 2022, .range, start: "2022-01-01", end: "2022-09-30"),
    c("28-11-2022", 2022, .date, start: "2022-11-28", end: "2022-11-28"),
    c("Trước ngày 05-01-2021", 2021, .byDate, end: "2021-01-05"),
    c("15.3.2022", 2022, .date, start: "2022-03-15", end: "2022-03-15"),
    c("trước ngày 10.6.2023", 2023, .byDate, end: "2023-06-10"),
    c("ngày 15 tháng 3 năm 2022", 2022, .date, start: "2022-03-15", end: "2022-03-15"),
    c("15/3", 2022, .date, start: "2022-03-15", end: "2022-03-15", inferred: true),
    c("15/3/22", 2022, .date, start: "2022-03-15", end: "2022-03-15"),
    c("Trước 30/11/19", 2019, .byDate, end: "2019-11-30"),
    c("Ngày 09/01/2024", 2024, .date, start: "2024-01-09", end: "2024-01-09"),
    c("tháng 01/2026", 2026, .month, start: "2026-01-01", end: "2026-01-31"),
    c("Tháng 12 năm 2025", 2025, .month, start: "2025-12-01", end: "2025-12-31"),
    c("THÁNG 4/2020", 2020, .month, start: "2020-04-01", end: "2020-04-30"),
    c("Quý 4 năm 2023", 2023, .quarter, start: "2023-10-01", end: "2023-12-31"),
    c("QUÝ I NĂM 2026", 2026, .quarter, start: "2026-01-01", end: "2026-03-31"),
    c("Quý I/2026", 2026, .quarter, start: "2026-01-01", end: "2026-03-31"),
    c("quí II", 2019, .quarter, start: "2019-04-01", end: "2019-06-30", inferred: true),
    c("trước ngày 31/12/2025", 2026, .byDate, end: "2025-12-31"),
    c("trước ngày 15/01/2027", 2026, .byDate, end: "2027-01-15"),
    c("Xong trước ngày 20/10/2024", 2024, .byDate, end: "2024-10-20"),
    c("trude ngay 15/5/2023", 2023, .byDate, end: "2023-05-15"),
    c("Truoc ngay 10/11", 2022, .byDate, end: "2022-11-10", inferred: true),
    c("tu ngay 01/3 den ngay 31/3/2022", 2022, .range, start: "2022-03-01", end: "2022-03-31"),
    c("Tháng 3/2024 – 4/2024", 2024, .range, start: "2024-03-01", end: "2024-04-30"),
    c("Từ 01/10/2024 đến hết 31/10/2024", 2024, .range, start: "2024-10-01", end: "2024-10-31"),
    // Quarters in a list or a range, and a day written without “ngày”.
    Case(text: "Quý I, II/2026", year: 2026, kinds: [.quarter, .quarter], starts: ["2026-01-01", "2026-04-01"], ends: ["2026-03-31", "2026-06-30"]),
    Case(text: "Tháng 9, 10/2025", year: 2026, kinds: [.month, .month], starts: ["2025-09-01", "2025-10-01"], ends: ["2025-09-30", "2025-10-31"]),
    Case(text: "ngày 10/6 và 10/9/2024", year: 2024, kinds: [.date, .date], starts: ["2024-06-10", "2024-09-10"], ends: ["2024-06-10", "2024-09-10"]),
    c("Quý I - II/2026", 2026, .range, start: "2026-01-01", end: "2026-06-30"),
    c("quý II đến quý III năm 2026", 2026, .range, start: "2026-04-01", end: "2026-09-30"),
    c("Trước 15 tháng 3 năm 2026", 2026, .byDate, end: "2026-03-15"),
    c("chậm nhất 20 tháng 11", 2026, .byDate, end: "2026-11-20", inferred: true),
    // Other words for “at the latest”; an expected day is that day.
    c("không quá ngày 10/12/2026", 2026, .byDate, end: "2026-12-10"),
    c("không muộn hơn ngày 15/11", 2026, .byDate, end: "2026-11-15", inferred: true),
    c("muộn nhất là ngày 20/10/2026", 2026, .byDate, end: "2026-10-20"),
    c("dự kiến ngày 05/02/2026", 2026, .date, start: "2026-02-05", end: "2026-02-05"),
    // A day of the month written before it narrows the month.
    c("Tháng 4/2026 (trước ngày 25/4)", 2026, .byDate, end: "2026-04-25"),
    c("Tháng 12 (ngày 20/12/2026)", 2026, .date, start: "2026-12-20", end: "2026-12-20"),
    c("Quý I/2026 (trước ngày 31/3/2026)", 2026, .byDate, end: "2026-03-31"),
    c("6 tháng đầu năm (trước ngày 15/6)", 2026, .byDate, end: "2026-06-15", inferred: true),
    Case(text: "Tháng 3 và ngày 15/4/2026", year: 2026, kinds: [.month, .date], starts: ["2026-03-01", "2026-04-15"], ends: ["2026-03-31", "2026-04-15"]),
    // Weeks of a month are its sevens of days.
    c("tuần thứ hai của tháng 02/2026", 2026, .range, start: "2026-02-08", end: "2026-02-14"),
    c("Tuần 1 tháng 3/2026", 2026, .range, start: "2026-03-01", end: "2026-03-07"),
    c("tuần thứ tư tháng 12", 2026, .range, start: "2026-12-22", end: "2026-12-28", inferred: true),
    // Tesseract reads some slashes as the fraction slash; a Word equation, as the division slash.
    c("Trước ngày 31⁄7", 2023, .byDate, end: "2023-07-31", inferred: true),
    c("Từ ngày 01⁄4 đến ngày 20/4/2023", 2023, .range, start: "2023-04-01", end: "2023-04-20"),
    c("Tháng 6∕2024", 2024, .month, start: "2024-06-01", end: "2024-06-30"),
  ]

  /// Times that repeat keep their rule; loose parts of the year are a window marked vague.
  static let loose: [Case] = [
    c("trước ngày 20 hằng tháng", 2024, .recurring),
    c("Định kỳ hằng quý", 2024, .recurring),
    c("hằng năm vào dịp 27/7", 2023, .recurring),
    c("Hàng năm, trước ngày 15/01", 2022, .recurring),
    c("Mỗi tháng một lần", 2021, .recurring),
    c("Hằng tuần", 2025, .recurring),
    c("Báo cáo trước ngày 20 của tháng cuối quý", 2024, .recurring),
    c("Thường xuyên, liên tục", 2022, .recurring),
    c("đầu năm", 2024, .vague, inferred: true),
    c("giữa năm 2023", 2023, .vague),
    c("Cuối năm", 2022, .vague, inferred: true),
    c("Theo Kế hoạch của UBND tỉnh", 2025, .external),
    c("Theo hướng dẫn của Trung ương", 2020, .external),
    c("Theo lịch của Hội đồng", 2021, .external),
    c("Khi có văn bản chỉ đạo đột xuất", 2024, .asNeeded),
    c("Cả năm", 2026, .recurring), c("Trong năm 2026", 2026, .recurring), c("Năm 2026", 2026, .recurring),
  ]

  /// Dates that are not deadlines: they give no due date (issue 10 asks for at least 30).
  static let notDeadlines: [String] = [
    "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)",
    "kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)",
    "Kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2025)",
    "(02/9/1945 - 02/9/2025)",
    "Kỷ niệm Ngày Thương binh - Liệt sĩ 27/7",
    "Chào mừng kỷ niệm ngày 30/4 và 1/5",
    "nhân dịp kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)",
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND Thành phố",
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/3/2023",
    "Theo Hướng dẫn 05/HD-HĐTĐKT ngày 10/01/2022",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022",
    "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ",
    "Thông tư 01/2024/TT-BNV",
    "Chỉ thị số 41-CT/TW ngày 15/4/2020",
    "giai đoạn 2021 – 2025",
    "Giai đoạn 2026-2030",
    "năm học 2022 - 2023",
    "nhiệm kỳ 2020 - 2025",
    "năm 2024",
    "Năm học 2023-2024",
    "Hà Nội, ngày 15/01/2019 (ban hành)",
    "ngày 15/01/1999",
    "Hội nghị tổng kết 20 năm (2004 - 2024)",
    "cuối năm học",
    "đầu năm 2024 đến nay",
    "01 năm",
    "trong 02 ngày",
    "sau 10 ngày làm việc",
    "5 năm thực hiện",
    "Tháng hành động vì an toàn thực phẩm",
    "Tháng Thanh niên",
    "Số 45/KH-UBND",
    "tỷ lệ 85/100 hộ",
    "đạt 9/10 chỉ tiêu",
  ]

  @Test(arguments: notDeadlines)
  func givesNoDueDate(_ text: String) {
    let parsed = DeadlineParser(planYear: 2024).parse(text)
    #expect(parsed.deadlines.allSatisfy { !$0.isDated && $0.approximate == nil }, "\(parsed.deadlines)")
  }

  @Test func recurringKeepsItsRule() {
    let parsed = DeadlineParser(planYear: 2024).parse("Trước ngày 20 hằng tháng")
    #expect(parsed.deadlines.map(\.rule) == ["Trước ngày 20 hằng tháng"])
  }

  @Test func vagueIsAWindowNeverADueDate() {
    let parsed = DeadlineParser(planYear: 2024).parse("cuối năm")
    #expect(parsed.deadlines.first?.end == nil)
    #expect(parsed.deadlines.first?.approximate.map { "\($0.lowerBound)/\($0.upperBound)" } == "2024-11-01/2024-12-31")
  }

  @Test func aFiveDigitYearIsAProblemNotAGuess() {
    let parsed = DeadlineParser(planYear: 2024).parse("15/01/99999")
    #expect(parsed.deadlines.map(\.kind) == [.unparsed])
    #expect(parsed.problems.count == 1)
  }

  @Test func datesKeepTheirFieldsAndOrderInEightBytes() throws {
    // Dates are stored packed (a national corpus holds hundreds of thousands): each field reads
    // back as given, and order is by year, then month, then day.
    let dates = try [(2023, 12, 31), (2024, 1, 1), (2024, 2, 29), (2024, 10, 1), (2024, 10, 15)].map {
      try #require(CalendarDate(year: $0.0, month: $0.1, day: $0.2))
    }
    #expect(dates.map(\.description) == ["2023-12-31", "2024-01-01", "2024-02-29", "2024-10-01", "2024-10-15"])
    #expect(dates.map { [$0.year, $0.month, $0.day] }[2] == [2024, 2, 29])
    #expect(dates.shuffled().sorted() == dates)
    #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: Int(Int32.max) + 1, month: 1, day: 1) == nil)
    #expect(MemoryLayout<CalendarDate>.size <= 8)
  }

  /// A list that runs into the next year gives its year to its last item only.
  @Test func aListIntoTheNextYearKeepsThePlansYearBefore() {
    let parsed = DeadlineParser(planYear: 2024).parse("ngày 20/12 và 10/01/2025")
    #expect(parsed.deadlines.map { $0.end?.description ?? "" } == ["2024-12-20", "2025-01-10"])
    #expect(parsed.deadlines.map(\.yearInferred) == [true, false])
  }

  @Test func twoDeadlinesInOneSentence() {
    let parsed = DeadlineParser(planYear: 2022).parse("6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/11")
    #expect(parsed.deadlines.map { $0.end?.description ?? "" }.suffix(2) == ["2022-06-10", "2022-11-10"])
  }

  @Test(arguments: seeds + neighbours + grammar + loose)
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
    #expect(parsed.problems.map(\.en) == ["31/2/2024 is not a date"])
  }

  @Test func quarterTwoIsNeverFebruary() {
    let parsed = DeadlineParser(planYear: 2024).parse("Quý 2/2024")
    #expect(parsed.deadlines.first?.kind == .quarter)
    #expect(parsed.deadlines.first?.end?.month == 6)
  }

  /// Found by the fuzzer: a month number no calendar has, followed by a dash and a number,
  /// used to build an empty range and stop the run.
  @Test func aMonthBeyondTwelveBeforeADashIsNoRange() {
    let parsed = DeadlineParser(planYear: 2024).parse("Hoàn thành trong tháng 28-11")
    #expect(parsed.deadlines.map(\.kind) == [.unparsed])
  }

  /// Times are split into words, numbers and separators the same way whether each character is
  /// one scalar (read without grapheme breaking) or not: a decomposed mark, CR LF, a scanned
  /// “1V” and the Greek question mark, which compares as a semicolon.
  @Test(arguments: [
    ("Quý IV/2024", [.word("quy"), .word("iv"), .slash, .number(2024, digits: 4)]),
    ("Quy\u{0301} 1V/2024", [.word("quy"), .word("1v"), .slash, .number(2024, digits: 4)]),
    ("ngày 10/6\r\nvà 10.9", [.word("ngay"), .number(10, digits: 2), .slash, .number(6, digits: 1), .word("va"),
      .number(10, digits: 2), .slash, .number(9, digits: 1)]),
    ("Tháng 2 – 3\u{037E} (đợt 1)", [.word("thang"), .number(2, digits: 1), .dash, .number(3, digits: 1), .comma, .comma,
      .word("dot"), .number(1, digits: 1), .comma]),
  ] as [(String, [DeadlineParser.Token])])
  func timesSplitAlikeWhateverTheirCharacters(text: String, expected: [DeadlineParser.Token]) {
    #expect(DeadlineParser.tokens(text) == expected)
  }
}
