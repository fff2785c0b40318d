import Testing

@testable import PlanAlign

/// Ruled tables found in a page's drawing, and merged cells (a cell with no rule beneath it).
@Suite struct TableGridTests {
  /// A white page image with black rules: horizontal ones as (y, from x, to x), vertical ones
  /// as (x, from y, to y), each two pixels thick.
  static func page(width: Int, height: Int, horizontal: [(Int, Int, Int)], vertical: [(Int, Int, Int)]) -> [UInt8] {
    var pixels = [UInt8](repeating: 255, count: width * height)
    for (y, from, to) in horizontal {
      for row in y..<(y + 2) { for x in from..<to { pixels[row * width + x] = 0 } }
    }
    for (x, from, to) in vertical {
      for y in from..<to { for column in x..<(x + 2) { pixels[y * width + column] = 0 } }
    }
    return Array("P5\n\(width) \(height)\n255\n".utf8) + pixels
  }

  /// Three columns, four rows; the rule under the second row stops short of the first column,
  /// whose cell runs on into the third row (“Quý I” over two tasks).
  @Test func aRuleThatStopsShortOfAColumnMergesItsCells() throws {
    let columns = [100, 250, 600, 900]
    let image = Self.page(
      width: 1000, height: 1200,
      horizontal: [(100, 100, 902), (180, 100, 902), (260, 250, 902), (340, 100, 902), (420, 100, 902)],
      vertical: columns.map { ($0, 100, 422) })
    let grids = RulingLines.analyse(pgm: image).grids
    let grid = try #require(grids.first)
    #expect(grids.count == 1)
    #expect(grid.rows.map { Int($0) } == [100, 180, 260, 340, 420])
    #expect(grid.columns.map { Int($0) } == columns)
    #expect(grid.openings == [TableGrid.Opening(rule: 2, column: 0)])
    // The OCR and rules caches keep it.
    #expect(TableGrid(line: Substring(grid.line)) == grid)
  }

  @Test(arguments: [
    // (openings as rule:column, cells by row, expected)
    ([], [["Quý I", "a"], ["", "b"]], [["Quý I", "a"], ["", "b"]]),
    ([(1, 0)], [["", "a"], ["Quý I", "b"]], [["Quý I", "a"], ["Quý I", "b"]]),
    ([(1, 0), (2, 0)], [["Tháng", "a"], ["", "b"], ["1", "c"]], [["Tháng 1", "a"], ["Tháng 1", "b"], ["Tháng 1", "c"]]),
    ([(2, 1)], [["1", "a"], ["2", "b"], ["3", "c"]], [["1", "a"], ["2", "b c"], ["3", "b c"]]),
  ])
  func aMergedCellGivesItsTextToEachRowItSpans(openings: [(Int, Int)], cells: [[String]], expected: [[String]]) {
    let rows = (0...cells.count).map { Double($0 * 10) }
    let grid = TableGrid(
      rows: rows, columns: [0, 10, 20], openings: Set(openings.map { TableGrid.Opening(rule: $0.0, column: $0.1) }))
    #expect(grid.resolvingMerges(cells) == expected)
  }

  /// A page image turned a quarter, a half and three quarters clockwise: pixel (x, y) of a
  /// 3 × 2 image goes where a page turned that way puts it.
  @Test(arguments: [
    (90, 2, 3, [4, 1, 5, 2, 6, 3]), (180, 3, 2, [6, 5, 4, 3, 2, 1]), (270, 2, 3, [3, 6, 2, 5, 1, 4]),
    (360, 3, 2, [1, 2, 3, 4, 5, 6]),
  ])
  func aPageImageTurnsClockwise(degrees: Int, width: Int, height: Int, pixels: [UInt8]) throws {
    let image = try #require(GrayImage(pgm: Array("P5\n3 2\n255\n".utf8) + [1, 2, 3, 4, 5, 6]))
    #expect(image.rotated(clockwise: degrees).pgm == Array("P5\n\(width) \(height)\n255\n".utf8) + pixels)
  }
}
