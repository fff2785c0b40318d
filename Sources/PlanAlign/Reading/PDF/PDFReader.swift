import Foundation

/// Reads a PDF: the words of each page's text layer with their positions (poppler's
/// `pdftotext -bbox`), and pages without text (scans) by OCR with Tesseract's Vietnamese model
/// (its word boxes, cached by the file's content). ``PageLayout`` turns the words into lines,
/// paragraphs and tables.
struct PDFReader {
  let programs: ExternalPrograms

  /// A page with fewer visible characters than this is read by OCR.
  static let minimumPageText = 40

  /// The format of cached ``TableGrid`` lines, in the cache files' names: grids cached in an
  /// older format (before merged cells were kept) are found again rather than read as they were.
  static let gridFormat = "g2"

  func read(_ data: Data, file: String) throws(IngestionError) -> Document {
    let (folder, input) = try ExternalPrograms.temporaryCopy(data, suffix: "pdf", file: file)
    defer { ExternalPrograms.removeTemporary(folder) }
    let boxes = try programs.run("pdftotext", ["-bbox", input.path, "-"], file: file)
    var pages = PageWords.fromBoundingBoxes(String(decoding: boxes, as: UTF8.self))
    var ocrPages: [Int] = []
    let key = ContentHash.hex(data)
    var grids: [Int: [TableGrid]] = [:]
    let scanned = pages.indices.filter { pages[$0].reduce(0, { $0 + $1.text.count }) < Self.minimumPageText }
    for index in scanned {
      ocrPages.append(index + 1)
      programs.progress?("\(file): OCR page \(ocrPages.count) of \(scanned.count)")
      (pages[index], grids[index + 1]) = try ocr(page: index + 1, input: input, folder: folder, key: key, file: file)
    }
    for index in pages.indices {
      for word in pages[index].indices { pages[index][word].text = pages[index][word].text.composed }
    }
    let ruled = textLayerGrids(pages: pages, skipping: ocrPages, input: input, folder: folder, key: key, file: file)
    grids.merge(ruled) { scanned, _ in scanned }
    let elements = PageLayout.elements(pages: pages, scanned: Set(ocrPages), grids: grids)
    guard elements.contains(where: { $0.kind != .gap }) else {
      throw .empty(file: file)
    }
    var notes: [Message] = []
    if !ocrPages.isEmpty {
      notes.append(Message(.pagesReadByOCR, .count(ocrPages.count), .count(pages.count)))
    }
    return Document(format: ocrPages.isEmpty ? .pdf : .pdfOCR, elements: elements, notes: notes)
  }

  /// Writes `text` to the cache file `url` whole or not at all (a run killed while writing
  /// leaves no half file to be read next time): beside it first, then renamed.
  static func store(_ text: String, at url: URL) {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let temporary = url.appendingPathExtension("\(UUID().uuidString).part")
    if (try? Data(text.utf8).write(to: temporary)) != nil { _ = rename(temporary.path, url.path) }
  }

  /// Words and grids from cached OCR output: `#grid` lines, then Tesseract's TSV.
  static func parseCache(_ text: String) -> ([PageWord], [TableGrid]) {
    var grids: [TableGrid] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("#grid ") {
      if let grid = TableGrid(line: line.dropFirst(6)) { grids.append(grid) }
    }
    let tsv = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#grid ") }
      .joined(separator: "\n")
    return (PageWords.fromTesseractTSV(tsv), grids)
  }
}

/// A 128-bit content fingerprint (two independent FNV-1a hashes) naming cached OCR output.
enum ContentHash {
  static func hex(_ data: Data) -> String {
    var first: UInt64 = 0xcbf2_9ce4_8422_2325
    var second: UInt64 = 0x6c62_272e_07bb_0142
    for byte in data {
      first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      second = (second &* 0x0000_0100_0000_01B3) ^ UInt64(byte)
    }
    return String(first, radix: 16) + String(second, radix: 16) + "-" + String(data.count)
  }
}
