import Foundation
import Testing
import ZIPFoundation

@testable import PlanAlign

/// `planalign.xlsx` opened the way an analyst opens it: by LibreOffice Calc.
@Suite struct WorkbookTests {
  /// A plan whose task texts start like spreadsheet formulas.
  static let formulaPlan = TestSupport.minimalPlan(
    body: """
      - =HYPERLINK("http://example.com","Bấm vào") Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 trước ngày 20/12/2024.
      - -Phòng Nội vụ hướng dẫn các đơn vị xét khen thưởng cuối năm, xong trước ngày 15/11/2024.
      """)

  /// The seeds and the formula plan, run once, and the workbook read by LibreOffice.
  static func workbook(language: String = "vi") async throws -> (summary: RunJob.Summary, spreadsheet: Spreadsheet) {
    let soffice = URL(fileURLWithPath: try #require(ExternalPrograms.locate("soffice"), "LibreOffice is not installed; run scripts/test.sh"))
    var plans = try ["hoang-mai-2021.txt", "long-khanh-2024.txt", "long-bien-2024.txt"].map { ($0, try TestSupport.seedData($0)) }
    plans.append(("hoan-kiem-2024.txt", Data(formulaPlan.utf8)))
    let data = try TestSupport.dataDirectory(plans: plans)
    let out = TestSupport.reportsDirectory(beside: data)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out, language: language).run()
    let copy = try TestSupport.temporaryDirectory().appendingPathComponent("planalign.xlsx")
    try FileManager.default.copyItem(at: out.appendingPathComponent("planalign.xlsx"), to: copy)
    return (summary, try Spreadsheet.open(copy, soffice: soffice))
  }

  @Test func everyReportIsASheetHeadedInVietnameseOverItsCSVKeys() async throws {
    let (summary, book) = try await Self.workbook()
    #expect(book.sheets.map(\.name) == [
      "Kế hoạch", "Mục kế hoạch", "Nêu phong trào", "Cảnh báo", "Phong trào", "Ma trận", "Nhiệm vụ", "Chưa khớp",
      "Thời hạn", "So với năm trước",
    ])
    let plans = try #require(book["Kế hoạch"])
    #expect(plans.rows[0].prefix(3).map(\.text) == ["Mã kế hoạch", "Đơn vị", "Loại đơn vị"])
    #expect(plans.rows[1].prefix(3).map(\.text) == ["plan_id", "district", "unit_type"])
    // One row per plan, as plans.csv, with Vietnamese text intact.
    #expect(plans.rows.count - 2 == summary.plans.count)
    #expect(plans.rows(where: "district", is: "Hoàng Mai").count == 1)
    #expect(plans.rows(where: "district", is: "Long Khánh").count == 1)
  }

  @Test func datesAreDateCellsAndCountsAreNumbers() async throws {
    let (_, book) = try await Self.workbook()
    let plans = try #require(book["Kế hoạch"])
    // Hoàng Mai's plan is dated "ngày 13 tháng 01 năm 2021".
    let hoangMai = try #require(plans.rows(where: "district", is: "Hoàng Mai").first)
    let issued = hoangMai[try #require(plans.column("issued_on"))]
    #expect(issued.type == "date")
    #expect(issued.value == "2021-01-13")
    #expect(issued.text == "13/01/2021")
    #expect(hoangMai[try #require(plans.column("plan_year"))] == Spreadsheet.Cell(type: "float", value: "2021", text: "2021"))

    // Long Khánh line 46 holds the year-end conference under "Quý I/2024": due 31 March 2024.
    let tasks = try #require(book["Nhiệm vụ"])
    let line = try #require(tasks.column("source_line"))
    let conference = try #require(
      tasks.rows(where: "plan_id", is: "thanh-pho-long-khanh-2024").first { $0[line].value == "46" })
    #expect(conference[line].type == "float")
    #expect(conference[try #require(tasks.column("due_end"))].type == "date")
    #expect(conference[try #require(tasks.column("due_end"))].value == "2024-03-31")
    #expect(conference[try #require(tasks.column("due_start"))].value == "2024-01-01")
    #expect(conference[try #require(tasks.column("score"))].type == "float")
    #expect(conference[try #require(tasks.column("task"))].text.contains("tôn vinh điển hình tiên tiến"))
  }

  @Test func planTextIsAStringNeverAFormulaAndNeedsNoApostrophe() async throws {
    let (_, book) = try await Self.workbook()
    let cells = book.sheets.flatMap { $0.rows.flatMap { $0 } }
    #expect(cells.allSatisfy { $0.formula == nil })
    let tasks = try #require(book["Nhiệm vụ"])
    let texts = tasks.rows(where: "plan_id", is: "quan-hoan-kiem-2024").map { $0[tasks.column("task")!] }
    #expect(texts.contains { $0.type == "string" && $0.text.hasPrefix("=HYPERLINK(\"http://example.com\"") })
    #expect(texts.contains { $0.type == "string" && $0.text.hasPrefix("-Phòng Nội vụ hướng dẫn") })
  }

  @Test func theMatrixHasAPlanPerRowMarksAndTotals() async throws {
    let (summary, book) = try await Self.workbook()
    let matrix = try #require(book["Ma trận"])
    #expect(matrix.rows.count == 2 + summary.plans.count + 1)
    let count = try #require(matrix.column("campaign_count"))
    for row in matrix.rows.dropFirst(2).dropLast() {
      // Each row's count is the number of its marks.
      #expect(Double(row[count].value) == Double(row.filter { $0.text == "●" }.count))
    }
    let totals = try #require(matrix.rows.last)
    #expect(totals[1].text == "Tổng")
    // Every seed plan names the office-culture campaign ("văn hóa công sở").
    let column = try #require(matrix.column("office_culture"))
    let marked = matrix.rows.dropFirst(2).dropLast().filter { $0.count > column && $0[column].text == "●" }.count
    #expect(Double(totals[column].value) == Double(marked))
    #expect(marked >= 3)
    // Campaign columns are headed by the campaign's name.
    #expect(matrix.rows[0][column].text.contains("văn hóa công sở"))
  }

  @Test func sheetsFilterFreezeAndPrintTheirHeaders() async throws {
    let (summary, book) = try await Self.workbook()
    // Filters sit on the key row of every sheet.
    #expect(book.filteredRanges.count == 10)
    // plans.csv has 20 columns (A–T), the last two the page's counts (campaigns_named, dated_items).
    #expect(book.filteredRanges.contains("'Kế hoạch'.A2:'Kế hoạch'.T\(summary.plans.count + 2)"))
    #expect(book.sheetsWithRepeatedHeader == 10)
    // Frozen panes are view settings, which LibreOffice does not convert headless: read them
    // from the workbook's own sheet XML.
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("book.xlsx")
    try summary.reports.first { $0.name == "planalign.xlsx" }!.contents().write(to: out)
    let archive = try Archive(url: out, accessMode: .read)
    var frozen = 0
    for entry in archive where entry.path.hasPrefix("xl/worksheets/sheet") {
      var xml = Data()
      _ = try archive.extract(entry) { xml.append($0) }
      if String(decoding: xml, as: UTF8.self).contains("ySplit=\"2\" topLeftCell=") { frozen += 1 }
    }
    #expect(frozen == 10)
  }

  /// The run writes a sheet with its CSV file, from the same rows, and sets the columns' widths
  /// after the rows: each as wide as its longest value, up to 60 characters (+2 of margin).
  @Test func columnsAreAsWideAsTheirLongestValueUpToSixtyCharacters() async throws {
    let (summary, _) = try await Self.workbook()
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("book.xlsx")
    try summary.reports.first { $0.name == "planalign.xlsx" }!.contents().write(to: out)
    let archive = try Archive(url: out, accessMode: .read)
    var xml = Data()
    _ = try archive.extract(try #require(archive["xl/worksheets/sheet2.xml"])) { xml.append($0) }
    let widths = String(decoding: xml, as: UTF8.self).split(separator: "<col ").dropFirst().compactMap { col in
      col.split(separator: "\"").dropFirst(5).first.flatMap { Double($0) }.map { Int($0) }
    }
    // Each column: its longest value, heading (up to 16 characters: headings wrap) or key,
    // capped at 60 characters, and a margin of 2.
    let sheet = WorkbookSheet(key: "items", table: PlanReports.items(summary.plans), language: "vi")
    let expected = sheet.table.header.indices.map { column in
      let longest = sheet.table.rows.map { row -> Int in
        switch row[column] {
        case .number(let number): return String(number).count
        case .date(let text), .decimal(let text), .value(let text), .text(let text): return text.count
        }
      }.max() ?? 0
      return max(min(sheet.headings[column].count, 16), sheet.table.header[column].count, min(longest, 60)) + 2
    }
    #expect(widths == expected)
    // A text of more than 40 characters wraps in its cell (a style); a shorter one has none.
    let cells = String(decoding: xml, as: UTF8.self).components(separatedBy: "<c r=\"").dropFirst()
    var wrapped = 0
    for cell in cells where cell.contains("t=\"inlineStr\"") {
      let text = cell.components(separatedBy: "<t>").dropFirst().first?.components(separatedBy: "</t>").first ?? ""
      let long = text.replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&").count > 40
      let row = Int(cell.prefix { $0 != "\"" }.drop { $0.isLetter }) ?? 0
      guard row > 2 else { continue }  // headings and keys have their own styles
      #expect(cell.contains(" s=\"") == long, "\(text)")
      if long { wrapped += 1 }
    }
    #expect(wrapped > 20)
    #expect(widths[4] == WorkbookReport.widestColumn + 2, "task texts are longer than 60 characters")
    // Years (4 digits) are narrower than the heading “Năm kế hoạch” (12 characters): its width.
    #expect(sheet.headings[2] == "Năm kế hoạch" && widths[2] == 12 + 2)
  }

  @Test func theEnglishWorkbookIsHeadedInEnglish() async throws {
    let (_, book) = try await Self.workbook(language: "en")
    #expect(book.sheets.map(\.name).prefix(3) == ["Plans", "Items", "Mentions"])
    #expect(book["Plans"]?.rows[0].first?.text == "Plan ID")
    #expect(book["Matrix"]?.rows.last?[1].text == "Total")
  }

  /// Sheets are written on two threads at once, taken in an order chosen for speed: the file is
  /// the same whichever is written first, as each format's place among the workbook's styles
  /// is fixed when it is added, not by the first cell that uses it.
  @Test func theWorkbooksBytesDoNotDependOnWhichSheetIsWrittenFirst() throws {
    let task = "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động phong trào thi đua năm 2025"
    let sheets = [
      WorkbookSheet(key: "plans", table: CSVTable(header: ["plan_id", "issued_on"], rows: [[.text("a"), .date("2024-01-13")]]), language: "vi"),
      WorkbookSheet(key: "items", table: CSVTable(header: ["plan_id", "task"], rows: [[.text("a"), .text(task)]]), language: "vi"),
      WorkbookSheet(key: "unmatched", table: CSVTable(header: ["plan_id", "text"], rows: [[.text("a"), .text(WorkbookReport.matrixMark)]]), language: "vi"),
    ]
    let folder = try TestSupport.temporaryDirectory()
    var files: [Data] = []
    for (index, order) in [[0, 1, 2], [2, 1, 0], [1]].enumerated() {
      let path = folder.appendingPathComponent("\(index).xlsx").path
      let book = try WorkbookWriter(path: path, created: Date(timeIntervalSince1970: 1_700_000_000))
      try book.add(sheets.map { sheet in WorkbookWriter.PendingSheet(name: sheet.name) { sheet } }, firstWritten: order)
      try book.close()
      files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
    #expect(files[1] == files[0])
    #expect(files[2] == files[0])
  }

  /// `--no-workbook`: the other reports as usual, and a workbook an earlier run left is
  /// replaced with the rest of the set rather than refused as a foreign file.
  @Test func aRunWithoutTheWorkbookWritesTheOtherReportsInPlaceOfAnEarlierSet() async throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("Reports")
    let book = out.appendingPathComponent("planalign.xlsx")
    let full = try await RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: out).run()
    #expect(full.reports.map(\.name).contains("planalign.xlsx") && FileManager.default.fileExists(atPath: book.path))
    var job = RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: out)
    job.writesWorkbook = false
    let summary = try await job.run()
    #expect(summary.reports.map(\.name) == full.reports.map(\.name).filter { $0 != "planalign.xlsx" })
    #expect(!FileManager.default.fileExists(atPath: book.path))
    let plans = try #require(summary.reports.first { $0.name == "plans.csv" })
    #expect(try plans.contents() == full.reports.first { $0.name == "plans.csv" }?.contents())
  }

  /// A date cell holds a spreadsheet date only for an ISO date in the years a spreadsheet can
  /// hold; other text stays text. Dates of ten bytes are read from the bytes, others the long way.
  @Test(arguments: [
    ("2024-03-15", "2024 3 15"), ("9999-12-31", "9999 12 31"), ("1900-01-01", "1900 1 1"), ("1899-12-31", nil),
    ("2024-13-01", nil), ("2024-00-10", nil), ("2024-03-32", nil), ("2024-03-1a", nil), ("2024/03/15", nil),
    ("2024-3-5", "2024 3 5"), ("24-03-15", nil), ("", nil), ("Quý I/2024", nil),
  ])
  func dateCellsAreISODates(text: String, date: String?) {
    #expect(WorkbookReport.isoDate(text).map { "\($0.0) \($0.1) \($0.2)" } == date)
  }

  /// A number widens its column by the characters it is written with, sign included.
  @Test(arguments: [
    (0, 1), (7, 1), (9, 1), (10, 2), (99, 2), (100, 3), (2026, 4), (148_619, 6), (-1, 2), (-10, 3),
    (-2026, 5), (Int.max, 19), (Int.min, 20),
  ])
  func aNumberIsAsWideAsItsDigits(number: Int, width: Int) {
    #expect(WorkbookReport.ColumnMeasure.digitCount(number) == width)
    #expect(String(number).count == width)
  }
}
