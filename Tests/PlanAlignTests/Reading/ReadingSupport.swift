import Foundation
import Testing
import ZIPFoundation

@testable import PlanAlign

/// What a plan yields, without where it sits in the file: header facts, every scheduled item
/// (section, task, time) and every named campaign. Two copies of one plan in other formats,
/// encodings or line layouts must give the same extraction.
struct Extraction: Equatable, CustomTestStringConvertible {
  var header: [String]
  var items: [String]
  var mentions: [String]

  init(_ plan: Plan) {
    header = [
      plan.district, plan.unitType, plan.province, String(plan.year), plan.documentNumber,
      plan.issuedOn?.description ?? "", plan.signer,
    ]
    items = plan.items.map { "\($0.section) | \($0.task) | \($0.deadlineText)" }
    mentions = plan.mentions.map(\.name)
  }

  var testDescription: String { "\(header) \(items.count) items \(mentions.count) mentions" }
}

/// Campaign IDs and dated tasks (task ID and due date) of a plan after alignment: what the
/// comparison reports show, and what a copy of a plan in another format must keep.
struct AlignedFacts: Equatable {
  var campaigns: Set<String>
  var datedTasks: [String]

  init(_ plan: Plan) {
    let aligned = ReadingSupport.aligner.align(plan)
    campaigns = Set(aligned.mentions.compactMap { $0.match?.id })
    var tasks: [String] = []
    for ((_, outcome), parsed) in zip(zip(plan.items, aligned.items), aligned.deadlines) {
      for deadline in parsed.deadlines {
        if let end = deadline.end { tasks.append("\(outcome.match?.id ?? "other") \(end)") }
      }
    }
    datedTasks = tasks.sorted()
  }

  /// The share of `reference`'s campaigns and dated tasks found here.
  func recall(of reference: AlignedFacts) -> Double {
    var remaining = datedTasks
    var found = campaigns.intersection(reference.campaigns).count
    for task in reference.datedTasks {
      if let index = remaining.firstIndex(of: task) {
        remaining.remove(at: index)
        found += 1
      }
    }
    let total = reference.campaigns.count + reference.datedTasks.count
    return total == 0 ? 1 : Double(found) / Double(total)
  }
}

enum ReadingSupport {
  static let seeds = ["dong-da-2025", "hoang-mai-2021", "long-bien-2024", "long-khanh-2024", "thanh-xuan-2024"]

  static let aligner: PlanAligner = {
    let taxonomy = TestSupport.dataDirectory.appendingPathComponent("taxonomy")
    let campaigns = try! Taxonomy.load(try! Data(contentsOf: taxonomy.appendingPathComponent("campaigns.csv")), source: "campaigns.csv")
    let tasks = try! Taxonomy.load(try! Data(contentsOf: taxonomy.appendingPathComponent("tasks.csv")), source: "tasks.csv")
    return PlanAligner(campaigns: campaigns, tasks: tasks)
  }()

  /// Reads a plan file of any format through the document reader.
  static func plan(at url: URL, cache: URL? = nil) throws -> Plan {
    let reader = DocumentReader(programs: ExternalPrograms(cacheDirectory: cache))
    return try PlanIngestor(gazetteer: TestSupport.gazetteer).ingest(contentsOf: url, file: url.lastPathComponent, reader: reader)
  }

  /// Whether the external programs a test needs are installed (the README's test command installs them).
  static func has(_ programs: String...) -> Bool {
    programs.allSatisfy { ExternalPrograms.locate($0) != nil }
  }

  /// A Word package written from the parts given (path → XML), with the content types Word needs.
  static func docx(_ parts: [String: String]) throws -> Data {
    try docx(bytes: parts.mapValues { Data($0.utf8) })
  }

  /// A Word package written from parts given as bytes (path → bytes), for parts that are not
  /// valid text.
  static func docx(bytes parts: [String: Data]) throws -> Data {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("test.docx")
    let archive = try Archive(url: url, accessMode: .create)
    var all = parts
    all["[Content_Types].xml"] = Data("""
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="xml" ContentType="application/xml"/>
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
      </Types>
      """.utf8)
    all["_rels/.rels"] = Data("""
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
      </Relationships>
      """.utf8)
    for (path, data) in all.sorted(by: { $0.key < $1.key }) {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return try Data(contentsOf: url)
  }

  /// `word/document.xml` around a body of WordprocessingML.
  static func document(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
    """
  }

  /// A paragraph with one run of text.
  static func p(_ text: String, numId: Int? = nil, level: Int = 0, font: String? = nil) -> String {
    let numbering = numId.map { "<w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\($0)\"/></w:numPr></w:pPr>" } ?? ""
    let runProperties = font.map { "<w:rPr><w:rFonts w:ascii=\"\($0)\" w:hAnsi=\"\($0)\"/></w:rPr>" } ?? ""
    let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    return "<w:p>\(numbering)<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
  }

  /// The seed plan as an HTML page LibreOffice turns into a Word file: paragraphs, and its tab
  /// and pipe rows as a real table (cells' line breaks and paragraphs kept as markup).
  static func seedHTML(_ text: String) -> String {
    var html = "<html><head><meta charset=\"utf-8\"></head><body>\n"
    var rows: [[String]] = []
    func escape(_ cell: String) -> String {
      var text = cell.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
      for tag in ["p", "br", "i", "b", "em", "strong"] {
        text = text.replacingOccurrences(of: "&lt;\(tag)&gt;", with: "<\(tag)>")
          .replacingOccurrences(of: "&lt;/\(tag)&gt;", with: "</\(tag)>")
      }
      return text
    }
    func flush() {
      guard !rows.isEmpty else { return }
      let width = rows.map(\.count).max() ?? 0
      html += "<table border=\"1\" cellpadding=\"4\" width=\"100%\">"
      if width >= 4 {
        let rest = 54 / (width - 2)
        html += "<col width=\"6%\"><col width=\"40%\">" + String(repeating: "<col width=\"\(rest)%\">", count: width - 2)
      }
      for row in rows { html += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
      html += "</table>\n"
      rows = []
    }
    for line in TextDecoding.lines(text) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("|") || trimmed.contains("\t") {
        var cells: [String]
        if trimmed.hasPrefix("|") {
          var body = Substring(trimmed).dropFirst()
          if body.last == "|" { body = body.dropLast() }
          cells = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
          if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
        } else {
          cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        rows.append(cells)
        continue
      }
      flush()
      if !trimmed.isEmpty { html += "<p>\(escape(trimmed))</p>\n" }
    }
    flush()
    return html + "</body></html>\n"
  }

  /// Converts `file` with LibreOffice to `format` (e.g. `docx:MS Word 2007 XML`, `pdf`) in its folder.
  static func libreOffice(_ file: URL, to format: String) throws -> URL {
    let folder = file.deletingLastPathComponent()
    let profile = folder.appendingPathComponent("lo-profile")
    let result = try TestSupport.run(
      URL(fileURLWithPath: ExternalPrograms.locate("soffice")!),
      ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", format, "--outdir", folder.path, file.path])
    let suffix = String(format.prefix { $0 != ":" })
    let output = file.deletingPathExtension().appendingPathExtension(suffix)
    #expect(FileManager.default.fileExists(atPath: output.path), "soffice: \(result.stderr)")
    return output
  }

  /// An image-only copy of a PDF: each page rendered at 200 dpi and put back into a PDF with
  /// no text layer, as a scanner would produce.
  static func scan(_ pdf: URL) throws -> URL {
    let folder = try TestSupport.temporaryDirectory()
    let pages = folder.appendingPathComponent("page")
    _ = try TestSupport.run(URL(fileURLWithPath: ExternalPrograms.locate("pdftoppm")!), ["-r", "200", "-gray", "-png", pdf.path, pages.path])
    let images = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.sorted()
      .map { folder.appendingPathComponent($0).path }
    let output = pdf.deletingPathExtension().appendingPathExtension("scan.pdf")
    let result = try TestSupport.run(URL(fileURLWithPath: ExternalPrograms.locate("img2pdf")!), images + ["-o", output.path])
    #expect(result.status == 0, "img2pdf: \(result.stderr)")
    return output
  }
}
