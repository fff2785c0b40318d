/// Collects the rows of one Word table and resolves its merged cells: a cell spanning
/// columns (`w:gridSpan`) keeps its text in its first column and leaves the others blank; a
/// cell merged down (`w:vMerge`) gives its text to every row it spans; columns skipped at the
/// start of a row (`w:gridBefore`) are blank.
final class DocxTableBuilder {
  /// A finished row: cells on the table grid, and each source cell's paragraphs.
  struct Row {
    var cells: [String]
    var paragraphs: [[String]]
  }

  private struct Cell {
    var column: Int
    var span = 1
    var merge: Bool?  // nil: not merged; true: starts a merge; false: continues one
    var paragraphs: [String] = []
  }

  private var rows: [[Cell]] = []
  private var row: [Cell] = []
  private var cell: Cell?
  private var nextColumn = 0

  /// Whether a cell is open (paragraphs go into it).
  var inCell: Bool { cell != nil }

  func startRow() {
    row = []
    nextColumn = 0
  }

  func skipColumns(_ count: Int) {
    nextColumn += max(0, min(count, 1000))
  }

  func startCell() {
    cell = Cell(column: nextColumn)
  }

  func setSpan(_ span: Int) {
    cell?.span = max(1, min(span, 1000))
  }

  func setMerge(restart: Bool) {
    cell?.merge = restart
  }

  func addParagraph(_ text: String) {
    cell?.paragraphs.append(text)
  }

  func endCell() {
    guard let finished = cell else { return }
    row.append(finished)
    nextColumn = finished.column + finished.span
    cell = nil
  }

  func endRow() {
    if let open = cell {
      row.append(open)
      cell = nil
    }
    rows.append(row)
    row = []
  }

  /// The rows with merged cells resolved.
  func resolvedRows() -> [Row] {
    var result: [Row] = []
    var above: [Int: String] = [:]  // grid column → text of the merge started above
    for cells in rows {
      let width = cells.map { $0.column + $0.span }.max() ?? 0
      var grid = [String](repeating: "", count: width)
      for cell in cells {
        var text = cell.paragraphs.filter { !$0.isEmpty }.joined(separator: " ")
        if cell.merge == false {
          text = above[cell.column] ?? ""
        } else if cell.merge == true {
          above[cell.column] = text
        } else {
          above[cell.column] = nil
        }
        grid[cell.column] = text
      }
      result.append(Row(cells: grid, paragraphs: cells.map(\.paragraphs)))
    }
    return result
  }
}
