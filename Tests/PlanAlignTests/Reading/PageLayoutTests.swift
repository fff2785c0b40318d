import Testing

@testable import PlanAlign

/// Word positions as poppler reports them, turned into lines, paragraphs and table rows.
@Suite struct PageLayoutTests {
  /// Words of one line, placed left to right from `x` with 3-point spaces (6 points per letter).
  static func line(_ y: Double, _ runs: [(x: Double, text: String)]) -> [PageWord] {
    var words: [PageWord] = []
    for run in runs {
      var x = run.x
      for word in run.text.split(separator: " ") {
        let width = Double(word.count) * 6
        words.append(PageWord(x0: x, y0: y, x1: x + width, y1: y + 14, text: String(word)))
        x += width + 3
      }
    }
    return words
  }

  /// The cells of the table rows read from one text-layer page.
  static func tableRows(_ words: [PageWord]) -> [[String]] {
    PageLayout.elements(pages: [words], scanned: []).compactMap { element -> [String]? in
      if case .tableRow(let cells) = element.kind { return cells } else { return nil }
    }
  }

  @Test func columnsThatStartAtTheSameEdgesAreATable() {
    var words: [PageWord] = []
    words += Self.line(100, [(60, "Các đơn vị xây dựng kế hoạch và gửi về Hội đồng Thi đua - Khen thưởng trước ngày")])
    words += Self.line(116, [(60, "15/01/2024 để tổng hợp.")])
    words += Self.line(150, [(60, "TT"), (90, "Nội dung"), (300, "Chủ trì"), (400, "Thời gian")])
    words += Self.line(172, [(60, "1."), (90, "Ban hành kế hoạch"), (300, "Phòng Nội vụ"), (400, "Tháng 01/2024")])
    words += Self.line(188, [(90, "công tác năm 2024")])
    words += Self.line(210, [(60, "2."), (90, "Tổ chức hội nghị"), (300, "Hội đồng"), (400, "Trước ngày")])
    words += Self.line(226, [(90, "tổng kết"), (400, "15/3/2024")])
    words += Self.line(260, [(60, "Nơi nhận:")])
    let elements = PageLayout.elements(pages: [words], scanned: [])
    #expect(Self.tableRows(words) == [
      ["TT", "Nội dung", "Chủ trì", "Thời gian"],
      ["1.", "Ban hành kế hoạch công tác năm 2024", "Phòng Nội vụ", "Tháng 01/2024"],
      ["2.", "Tổ chức hội nghị tổng kết", "Hội đồng", "Trước ngày 15/3/2024"],
    ])
    #expect(elements.first?.text == "Các đơn vị xây dựng kế hoạch và gửi về Hội đồng Thi đua - Khen thưởng trước ngày")
    #expect(elements.first?.reference.label == "tr. 1, dòng 1")
    #expect(elements.last?.text == "Nơi nhận:")
  }

  /// A table whose rows are set as close as the lines of a cell, its time column first: a line
  /// that starts cells where the open row's cells have ended starts the next row.
  @Test func rowsSetAsCloseAsLinesAreToldApartByTheirCells() {
    var words: [PageWord] = []
    words += Self.line(80, [(60, "Trách nhiệm thực hiện các nội dung theo bảng sau, báo cáo Hội đồng trước ngày")])
    words += Self.line(100, [(55, "Tháng 01"), (150, "Tổ chức Hội nghị tổng kết công tác"), (400, "UBND phường")])
    words += Self.line(115, [(150, "thi đua, khen thưởng năm 2025")])
    words += Self.line(130, [(55, "Tháng 3"), (150, "Ký kết giao ước thi đua giữa"), (400, "Các tổ dân phố")])
    words += Self.line(145, [(150, "các tổ dân phố")])
    words += Self.line(160, [(55, "Quý II"), (150, "Tập huấn nghiệp vụ công tác"), (400, "Phòng Văn hóa")])
    words += Self.line(175, [(150, "thi đua, khen thưởng"), (400, "- Xã hội")])
    #expect(Self.tableRows(words) == [
      ["Tháng 01", "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025", "UBND phường"],
      ["Tháng 3", "Ký kết giao ước thi đua giữa các tổ dân phố", "Các tổ dân phố"],
      ["Quý II", "Tập huấn nghiệp vụ công tác thi đua, khen thưởng", "Phòng Văn hóa - Xã hội"],
    ])
  }

  /// A text layer's rows set a little further apart than a cell's lines (as LibreOffice lays
  /// out a Word table: lines 12.3 points apart in a cell, rows 15.4, at a 14-point height): the
  /// header and each row are rows of their own, single-line rows too.
  @Test func aTextLayersSlightlyWiderRowSpacingStartsRows() {
    var words: [PageWord] = []
    words += Self.line(80, [(60, "Trách nhiệm thực hiện các nội dung theo bảng sau, báo cáo Hội đồng trước ngày")])
    words += Self.line(98.9, [(55, "Thời gian"), (150, "Nội dung công việc"), (400, "Đơn vị thực hiện")])
    words += Self.line(114.4, [(55, "Tháng 01"), (150, "Tổ chức Hội nghị tổng kết công tác"), (400, "UBND phường")])
    words += Self.line(126.7, [(150, "thi đua, khen thưởng năm 2025")])
    words += Self.line(142.1, [(55, "Tháng 3"), (150, "Ký kết giao ước thi đua giữa các"), (400, "Các tổ dân phố")])
    words += Self.line(154.4, [(150, "tổ dân phố")])
    words += Self.line(169.8, [(55, "Quý II"), (150, "Tập huấn nghiệp vụ công tác"), (400, "Phòng Văn hóa -")])
    words += Self.line(182.1, [(150, "thi đua, khen thưởng"), (400, "Xã hội")])
    words += Self.line(197.5, [(55, "Tháng 11"), (150, "Kiểm tra công tác thi đua"), (400, "Hội đồng")])
    words += Self.line(212.9, [(55, "Trước 15/12"), (150, "Tổng hợp hồ sơ khen thưởng"), (400, "Phòng Văn hóa")])
    #expect(Self.tableRows(words).map(\.first) == ["Thời gian", "Tháng 01", "Tháng 3", "Quý II", "Tháng 11", "Trước 15/12"])
  }

  /// A scanned page's ruled table: each row is cited by its own first line, counted down the
  /// page with the lines inside the cells, as on a page with a text layer; a speck of the rules
  /// is not a line.
  @Test func rowsOfAScannedRuledTableAreCitedByTheirOwnLines() {
    var words: [PageWord] = []
    words += Self.line(100, [(60, "II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN")])
    words.append(PageWord(x0: 50, y0: 141, x1: 480, y1: 143, text: "—"))
    words += Self.line(146, [(55, "TT"), (85, "Nội dung"), (295, "Chủ trì"), (395, "Thời gian")])
    words += Self.line(172, [(55, "1"), (85, "Tổ chức Hội nghị tổng kết"), (295, "UBND phường"), (395, "Tháng 02/2026")])
    words += Self.line(188, [(85, "công tác thi đua năm 2025")])
    words += Self.line(216, [(55, "2"), (85, "Tập huấn nghiệp vụ"), (295, "Phòng Văn hóa"), (395, "Quý II/2026")])
    words += Self.line(232, [(85, "thi đua, khen thưởng"), (295, "- Xã hội")])
    words += Self.line(280, [(60, "IV. TỔ CHỨC THỰC HIỆN")])
    let grid = TableGrid(rows: [140, 166, 210, 260], columns: [50, 80, 290, 390, 480])
    let elements = PageLayout.elements(pages: [words], scanned: [1], grids: [1: [grid]])
    let cited = elements.filter { $0.kind != .gap }.map { "\($0.reference.label): \($0.text.prefix(12))" }
    #expect(cited == [
      "tr. 1, dòng 1: II. NHIỆM VỤ", "tr. 1, dòng 2: TT | Nội dun", "tr. 1, dòng 3: 1 | Tổ chức ",
      "tr. 1, dòng 5: 2 | Tập huấn", "tr. 1, dòng 7: IV. TỔ CHỨC ",
    ])
  }

  @Test func theIssuerBesideTheMottoIsReadColumnByColumn() {
    var words: [PageWord] = []
    words += Self.line(40, [(60, "ỦY BAN NHÂN DÂN"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")])
    words += Self.line(56, [(60, "QUẬN LONG BIÊN"), (320, "Độc lập - Tự do - Hạnh phúc")])
    words += Self.line(80, [(60, "Số: 25/KH-UBND"), (310, "Long Biên, ngày 18 tháng 01 năm 2024")])
    let texts = PageLayout.elements(pages: [words], scanned: []).map(\.text).filter { !$0.isEmpty }
    #expect(texts == [
      "ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN", "Số: 25/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Long Biên, ngày 18 tháng 01 năm 2024",
    ])
  }

  @Test(arguments: [("2", true), ("- 2 -", true), ("Trang 3", true), ("2/5", true), ("2024", true), ("Quý I", false), ("1. Mục đích", false)])
  func pageNumbersAreFurniture(text: String, isPageNumber: Bool) {
    #expect(PageLayout.isPageNumber(text) == isPageNumber)
  }
}
