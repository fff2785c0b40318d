import Testing

@testable import PlanAlign

/// A table cell's words and lines on a page put together: a date the cell's width broke
/// (“15/01/202” over “6”) is whole again; everything else is joined by a space.
@Suite struct CellTextTests {
  @Test(arguments: [
    (["15/01/202", "6"], "15/01/2026"),
    (["05/01/20", "26"], "05/01/2026"),
    (["Trước", "15/01/", "2026"], "Trước 15/01/2026"),
    (["Tháng 4/", "2026"], "Tháng 4/2026"),
    (["Tháng 12/202", "6"], "Tháng 12/2026"),
    (["05/01/2026", "15/01/2026"], "05/01/2026 15/01/2026"),
    (["15/01", "2026"], "15/01 2026"),
    (["Quý II/", "2026"], "Quý II/ 2026"),
    (["Năm 2026", "10"], "Năm 2026 10"),
    (["Số 05/", "12345"], "Số 05/ 12345"),
    (["Phòng Nội", "vụ"], "Phòng Nội vụ"),
  ])
  func cellLinesAreJoined(lines: [String], expected: String) {
    #expect(CellText.joining(lines) == expected)
  }
}
