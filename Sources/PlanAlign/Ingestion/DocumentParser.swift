/// Turns a plan's lines into blocks: classifies each line, joins wrapped lines and lines split
/// by a page break, and tracks the heading path and the document region.
struct DocumentParser {
  private var blocks: [Block] = []
  private var open: Block?
  private var gapSinceOpen = false
  private var path: [Heading] = []
  private var region: Region = .preamble

  /// Parses NFC lines (index 0 is line 1).
  static func parse(_ lines: [String]) -> [Block] {
    var parser = DocumentParser()
    for (index, line) in lines.enumerated() { parser.add(line, number: index + 1) }
    parser.close()
    return parser.blocks
  }

  private mutating func add(_ raw: String, number: Int) {
    if let cells = TableRowSplitter.cells(of: raw) {
      close()
      if cells.isEmpty { return }  // markdown separator row
      if region == .recipients { region = .appendix }
      var row = Block(
        kind: .tableRow(cells), text: cells.joined(separator: " | "), lineStarts: [(0, number)], region: region,
        sectionPath: path)
      row.finish()
      blocks.append(row)
      return
    }
    let clean = Markup.plainText(raw)
    if clean.isEmpty {
      if open != nil { gapSinceOpen = true }
      return
    }
    let key = TextFolding.matchKey(clean)
    if key.hasPrefix("noi nhan") {
      close()
      region = .recipients
      return
    }
    if key.hasPrefix("phu luc") && clean.count < 400 && isUpperStart(clean) {
      close()
      region = .appendix
      let label = appendixLabel(clean)
      path = [Heading(level: 0, label: label, quarter: nil)]
      return
    }
    if let heading = HeadingPattern.match(clean) {
      close()
      if heading.heading.level == 1 && region == .preamble { region = .body }
      path.removeAll { $0.level >= heading.heading.level && $0.level > 0 }
      open = Block(
        kind: .heading(heading.heading), text: heading.title, lineStarts: [(0, number)],
        region: region, sectionPath: path)
      path.append(heading.heading)
      gapSinceOpen = false
      return
    }
    if let first = clean.first, Markup.bulletMarkers.contains(first),
      clean.count == 1 || clean.dropFirst().first == " " || first != "*"
    {
      close()
      let text = Markup.strippingBullet(clean)
      if text.isEmpty { return }
      open = Block(kind: .bullet, text: text, lineStarts: [(0, number)], region: region,
                   sectionPath: path)
      gapSinceOpen = false
      return
    }
    if var current = open, continues(current, with: clean) {
      current.lineStarts.append((current.text.count + 1, number))
      current.text += " " + clean
      if case .heading(var heading) = current.kind, heading.quarter == nil,
        let quarter = QuarterPattern.find(in: current.text)
      {
        heading.quarter = quarter
        current.kind = .heading(heading)
        path[path.count - 1].quarter = quarter
      }
      open = current
      gapSinceOpen = false
      return
    }
    close()
    open = Block(kind: .paragraph, text: clean, lineStarts: [(0, number)], region: region,
                 sectionPath: path)
    gapSinceOpen = false
  }

  /// A paragraph line continues the open block when it directly follows it, or follows it
  /// after blank lines (a page break) while the open text has not ended a sentence and the
  /// new line starts in lower case or with a quote.
  private func continues(_ block: Block, with line: String) -> Bool {
    if !gapSinceOpen { return true }
    if case .heading = block.kind { return false }
    guard let last = block.text.last, !".;:!?".contains(last) else { return false }
    guard let first = line.first else { return false }
    return first.isLowercase || first == "“" || first == "\""
  }

  private mutating func close() {
    if var block = open {
      block.finish()
      blocks.append(block)
    }
    open = nil
    gapSinceOpen = false
  }

  private func isUpperStart(_ text: String) -> Bool {
    text.first.map { $0.isUppercase } ?? false
  }

  /// “PHỤ LỤC” and its number if one follows (“PHỤ LỤC 1”, “PHỤ LỤC II”).
  private func appendixLabel(_ text: String) -> String {
    let words = text.split(separator: " ")
    var label = Array(words.prefix(2))
    if words.count > 2 {
      let key = TextFolding.matchKey(String(words[2]))
      if key.allSatisfy({ $0.isNumber }) || RomanNumeral.value(of: key) != nil { label.append(words[2]) }
    }
    return label.joined(separator: " ")
  }
}
