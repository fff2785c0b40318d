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
