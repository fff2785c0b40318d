/// The format a plan was read from, as reported in `plans.csv` (`source_format`).
public enum SourceFormat: String, Sendable, Equatable, CaseIterable {
  /// Plain text (UTF-8, UTF-16 or a legacy Vietnamese encoding).
  case text
  /// A Word document (Office Open XML), read natively.
  case docx
  /// A legacy Word document, converted by LibreOffice.
  case doc
  /// An OpenDocument text, converted by LibreOffice.
  case odt
  /// A Rich Text Format file, converted by LibreOffice.
  case rtf
  /// A PDF with a text layer.
  case pdf
  /// A scanned PDF read by OCR (Tesseract).
  case pdfOCR = "pdf-ocr"
}

/// Where a piece of a document sits in the original, in words a person can follow there.
public enum SourceReference: Sendable, Equatable, Hashable {
  /// A line of a text file (1-based).
  case line(Int)
  /// A line on a PDF page (both 1-based).
  case pageLine(page: Int, line: Int)
  /// A paragraph of a Word document, counting the non-empty paragraphs outside tables (1-based).
  case paragraph(Int)
  /// A row of a Word table (table and row 1-based, in document order).
  case tableRow(table: Int, row: Int)

  /// The reference as shown in reports: `dòng 12`, `tr. 3, dòng 12`, `đoạn 57`, `bảng 2, hàng 14`.
  public var label: String {
    switch self {
    case .line(let line): return "dòng \(line)"
    case .pageLine(let page, let line): return "tr. \(page), dòng \(line)"
    case .paragraph(let number): return "đoạn \(number)"
    case .tableRow(let table, let row): return "bảng \(table), hàng \(row)"
    }
  }
}

/// One piece of a document in reading order: the unit every reader produces and the structure
/// stage consumes, whatever the file format.
public struct DocumentElement: Sendable, Equatable {
  /// What the piece is.
  public enum Kind: Sendable, Equatable {
    /// A physical line that may be part of a longer paragraph (text files, PDF pages).
    case line(String)
    /// A whole paragraph, as a word processor stores it.
    case paragraph(String)
    /// A table row, cells in column order; merged cells already resolved.
    case tableRow([String])
    /// An empty line or a page break: a gap between pieces.
    case gap
  }

  /// What the piece is.
  public var kind: Kind
  /// Where it is in the original.
  public var reference: SourceReference

  /// Creates an element.
  public init(_ kind: Kind, reference: SourceReference) {
    self.kind = kind
    self.reference = reference
  }

  /// The text of the piece; table cells joined by ` | `.
  public var text: String {
    switch kind {
    case .line(let text), .paragraph(let text): return text
    case .tableRow(let cells): return cells.joined(separator: " | ")
    case .gap: return ""
    }
  }
}

/// A plan file turned into paragraphs, lines and table rows with their provenance.
public struct Document: Sendable, Equatable {
  /// The format the file was read as.
  public var format: SourceFormat
  /// The pieces, in reading order. Element `i` is cited as line `i + 1` of the plan.
  public var elements: [DocumentElement]
  /// What reading had to do that staff should know (an encoding converted, pages read by OCR).
  public var notes: [Message]

  /// Creates a document.
  public init(format: SourceFormat, elements: [DocumentElement], notes: [Message] = []) {
    self.format = format
    self.elements = elements
    self.notes = notes
  }
}
