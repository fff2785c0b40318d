/// Reads a plain-text plan: decodes its bytes (Unicode or a legacy Vietnamese encoding) and
/// turns each line into a document element. Tab-separated and markdown pipe rows, which
/// conversions from Word leave behind, become table rows; blank lines become gaps. Element `i`
/// is line `i + 1` of the file, so line numbers in reports are the file's own.
enum TextReader {
  /// The document held in `bytes`.
  static func read(_ bytes: [UInt8]) throws(TextDecodingError) -> Document {
    let decoded = try TextDecoding.decodeAnyEncoding(bytes)
    var notes: [Message] = []
    if let encoding = decoded.legacyEncoding { notes.append(Message(.convertedFromEncoding, "\(encoding)")) }
    return Document(format: .text, elements: elements(TextDecoding.lines(decoded.text)), notes: notes)
  }

  /// The elements of decoded lines.
  static func elements(_ lines: [String]) -> [DocumentElement] {
    lines.enumerated().map { index, line in
      let reference = SourceReference.line(index + 1)
      if let cells = TableRowSplitter.cells(of: line) {
        return DocumentElement(cells.isEmpty ? .gap : .tableRow(cells), reference: reference)
      }
      if line.allSatisfy({ $0.isWhitespace }) { return DocumentElement(.gap, reference: reference) }
      return DocumentElement(.line(line), reference: reference)
    }
  }
}

/// Splits the two table forms found in converted plans: tab-separated rows and markdown pipe rows.
enum TableRowSplitter {
  /// The cleaned cells of a table row; an empty array for a markdown separator row;
  /// `nil` when the line is not a table row. Blank cells stay in place.
  static func cells(of line: String) -> [String]? {
    if line.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 }).contains(0x09) {
      return line.split(separator: "\t", omittingEmptySubsequences: false)
        .map { Markup.plainText(String($0)) }
    }
    let trimmed = line.drop(while: { $0 == " " })
    guard trimmed.first == "|" else { return nil }
    var body = trimmed.dropFirst()
    if body.last == "|" { body = body.dropLast() }
    let parts = body.split(separator: "|", omittingEmptySubsequences: false)
    if parts.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { return [] }
    return parts.map { Markup.plainText(String($0)) }
  }
}

