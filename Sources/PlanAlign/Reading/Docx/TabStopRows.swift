/// Word paragraphs laid out as a table with tab stops (“1⇥Phiên họp thứ nhất⇥tháng 1/2022”),
/// read as table rows the way a tab-separated line of a text plan is.
///
/// A tab also follows a heading's or list item's number (“1.⇥Mục tiêu”), so one tab does not
/// make a table: a run of consecutive tab paragraphs becomes rows only when one of them fills
/// three cells or more; otherwise the run stays paragraphs. The signature block, laid out with
/// tabs as often as with a borderless table, stays paragraphs from “Nơi nhận” to an appendix.
struct TabStopRows {
  private var waiting: [(paragraph: DocumentElement, cells: [String])] = []
  private var isTable = false
  private var inSignature = false

  /// Notes where the body is: the signature block starts at “Nơi nhận” and ends at an appendix.
  mutating func note(_ text: String) {
    if TextFolding.matchKey(text, startsWith: "noi nhan") {
      inSignature = true
    } else if inSignature, TextFolding.matchKey(text, startsWith: "phu luc") {
      inSignature = false
    }
  }

  /// Holds `paragraph`, whose text with its tabs is `row`, as part of the run; `false` when it
  /// cannot be a row (the caller ends the run with ``flush()`` and adds the paragraph).
  mutating func add(_ paragraph: DocumentElement, row: String) -> Bool {
    guard !inSignature, let cells = TableRowSplitter.cells(of: row), cells.count >= 2 else { return false }
    waiting.append((paragraph, cells))
    if cells.lazy.filter({ !$0.isEmpty }).count >= 3 { isTable = true }
    return true
  }

  /// The run's elements, in order: table rows when the run is a table, else its paragraphs.
  mutating func flush() -> [DocumentElement] {
    defer {
      waiting = []
      isTable = false
    }
    guard isTable else { return waiting.map(\.paragraph) }
    return waiting.map { DocumentElement(.tableRow($0.cells), reference: $0.paragraph.reference) }
  }
}
