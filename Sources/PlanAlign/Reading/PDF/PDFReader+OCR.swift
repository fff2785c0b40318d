import Foundation

extension PDFReader {
  /// The OCR words of one page and the ruled tables found in its image, from the cache when
  /// this file's page was read before.
  ///
  /// A page scanned on its side (a landscape appendix fed in upright) reads as noise. When a
  /// page's words do not read as Vietnamese, Tesseract's orientation detection is asked how the
  /// page is turned, and the page is read again turned upright; the reading that is more
  /// Vietnamese is kept. Upright pages, nearly all, cost no more than before.
  func ocr(page: Int, input: URL, folder: URL, key: String, file: String) throws(IngestionError) -> ([PageWord], [TableGrid]) {
    let cached = programs.cacheDirectory?.appendingPathComponent("ocr-\(key)-p\(page)-\(Self.ocrFormat).tsv")
    if let cached, let text = try? String(contentsOf: cached, encoding: .utf8) { return Self.parseCache(text) }
    let picture = try draw(page: page, of: input, as: "page-\(page)", in: folder, file: file)
    defer { try? FileManager.default.removeItem(at: picture) }
    let pgm = (try? Data(contentsOf: picture)).map { [UInt8]($0) } ?? []
    var text = try recognise(pgm, at: picture, file: file)
    var reading = Self.reading(text)
    if !reading.readsAsVietnamese, let turn = try orientation(of: picture, pgm: pgm, file: file), turn != 0,
      let upright = GrayImage(pgm: pgm)?.rotated(clockwise: turn)
    {
      let turned = try recognise(upright.pgm, at: picture, file: file)
      let turnedReading = Self.reading(turned)
      if turnedReading.score > reading.score { (text, reading) = (turned, turnedReading) }
    }
    if let cached { Self.store(text, at: cached) }
    return Self.parseCache(text)
  }

  /// The format of cached OCR output: grids as ``gridFormat``, pages read upright.
  static let ocrFormat = gridFormat + "-o2"

  /// Finds the ruled tables of the page image `pgm` (written to `picture`, their rules erased)
  /// and reads its words; the cache text: `#grid` lines, then Tesseract's TSV.
  private func recognise(_ pgm: [UInt8], at picture: URL, file: String) throws(IngestionError) -> String {
    let analysis = RulingLines.analyse(pgm: pgm)
    let grids = analysis.grids
    if !pgm.isEmpty { try? Data(grids.isEmpty ? pgm : analysis.cleaned).write(to: picture) }
    let output = try programs.run(
      "tesseract", [picture.path, "stdout", "-l", "vie", "tsv"], file: file, environment: ["OMP_THREAD_LIMIT": "1"])
    return grids.map { "#grid " + $0.line + "\n" }.joined() + String(decoding: output, as: UTF8.self)
  }

  /// How many degrees clockwise the page must turn to stand upright, by Tesseract's
  /// orientation detection (`--psm 0`); `nil` when it cannot tell (or its model is missing).
  private func orientation(of picture: URL, pgm: [UInt8], file: String) throws(IngestionError) -> Int? {
    try? Data(pgm).write(to: picture)
    guard let output = try? programs.run(
      "tesseract", [picture.path, "stdout", "--psm", "0"], file: file, environment: ["OMP_THREAD_LIMIT": "1"])
    else { return nil }
    var turn: Int?, confidence = 0.0
    for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { continue }
      if parts[0] == "Rotate" { turn = Int(parts[1]) }
      if parts[0] == "Orientation confidence" { confidence = Double(parts[1]) ?? 0 }
    }
    guard let turn, [0, 90, 180, 270].contains(turn), confidence >= 1 else { return nil }
    return turn
  }

  /// How Vietnamese the words of cached OCR text read.
  private static func reading(_ text: String) -> VietnameseReading {
    VietnameseReading(parseCache(text).0.map(\.text).joined(separator: " "))
  }
}
