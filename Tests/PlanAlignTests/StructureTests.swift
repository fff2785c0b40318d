import Foundation
import Testing

@testable import PlanAlign

@Suite struct TableFormTests {
  @Test func tabRowsWithHTMLCellsAndBlankCellsKeptInPlace() throws {
    let body = [
      "TT\tNội dung công việc\tChủ trì, chỉ đạo\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian hoàn thành",
      "I.\tKIỆN TOÀN TỔ CHỨC BỘ MÁY\t\t\t\t",
      "1.\tXây dựng Kế hoạch kiểm tra\tUBND quận\t\t\t",
      "2.\tKiện toàn các Cụm thi đua\tUBND quận\tPhòng Nội vụ\t\t<p>(Ghi chú)</p> <p>- Trước ngày 29/02/2024</p>",
      "",
      "TT\tNội dung công việc\tChủ trì, chỉ đạo\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian hoàn thành",
      "3.\tTập huấn nghiệp vụ\tHội đồng TĐKT quận\tPhòng Nội vụ\tCác phường\tTháng 5/2024",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.task) == ["Xây dựng Kế hoạch kiểm tra", "Kiện toàn các Cụm thi đua", "Tập huấn nghiệp vụ"])
    let blank = plan.items[0]
    #expect(blank.lead == "UBND quận" && blank.executor.isEmpty && blank.partners.isEmpty && blank.deadlineText.isEmpty)
    #expect(blank.deadlineSource == .none)
    #expect(plan.items[1].executor == "Phòng Nội vụ")
    #expect(plan.items[1].partners.isEmpty)
    #expect(plan.items[1].deadlineText == "(Ghi chú) - Trước ngày 29/02/2024")
    #expect(plan.items[2].partners == "Các phường")
    #expect(plan.items[2].section.hasSuffix("I. KIỆN TOÀN TỔ CHỨC BỘ MÁY"))
    let lines = plan.items.map(\.location.line)
    // The body starts on line 12 of the minimal plan: header 12, group 13, rows 14-15, header again 17.
    #expect(lines == [14, 15, 18])
  }

  @Test func pipeTablesWithQuarterGroupsAndRepeatedHeaders() throws {
    let body = """
      | TT | Nội dung thực hiện | Chỉ đạo, chủ trì | Đơn vị tham mưu, thực hiện | Đơn vị phối hợp | Thời gian hoàn thành |
      |----|---|---|---|---|---|
      | I | Quý I | | | | |
      | 1. | Tổ chức Hội nghị tổng kết | Hội đồng TĐKT Quận | Phòng Nội vụ | Các đơn vị | Trước ngày 28/02/2021 |
      | 2. | Đăng ký thi đua | Hội đồng TĐKT Quận | Các đơn vị | Phòng Nội vụ | |

      | TT | Nội dung thực hiện | Chỉ đạo, chủ trì | Đơn vị tham mưu, thực hiện | Đơn vị phối hợp | Thời gian hoàn thành |
      |----|---|---|---|---|---|
      | II | Quý II | | | | |
      | 3. | Tập huấn | Hội đồng TĐKT Quận | Phòng Nội vụ | | Trước ngày 30/6/2021 |
      """
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.count == 3)
    #expect(plan.items[0].executor == "Phòng Nội vụ")
    #expect(plan.items[0].partners == "Các đơn vị")
    #expect(plan.items[0].deadlineSource == .tableCell)
    // A blank time cell inherits the quarter of its group row.
    #expect(plan.items[1].deadlineText == "Quý I")
    #expect(plan.items[1].deadlineSource == .section)
    #expect(plan.items[2].section.hasSuffix("II. Quý II"))
    #expect(plan.items[2].partners.isEmpty)
  }

  /// A period row merged across the whole table (Word and a PDF's rules leave its text in the
  /// first column) groups the rows below it, like an unnumbered one in the task column; neither
  /// puts a stray “. ” before the period in the section.
  @Test func aPeriodRowMergedAcrossTheTableGroupsTheRowsBelow() throws {
    let body = [
      "TT\tNội dung\tCơ quan chủ trì\tThời gian",
      "QUÝ I\t\t\t",
      "1\tHội nghị tổng kết năm 2025\tSở Nội vụ\tTháng 01",
      "2\tKý kết giao ước thi đua\tCác cụm, khối\t",
      "\tQUÝ II\t\t",
      "3\tTập huấn nghiệp vụ\tSở Nội vụ\t",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.deadlineText) == ["Tháng 01", "QUÝ I", "QUÝ II"])
    #expect(plan.items.map { $0.section.components(separatedBy: " > ").last } == ["QUÝ I", "QUÝ I", "QUÝ II"])
  }

  /// A task cell that lists several bullets under one time (a Word cell's paragraphs, a PDF
  /// cell's lines) gives a task for each, with the row's time and lead.
  @Test func aCellOfBulletsGivesATaskForEach() throws {
    let body = [
      "STT\tNội dung công việc\tThời gian\tĐơn vị thực hiện",
      "1\t- Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2026. - Hướng dẫn các khu phố đăng ký thi đua năm 2026.\tTháng 01/2026\tVăn phòng UBND phường",
      "2\t- Kiện toàn Hội đồng Thi đua - Khen thưởng phường\tQuý I/2026\tUBND phường",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.task) == [
      "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2026", "Hướng dẫn các khu phố đăng ký thi đua năm 2026",
      "Kiện toàn Hội đồng Thi đua - Khen thưởng phường",
    ])
    #expect(plan.items.map(\.deadlineText) == ["Tháng 01/2026", "Tháng 01/2026", "Quý I/2026"])
    #expect(plan.items.map(\.executor) == ["Văn phòng UBND phường", "Văn phòng UBND phường", "UBND phường"])
  }

  @Test(arguments: [
    ("- Ban hành Kế hoạch. - Hướng dẫn đăng ký thi đua.", ["Ban hành Kế hoạch", "Hướng dẫn đăng ký thi đua"]),
    ("+ Tổng hợp hồ sơ; + Trình Hội đồng xét khen thưởng", ["Tổng hợp hồ sơ", "Trình Hội đồng xét khen thưởng"]),
    ("• Tập huấn. • Kiểm tra. • Sơ kết", ["Tập huấn", "Kiểm tra", "Sơ kết"]),
    // A dash inside a name, or a cell that does not open with a bullet, is one task.
    ("- Kiện toàn Hội đồng Thi đua - Khen thưởng", ["Kiện toàn Hội đồng Thi đua - Khen thưởng"]),
    ("Sơ kết 6 tháng. - Các đơn vị báo cáo", ["Sơ kết 6 tháng. - Các đơn vị báo cáo"]),
    ("- Tập huấn nghiệp vụ.", ["Tập huấn nghiệp vụ"]),
    ("1. Ban hành Kế hoạch; 2. Phát động thi đua. 3. Ký kết giao ước", ["Ban hành Kế hoạch", "Phát động thi đua", "Ký kết giao ước"]),
    ("1) Tập huấn. 2) Kiểm tra", ["Tập huấn", "Kiểm tra"]),
    // Numbers that do not count up, or a number that is a quantity, are one task.
    ("1. Tập huấn cho 2. 3 cán bộ", ["1. Tập huấn cho 2. 3 cán bộ"]),
    ("15. Tổng kết năm 2026", ["15. Tổng kết năm 2026"]),
  ])
  func cellTasks(cell: String, expected: [String]) {
    #expect(TableState.cellTasks(cell) == expected)
  }

  @Test func aRowWithLongCellsIsDataNotAHeader() throws {
    let body = [
      "TT\tNội dung công việc\tChủ trì, chỉ đạo\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian hoàn thành",
      "3.\tThực hiện các nội dung của cuộc thi viết năm 2024 theo kế hoạch riêng\tHội đồng TĐKT quận\tCác đơn vị trên địa bàn quận\tCơ quan Thường trực\tCác đơn vị gửi bài viết theo thời gian tiến độ tại Kế hoạch số 68",
      "4.\tThẩm định hồ sơ\tHội đồng TĐKT quận\tPhòng Nội vụ\t\tThường xuyên",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.deadlineText) == ["Các đơn vị gửi bài viết theo thời gian tiến độ tại Kế hoạch số 68", "Thường xuyên"])
    #expect(plan.items[1].lead == "Hội đồng TĐKT quận")
  }

  /// The two row forms of converted plans, split as written: tab rows keep blank and leading
  /// cells in place, pipe rows lose their outer pipes, a markdown rule or a row of blank cells is no row's content.
  @Test(arguments: [
    ("1\tTổ chức Hội nghị tổng kết\tPhòng Nội vụ\t\tTrước ngày 15/01/2024", ["1", "Tổ chức Hội nghị tổng kết", "Phòng Nội vụ", "", "Trước ngày 15/01/2024"]),
    ("\t2\tKiện toàn <b>Hội đồng</b>", ["", "2", "Kiện toàn Hội đồng"]),
    ("  | TT | Nội dung | Thời gian |", ["TT", "Nội dung", "Thời gian"]),
    ("| 3 | Tập huấn nghiệp vụ | Quý II/2024", ["3", "Tập huấn nghiệp vụ", "Quý II/2024"]),
    ("|---|:---:|--------|", []),
    ("||", []),
    ("\tThụt đầu dòng bằng tab", nil),
    ("Cán bộ | công chức", nil),
    ("", nil),
  ] as [(String, [String]?)])
  func tableRowsAreSplitAsWritten(line: String, expected: [String]?) {
    #expect(TableRowSplitter.cells(of: line) == expected)
  }
}

@Suite struct ScheduleLayoutTests {
  @Test func aTwoLineHeaderNamesLeadAndPartners() throws {
    let body = [
      "STT\tNội dung\tĐơn vị thực hiện\t\tThời hạn",
      "\t\tChủ trì\tPhối hợp\t",
      "1\tTập huấn nghiệp vụ thi đua, khen thưởng\tPhòng Nội vụ\tCác phường\tQuý II/2024",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.task) == ["Tập huấn nghiệp vụ thi đua, khen thưởng"])
    #expect(plan.items.first?.lead == "Phòng Nội vụ")
    #expect(plan.items.first?.partners == "Các phường")
    #expect(plan.items.first?.deadlineText == "Quý II/2024")
  }

  /// A table whose time is in two columns, when a task starts and when it ends: each row is
  /// the window between, whatever the header calls them, on one header line or under a
  /// spanning “Thời gian” (whose merged-down “TT” a PDF repeats on the second line).
  @Test(arguments: [
    ["TT\tNội dung công việc\tChủ trì\tBắt đầu\tHoàn thành"],
    ["TT\tNội dung công việc\tChủ trì\tThời gian bắt đầu\tThời gian kết thúc"],
    ["TT\tNội dung công việc\tChủ trì\tThời gian\t", "\t\t\tTừ ngày\tĐến ngày"],
    ["TT\tNội dung công việc\tChủ trì\tThời gian\tThời gian", "TT\tNội dung công việc\tChủ trì\tBắt đầu\tKết thúc"],
  ])
  func startAndEndColumnsGiveEachRowItsWindow(header: [String]) throws {
    let body = (header + [
      "1\tBan hành Kế hoạch thi đua năm 2026\tPhòng Nội vụ\t05/01/2026\t15/01/2026",
      "2\tTập huấn nghiệp vụ thi đua, khen thưởng\tPhòng Nội vụ\tTháng 4/2026\tTháng 5/2026",
      "3\tKiểm tra công tác thi đua\tHội đồng TĐKT\tQuý III/2026\t",
      "4\tTổng kết công tác thi đua\tUBND phường\t\tTrước 15/12/2026",
    ]).joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(year: 2026, body: body))
    #expect(plan.items.map(\.task).count == 4)
    #expect(plan.items.map(\.lead) == ["Phòng Nội vụ", "Phòng Nội vụ", "Hội đồng TĐKT", "UBND phường"])
    #expect(plan.items.map(\.deadlineText) == [
      "Từ 05/01/2026 đến 15/01/2026", "Từ Tháng 4/2026 đến Tháng 5/2026", "Từ Quý III/2026", "Trước 15/12/2026",
    ])
    let windows = plan.items.flatMap { DeadlineParser(planYear: 2026).parse($0.deadlineText).deadlines }
      .map { "\($0.start?.description ?? "") \($0.end?.description ?? "")" }
    #expect(windows == ["2026-01-05 2026-01-15", "2026-04-01 2026-05-31", "2026-07-01 2026-09-30", " 2026-12-15"])
  }

  /// A time column headed “Tháng” or “Quý” whose cells are bare numbers: each cell is read
  /// with the word its header leaves out; cells that say more stay as written.
  @Test(arguments: [
    ("Tháng", ["1", "4, 5", "9 - 10", "Trước 15/12"], ["Tháng 1", "Tháng 4, 5", "Tháng 9 - 10", "Trước 15/12"]),
    ("Quý", ["I", "II", "III/2026", "Cả năm"], ["Quý I", "Quý II", "Quý III/2026", "Cả năm"]),
  ])
  func aMonthOrQuarterColumnGivesItsNumbersTheirUnit(header: String, cells: [String], expected: [String]) throws {
    let tasks = ["Ban hành Kế hoạch thi đua năm 2026", "Tập huấn nghiệp vụ thi đua", "Kiểm tra công tác thi đua", "Tổng kết công tác thi đua"]
    let body = (["\(header)\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp"]
      + zip(cells, tasks).map { "\($0)\t\($1)\tPhòng Nội vụ\tCác đơn vị" }).joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(year: 2026, body: body))
    #expect(plan.items.map(\.task) == tasks)
    #expect(plan.items.map(\.deadlineText) == expected)
  }

  /// Headers that name the task column in other words, or the lead as the one in charge: the
  /// header is not read as a task, and each row's lead and time are found.
  @Test(arguments: [
    "TT\tHoạt động\tĐơn vị phụ trách\tThời gian",
    "STT\tChương trình\tĐơn vị chủ trì\tThời gian",
    "TT\tViệc cần làm\tLãnh đạo phụ trách\tĐơn vị chủ trì\tThời gian",
  ])
  func aHeaderInOtherWordsStillNamesItsColumns(header: String) throws {
    let columns = header.split(separator: "\t").count
    let leader = columns == 5 ? "\tĐ/c Phó Chủ tịch" : ""
    let body = [
      header,
      "1\tBan hành Kế hoạch thi đua năm 2024\(leader)\tPhòng Nội vụ\tTháng 01/2024",
      "2\tTập huấn nghiệp vụ thi đua, khen thưởng\(leader)\tPhòng Nội vụ\tQuý II/2024",
    ].joined(separator: "\n")
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.task) == ["Ban hành Kế hoạch thi đua năm 2024", "Tập huấn nghiệp vụ thi đua, khen thưởng"])
    #expect(plan.items.map(\.lead) == ["Phòng Nội vụ", "Phòng Nội vụ"])
    #expect(plan.items.map(\.deadlineText) == ["Tháng 01/2024", "Quý II/2024"])
    #expect(plan.warnings.allSatisfy { $0.severity != .warning })
  }

  /// A plan issued with a decision (“Ban hành kèm theo Quyết định…”) follows the decision's
  /// recipients and signature: its sections are read; the recipients are not.
  @Test(arguments: ["I. NỘI DUNG VÀ TIẾN ĐỘ", "1. Nội dung và tiến độ"])
  func aPlanAttachedToADecisionIsRead(firstSection: String) throws {
    let text = """
      ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM
      Số: 45/QĐ-UBND
      Cửa Nam, ngày 22 tháng 01 năm 2026
      QUYẾT ĐỊNH
      Về việc ban hành Kế hoạch công tác thi đua, khen thưởng năm 2026
      Điều 1. Ban hành kèm theo Quyết định này Kế hoạch công tác thi đua, khen thưởng năm 2026.
      Điều 2. Quyết định có hiệu lực kể từ ngày ký.
      Nơi nhận:
      - Như Điều 2;
      - Lưu: VT.
      CHỦ TỊCH
      Phạm Tuấn Long

      KẾ HOẠCH
      Công tác thi đua, khen thưởng năm 2026
      (Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 22/01/2026 của Chủ tịch UBND phường Cửa Nam)
      \(firstSection)
      - Tổ chức phong trào thi đua “Dân vận khéo” trên địa bàn phường.
      - Các tổ dân phố đăng ký thi đua gửi về Văn phòng trước ngày 28/02/2026.
      - Sơ kết công tác thi đua 6 tháng đầu năm trong tháng 7/2026.
      """
    let plan = try TestSupport.plan(text)
    #expect(plan.items.map(\.deadlineText) == ["trước ngày 28/02/2026", "trong tháng 7/2026"])
    #expect(plan.mentions.map(\.name) == ["Dân vận khéo"])
    #expect(plan.documentNumber == "45/QĐ-UBND")
  }

  /// Sections numbered otherwise than I., II. start the plan's body as well: their numbered
  /// tasks are read, not taken for the preamble.
  @Test(arguments: [
    ["1. MỤC ĐÍCH, YÊU CẦU", "Thực hiện tốt các phong trào thi đua.", "2. NHIỆM VỤ VÀ TIẾN ĐỘ"],
    ["PHẦN THỨ NHẤT", "KẾT QUẢ NĂM 2025", "PHẦN THỨ HAI", "NHIỆM VỤ NĂM 2026"],
    ["Phần II: Nhiệm vụ năm 2026"],
    ["A. CÁC PHONG TRÀO THI ĐUA", "B. CÁC NHIỆM VỤ TRỌNG TÂM"],
  ])
  func sectionsNumberedOtherwiseStartTheBody(sections: [String]) throws {
    let text = """
      ỦY BAN NHÂN DÂN PHƯỜNG TÂY HỒ
      Số: 11/KH-UBND
      Tây Hồ, ngày 09 tháng 01 năm 2026
      KẾ HOẠCH
      Công tác thi đua, khen thưởng năm 2026
      \(sections.joined(separator: "\n"))
      2.1. Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2026 trong tháng 01/2026.
      2.2. Kiện toàn Cụm, Khối thi đua trước ngày 15/3/2026.
      """
    let plan = try TestSupport.plan(text)
    #expect(plan.items.map(\.deadlineText) == ["trong tháng 01/2026", "trước ngày 15/3/2026"])
  }

  @Test func theLetterheadIsNotASchedule() throws {
    let text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQUẬN HOÀN KIẾM\tĐộc lập - Tự do - Hạnh phúc\n"
      + TestSupport.minimalPlan(body: "1. Tập huấn nghiệp vụ trong quý II/2024.")
    let plan = try TestSupport.plan(text)
    #expect(plan.items.map(\.deadlineText) == ["trong quý II/2024"])
  }

  @Test(arguments: [
    ("QUÝ I\n+ Tập huấn nghiệp vụ.", "QUÝ I"),
    ("Quý II/2024:\n- Tập huấn nghiệp vụ.", "Quý II/2024"),
    ("Nhiệm vụ Quý III\n– Tập huấn nghiệp vụ.", "Nhiệm vụ Quý III"),
    ("Tháng 1:\n- Tập huấn nghiệp vụ.", "Tháng 1"),
    ("Tháng 2 – 3:\n• Tập huấn nghiệp vụ.", "Tháng 2 – 3"),
    ("6 tháng cuối năm\na) Tập huấn nghiệp vụ.", "6 tháng cuối năm"),
    ("Quý III\nđ) Tập huấn nghiệp vụ.", "Quý III"), ("QUÝ II\n· Tập huấn nghiệp vụ.", "QUÝ II"),
    // U+0387 (Greek ano teleia) is canonically “·”: a marker too.
    ("QUÝ II\n\u{0387} Tập huấn nghiệp vụ.", "QUÝ II"), ("QUÝ I\n* Tập huấn nghiệp vụ.", "QUÝ I"),
    ("QUÝ IV\n1. Tập huấn nghiệp vụ.\n2. Kiểm tra công tác thi đua.", "QUÝ IV"),
    ("Quý I: tập huấn nghiệp vụ; kiểm tra công tác thi đua.", "Quý I"),
  ])
  func itemsTakeTheWindowOfTheirLabel(body: String, window: String) throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(!plan.items.isEmpty)
    #expect(plan.items.allSatisfy { $0.deadlineText == window && $0.deadlineSource != .none }, "\(plan.items.map(\.deadlineText))")
  }

  @Test func aLabelThatIntroducesAListIsNotATask() throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: "QUÝ I\n- Công tác khen thưởng:\n+ Xét khen thưởng tổng kết năm 2023."))
    #expect(plan.items.map(\.task) == ["Xét khen thưởng tổng kết năm 2023"])
  }
}

@Suite struct QuarterAndProseTests {
  @Test func bulletsInheritTheirQuarterHeading() throws {
    let body = """
      1. Nhiệm vụ thực hiện trong Quý I/2024

      - Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024.

      - Tổ chức Hội nghị tổng kết phong trào thi đua năm 2023.

      2. Nhiệm vụ thực hiện trong quý II năm 2024:

      - Báo cáo sơ kết 6 tháng đầu năm 2024 (trước ngày 15/6).

      3. Các đơn vị thuộc quận

      - Thường xuyên kiểm tra, đôn đốc.
      """
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.map(\.deadlineText) == ["Quý I/2024", "Quý I/2024", "trước ngày 15/6"])
    #expect(plan.items.map(\.deadlineSource) == [.section, .section, .sentence])
    #expect(plan.items[0].section == "I. NỘI DUNG > 1. Nhiệm vụ thực hiện trong Quý I/2024")
    #expect(plan.items[0].task == "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024")
  }

  @Test(arguments: [
    ("Kế hoạch của đơn vị gửi về Quận trước ngày 30/01/2021 để tổng hợp.", ["trước ngày 30/01/2021"]),
    ("Định kỳ báo cáo 6 tháng (*trước ngày 15/5*) và báo cáo năm (*trước ngày 15/11*) về UBND.", ["trước ngày 15/5", "trước ngày 15/11"]),
    ("Gửi về Phòng Nội vụ **trong tháng 01 năm 2024** để tổng hợp.", ["trong tháng 01 năm 2024"]),
    ("Tham muu UBND quan sira doi quy ché trong quy 11/2024, huéng dan cac cum.", ["trong quy 11/2024"]),
    ("Cac don vi giri vé Hoi dong tong hop trude ngay 30/01/2024.", ["trude ngay 30/01/2024"]),
    ("Nộp hồ sơ chậm nhất ngày 5 tháng 3 năm 2024.", ["chậm nhất ngày 5 tháng 3 năm 2024"]),
    ("Tổ chức Hội nghị tổng kết (thời gian: tuần thứ hai của tháng 02/2024).", ["tuần thứ hai của tháng 02/2024"]),
    ("Tập huấn nghiệp vụ vào tuần 3 tháng 5/2024.", ["vào tuần 3 tháng 5/2024"]),
    ("Kiểm tra tại các thôn, ấp trong tháng 9 và tháng 10/2024.", ["trong tháng 9 và tháng 10/2024"]),
    ("Kiểm tra tại các thôn, ấp trong tháng 9, 10/2024.", ["trong tháng 9, 10/2024"]),
    ("Khen thưởng trong tháng 9, 10 đơn vị được đề nghị.", ["trong tháng 9"]),
    ("Gửi hồ sơ về Sở Nội vụ (Ban Thi đua - Khen thưởng) không quá ngày 10/12/2026.", ["không quá ngày 10/12/2026"]),
    ("Nộp báo cáo không muộn hơn ngày 15/11/2026.", ["không muộn hơn ngày 15/11/2026"]),
    ("Tổ chức Lễ phát động phong trào thi đua năm 2026 (dự kiến ngày 05/02/2026).", ["dự kiến ngày 05/02/2026"]),
    // A time standing alone in its own brackets, or after “thời gian:”, is the task's.
    ("Tập huấn nghiệp vụ cho cán bộ phụ trách tại 88 xã, phường (quý II/2026).", ["quý II/2026"]),
    ("Kiểm tra công tác thi đua tại một số sở, ngành (tháng 8 và tháng 9 năm 2026).", ["tháng 8 và tháng 9 năm 2026"]),
    ("Hội đồng họp xét khen thưởng tổng kết năm 2026 (tháng 12/2026 hoặc tháng 01/2027).", ["tháng 12/2026 hoặc tháng 01/2027"]),
    ("Tổ chức hội nghị điển hình tiên tiến (ngày 20/4/2026), báo cáo kết quả về Sở.", ["ngày 20/4/2026"]),
    ("Sơ kết phong trào thi đua. Thời gian thực hiện: tháng 6/2026.", ["tháng 6/2026"]),
    // Document dates and anniversaries are not deadlines, nor a bracket that holds more than a time.
    ("Thực hiện Kế hoạch số 26/KH-UBND ngày 31/3/2023 của UBND quận.", []),
    ("Kỷ niệm 70 năm Ngày Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024).", []),
    ("Kỷ niệm 80 năm Cách mạng tháng Tám thành công (ngày 19/8/1945).", []),
    ("Báo cáo số liệu khen thưởng (tháng 6/2026 và cả năm) theo mẫu.", []),
    ("Tuyên truyền các gương điển hình (tháng 5 có nhiều ngày lễ lớn).", []),
  ])
  func proseDeadlines(sentence: String, expected: [String]) throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: "1. Tổ chức thực hiện\n\n" + sentence))
    #expect(plan.items.map(\.deadlineText) == expected)
  }

  @Test func multipleDeadlinesInOneSentenceSplitTheTask() throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(
      body: "Định kỳ báo cáo kết quả 6 tháng (trước ngày 15/5) và báo cáo năm (trước ngày 15/11) về UBND thành phố."))
    #expect(plan.items.map(\.task) == ["Định kỳ báo cáo kết quả 6 tháng (trước ngày 15/5)", "báo cáo năm (trước ngày 15/11) về UBND thành phố"])
  }

  @Test func wrappedOCRParagraphKeepsLineOfItsDeadline() throws {
    let body = "Cac don vi thyc hién dang ky mo hinh cua tap thé\ndon vi nim 2024, giri vé Hoi dong TPKT quan\ntong hop trude ngay 30/01/2024."
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: body))
    #expect(plan.items.count == 1)
    // Body lines are 12-14; the deadline sits on the third.
    #expect(plan.items.first?.location.line == 14)
  }

  /// A quarter is found wherever it is written, after words such as “kết quả” or “quyết định”
  /// that start like it, in upper case, misspelt, decomposed or read by OCR.
  @Test(arguments: [
    ("Báo cáo kết quả thực hiện trong Quý II/2024 và quý III năm 2024", "Quý II/2024"),
    ("Báo cáo kết quả công tác thi đua theo quyết định của UBND", nil),
    ("QUÝ IV", "QUÝ IV"),
    ("Hoàn thành trong quy 11/2024 (bản chụp)", "quy 11/2024"),
    ("Qúy I năm 2025", "Qúy I năm 2025"),
    ("Thực hiện trong Qu\u{0079}\u{0301} 3", "Qu\u{0079}\u{0301} 3"),
    ("kết quả qui 4", "qui 4"),
    ("quý V", nil), ("Báo cáo Q", nil), ("Báo cáo qu", nil), ("kết quả; quận 1; Quý I", "Quý I"),
  ] as [(String, String?)])
  func aQuarterIsFoundAfterWordsThatStartLikeIt(text: String, expected: String?) {
    #expect(QuarterPattern.find(in: text) == expected)
  }
}

@Suite struct MentionTests {
  @Test(arguments: [
    ("Tiếp tục phong trào thi đua “Người tốt, việc tốt” trên địa bàn.", ["Người tốt, việc tốt"]),
    ("phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, “Xây dựng người Hà Nội thanh lịch - văn minh”;", ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Xây dựng người Hà Nội thanh lịch - văn minh"]),
    ("Xây dựng Kế hoạch thực hiện phong trào thi đua Trật tự văn minh đô thị", ["Trật tự văn minh đô thị"]),
    ("Tổ chức tốt Cuộc thi viết về gương điển hình tiên tiến, người tốt, việc tốt năm 2021 theo Kế hoạch của Quận.", ["viết về gương điển hình tiên tiến, người tốt, việc tốt năm 2021"]),
    // Not movements: a project, a model, a compound noun, the generic phrase.
    ("Tiếp tục thực hiện Đề án “Đổi mới, nâng cao chất lượng công tác thi đua khen thưởng”.", []),
    ("Thực hiện tốt mô hình “Chợ an toàn thực phẩm”.", []),
    ("Các cụm, khối thi đua xây dựng kế hoạch, quy chế hoạt động.", []),
    ("Phát động phong trào thi đua yêu nước trên tất cả các lĩnh vực.", []),
    // OCR: the closing quote is lost; the name ends before the next movement.
    ("phong trao thi dua “Ca nudc thi dua xay dung xa hoi hoc tap, phong trao thi dua “Pay manh cai cach hanh chinh”", ["Ca nudc thi dua xay dung xa hoi hoc tap", "Pay manh cai cach hanh chinh"]),
  ])
  func findsNamedMovements(sentence: String, expected: [String]) throws {
    let plan = try TestSupport.plan(TestSupport.minimalPlan(body: "1. Nội dung\n\n" + sentence))
    #expect(plan.mentions.map(\.name) == expected)
  }
}

/// A heading's label is the first clause of its title, about 90 characters at most, cut at a
/// word; the same whether the title's marks are precomposed or written as combining scalars.
@Suite struct HeadingLabelTests {
  static let long = "Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua yêu nước gắn với việc thực hiện nhiệm vụ chính trị của địa phương"

  @Test(arguments: [
    ("Tổ chức Hội nghị tổng kết: phát động thi đua năm 2024", "Tổ chức Hội nghị tổng kết"),
    ("Công tác khen thưởng.", "Công tác khen thưởng"), ("Báo cáo.\u{301}", "Báo cáo.\u{301}"),
    ("  Kiểm tra công tác thi đua; báo cáo kết quả", "Kiểm tra công tác thi đua"),
    (long, "Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua yêu nước gắn với việc…"),
    (long.decomposedStringWithCanonicalMapping,
     "Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua yêu nước gắn với việc…".decomposedStringWithCanonicalMapping),
  ])
  func shortLabelKeepsTheFirstClauseCutAtAWord(title: String, label: String) {
    #expect(Array(HeadingPattern.shortLabel(title).unicodeScalars) == Array(label.unicodeScalars))
  }

  /// Headings are numbered with a Roman numeral (upper-case titles) or with numbers to a
  /// depth; lines that merely start with I, V, X or a digit are not headings.
  @Test(arguments: [
    ("I. MỤC ĐÍCH, YÊU CẦU", "1 I. MỤC ĐÍCH, YÊU CẦU"), ("II) NỘI DUNG THI ĐUA", "1 II. NỘI DUNG THI ĐUA"),
    ("IV NHIỆM VỤ TRỌNG TÂM", "1 IV. NHIỆM VỤ TRỌNG TÂM"), ("V. Tổ chức thực hiện", nil), ("X. KHEN THƯỞNG", "1 X. KHEN THƯỞNG"),
    ("1. Tổ chức phát động", "2 1. Tổ chức phát động"), ("2.1. Kiện toàn Hội đồng", "3 2.1. Kiện toàn Hội đồng"),
    ("3) Hội nghị tổng kết", "2 3. Hội nghị tổng kết"), ("4, Khen thưởng", "2 4. Khen thưởng"),
    ("12.3. “Dân vận khéo”", "3 12.3. “Dân vận khéo”"), ("12.3 “Dân vận khéo”", nil), ("123. Quá nhiều chữ số", nil),
    ("Xây dựng kế hoạch", nil), ("Văn bản số 12", nil), ("Ít nhất 2 lần", nil), ("I", nil), ("15/3/2024 họp", nil),
    ("12 tháng", nil), ("1 Hội nghị", nil), ("I\u{301}. MỤC ĐÍCH", nil), ("1.\u{301} Hội nghị", nil), ("VI.\tMỤC TIÊU", nil),
  ])
  func headingsAreNumberedLines(line: String, heading: String?) {
    #expect(HeadingPattern.match(line).map { "\($0.heading.level) \($0.heading.label)" } == heading)
  }

  /// A mention or label loses the spaces and the `,;:.-–` it ends with, and nothing else: tabs
  /// and line ends are spaces, other marks and letters stay.
  @Test(arguments: [
    ("Người tốt, việc tốt”;  ", "Người tốt, việc tốt”"), ("Quý I/2024 –\t\r\n", "Quý I/2024"), ("Dân vận khéo.-", "Dân vận khéo"),
    ("năm 2024)", "năm 2024)"), ("“Xanh”", "“Xanh”"), (" , ;", ""), ("", ""), ("a\u{00A0}", "a"), ("Ba!", "Ba!"),
    ("Ba \u{301}", "Ba"), ("năm 2024\r\n", "năm 2024"), ("Tổng kết)", "Tổng kết)"), ("Hội nghị;", "Hội nghị"),
    ("a–.", "a"), ("Tổ chức. ", "Tổ chức"), ("ab\u{301}.", "ab\u{301}"), (".;,", ""),
  ])
  func trailingPunctuationIsTrimmed(text: String, expected: String) {
    #expect(text.trimmingTrailingPunctuation == expected)
  }
}
