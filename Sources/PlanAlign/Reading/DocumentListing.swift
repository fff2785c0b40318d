/// A plain listing of a document, one element per line: its reference, its kind and its text
/// (control characters shown as `\u{…}`), for `planalign read`.
public enum DocumentListing {
  /// Writes the listing of `document` to `stream`, its reading notes in `language`.
  public static func write(_ document: Document, file: String, language: Language = .vi, to stream: inout some TextOutputStream) {
    stream.write("# \(TerminalText.safe(file)) (\(document.format.rawValue))\n")
    for note in document.notes { stream.write("# \(TerminalText.safe(note.text(language)))\n") }
    for element in document.elements {
      let kind: String
      switch element.kind {
      case .gap: continue
      case .line: kind = "line"
      case .paragraph: kind = "para"
      case .tableRow: kind = "row "
      }
      stream.write("\(element.reference.label)\t\(kind)\t\(TerminalText.safe(element.text))\n")
    }
  }
}

/// Text made safe to print on a terminal: control characters (escape sequences among them)
/// are shown as `\u{…}` instead of being sent raw.
public enum TerminalText {
  /// `text` with every control character escaped.
  public static func safe(_ text: String) -> String {
    // The control characters (category Cc) are exactly U+0000–U+001F and U+007F–U+009F: in
    // UTF-8 a byte below 20 or 7F, or C2 before 80–9F. Nearly every message has none.
    let hasControl = text.withBytes { bytes in
      bytes.indices.contains { index in
        let byte = bytes[index]
        return byte < 0x20 || byte == 0x7F || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] < 0xA0)
      }
    }
    guard hasControl else { return text }
    var output = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        output += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
