import Foundation
import Testing

@testable import PlanAlign

/// The seeds as staff receive plans: saved by LibreOffice as Word files (tables as real
/// tables), exported to PDF, printed and scanned (an image-only PDF read by OCR), and as
/// .doc, .odt and .rtf. Each must give what its text gives.
@Suite struct ConvertedSeedTests {
  /// The seeds as .docx and .pdf in one temporary folder, made once.
  static let converted: URL? = {
    guard ReadingSupport.has("soffice") else { return nil }
    do {
      let folder = try TestSupport.temporaryDirectory()
      for seed in ReadingSupport.seeds {
        let text = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/\(seed).txt"), encoding: .utf8)
        let html = folder.appendingPathComponent("\(seed).html")
        try ReadingSupport.seedHTML(text).write(to: html, atomically: true, encoding: .utf8)
        let docx = try ReadingSupport.libreOffice(html, to: "docx:MS Word 2007 XML")
        _ = try ReadingSupport.libreOffice(docx, to: "pdf")
      }
      return folder
    } catch {
      Issue.record("cannot convert the seeds: \(error)")
      return nil
    }
  }()

  static func facts(_ seed: String) throws -> AlignedFacts {
    AlignedFacts(try TestSupport.seedPlan("\(seed).txt"))
  }

  @Test(arguments: ReadingSupport.seeds)
  func aSeedSavedAsWordReadsLikeItsText(seed: String) throws {
    let folder = try #require(Self.converted, "LibreOffice is not installed; run scripts/test.sh")
    let plan = try ReadingSupport.plan(at: folder.appendingPathComponent("\(seed).docx"))
    let text = try TestSupport.seedPlan("\(seed).txt")
    #expect(plan.sourceFormat == .docx)
    #expect(Extraction(plan).header == Extraction(text).header)
    #expect(AlignedFacts(plan) == AlignedFacts(text))
  }

  @Test(arguments: ReadingSupport.seeds)
  func aSeedExportedToPDFReadsLikeItsText(seed: String) throws {
    let folder = try #require(Self.converted, "LibreOffice is not installed; run scripts/test.sh")
    try #require(ReadingSupport.has("pdftotext"), "poppler-utils is not installed; run scripts/test.sh")
    let plan = try ReadingSupport.plan(at: folder.appendingPathComponent("\(seed).pdf"))
    let text = try TestSupport.seedPlan("\(seed).txt")
    #expect(plan.sourceFormat == .pdf)
    #expect(Extraction(plan).header == Extraction(text).header)
    #expect(AlignedFacts(plan) == AlignedFacts(text))
    #expect(plan.items.allSatisfy { plan.sourceReference($0.location.line).hasPrefix("tr. ") })
  }

  /// OCR of a 200 dpi scan: at least 90% of the campaigns and dated tasks. Thanh Xuân's seed
  /// is itself OCR text without diacritics, so its scan is a copy of a copy; it keeps 85%.
  @Test(arguments: ReadingSupport.seeds)
  func aScannedSeedKeepsNineTenthsOfItsFacts(seed: String) throws {
    let folder = try #require(Self.converted, "LibreOffice is not installed; run scripts/test.sh")
    try #require(ReadingSupport.has("pdftoppm", "tesseract", "img2pdf"), "OCR tools are not installed; run scripts/test.sh")
    let scan = try ReadingSupport.scan(folder.appendingPathComponent("\(seed).pdf"))
    let cache = try TestSupport.temporaryDirectory()
    let plan = try ReadingSupport.plan(at: scan, cache: cache)
    #expect(plan.sourceFormat == .pdfOCR)
    #expect(plan.warnings.contains { $0.code == "read_note" && $0.message.en.contains("read by OCR") })
    let reference = try Self.facts(seed)
    let recall = AlignedFacts(plan).recall(of: reference)
    print("OCR \(seed): \(Int((recall * 100).rounded()))% of \(reference.campaigns.count) campaigns and \(reference.datedTasks.count) dated tasks")
    #expect(recall >= (seed == "thanh-xuan-2024" ? 0.85 : 0.9))
    #expect(plan.district == (try TestSupport.seedPlan("\(seed).txt")).district)
    // A second reading comes from the cache and gives the same plan.
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).contains { $0.hasPrefix("ocr-") })
    #expect(Extraction(try ReadingSupport.plan(at: scan, cache: cache)) == Extraction(plan))
  }

  /// A Word plan whose header is a borderless table, exported to PDF: the issuer beside the
  /// national motto is read column by column.
  @Test func aWordHeaderTableSurvivesExportToPDF() throws {
    try #require(ReadingSupport.has("soffice", "pdftotext"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    let docx = try TestSupport.temporaryDirectory().appendingPathComponent("long-bien-2024.docx")
    try DocxReaderTests.headerTablePlan().write(to: docx)
    let plan = try ReadingSupport.plan(at: try ReadingSupport.libreOffice(docx, to: "pdf"))
    #expect(plan.district == "Long Biên")
    #expect(plan.documentNumber == "25/KH-UBND")
    #expect(plan.issuedOn?.description == "2024-01-18")
    #expect(plan.signer == "Nguyễn Văn Bình")
    #expect(plan.items.map(\.deadlineText) == ["trước ngày 15/3/2024"])
  }

  /// A Word schedule of one-line rows with ruled borders, exported to PDF: LibreOffice sets its
  /// rows as close as lines, so only the rules, found in the page's drawing, part them; each
  /// row is one task with its own time, cited by its own line.
  @Test func aRuledWordTableOfOneLineRowsSurvivesExportToPDF() throws {
    try #require(ReadingSupport.has("soffice", "pdftotext", "pdftoppm"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    func cell(_ text: String) -> String { "<w:tc>" + ReadingSupport.p(text) + "</w:tc>" }
    let border = ["top", "left", "bottom", "right", "insideH", "insideV"]
      .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
    let rows = [
      ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện"], ["Tháng 01", "Hội nghị tổng kết năm 2023", "UBND quận"],
      ["Quý II", "Tập huấn nghiệp vụ", "Phòng Nội vụ"], ["Tháng 7", "Sơ kết 6 tháng đầu năm", "UBND quận"],
      ["Trước 15/12", "Tổng hợp hồ sơ khen thưởng", "Phòng Nội vụ"],
    ].map { "<w:tr>" + $0.map(cell).joined() + "</w:tr>" }.joined()
    let table = "<w:tbl><w:tblPr><w:tblBorders>\(border)</w:tblBorders></w:tblPr>"
      + "<w:tblGrid><w:gridCol w:w=\"1800\"/><w:gridCol w:w=\"4500\"/><w:gridCol w:w=\"2700\"/></w:tblGrid>\(rows)</w:tbl>"
    let body = ["ỦY BAN NHÂN DÂN QUẬN LONG BIÊN", "Số: 25/KH-UBND", "Long Biên, ngày 18 tháng 01 năm 2024", "KẾ HOẠCH",
      "Công tác thi đua, khen thưởng năm 2024", "I. NHIỆM VỤ"].map { ReadingSupport.p($0) }.joined() + table
    let docx = try TestSupport.temporaryDirectory().appendingPathComponent("long-bien-2024.docx")
    try ReadingSupport.docx(["word/document.xml": ReadingSupport.document(body)]).write(to: docx)
    let plan = try ReadingSupport.plan(at: try ReadingSupport.libreOffice(docx, to: "pdf"))
    #expect(plan.items.map(\.deadlineText) == ["Tháng 01", "Quý II", "Tháng 7", "Trước 15/12"])
    #expect(plan.items.map(\.task) == ["Hội nghị tổng kết năm 2023", "Tập huấn nghiệp vụ", "Sơ kết 6 tháng đầu năm", "Tổng hợp hồ sơ khen thưởng"])
    #expect(Set(plan.items.map { plan.sourceReference($0.location.line) }).count == 4)
  }

  /// Plans typed as text, opened by LibreOffice as text and saved as Word and as PDF, read like
  /// their text. A markdown pipe table keeps a paragraph a row in Word, and in the PDF a long
  /// row runs onto the printed lines below it; the PDF is set in a monospaced font, whose
  /// one-character spaces line words up from line to line as a table's cells would.
  @Test(
    arguments: ["plans/cau-giay-2023.txt", "Data/plans/hoang-mai-2021.txt", "plans/tinh-bien-2022.txt"],
    ["docx:MS Word 2007 XML", "pdf"])
  func aPlanTypedInTextSurvivesWordAndPDF(file: String, format: String) throws {
    try #require(ReadingSupport.has("soffice", "pdftotext", "pdftoppm"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    let source = file.hasPrefix("Data/") ? TestSupport.root.appendingPathComponent(file) : TestSupport.fixtures.appendingPathComponent(file)
    let copy = try TestSupport.temporaryDirectory().appendingPathComponent(source.lastPathComponent)
    try FileManager.default.copyItem(at: source, to: copy)
    let plan = try ReadingSupport.plan(at: try ReadingSupport.libreOffice(copy, to: format))
    let text = try ReadingSupport.plan(at: source)
    #expect(AlignedFacts(plan) == AlignedFacts(text))
    #expect(plan.items.map(\.deadlineText) == text.items.map(\.deadlineText))
    #expect(plan.items.map(\.task) == text.items.map(\.task))
  }

  /// A ward's schedule with a task's start and end in columns of their own under a spanning
  /// “Thời gian”, as Word and as its PDF. The PDF repeats the merged-down “TT” on the header's
  /// second line, and its narrow date columns break dates where they must (“05/01/202” over
  /// “6”); both read as the Word file does.
  @Test func startAndEndColumnsSurviveExportToPDF() throws {
    try #require(ReadingSupport.has("soffice", "pdftotext", "pdftoppm"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    let rows = [
      ["1", "Ban hành Kế hoạch công tác thi đua, khen thưởng năm 2026", "Phòng Văn hóa - Xã hội", "Các đơn vị", "05/01/2026", "15/01/2026"],
      ["2", "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025", "UBND phường", "Các đơn vị", "20/01/2026", "10/02/2026"],
      ["3", "Tập huấn nghiệp vụ công tác thi đua, khen thưởng", "Phòng Văn hóa - Xã hội", "Các đơn vị", "Tháng 4/2026", "Tháng 5/2026"],
    ]
    let paragraphs = ["ỦY BAN NHÂN DÂN", "PHƯỜNG HỒNG HÀ", "Số: 18/KH-UBND", "Hồng Hà, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
      "Công tác thi đua, khen thưởng năm 2026", "I. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN"]
    let html = "<html><head><meta charset=\"utf-8\"></head><body>" + paragraphs.map { "<p>\($0)</p>" }.joined()
      + "<table border=\"1\" width=\"100%\"><tr><td rowspan=\"2\">TT</td><td rowspan=\"2\">Nội dung công việc</td>"
      + "<td colspan=\"2\">Đơn vị thực hiện</td><td colspan=\"2\">Thời gian</td></tr>"
      + "<tr><td width=\"18%\">Chủ trì</td><td width=\"18%\">Phối hợp</td><td width=\"7%\">Bắt đầu</td><td width=\"7%\">Kết thúc</td></tr>"
      + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table><p>II. TỔ CHỨC THỰC HIỆN</p></body></html>"
    let file = try TestSupport.temporaryDirectory().appendingPathComponent("hong-ha-2026.html")
    try html.write(to: file, atomically: true, encoding: .utf8)
    let docx = try ReadingSupport.libreOffice(file, to: "docx:MS Word 2007 XML")
    let expected = ["Từ 05/01/2026 đến 15/01/2026", "Từ 20/01/2026 đến 10/02/2026", "Từ Tháng 4/2026 đến Tháng 5/2026"]
    #expect(try ReadingSupport.plan(at: docx).items.map(\.deadlineText) == expected)
    let pdf = try ReadingSupport.plan(at: try ReadingSupport.libreOffice(docx, to: "pdf"))
    #expect(pdf.items.map(\.deadlineText) == expected)
    #expect(pdf.items.map(\.lead) == rows.map { $0[2] })
  }

  /// A one-page plan scanned on its side (turned a quarter anticlockwise, as a landscape page
  /// fed in upright comes out): read as the same page scanned straight.
  @Test func aPageScannedOnItsSideIsReadUpright() throws {
    try #require(ReadingSupport.has("soffice", "pdftoppm", "tesseract", "img2pdf"), "OCR tools are not installed; run scripts/test.sh")
    let folder = try TestSupport.temporaryDirectory()
    let purpose = String(repeating: "Nhằm động viên cán bộ, công chức, viên chức và Nhân dân trong quận thi đua hoàn thành tốt "
      + "nhiệm vụ chính trị, phát triển kinh tế - xã hội năm 2024; phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến. ", count: 3)
    let body = purpose + "\n\n1. Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng trong tháng 01/2024.\n\n"
      + "2. Tập huấn nghiệp vụ thi đua, khen thưởng trước ngày 30/6/2024.\n\n3. Sơ kết 6 tháng đầu năm trước ngày 15/7/2024."
    let text = folder.appendingPathComponent("hoan-kiem-2024.txt")
    try TestSupport.minimalPlan(body: body).write(to: text, atomically: true, encoding: .utf8)
    let pdf = try ReadingSupport.libreOffice(text, to: "pdf")
    let image = folder.appendingPathComponent("page")
    _ = try TestSupport.run(URL(fileURLWithPath: ExternalPrograms.locate("pdftoppm")!), ["-r", "200", "-gray", "-singlefile", pdf.path, image.path])
    let upright = try #require(GrayImage(pgm: [UInt8](try Data(contentsOf: image.appendingPathExtension("pgm")))))
    func scan(_ image: GrayImage, _ name: String) throws -> Plan {
      let pgm = folder.appendingPathComponent(name + ".pgm"), scan = folder.appendingPathComponent(name + ".pdf")
      try Data(image.pgm).write(to: pgm)
      _ = try TestSupport.run(URL(fileURLWithPath: ExternalPrograms.locate("img2pdf")!), ["-s", "200dpix200dpi", pgm.path, "-o", scan.path])
      return try ReadingSupport.plan(at: scan, cache: try TestSupport.temporaryDirectory())
    }
    let straight = try scan(upright, "straight"), sideways = try scan(upright.rotated(clockwise: 270), "sideways")
    #expect(sideways.sourceFormat == .pdfOCR)
    #expect(sideways.district == "Hoàn Kiếm" && sideways.district == straight.district)
    #expect(AlignedFacts(sideways) == AlignedFacts(straight))
    #expect(AlignedFacts(straight).datedTasks.count == 3)
  }

  /// A PDF locked against opening is refused with what to do, not called damaged.
  @Test func aPDFLockedWithAPasswordSaysSo() throws {
    try #require(ReadingSupport.has("soffice", "pdftotext"), "LibreOffice or poppler is not installed; run scripts/test.sh")
    let text = try TestSupport.temporaryDirectory().appendingPathComponent("hoan-kiem-2024.txt")
    try TestSupport.minimalPlan(body: "1. Tập huấn nghiệp vụ trong quý II/2024.").write(to: text, atomically: true, encoding: .utf8)
    let filter = #"pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"tdkt"}}"#
    let locked = try ReadingSupport.libreOffice(text, to: filter)
    #expect {
      _ = try ReadingSupport.plan(at: locked)
    } throws: { error in
      (error as? IngestionError)?.reason.en.contains("the PDF is locked with a password") == true
    }
  }

  @Test(arguments: [("doc", "doc:MS Word 97", SourceFormat.doc), ("odt", "odt", .odt), ("rtf", "rtf", .rtf)])
  func oldWordFormatsAreConvertedByLibreOffice(suffix: String, filter: String, format: SourceFormat) throws {
    let folder = try #require(Self.converted, "LibreOffice is not installed; run scripts/test.sh")
    let copy = try TestSupport.temporaryDirectory().appendingPathComponent("long-khanh-2024.docx")
    try FileManager.default.copyItem(at: folder.appendingPathComponent("long-khanh-2024.docx"), to: copy)
    let converted = try ReadingSupport.libreOffice(copy, to: filter)
    let plan = try ReadingSupport.plan(at: converted)
    #expect(plan.sourceFormat == format)
    #expect(AlignedFacts(plan) == (try Self.facts("long-khanh-2024")))
  }
}
