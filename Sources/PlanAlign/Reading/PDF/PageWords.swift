import Foundation

/// A word on a page with its box in points (PDF) or pixels (a scan), origin top left.
struct PageWord: Equatable {
  var x0: Double
  var y0: Double
  var x1: Double
  var y1: Double
  var text: String
  /// The line the OCR engine put the word on (Tesseract's block, paragraph and line), when known.
  var line: Int?

  var height: Double { y1 - y0 }
  var middle: Double { (y0 + y1) / 2 }
}

/// Reads the word boxes that poppler (`pdftotext -bbox`) and Tesseract (`tsv` output) print.
enum PageWords {
  /// The words of each page of `pdftotext -bbox` output.
  static func fromBoundingBoxes(_ output: String) -> [[PageWord]] {
    var pages: [[PageWord]] = []
    for line in output.split(whereSeparator: \.isNewline) {
      let text = line.drop(while: { $0 == " " })
      if text.hasPrefix("<page") {
        pages.append([])
      } else if text.hasPrefix("<word"), !pages.isEmpty, let word = boxWord(text) {
        pages[pages.count - 1].append(word)
      }
    }
    return pages
  }

  private static func boxWord(_ line: Substring) -> PageWord? {
    func number(_ name: String) -> Double? {
      guard let start = line.range(of: name + "=\"") else { return nil }
      let rest = line[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { return nil }
      return Double(rest[..<end])
    }
    guard let x0 = number("xMin"), let y0 = number("yMin"), let x1 = number("xMax"), let y1 = number("yMax"),
      let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>", options: .backwards)
    else { return nil }
    let raw = line[line.index(after: open)..<close.lowerBound]
    return PageWord(x0: x0, y0: y0, x1: x1, y1: y1, text: unescape(String(raw)))
  }

  /// The words of Tesseract's `tsv` output (level 5 rows with text).
  static func fromTesseractTSV(_ output: String) -> [PageWord] {
    var words: [PageWord] = []
    for line in output.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 12, fields[0] == "5", let block = Int(fields[2]), let paragraph = Int(fields[3]),
        let lineNumber = Int(fields[4]),
        let left = Double(fields[6]), let top = Double(fields[7]), let width = Double(fields[8]),
        let height = Double(fields[9])
      else { continue }
      let text = String(fields[11]).trimmingCharacters(in: .whitespaces)
      if text.isEmpty { continue }
      let line = (block * 1000 + paragraph) * 1000 + lineNumber
      words.append(PageWord(x0: left, y0: top, x1: left + width, y1: top + height, text: text, line: line))
    }
    return words
  }

  private static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
  }
}
