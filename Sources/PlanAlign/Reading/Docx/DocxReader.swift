import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a Word document (`.docx`) into a ``Document``: the body's paragraphs (with the list
/// numbers Word generates) and tables (merged cells resolved), in reading order. Headers,
/// footers, comments, deleted text and field codes are left out. Runs set in a TCVN3 or VNI
/// font are converted to Unicode by their font.
enum DocxReader {
  /// Why a Word file whose text part cannot be parsed is refused, with the remedy.
  static let damagedXML = Message(.wordXMLDamaged)

  /// Reads the package of a Word document.
  static func read(_ package: ZipPackage, file: String) throws(IngestionError) -> Document {
    let body: Data
    do {
      body = try package.data("word/document.xml") ?? Data()
    } catch ZipPackage.Failure.tooLarge {
      throw .unreadable(file: file, reason: Message(.wordTextTooLarge))
    } catch {
      throw .unreadable(file: file, reason: Message(.wordDamaged))
    }
    let numbering = DocxNumbering(
      numbering: try? package.data("word/numbering.xml"), styles: try? package.data("word/styles.xml"))
    let builder = DocxBodyBuilder(numbering: numbering)
    guard XMLStream.parse(body, delegate: builder) else {
      throw .unreadable(file: file, reason: Self.damagedXML)
    }
    builder.finish()
    var notes: [Message] = []
    if !builder.legacyFonts.isEmpty {
      notes.append(Message(.legacyFontsConverted, .text(builder.legacyFonts.sorted().joined(separator: ", "))))
    }
    return Document(format: .docx, elements: builder.elements, notes: notes)
  }
}

/// Builds document elements from the events of `word/document.xml`.
final class DocxBodyBuilder: NSObject, XMLParserDelegate {
  private(set) var elements: [DocumentElement] = []
  private(set) var legacyFonts: Set<String> = []
  private var numbering: DocxNumbering

  /// The paragraph being read.
  private var paragraph = ParagraphState()
  private var inParagraph = false
  private var inText = false
  private var runFont: String?
  private var runText = ""
  /// Depth inside parts whose text is not read (deleted text, fallbacks, text boxes).
  private var skipDepth = 0
  private var tables: [DocxTableBuilder] = []
  private var tableCount = 0
  private var paragraphCount = 0
  /// Whether the plan's title (“KẾ HOẠCH”) has been read; tables before it are layout.
  private var titleSeen = false
  /// Paragraphs laid out with tab stops, waiting to be read as table rows or as paragraphs.
  private var tabRows = TabStopRows()

  struct ParagraphState {
    var text = ""
    var numId: String?
    var level: Int?
    var style: String?
  }

  init(numbering: DocxNumbering) {
    self.numbering = numbering
  }

  private static let skipped: Set<Substring> = ["del", "Fallback", "txbxContent", "instrText", "delText", "footnoteReference", "commentReference"]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let local = XMLStream.local(name)
    if skipDepth > 0 || Self.skipped.contains(local) {
      skipDepth += 1
      return
    }
    switch local {
    case "p":
      inParagraph = true
      paragraph = ParagraphState()
    case "pStyle": if inParagraph { paragraph.style = XMLStream.attribute("val", in: attributes) }
    case "numId": if inParagraph { paragraph.numId = XMLStream.attribute("val", in: attributes) }
    case "ilvl": if inParagraph { paragraph.level = XMLStream.attribute("val", in: attributes).flatMap(Int.init) }
    case "r":
      runFont = nil
      runText = ""
    case "rFonts":
      runFont = XMLStream.attribute("ascii", in: attributes) ?? XMLStream.attribute("hAnsi", in: attributes)
    case "t": inText = true
    case "tab": if inParagraph { runText += "\t" }
    case "br", "cr": if inParagraph { runText += "\n" }
    case "noBreakHyphen": runText += "-"
    case "sym": runText += " "
    case "tbl":
      tables.append(DocxTableBuilder())
    case "tr": tables.last?.startRow()
    case "gridBefore": tables.last?.skipColumns(XMLStream.attribute("val", in: attributes).flatMap(Int.init) ?? 0)
    case "tc": tables.last?.startCell()
    case "gridSpan": tables.last?.setSpan(XMLStream.attribute("val", in: attributes).flatMap(Int.init) ?? 1)
    case "vMerge": tables.last?.setMerge(restart: XMLStream.attribute("val", in: attributes) == "restart")
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    // A line break in the text itself is a space to Word; only `<w:br/>` breaks a line.
    if inText && skipDepth == 0 { runText += string.utf8.contains(0x0A) ? string.replacingOccurrences(of: "\n", with: " ") : string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch XMLStream.local(name) {
    case "t": inText = false
    case "r":
      paragraph.text += convertLegacy(runText)
      runText = ""
    case "p": endParagraph()
    case "tc": tables.last?.endCell()
    case "tr": tables.last?.endRow()
    case "tbl": endTable()
    default: break
    }
  }

  /// Text of a run in a TCVN3 (`.VnTime`…) or VNI (`VNI-Times`…) font, which Word stores as
  /// the Windows-1252 characters of the legacy bytes, converted to Unicode.
  private func convertLegacy(_ text: String) -> String {
    guard let font = runFont, !text.isEmpty, !text.allSatisfy(\.isASCII) else { return text }
    let key = font.lowercased()
    let encoding: VietnameseEncoding
    if key.hasPrefix(".vn") {
      encoding = .tcvn3
    } else if key.hasPrefix("vni") {
      encoding = .vni
    } else {
      return text
    }
    let bytes = text.compactMap(Windows1252.byte)
    guard bytes.count == text.count, let converted = encoding.decode(bytes) else { return text }
    legacyFonts.insert(font)
    return converted.composed
  }

  private func endParagraph() {
    inParagraph = false
    let label = numbering.label(numId: paragraph.numId, level: paragraph.level, style: paragraph.style) ?? ""
    if let table = tables.last, table.inCell {
      // In a cell, each line of a paragraph broken by hand (Shift+Enter) is a paragraph of its
      // own: the lines of a header or a signature block (“KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”, the
      // signer's name) each say one thing. A table's cell joins them again with spaces.
      var lines = paragraph.text.split(separator: "\n").map { Markup.collapseSpaces(String($0).composed) }.filter { !$0.isEmpty }
      if !label.isEmpty, !lines.isEmpty { lines[0] = label + " " + lines[0] }
      for line in lines { table.addParagraph(line) }
      return
    }
    // Elsewhere a line broken by hand goes on the paragraph's sentence (“KẾ HOẠCH” ↵ “Công tác…”).
    let unbroken = paragraph.text.utf8.contains(0x0A) ? paragraph.text.replacingOccurrences(of: "\n", with: " ") : paragraph.text
    let composed = unbroken.composed
    var text = Markup.collapseSpaces(composed)
    if !label.isEmpty, !text.isEmpty { text = label + " " + text }
    guard !text.isEmpty else { return }
    paragraphCount += 1
    noteTitle(text)
    let element = DocumentElement(.paragraph(text), reference: .paragraph(paragraphCount))
    if titleSeen {
      tabRows.note(text)
      if composed.utf8.contains(0x09), tabRows.add(element, row: (label.isEmpty ? "" : label + "\t") + composed) {
        return
      }
    }
    finish()
    elements.append(element)
  }

  /// Ends the document or a run of tab-stop paragraphs: the waiting paragraphs are added.
  func finish() {
    elements += tabRows.flush()
  }

  /// Marks the plan's title (“KẾ HOẠCH”) as read: tables after it hold the schedule.
  private func noteTitle(_ text: String) {
    if !titleSeen, TextFolding.matchKey(text).hasPrefix("ke hoach") { titleSeen = true }
  }

  private func endTable() {
    guard let table = tables.popLast() else { return }
    if tables.isEmpty { finish() }
    let rows = table.resolvedRows()
    if let outer = tables.last, outer.inCell {
      // A nested table: its rows become text of the enclosing cell.
      for row in rows { outer.addParagraph(row.cells.filter { !$0.isEmpty }.joined(separator: " | ")) }
      return
    }
    guard !rows.isEmpty else { return }
    tableCount += 1
    let isLayout = rows.count <= 6
      && (!titleSeen || rows.contains { $0.cells.contains { TextFolding.matchKey($0).hasPrefix("noi nhan") } })
    if isLayout {
      // A borderless table that lays out the header or the signature block: read it as the
      // paragraphs it holds, column by column.
      let width = rows.map(\.paragraphs.count).max() ?? 0
      for column in 0..<width {
        for (rowIndex, row) in rows.enumerated() where column < row.paragraphs.count {
          for text in row.paragraphs[column] where !text.isEmpty {
            noteTitle(text)
            elements.append(DocumentElement(.paragraph(text), reference: .tableRow(table: tableCount, row: rowIndex + 1)))
          }
        }
      }
      return
    }
    for (rowIndex, row) in rows.enumerated() {
      elements.append(DocumentElement(.tableRow(row.cells), reference: .tableRow(table: tableCount, row: rowIndex + 1)))
    }
  }
}
