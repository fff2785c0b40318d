import Foundation

/// Reads a plan file of any supported format into a ``Document``. The format is chosen by
/// sniffing the bytes (a ZIP holding `word/document.xml`, `%PDF-`, an OLE2 or RTF signature),
/// never from the file name alone; external programs are reached through ``ExternalPrograms``.
public struct DocumentReader: Sendable {
  /// The programs used for PDF, OCR and LibreOffice conversions.
  public var programs: ExternalPrograms

  /// Creates a reader.
  public init(programs: ExternalPrograms = ExternalPrograms()) {
    self.programs = programs
  }

  /// File name extensions of plans (any case). Files with another extension are reported as
  /// unsupported rather than guessed at.
  public static let planExtensions: Set<String> = ["txt", "text", "md", "docx", "docm", "doc", "odt", "rtf", "pdf"]

  /// Reads the file at `url`; `file` is the name used in messages.
  public func read(contentsOf url: URL, file: String) throws(IngestionError) -> Document {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(file: file, reason: Self.readFailure(url))
    }
    return try read(data: data, file: file)
  }

  /// Reads a plan from its bytes.
  public func read(data: Data, file: String) throws(IngestionError) -> Document {
    let bytes = [UInt8](data)
    switch Self.sniff(bytes) {
    case .zip:
      return try readZip(data, file: file)
    case .pdf:
      return try PDFReader(programs: programs).read(data, file: file)
    case .ole2:
      return try convertAndRead(data, file: file, from: "doc", format: .doc)
    case .rtf:
      return try convertAndRead(data, file: file, from: "rtf", format: .rtf)
    case .image(let kind):
      throw .unsupportedFormat(file: file, format: "\(kind) image; scan plans to PDF")
    case .text:
      do {
        return try TextReader.read(bytes)
      } catch {
        throw IngestionError(file: file, decoding: error)
      }
    }
  }

  private func readZip(_ data: Data, file: String) throws(IngestionError) -> Document {
    let package: ZipPackage
    do {
      package = try ZipPackage(data)
    } catch {
      throw .unreadable(file: file, reason: "the file is a damaged ZIP or Word package")
    }
    if package.contains("word/document.xml") {
      return try DocxReader.read(package, file: file)
    }
    if let mime = package.text("mimetype"), mime.hasPrefix("application/vnd.oasis.opendocument.text") {
      return try convertAndRead(data, file: file, from: "odt", format: .odt)
    }
    if package.contains("xl/workbook.xml") { throw .unsupportedFormat(file: file, format: "Excel workbook") }
    if package.contains("ppt/presentation.xml") { throw .unsupportedFormat(file: file, format: "PowerPoint file") }
    throw .unsupportedFormat(file: file, format: "ZIP archive")
  }

  private func convertAndRead(_ data: Data, file: String, from suffix: String, format: SourceFormat) throws(IngestionError) -> Document {
    let converted = try programs.convertToDocx(data, suffix: suffix, file: file)
    let package: ZipPackage
    do {
      package = try ZipPackage(converted)
    } catch {
      throw .conversionFailed(file: file, reason: "LibreOffice did not produce a readable Word file")
    }
    guard package.contains("word/document.xml") else {
      throw .unsupportedFormat(file: file, format: "not a text document")
    }
    var document = try DocxReader.read(package, file: file)
    document.format = format
    document.notes.insert("converted from .\(suffix) by LibreOffice", at: 0)
    return document
  }

  /// What the first bytes say a file is.
  enum Kind: Equatable {
    case zip, pdf, ole2, rtf, text
    case image(String)
  }

  static func sniff(_ bytes: [UInt8]) -> Kind {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
    if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
    if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
    if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
    if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .image("PNG") }
    if bytes.starts(with: Array("GIF8".utf8)) { return .image("GIF") }
    if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .image("TIFF") }
    return .text
  }

  /// Why a path could not be read, in words staff understand.
  static func readFailure(_ url: URL) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return "the file does not exist or is a broken link"
    }
    if isDirectory.boolValue { return "it is a folder, not a file" }
    if access(url.path, R_OK) != 0 { return "permission denied" }
    return "the file cannot be opened"
  }
}
