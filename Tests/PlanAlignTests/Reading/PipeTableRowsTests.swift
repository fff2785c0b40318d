import Testing

@testable import PlanAlign

/// Pipe tables as a plan typed in text keeps them once printed to PDF (a long row running onto
/// the lines below it) or opened in Word (a paragraph a row).
@Suite struct PipeTableRowsTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var lines: [String]
    /// What comes out: cells joined by " ¦ " for a table row, the text for a line, "" for a gap.
    var expected: [String]
    var testDescription: String { name }
  }

  static func read(_ lines: [String], paragraphs: Bool = false) -> [String] {
    let elements = lines.enumerated().map { index, text in
      DocumentElement(
        text.isEmpty ? .gap : paragraphs ? .paragraph(text) : .line(text), reference: .pageLine(page: 1, line: index + 1))
    }
    return PipeTableRows.reading(elements).map { element in
      switch element.kind {
      case .tableRow(let cells): return cells.joined(separator: " ¦ ")
      case .line(let text), .paragraph(let text): return text
      case .gap: return ""
      }
    }
  }

  static let header = "| STT | Thời gian | Nội dung công việc | Chủ trì |"

  static let cases: [Case] = [
    Case(
      name: "a row wrapped inside a cell",
      lines: [header, "| 1 | Trước ngày 20/01/2023 | Ban hành Kế hoạch công tác thi đua, khen thưởng", "năm 2023 | Phòng Nội vụ |"],
      expected: ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "1 ¦ Trước ngày 20/01/2023 ¦ Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2023 ¦ Phòng Nội vụ"]),
    Case(
      name: "a row wrapped at a cell's edge, then inside the last cell",
      lines: [header, "| 5 | Từ ngày 01/4 đến ngày 20/4/2023 | Xét, đề nghị khen thưởng cấp Nhà nước |", "Hội đồng TĐKT", "quận |"],
      expected: [
        "STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì",
        "5 ¦ Từ ngày 01/4 đến ngày 20/4/2023 ¦ Xét, đề nghị khen thưởng cấp Nhà nước ¦ Hội đồng TĐKT quận",
      ]),
    Case(
      name: "the rest of a row on a line that starts with a bar",
      lines: [header, "| 10 | Trước ngày 15/12/2023 | Hướng dẫn bình xét, khen thưởng tổng kết năm 2023", "| Phòng Nội vụ |"],
      expected: ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "10 ¦ Trước ngày 15/12/2023 ¦ Hướng dẫn bình xét, khen thưởng tổng kết năm 2023 ¦ Phòng Nội vụ"]),
    Case(
      name: "a short group row followed by a row",
      lines: [header, "|---|---|---|---|", "| I | Quý I |", "| 1 | Tháng 01/2023 | Ban hành kế hoạch | UBND |"],
      expected: ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "", "I ¦ Quý I", "1 ¦ Tháng 01/2023 ¦ Ban hành kế hoạch ¦ UBND"]),
    Case(
      name: "prose after a short last row stays prose",
      lines: [header, "| | Tổng cộng |", "IV. TỔ CHỨC THỰC HIỆN", "| 1 | nói về | bảng |"],
      expected: ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", " ¦ Tổng cộng", "IV. TỔ CHỨC THỰC HIỆN", "1 ¦ nói về ¦ bảng"]),
    Case(
      name: "a gap closes a row",
      lines: [header, "| 2 | Tháng 02/2023 | Hội nghị tổng kết", "", "Các đơn vị thực hiện."],
      expected: ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "2 ¦ Tháng 02/2023 ¦ Hội nghị tổng kết", "", "Các đơn vị thực hiện."]),
    Case(
      name: "rows without a closing bar are read one line a row",
      lines: ["| STT | Thời gian | Nội dung", "| 1 | Tháng 3 | Tập huấn", "nghiệp vụ"],
      expected: ["STT ¦ Thời gian ¦ Nội dung", "1 ¦ Tháng 3 ¦ Tập huấn", "nghiệp vụ"]),
    Case(
      name: "a line with bars that fits no row does not end the table",
      lines: [header, "| 1 | Tháng 1 | Ban hành", "kế hoạch | UBND | Phòng | Nội vụ |", "| 2 | Tháng 2 | Hội nghị", "tổng kết | UBND |"],
      expected: [
        "STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "1 ¦ Tháng 1 ¦ Ban hành", "kế hoạch | UBND | Phòng | Nội vụ |",
        "2 ¦ Tháng 2 ¦ Hội nghị tổng kết ¦ UBND",
      ]),
    Case(
      name: "a line with a bar inside is prose",
      lines: ["Thời gian: Quý I | Quý II", "| A |"],
      expected: ["Thời gian: Quý I | Quý II", "A"]),
  ]

  @Test(arguments: cases)
  func printedPipeRowsAreJoinedIntoTableRows(_ example: Case) {
    #expect(Self.read(example.lines) == example.expected)
  }

  /// A Word paragraph is a whole row: one shorter than the header is not joined to the next.
  @Test func wordParagraphsAreRowsAsWritten() {
    let paragraphs = [Self.header, "| 1 | Tháng 3 | Tập huấn", "nghiệp vụ |"]
    #expect(Self.read(paragraphs, paragraphs: true) == ["STT ¦ Thời gian ¦ Nội dung công việc ¦ Chủ trì", "1 ¦ Tháng 3 ¦ Tập huấn", "nghiệp vụ |"])
  }

  /// A joined row is cited by the line it starts on.
  @Test func aJoinedRowKeepsItsFirstLine() {
    let elements = [Self.header, "| 1 | Tháng 3 | Tập huấn", "nghiệp vụ | UBND |", "Sau bảng."].enumerated().map {
      DocumentElement(.line($0.element), reference: .pageLine(page: 2, line: $0.offset + 7))
    }
    #expect(PipeTableRows.reading(elements).map(\.reference.label) == ["tr. 2, dòng 7", "tr. 2, dòng 8", "tr. 2, dòng 10"])
  }
}
