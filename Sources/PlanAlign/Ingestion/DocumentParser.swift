/// Turns a document's elements into blocks: classifies each line or paragraph, joins lines
/// that belong to one paragraph (wrapped lines, lines split by a page break), and tracks the
/// heading path and the document region. Blank lines are not needed to separate paragraphs:
/// see ``LineLayout``.
struct DocumentParser {
  private var blocks: [Block] = []
  private var open: Block?
  private var gapSinceOpen = false
  /// Whether the open block is a whole paragraph, which nothing continues.
  private var openIsWhole = false
  /// The length of the last physical line added to the open block.
  private var lastLineLength = 0
  /// The open block's text length, kept as lines are added (counting the text again for each
  /// wrapped line would make a long paragraph quadratic).
  private var openLength = 0
  private var path: [Heading] = []
  private var region: Region = .preamble
  private let layout: LineLayout
  /// When numbered headings restart beneath a time label (“QUÝ I” over “1. …”, “2. …”): the
  /// first level moved and how far, so they stay beneath the label.
  private var periodShift: (from: Int, by: Int)?

  private init(layout: LineLayout) {
    self.layout = layout
  }

  /// Parses a document's elements (element `i` is line `i + 1`).
  static func parse(_ elements: [DocumentElement]) -> [Block] {
    // Each line is counted once: for the layout, and again as the length of its plain text
    // when that is the line itself (nearly every line has no markup to strip).
    let lengths = LineLayout.lineLengths(elements)
    var parser = DocumentParser(layout: LineLayout(lineLengths: lengths))
    for (index, element) in elements.enumerated() {
      switch element.kind {
      case .gap: if parser.open != nil { parser.gapSinceOpen = true }
      case .tableRow(let cells): parser.addRow(cells, number: index + 1)
      case .line(let text): parser.add(text, length: lengths[index], number: index + 1, whole: false)
      case .paragraph(let text): parser.add(text, length: lengths[index], number: index + 1, whole: true)
      }
    }
    parser.close()
    return parser.blocks
  }

  private mutating func addRow(_ cells: [String], number: Int) {
    close()
    if region == .recipients { region = .appendix }
    var row = Block(
      kind: .tableRow(cells), text: cells.joined(separator: " | "), lineStarts: [(0, number)], region: region,
      sectionPath: path)
    row.finish()
    blocks.append(row)
  }

  /// Adds a line or paragraph, `rawLength` characters long as written.
  private mutating func add(_ raw: String, length rawLength: Int, number: Int, whole: Bool) {
    let clean = Markup.plainText(raw)
    if clean.isEmpty {
      if open != nil { gapSinceOpen = true }
      return
    }
    // Only the start matters here (“Nơi nhận”, “PHỤ LỤC”): folding the whole line for each
    // line read was a large share of the run, and a line whose first letter cannot start
    // either is not folded at all.
    let mayMark = TextFolding.mayStart(clean, with: UInt8(ascii: "n")) || TextFolding.mayStart(clean, with: UInt8(ascii: "p"))
    let key = mayMark ? TextFolding.matchKey(String(TextFolding.prefix(clean, 16))) : ""
    // Compared by bytes: the common case is the very same string, and the rest differ in length.
    let length = UTF8Key(clean) == UTF8Key(raw) ? rawLength : TextFolding.characterCount(clean)
    if key.hasPrefix("noi nhan") {
      close()
      region = .recipients
      return
    }
    // “(Ban hành kèm theo Quyết định số…)” under a title after the signature: the document
    // signed was a decision, and the plan attached to it starts here.
    if region == .recipients,
      TextFolding.matchKey(String(TextFolding.prefix(clean, 24))).hasPrefix("ban hanh kem theo")
    {
      close()
      region = .body
      path = []
    }
    if region == .preamble, opensPart(clean, key: key) { region = .body }
    if key.hasPrefix("phu luc") && length < 400 && isUpperStart(clean) {
      close()
      region = .appendix
      let label = appendixLabel(clean)
      path = [Heading(level: 0, label: label, window: nil)]
      return
    }
    if var heading = HeadingPattern.match(clean) {
      close()
      // The first section starts the body; after a signature it starts a document attached
      // to the one signed (a decision's plan, “ban hành kèm theo Quyết định…”).
      if heading.heading.level == 1 && (region == .preamble || region == .recipients) { region = .body }
      // A plan whose sections are numbered 1., 2. starts at the first, a title in capitals
      // (“1. MỤC ĐÍCH, YÊU CẦU”).
      if region == .preamble, heading.heading.level == 2, HeadingPattern.isMostlyUpper(heading.title) {
        region = .body
      }
      heading.heading.level = nestedLevel(heading.heading.level)
      path.removeAll { $0.level >= heading.heading.level && $0.level > 0 }
      start(Block(kind: .heading(heading.heading), text: heading.title, lineStarts: [(0, number)],
                 region: region, sectionPath: path), whole: whole, lineLength: length)
      path.append(heading.heading)
      return
    }
    if region != .preamble, let label = PeriodLabel.window(of: Markup.strippingBullet(clean)),
      open == nil || !continues(open!, with: clean) || clean.first?.isUppercase == true
    {
      close()
      // A new time label closes the previous one and everything beneath it.
      if let previous = path.firstIndex(where: \.isPeriod) { path.removeSubrange(previous...) }
      let level = (path.last?.level ?? 1) + 1
      path.removeAll { $0.level >= level }
      periodShift = nil
      let heading = Heading(level: level, label: label, window: label, isPeriod: true)
      blocks.append(Block(kind: .heading(heading), text: label, lineStarts: [(0, number)], region: region, sectionPath: path))
      path.append(heading)
      return
    }
    if let text = listItemText(clean) {
      close()
      if text.isEmpty { return }
      start(Block(kind: .bullet, text: text, lineStarts: [(0, number)], region: region, sectionPath: path),
           whole: whole, lineLength: length)
      return
    }
    let joinable = layout.wrapWidth != nil || (!whole && !openIsWhole)
    if joinable, let existing = open, continues(existing, with: clean) {
      // Take the block out of `open` so that appending does not copy its text each time.
      open = nil
      var current = consume existing
      current.lineStarts.append((openLength + 1, number))
      current.text += " " + clean
      openLength += 1 + length
      if case .heading(var heading) = current.kind, heading.window == nil,
        let window = QuarterPattern.find(in: clean)
      {
        heading.window = window
        current.kind = .heading(heading)
        path[path.count - 1].window = window
      }
      open = current
      gapSinceOpen = false
      lastLineLength = length
      return
    }
    close()
    start(Block(kind: .paragraph, text: clean, lineStarts: [(0, number)], region: region, sectionPath: path),
         whole: whole, lineLength: length, textLength: length)
  }

  /// The level of a numbered heading, moved beneath a time label when its numbering restarts
  /// there (“QUÝ I” then “1. Tổ chức…”).
  private mutating func nestedLevel(_ level: Int) -> Int {
    if let shift = periodShift {
      if level >= shift.from { return level + shift.by }
      periodShift = nil
      return level
    }
    if let period = path.last, period.isPeriod, blocks.last.map({ if case .heading(let last) = $0.kind { return last == period } else { return false } }) == true,
      level <= period.level
    {
      periodShift = (level, period.level - level + 1)
      return period.level + 1
    }
    return level
  }

  /// Makes `block` the open block, which the next lines may continue.
  /// `textLength` is the block's text length when the caller has counted it.
  private mutating func start(_ block: Block, whole: Bool, lineLength: Int, textLength: Int? = nil) {
    open = block
    openLength = textLength ?? TextFolding.characterCount(block.text)
    openIsWhole = whole
    lastLineLength = lineLength
    gapSinceOpen = false
  }

  /// The text of a list item without its marker — a bullet (“- ”, “+ ”, “• ”) or a letter
  /// (“a) ”, “đ) ”) — or `nil` when the line is not a list item.
  private func listItemText(_ line: String) -> String? {
    // Most lines are ruled out without reading characters: a lettered item holds “)”, and a
    // line starting with a scalar that is a character of its own starts with a marker only
    // when that scalar is one (none is canonically equivalent to another).
    let bracketed = line.withBytes { $0.contains(UInt8(ascii: ")")) }
    if bracketed {
      let start = line.prefix(3)
      if start.count == 3, let letter = start.first, letter.isLowercase, letter.isLetter,
        start.dropFirst().first == ")", start.last == " "
      {
        return String(line.dropFirst(3)).trimmed
      }
    }
    if let lead = line.unicodeScalars.first, TextFolding.isWholeCharacter(lead), !Markup.bulletMarkerScalars.contains(lead) {
      return nil
    }
    guard let first = line.first, Markup.bulletMarkers.contains(first),
      line.dropFirst().isEmpty || line.dropFirst().first == " " || first != "*", !wrapsOnto(line)
    else { return nil }
    return Markup.strippingBullet(line)
  }

  /// Whether a line that starts with a dash is the wrapped rest of the open block's sentence
  /// (“… quốc phòng” / “- an ninh năm 2025.”): the previous line filled the width of a
  /// hard-wrapped document without ending its sentence, and the dash is a hyphen between words.
  private func wrapsOnto(_ line: String) -> Bool {
    guard let open, !gapSinceOpen, layout.isFull(lastLineLength), let last = open.text.last,
      !".;:!?".contains(last), line.hasPrefix("- ") || line.hasPrefix("– ")
    else { return false }
    return line.dropFirst(2).first?.isLowercase ?? false
  }

  /// A line continues the open block when the open text has not ended a sentence and the new
  /// line starts in lower case, with a digit or with a quote (a wrapped line, or a paragraph split by a page
  /// break), or when it directly follows a line that filled the width of a hard-wrapped
  /// document. A line after a short line, starting in upper case, starts a new block.
  private func continues(_ block: Block, with line: String) -> Bool {
    if gapSinceOpen, case .heading = block.kind { return false }
    guard let last = block.text.last, let first = line.first else { return false }
    let ended = ".;:!?".contains(last)
    let lowerStart = first.isLowercase || first.isNumber || first == "“" || first == "\""
    if lowerStart { return !ended || (!gapSinceOpen && !".!?".contains(last)) }
    // A heading's first line must come closer to the width: a short title is not wrapped text.
    var isHeading = false
    if case .heading = block.kind { isHeading = true }
    return !gapSinceOpen && !ended && layout.isFull(lastLineLength, strict: isHeading)
  }

  private mutating func close() {
    if var block = open {
      block.finish()
      blocks.append(block)
    }
    open = nil
    openIsWhole = false
    gapSinceOpen = false
  }

  /// Whether a line opens a part of the plan that numbers its sections otherwise than I., II.:
  /// “PHẦN THỨ HAI”, “PHẦN II”, “Phần 1:”, or a capital letter over a title in capitals (“A.
  /// CÁC PHONG TRÀO THI ĐUA”). `key` is the folded start of the line when it may start with “p”.
  private func opensPart(_ text: String, key: String) -> Bool {
    if key.hasPrefix("phan ") {
      let next = key.dropFirst(5).prefix { $0 != " " }
      return next == "thu" || RomanNumeral.value(of: String(next)) != nil || Int(next) != nil
    }
    guard let first = text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(first),
      text.utf8.dropFirst().first == UInt8(ascii: "."), text.utf8.dropFirst(2).first == UInt8(ascii: " ")
    else { return false }
    return HeadingPattern.isMostlyUpper(String(text.dropFirst(3)))
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
