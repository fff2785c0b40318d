import Foundation
import Testing

@testable import PlanAlign

/// Word files built in the test from WordprocessingML written by hand.
@Suite struct DocxReaderTests {
  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
      <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
      <w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>
    """

  static func texts(_ document: Document) -> [String] {
    document.elements.compactMap { $0.kind == .gap ? nil : $0.text }
  }

  static func read(_ body: String, numbering: String? = nil) throws -> Document {
    var parts = ["word/document.xml": ReadingSupport.document(body)]
    if let numbering { parts["word/numbering.xml"] = numbering }
    return try DocumentReader().read(data: try ReadingSupport.docx(parts), file: "test.docx")
  }

  @Test func wordNumberingAppearsAsTheTextShowsIt() throws {
    func p(_ text: String, _ numId: Int? = nil, _ level: Int = 0) -> String {
      ReadingSupport.p(text, numId: numId, level: level)
    }
    let document = try Self.read(
      p("MỤC ĐÍCH, YÊU CẦU", 3, 0) + p("Mục đích", 1, 0) + p("Nội dung thứ nhất", 1, 1) + p("Nội dung thứ hai", 1, 1)
        + p("Việc một", 1, 2) + p("Việc hai", 1, 2) + p("Yêu cầu", 1, 0) + p("Gạch đầu dòng", 2, 0)
        + p("Dấu cộng", 2, 1) + p("Chấm tròn", 2, 2) + p("NỘI DUNG", 3, 0) + p("Không đánh số"),
      numbering: Self.numbering)
    #expect(Self.texts(document) == [
      "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "1.1. Nội dung thứ nhất", "1.2. Nội dung thứ hai", "a) Việc một",
      "b) Việc hai", "2. Yêu cầu", "- Gạch đầu dòng", "+ Dấu cộng", "• Chấm tròn", "II. NỘI DUNG", "Không đánh số",
    ])
    #expect(document.elements.map(\.reference.label).prefix(3) == ["đoạn 1", "đoạn 2", "đoạn 3"])
    #expect(document.format == .docx)
  }

  /// `w:gridSpan`, `w:vMerge` (a time merged down over three tasks), `w:gridBefore`, a line
  /// break inside a cell and a table nested in a cell.
  @Test func mergedCellsAreResolved() throws {
    func cell(_ text: String, _ properties: String = "") -> String {
      "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }
    let header = "<w:tr>" + cell("TT") + cell("Nội dung") + cell("Chủ trì") + cell("Thời gian") + "</w:tr>"
    let group = "<w:tr>" + cell("I") + cell("Quý I", "<w:gridSpan w:val=\"3\"/>") + "</w:tr>"
    let first = "<w:tr>" + cell("1") + cell("Ban hành kế hoạch") + cell("Phòng Nội vụ")
      + cell("Trước ngày 15/01/2024", "<w:vMerge w:val=\"restart\"/>") + "</w:tr>"
    let second = "<w:tr>" + cell("2") + "<w:tc><w:p><w:r><w:t>Đăng ký</w:t><w:br/><w:t>thi đua</w:t></w:r></w:p></w:tc>"
      + cell("Các đơn vị") + cell("", "<w:vMerge/>") + "</w:tr>"
    let nested = "<w:tbl><w:tr>" + cell("Cụm 1") + cell("Cụm 2") + "</w:tr></w:tbl>"
    let third = "<w:tr>" + cell("3") + "<w:tc><w:p><w:r><w:t>Kiện toàn cụm</w:t></w:r></w:p>\(nested)</w:tc>"
      + cell("Hội đồng") + cell("", "<w:vMerge/>") + "</w:tr>"
    let skipped = "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + cell("Ghi chú") + cell("") + cell("") + "</w:tr>"
    let document = try Self.read(ReadingSupport.p("KẾ HOẠCH") + "<w:tbl>" + header + group + first + second + third + skipped + "</w:tbl>")
    let rows = document.elements.compactMap { element -> [String]? in
      if case .tableRow(let cells) = element.kind { return cells } else { return nil }
    }
    #expect(rows == [
      ["TT", "Nội dung", "Chủ trì", "Thời gian"],
      ["I", "Quý I", "", ""],
      ["1", "Ban hành kế hoạch", "Phòng Nội vụ", "Trước ngày 15/01/2024"],
      ["2", "Đăng ký thi đua", "Các đơn vị", "Trước ngày 15/01/2024"],
      ["3", "Kiện toàn cụm Cụm 1 | Cụm 2", "Hội đồng", "Trước ngày 15/01/2024"],
      ["", "Ghi chú", "", ""],
    ])
    #expect(document.elements.last?.reference.label == "bảng 1, hàng 6")
  }

  /// A short plan whose header is laid out as a borderless two-column table, as Word plans are.
  static func headerTablePlan() throws -> Data {
    func cell(_ paragraphs: [String]) -> String {
      "<w:tc>" + paragraphs.map { ReadingSupport.p($0) }.joined() + "</w:tc>"
    }
    let header = "<w:tbl><w:tr>"
      + cell(["ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN", "Số: 25/KH-UBND"])
      + cell(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Long Biên, ngày 18 tháng 01 năm 2024"])
      + "</w:tr></w:tbl>"
    let body = [
      "KẾ HOẠCH", "Công tác thi đua, khen thưởng năm 2024", "I. MỤC ĐÍCH, YÊU CẦU",
      "- Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 trước ngày 15/3/2024.",
      "Nơi nhận:", "- Như trên;", "CHỦ TỊCH", "Nguyễn Văn Bình",
    ].map { ReadingSupport.p($0) }.joined()
    return try ReadingSupport.docx(["word/document.xml": ReadingSupport.document(header + body)])
  }

  /// The header laid out as a borderless two-column table, read as the plan's header.
  @Test func aHeaderTableReadsAsTheHeader() throws {
    let document = try DocumentReader().read(data: try Self.headerTablePlan(), file: "long-bien.docx")
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(document: document, file: "long-bien.docx")
    #expect(plan.district == "Long Biên")
    #expect(plan.documentNumber == "25/KH-UBND")
    #expect(plan.issuedOn?.description == "2024-01-18")
    #expect(plan.signer == "Nguyễn Văn Bình")
    #expect(plan.items.map(\.deadlineText) == ["trước ngày 15/3/2024"])
    #expect(plan.sourceReference(plan.items[0].location.line) == "đoạn 4")
  }

  /// Clerks often break a header's or a signature's lines by hand (Shift+Enter) inside one
  /// paragraph of a layout table's cell: each line is then read as a line of its own, so the
  /// signer's name stands alone. In the body, such a break stays inside its paragraph.
  @Test func linesBrokenByHandInALayoutCellAreReadOneByOne() throws {
    func broken(_ lines: String...) -> String {
      "<w:p><w:r>" + lines.map { "<w:t>\($0)</w:t>" }.joined(separator: "<w:br/>") + "</w:r></w:p>"
    }
    let header = "<w:tbl><w:tr>"
      + "<w:tc>" + broken("ỦY BAN NHÂN DÂN", "QUẬN LONG BIÊN", "Số: 25/KH-UBND") + "</w:tc>"
      + "<w:tc>" + broken("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Long Biên, ngày 18 tháng 01 năm 2024")
      + "</w:tc></w:tr></w:tbl>"
    let body = broken("KẾ HOẠCH", "Công tác thi đua, khen thưởng năm 2024") + ReadingSupport.p("I. MỤC ĐÍCH, YÊU CẦU")
      + ReadingSupport.p("- Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 trước ngày 15/3/2024.")
    let signature = "<w:tbl><w:tr>"
      + "<w:tc>" + broken("Nơi nhận:", "- Như trên;", "- Lưu: VT.") + "</w:tc>"
      + "<w:tc>" + broken("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Bình") + "</w:tc>"
      + "</w:tr></w:tbl>"
    let data = try ReadingSupport.docx(["word/document.xml": ReadingSupport.document(header + body + signature)])
    let document = try DocumentReader().read(data: data, file: "long-bien.docx")
    #expect(Self.texts(document).contains("KẾ HOẠCH Công tác thi đua, khen thưởng năm 2024"))
    #expect(Self.texts(document).suffix(4) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"])
    let plan = try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(document: document, file: "long-bien.docx")
    #expect(plan.district == "Long Biên")
    #expect(plan.documentNumber == "25/KH-UBND")
    #expect(plan.issuedOn?.description == "2024-01-18")
    #expect(plan.signer == "Nguyễn Văn Bình")
  }

  /// A run set in `.VnTime` holds TCVN3 bytes as Windows-1252 letters (“KÕ ho¹ch”).
  @Test func aTCVN3FontRunIsConvertedByItsFont() throws {
    let bytes = try Iconv(from: "UTF-8", to: "TCVN5712-1").convertBytes(Array("Kế hoạch công tác thi đua, khen thưởng năm 2024".utf8))
    let legacy = String(bytes.map(Windows1252.character))
    #expect(legacy.hasPrefix("KÕ ho¹ch"))
    let document = try Self.read(ReadingSupport.p(legacy, font: ".VnTime") + ReadingSupport.p("Hà Nội", font: "Times New Roman"))
    #expect(Self.texts(document) == ["Kế hoạch công tác thi đua, khen thưởng năm 2024", "Hà Nội"])
    #expect(document.notes.map(\.en) == ["text in legacy fonts (.VnTime) converted to Unicode"])
  }

  /// A council's meeting programme laid out with tab stops, as clerks often type a short table;
  /// a heading's tab after its number and a signature block laid out with tabs stay paragraphs.
  @Test func paragraphsLaidOutWithTabStopsAreReadAsTableRows() throws {
    func tabbed(_ fields: String...) -> String {
      "<w:p><w:r>" + fields.map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }.joined(separator: "<w:tab/>") + "</w:r></w:p>"
    }
    let p = { (text: String) in ReadingSupport.p(text) }
    let document = try Self.read(
      tabbed("UBND HUYỆN GIA LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("KẾ HOẠCH")
        + tabbed("1.", "Mục tiêu") + p("Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ.")
        + p("IV. CHƯƠNG TRÌNH HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
        + tabbed("TT", "Nội dung", "Thời gian")
        + tabbed("1", "Phiên họp thứ nhất: xét khen thưởng tổng kết năm 2021", "tháng 1/2022")
        + tabbed("2", "Phiên họp thứ hai: xét đề nghị khen thưởng cấp Nhà nước")
        + p("V. TỔ CHỨC THỰC HIỆN")
        + tabbed("Nơi nhận:", "", "TM. ỦY BAN NHÂN DÂN") + tabbed("- Như trên;", "", "CHỦ TỊCH")
        + tabbed("- Lưu: VT.", "", "Nguyễn Văn Hà"))
    let kinds = document.elements.map { element -> String in
      if case .tableRow(let cells) = element.kind { return "row: " + cells.joined(separator: " | ") }
      return element.text
    }
    #expect(kinds == [
      "UBND HUYỆN GIA LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "1. Mục tiêu",
      "Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ.", "IV. CHƯƠNG TRÌNH HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
      "row: TT | Nội dung | Thời gian", "row: 1 | Phiên họp thứ nhất: xét khen thưởng tổng kết năm 2021 | tháng 1/2022",
      "row: 2 | Phiên họp thứ hai: xét đề nghị khen thưởng cấp Nhà nước", "V. TỔ CHỨC THỰC HIỆN",
      "Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên; CHỦ TỊCH", "- Lưu: VT. Nguyễn Văn Hà",
    ])
    #expect(document.elements[6].reference.label == "đoạn 7")
  }

  /// Found by the fuzzer: Foundation's XML parser on Linux stops the process when an element
  /// name holds bytes that are not UTF-8, so such a part must be refused before it is parsed.
  @Test func aPartThatIsNotUTF8IsDamagedNotACrash() throws {
    var body = Data(ReadingSupport.document(ReadingSupport.p("Kế hoạch")).utf8)
    body.replaceSubrange(body.range(of: Data("<w:p>".utf8))!, with: Data("<w:p".utf8) + [0xFF] + Data(">".utf8))
    let data = try ReadingSupport.docx(bytes: ["word/document.xml": body])
    #expect(throws: IngestionError.self) { try DocumentReader().read(data: data, file: "damaged.docx") }
    do {
      _ = try DocumentReader().read(data: data, file: "damaged.docx")
    } catch {
      #expect(error.localizedDescription == "damaged.docx: cannot read the file: " + DocxReader.damagedXML.en)
    }
  }

  @Test(arguments: [
    (Data("PK\u{03}\u{04}broken".utf8), "damaged.docx", "damaged.docx: cannot read the file: the file is a damaged ZIP or Word package"),
    (Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), "photo.docx", "photo.docx: unsupported format (JPEG image; scan plans to PDF); plans are read from .docx, .doc, .odt, .rtf, .pdf and text files"),
  ])
  func badWordFilesGetOneClearLine(data: Data, file: String, message: String) {
    #expect(throws: IngestionError.self) { try DocumentReader().read(data: data, file: file) }
    do {
      _ = try DocumentReader().read(data: data, file: file)
    } catch {
      #expect(error.localizedDescription == message)
    }
  }
}
