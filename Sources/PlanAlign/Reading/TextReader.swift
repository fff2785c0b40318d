/// Reads a plain-text plan: decodes its bytes (Unicode or a legacy Vietnamese encoding) and
/// turns each line into a document element. Tab-separated and markdown pipe rows, which
/// conversions from Word leave behind, become table rows; blank lines become gaps. Element `i`
/// is line `i + 1` of the file, so line numbers in reports are the file's own.
enum TextReader {
  /// The document held in `bytes`.
  static func read(_ bytes: [UInt8]) throws(TextDecodingError) -> Document {
    let decoded = try TextDecoding.decodeAnyEncoding(bytes)
    var lines = TextDecoding.lines(decoded.text)
    var notes: [Message] = []
    if let encoding = decoded.legacyEncoding {
      notes.append(Message(.convertedFromEncoding, "\(encoding)"))
    } else if let (repaired, encoding) = MisreadLegacyText.repair(lines) {
      // Valid Unicode may still hold a legacy copy once opened as Windows-1252.
      lines = repaired
      notes.append(Message(.convertedFromEncoding, .text(encoding.rawValue)))
    }
    return Document(format: .text, elements: elements(lines), notes: notes)
  }

  /// The elements of decoded lines.
  static func elements(_ lines: [String]) -> [DocumentElement] {
    let elements = lines.enumerated().map { index, line in
      let reference = SourceReference.line(index + 1)
      if let cells = TableRowSplitter.tabCells(of: line) { return DocumentElement(.tableRow(cells), reference: reference) }
      if line.isBlank { return DocumentElement(.gap, reference: reference) }
      return DocumentElement(.line(line), reference: reference)
    }
    return PipeTableRows.reading(elements)
  }
}

/// Splits the two table forms found in converted plans: tab-separated rows and markdown pipe rows.
enum TableRowSplitter {
  /// The cleaned cells of a table row; an empty array for a markdown separator row;
  /// `nil` when the line is not a table row. Blank cells stay in place.
  static func cells(of line: String) -> [String]? {
    tabCells(of: line) ?? pipeCells(of: line)
  }

  /// The cells of a tab-separated row; `nil` when the line has no tab after its indent.
  static func tabCells(of line: String) -> [String]? {
    // On the line's bytes: tabs, pipes, spaces, dashes and colons are ASCII, and splitting
    // long lines into Characters was a visible cost of reading every plan.
    line.withBytes { bytes -> [String]? in
      let indented = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count
      guard bytes[indented...].contains(0x09) else { return nil }
      return split(bytes, 0..<bytes.count, at: 0x09).map { text(bytes, $0) }
    }
  }

  /// The cells of a markdown pipe row; an empty array for a separator row (`|---|:--|`);
  /// `nil` when the line does not start with a bar.
  static func pipeCells(of line: String) -> [String]? {
    line.withBytes { bytes -> [String]? in
      let start = bytes.firstIndex { $0 != 0x20 } ?? bytes.count
      guard start < bytes.count, bytes[start] == UInt8(ascii: "|") else { return nil }
      var end = bytes.count
      while end > start + 1, bytes[end - 1] == 0x20 { end -= 1 }
      if end > start + 1, bytes[end - 1] == UInt8(ascii: "|") { end -= 1 }
      let parts = split(bytes, start + 1..<end, at: UInt8(ascii: "|"))
      let isSeparatorRow = parts.allSatisfy { part in
        bytes[part].allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
      }
      return isSeparatorRow ? [] : parts.map { text(bytes, $0) }
    }
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    Markup.plainText(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
  }

  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
    var parts: [Range<Int>] = [], start = range.lowerBound
    for index in range where bytes[index] == separator {
      parts.append(start..<index)
      start = index + 1
    }
    parts.append(start..<range.upperBound)
    return parts
  }
}
