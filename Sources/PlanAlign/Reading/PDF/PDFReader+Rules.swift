import Foundation

extension PDFReader {
  /// The resolution pages are drawn at, for OCR and to find their rules: ``RulingLines``
  /// measures in pixels at 300 dpi.
  static let drawingResolution = 300.0

  /// Draws page `page` of `input` as a grey PGM image named `name` in `folder`; the image's URL
  /// (the caller removes it).
  func draw(page: Int, of input: URL, as name: String, in folder: URL, file: String) throws(IngestionError) -> URL {
    let image = folder.appendingPathComponent(name)
    _ = try programs.run(
      "pdftoppm",
      ["-r", "\(Int(Self.drawingResolution))", "-gray", "-singlefile", "-f", "\(page)", "-l", "\(page)", input.path, image.path],
      file: file)
    return image.appendingPathExtension("pgm")
  }

  /// The ruled tables of text-layer pages that hold a table, in PDF points. A table's rules say
  /// where its rows end, which its text alone often cannot: Word sets a table's rows as close
  /// as the lines of a cell, so single-line rows read as one tall row. Each such page is drawn
  /// by `pdftoppm` and its rules found as on a scan; the result is cached by the file's content.
  func textLayerGrids(
    pages: [[PageWord]], skipping scanned: [Int], input: URL, folder: URL, key: String, file: String
  ) -> [Int: [TableGrid]] {
    // Pixels are kept (and cached), whole numbers; points are worked out from them each time.
    let scale = 72 / Self.drawingResolution
    let inPoints = { (grids: [Int: [TableGrid]]) in
      grids.mapValues {
        $0.map { TableGrid(rows: $0.rows.map { $0 * scale }, columns: $0.columns.map { $0 * scale }, openings: $0.openings) }
      }
    }
    // A file read before is not looked over for tables again: its cache holds its grids, or none.
    let cached = programs.cacheDirectory?.appendingPathComponent("rules-\(key)-\(Self.gridFormat).txt")
    if let cached, let text = try? String(contentsOf: cached, encoding: .utf8) { return inPoints(Self.parseRules(text)) }
    let candidates = pages.indices.map { $0 + 1 }.filter { page in
      !scanned.contains(page) && PageLayout.mayHoldTable(pages[page - 1])
    }
    var grids: [Int: [TableGrid]] = [:]
    for page in candidates {
      // Without a drawing the page is read from its text alone, as before.
      guard let picture = try? draw(page: page, of: input, as: "rules-\(page)", in: folder, file: file) else { continue }
      defer { try? FileManager.default.removeItem(at: picture) }
      guard let data = try? Data(contentsOf: picture) else { continue }
      // Tables of three columns or more: two side by side are a header or a signature laid out
      // in a table, bordered by mistake, and read as lines beside lines.
      let found = RulingLines.analyse(pgm: [UInt8](data)).grids.filter { $0.columns.count >= 4 }
      if !found.isEmpty { grids[page] = found }
    }
    if let cached {
      Self.store(grids.keys.sorted().flatMap { page in grids[page]!.map { "\(page) \($0.line)\n" } }.joined(), at: cached)
    }
    return inPoints(grids)
  }

  /// Grids from the cache: a line per table, its page then ``TableGrid/line``.
  static func parseRules(_ text: String) -> [Int: [TableGrid]] {
    var grids: [Int: [TableGrid]] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let page = Int(parts[0]), let grid = TableGrid(line: parts[1]) else { continue }
      grids[page, default: []].append(grid)
    }
    return grids
  }
}
