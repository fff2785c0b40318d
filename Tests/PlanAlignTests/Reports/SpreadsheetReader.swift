import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A spreadsheet as LibreOffice reads it: the workbook converted by `soffice --headless` to
/// flat OpenDocument (`.fods`) and parsed, so tests see what an analyst's spreadsheet sees.
struct Spreadsheet {
  /// One cell: its type as the spreadsheet holds it, its value and its shown text.
  struct Cell: Equatable {
    /// `string`, `float`, `date`, … or empty for an empty cell.
    var type = ""
    /// `office:value` or `office:date-value`.
    var value = ""
    /// The text shown.
    var text = ""
    /// A formula, if the cell holds one.
    var formula: String?
  }

  /// A sheet: its name and rows of cells.
  struct Sheet {
    var name: String
    var rows: [[Cell]]

    /// The column whose key (second header row) is `key`.
    func column(_ key: String) -> Int? {
      rows.count > 1 ? rows[1].firstIndex { $0.text == key } : nil
    }

    /// The data rows (below the two header rows) where column `key` shows `text`.
    func rows(where key: String, is text: String) -> [[Cell]] {
      guard let column = column(key) else { return [] }
      return rows.dropFirst(2).filter { column < $0.count && $0[column].text == text }
    }
  }

  var sheets: [Sheet]
  /// Sheet ranges with filter buttons, as `'Sheet'.A2:'Sheet'.R7`.
  var filteredRanges: [String]
  /// How many sheets repeat header rows on every printed page.
  var sheetsWithRepeatedHeader: Int

  subscript(name: String) -> Sheet? { sheets.first { $0.name == name } }

  /// Converts `workbook` with LibreOffice and reads the result.
  static func open(_ workbook: URL, soffice: URL) throws -> Spreadsheet {
    let folder = workbook.deletingLastPathComponent()
    let profile = folder.appendingPathComponent("lo-profile")
    let result = try TestSupport.run(
      soffice,
      ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "fods", "--outdir", folder.path, workbook.path])
    let converted = workbook.deletingPathExtension().appendingPathExtension("fods")
    guard let data = FileManager.default.contents(atPath: converted.path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "soffice: \(result.stderr)"])
    }
    let reader = FlatODSReader()
    let parser = XMLParser(data: data)
    parser.delegate = reader
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    return Spreadsheet(sheets: reader.sheets, filteredRanges: reader.filteredRanges, sheetsWithRepeatedHeader: reader.headerRowGroups)
  }
}

/// Walks flat OpenDocument XML, expanding repeated rows and cells (trailing empty ones dropped).
private final class FlatODSReader: NSObject, XMLParserDelegate {
  var sheets: [Spreadsheet.Sheet] = []
  var filteredRanges: [String] = []
  var headerRowGroups = 0
  private var row: [Spreadsheet.Cell] = []
  private var rowRepeat = 1
  private var cell: Spreadsheet.Cell?
  private var cellRepeat = 1
  private var paragraphs = 0
  private var inParagraph = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "table:table": sheets.append(Spreadsheet.Sheet(name: attributes["table:name"] ?? "", rows: []))
    case "table:table-header-rows": headerRowGroups += 1
    case "table:table-row":
      row = []
      rowRepeat = Int(attributes["table:number-rows-repeated"] ?? "1") ?? 1
    case "table:table-cell", "table:covered-table-cell":
      cell = Spreadsheet.Cell(
        type: attributes["office:value-type"] ?? "",
        value: attributes["office:value"] ?? attributes["office:date-value"] ?? "",
        formula: attributes["table:formula"])
      cellRepeat = Int(attributes["table:number-columns-repeated"] ?? "1") ?? 1
      paragraphs = 0
    case "text:p":
      if paragraphs > 0 { cell?.text += "\n" }
      paragraphs += 1
      inParagraph = true
    case "text:s": cell?.text += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1)
    case "table:database-range" where attributes["table:display-filter-buttons"] == "true":
      filteredRanges.append(attributes["table:target-range-address"] ?? "")
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inParagraph { cell?.text += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch name {
    case "text:p": inParagraph = false
    case "table:table-cell", "table:covered-table-cell":
      if let cell { row += Array(repeating: cell, count: min(cellRepeat, 1024)) }
      cell = nil
    case "table:table-row":
      while row.last == Spreadsheet.Cell() { row.removeLast() }
      // Blank filler rows repeated to the sheet's end are not rows of the report.
      if !row.isEmpty { sheets[sheets.count - 1].rows += Array(repeating: row, count: rowRepeat) }
    default: break
    }
  }
}
