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

  /// Reads the file at `url`; `file` is the name used in messages. A file beyond the
  /// ``Limits`` is refused before its bytes are read.
  public func read(contentsOf url: URL, file: String) throws(IngestionError) -> Document {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path: url.path, limit: Limits.fileBytes)
    } catch {
      switch error {
      case .tooLarge(let size): throw Self.tooLarge(file: file, size: size)
      case .unreadable: throw .unreadable(file: file, reason: Self.readFailure(url))
      }
    }
    return try read(bytes: bytes, file: file)
  }

  /// Reads a plan from its bytes; a document beyond the ``Limits`` is refused.
  public func read(data: Data, file: String) throws(IngestionError) -> Document {
    guard data.count <= Limits.fileBytes else { throw Self.tooLarge(file: file, size: data.count) }
    return try read(bytes: [UInt8](data), file: file)
  }

  private func read(bytes: [UInt8], file: String) throws(IngestionError) -> Document {
    var document = try readUnchecked(bytes: bytes, file: file)
    // Text plans are repaired and have their pipe rows read as they are decoded; other
    // formats keep legacy bytes and pipe rows as text.
    if document.format != .text {
      MisreadLegacyText.repair(&document)
      document.elements = PipeTableRows.reading(document.elements)
    }
    for (index, element) in document.elements.enumerated() {
      switch element.kind {
      case .tableRow(let cells) where cells.count > Limits.cellsPerRow:
        throw .tooLarge(file: file, reason: Message(.rowTooWide, .text(element.reference.label), .count(cells.count), .count(Limits.cellsPerRow)))
      case .line(let text), .paragraph(let text):
        if text.utf8.count > Limits.lineBytes {
          throw .tooLarge(
            file: file,
            reason: Message(.lineTooLong, .text(element.reference.label), .count(index + 1), .count(text.utf8.count / 1000), .count(Limits.lineBytes / 1000)))
        }
      default: break
      }
    }
    return document
  }

  private static func tooLarge(file: String, size: Int) -> IngestionError {
    .tooLarge(file: file, reason: Message(.fileTooLarge, .count(size / 1_000_000), .count(Limits.fileBytes / 1_000_000)))
  }

  private func readUnchecked(bytes: [UInt8], file: String) throws(IngestionError) -> Document {
    switch Self.sniff(bytes) {
    case .zip:
      return try readZip(Data(bytes), file: file)
    case .pdf:
      return try PDFReader(programs: programs).read(Data(bytes), file: file)
    case .ole2:
      // A Word file saved with a password is an OLE2 file holding an “EncryptedPackage”.
      if Self.isEncryptedPackage(bytes) { throw .unreadable(file: file, reason: Message(.wordPassword)) }
      return try convertAndRead(Data(bytes), file: file, from: "doc", format: .doc)
    case .rtf:
      return try convertAndRead(Data(bytes), file: file, from: "rtf", format: .rtf)
    case .image(let kind):
      throw .unsupportedFormat(file: file, format: Message(.imageFile, "\(kind)"))
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
      throw .unreadable(file: file, reason: Message(.damagedPackage))
    }
    if package.contains("word/document.xml") {
      return try DocxReader.read(package, file: file)
    }
    if let mime = package.text("mimetype"), mime.hasPrefix("application/vnd.oasis.opendocument.text") {
      return try convertAndRead(data, file: file, from: "odt", format: .odt)
    }
    if package.contains("xl/workbook.xml") { throw .unsupportedFormat(file: file, format: Message(.excelWorkbook)) }
    if package.contains("ppt/presentation.xml") { throw .unsupportedFormat(file: file, format: Message(.powerPointFile)) }
    throw .unsupportedFormat(file: file, format: Message(.zipArchive))
  }

  private func convertAndRead(_ data: Data, file: String, from suffix: String, format: SourceFormat) throws(IngestionError) -> Document {
    let converted = try programs.convertToDocx(data, suffix: suffix, file: file)
    let package: ZipPackage
    do {
      package = try ZipPackage(converted)
    } catch {
      throw .conversionFailed(file: file, reason: Message(.conversionUnreadable))
    }
    guard package.contains("word/document.xml") else {
      throw .unsupportedFormat(file: file, format: Message(.notATextDocument))
    }
    var document = try DocxReader.read(package, file: file)
    document.format = format
    document.notes.insert(Message(.convertedByLibreOffice, .text(suffix)), at: 0)
    return document
  }

  /// Whether an OLE2 file is an Office document encrypted with a password: its directory names
  /// the stream “EncryptedPackage” (in UTF-16).
  static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
    let name = Array("EncryptedPackage".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] })
    return bytes.withUnsafeBufferPointer { buffer in name.withUnsafeBufferPointer { buffer.firstOffset(of: $0) } } != nil
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
  static func readFailure(_ url: URL) -> Message {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      return Message(.fileMissing)
    }
    if isDirectory.boolValue { return Message(.fileIsFolder) }
    if access(url.path, R_OK) != 0 { return Message(.permissionDenied) }
    return Message(.cannotOpen)
  }
}

/// What a plan may be: beyond these a file is refused with a message naming the limit, and the
/// other plans go through. Real plans are far below them (the seeds: under 100 KB, lines under
/// 3 KB, tables under 10 columns).
public enum Limits {
  /// The largest plan file read, in bytes.
  public static let fileBytes = 50_000_000
  /// The longest line or paragraph, in UTF-8 bytes.
  public static let lineBytes = 1_000_000
  /// The most cells in one table row.
  public static let cellsPerRow = 10_000
  /// The deepest heading numbering read as a heading (“1.2.3.4.5.6.7.8.”).
  public static let headingDepth = 8
}
