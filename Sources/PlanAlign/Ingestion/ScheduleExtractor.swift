/// Extracts scheduled items from blocks: table rows with a task, bullets under a quarter
/// heading, and sentences that set a deadline.
struct ScheduleExtractor {
  let file: String
  private var table = TableState()

  init(file: String) {
    self.file = file
  }

  /// Items found in `blocks`, in source order, plus the task cells (for campaign mentions).
  mutating func extract(from blocks: [Block]) -> (items: [ScheduledItem], taskCells: [Block]) {
    var items: [ScheduledItem] = []
    var taskCells: [Block] = []
    var draft = TaskFieldDraft()
    func startDraft(_ candidate: Block?) {
      if let item = draft.item(file: file) { items.append(item) }
      draft = TaskFieldDraft(task: candidate)
    }
    for (index, block) in blocks.enumerated() {
      switch block.kind {
      case .tableRow(let cells):
        startDraft(nil)
        if let (item, cell) = table.row(cells, block: block, file: file) {
          items.append(item)
          taskCells.append(cell)
        }
      case .bullet, .paragraph:
        table.reset()
        guard block.region != .recipients else {
          startDraft(nil)
          continue
        }
        if let field = TaskField.read(block.text), draft.task != nil {
          draft.apply(field)
          continue
        }
        let found = sentenceItems(block)
        items += found
        startDraft(found.isEmpty ? block : nil)
      case .heading(let heading):
        table.reset()
        guard block.region == .body || block.region == .appendix, !heading.isPeriod else {
          startDraft(nil)
          continue
        }
        let next = index + 1 < blocks.count ? blocks[index + 1] : nil
        let nested = next.map { $0.region == block.region && $0.sectionPath.contains(heading) } ?? false
        let found = headingItems(block, heading, isLeaf: !nested)
        items += found
        startDraft(found.isEmpty && !Self.isTitle(block.text) ? block : nil)
      }
    }
    startDraft(nil)
    return (items, taskCells)
  }

  /// A numbered item read as a heading is a task when its sentence gives a time, or when it
  /// stands alone (nothing beneath it) under a time label such as “QUÝ I”.
  private func headingItems(_ block: Block, _ heading: Heading, isLeaf: Bool) -> [ScheduledItem] {
    // A title that only sets the window for what is beneath it (“1. Nhiệm vụ trong Quý I/2024”)
    // is not itself a task.
    if PeriodLabel.window(of: block.text) != nil || (!isLeaf && heading.window != nil) { return [] }
    if !TimeExpressionFinder.find(in: block.text).isEmpty { return sentenceItems(block) }
    guard isLeaf, block.isUnderPeriod, let window = block.inheritedWindow, !Self.isTitle(block.text) else { return [] }
    return [item(block, task: block.text, window: window)]
  }

  /// An upper-case section title (“CÔNG TÁC TUYÊN TRUYỀN”) names a part of the plan, not a task.
  private static func isTitle(_ text: String) -> Bool {
    let letters = text.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy { !$0.isLowercase }
  }

  private func item(_ block: Block, task: String, window: String) -> ScheduledItem {
    ScheduledItem(
      section: block.section, task: task.trimmingTrailingPunctuation,
      deadlineText: window, deadlineSource: .section,
      location: SourceLocation(file: file, line: block.line))
  }

  private func sentenceItems(_ block: Block) -> [ScheduledItem] {
    let matches = TimeExpressionFinder.find(in: block.text)
    if let labelled = labelledItems(block, hasOwnTime: !matches.isEmpty) { return labelled }
    if matches.isEmpty {
      // A list item (or, under a bare time label, any paragraph) takes the window above it;
      // a line ending in “:” introduces the items below rather than being one.
      guard block.kind == .bullet || block.isUnderPeriod, let window = block.inheritedWindow,
        block.text.last != ":"
      else { return [] }
      return [item(block, task: block.text, window: window)]
    }
    let characters = Array(block.text)
    var items: [ScheduledItem] = []
    var previousEnd = 0
    for (index, match) in matches.enumerated() {
      let start = clauseStart(characters, before: match.range.lowerBound, notBefore: previousEnd)
      var end = match.range.upperBound
      if index == matches.count - 1 {
        end = clauseEnd(characters, after: end)
      } else {
        while end < characters.count && (characters[end] == ")" || characters[end] == " ") { end += 1 }
      }
      previousEnd = end
      let task = cleanClause(String(characters[start..<end]))
      var item = ScheduledItem(
        section: block.section, task: task, deadlineText: match.text,
        deadlineSource: .sentence,
        location: SourceLocation(file: file, line: block.line(atOffset: match.range.lowerBound)))
      item.context = sentenceContext(characters, before: start)
      items.append(item)
    }
    return items
  }

  /// The clauses of the same sentence before `offset` (after the last full stop).
  private func sentenceContext(_ characters: [Character], before offset: Int) -> String {
    var start = offset
    while start > 0 {
      if characters[start - 1] == ".", start < characters.count, characters[start] == " " { break }
      start -= 1
    }
    return String(characters[start..<offset]).trimmed.trimmingTrailingPunctuation
  }

  /// Items of a line that opens with its own time label: “Quý I: tổ chức Hội nghị…; ký kết
  /// giao ước thi đua.” — one item per clause, each in that window.
  private func labelledItems(_ block: Block, hasOwnTime: Bool) -> [ScheduledItem]? {
    guard let colon = block.text.firstIndex(of: ":"), block.text.distance(from: block.text.startIndex, to: colon) <= 48,
      let window = PeriodLabel.window(of: String(block.text[..<colon]))
    else { return nil }
    let rest = block.text[block.text.index(after: colon)...]
    if hasOwnTime { return nil }
    let clauses = rest.split(separator: ";").map { $0.trimmed.trimmingTrailingPunctuation }.filter { $0.count >= 3 }
    return clauses.map { item(block, task: $0, window: window) }
  }

  /// The start of the clause holding `offset`: after the previous “;” or sentence end. A clause
  /// that starts with “gửi” (sending) continues the previous one, which names what is sent.
  private func clauseStart(_ characters: [Character], before offset: Int, notBefore floor: Int) -> Int {
    let start = scanClauseStart(characters, before: offset, notBefore: floor)
    let opening = String(characters[start..<min(characters.count, start + 6)]).trimmed
    if start > floor, characters[start - 1] == ";", TextFolding.matchKey(opening).hasPrefix("gui") {
      return scanClauseStart(characters, before: start - 1, notBefore: floor)
    }
    return start
  }

  private func scanClauseStart(_ characters: [Character], before offset: Int, notBefore floor: Int) -> Int {
    var index = offset
    while index > floor {
      let previous = characters[index - 1]
      if previous == ";" { break }
      if previous == "." && index < characters.count && characters[index] == " "
        && index + 1 < characters.count && characters[index + 1].isUppercase
      {
        break
      }
      index -= 1
    }
    return index
  }

  private func clauseEnd(_ characters: [Character], after offset: Int) -> Int {
    var index = offset
    while index < characters.count {
      let character = characters[index]
      if character == ";" { break }
      if character == "." && (index + 1 == characters.count || characters[index + 1] == " ") { break }
      index += 1
    }
    return index
  }

  private func cleanClause(_ text: String) -> String {
    var clause = Substring(text.trimmed)
    for lead in ["và ", ", ", ") "] where clause.hasPrefix(lead) {
      clause = clause.dropFirst(lead.count)
    }
    return String(clause).trimmed.trimmingTrailingPunctuation
  }
}

/// The column layout of the table being read and its current group row.
private struct TableState {
  private var columns: TableColumns?
  private var group: Heading?
  private var afterHeader = false
  private var timeAbove = ""

  mutating func reset() {
    columns = nil
    group = nil
    timeAbove = ""
  }

  mutating func row(_ cells: [String], block: Block, file: String) -> (ScheduledItem, Block)? {
    let followsHeader = afterHeader
    afterHeader = false
    if let header = TableColumns(header: cells) {
      if header != columns { group = nil }
      timeAbove = ""
      columns = header
      afterHeader = true
      return nil
    }
    // The second line of a two-line header: “Đơn vị thực hiện” over “Chủ trì | Phối hợp”.
    if followsHeader, var header = columns, header.refine(subheader: cells) {
      columns = header
      return nil
    }
    // Rows of the letterhead (“ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI…”) are not a schedule: before
    // the first section, only a table with a header is read.
    if columns == nil, block.region == .preamble { return nil }
    let layout = columns ?? TableColumns.guess(cells)
    let number = layout.cell(layout.number, cells)
    let task = layout.cell(layout.task, cells)
    guard !task.isEmpty else { return nil }
    let others = [layout.lead, layout.executor, layout.partners, layout.time]
      .map { layout.cell($0, cells) }
    let numeral = RomanNumeral.value(of: TextFolding.matchKey(number))
    // A group row: a numeral over a title, or a bare quarter (“Quý III”) with nothing beside it.
    let period = PeriodLabel.window(of: task)
    if numeral != nil || period != nil, others.allSatisfy(\.isEmpty) {
      timeAbove = ""
      group = Heading(
        level: 99,
        label: "\(number.trimmingTrailingPunctuation). \(HeadingPattern.shortLabel(task))",
        window: period ?? QuarterPattern.find(in: task))
      return nil
    }
    var path = block.sectionPath
    if let group { path.append(group) }
    var time = layout.cell(layout.time, cells)
    // A time column before the task column groups the rows under it: a blank cell there is
    // the rest of a cell merged down (“Tháng 01/2026” over two tasks).
    if let timeColumn = layout.time, let taskColumn = layout.task, timeColumn < taskColumn {
      if time.isEmpty { time = timeAbove } else { timeAbove = time }
    }
    let quarter = group?.window
    let item = ScheduledItem(
      section: path.map(\.label).joined(separator: " > "),
      task: Markup.strippingBullet(task).trimmingTrailingPunctuation,
      lead: others[0], executor: others[1], partners: others[2],
      deadlineText: time.isEmpty ? (quarter ?? "") : time,
      deadlineSource: time.isEmpty ? (quarter == nil ? .none : .section) : .tableCell,
      location: SourceLocation(file: file, line: block.line))
    var cell = block
    cell.text = task
    cell.finish()
    return (item, cell)
  }
}

/// Which column holds what, read from a header row such as
/// `TT | Nội dung công việc | Chủ trì, chỉ đạo | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian hoàn thành`.
struct TableColumns: Equatable {
  var number: Int?
  var task: Int?
  var lead: Int?
  var executor: Int?
  var partners: Int?
  var time: Int?

  /// Reads a header row; `nil` when the row is not a header.
  init?(header cells: [String]) {
    for (index, cell) in cells.enumerated() {
      let key = TextFolding.matchKey(cell)
      if key.isEmpty { continue }
      if ["tt", "stt", "so tt", "so thu tu"].contains(key) {
        number = number ?? index
      } else if ["thoi gian", "thoi han", "tien do", "han hoan thanh", "moc thoi gian"]
        .contains(where: key.contains)
      {
        time = time ?? index
      } else if key.contains("phoi hop") {
        partners = partners ?? index
      } else if key.contains("chu tri") {
        lead = lead ?? index
      } else if ["noi dung", "nhiem vu", "cong viec"].contains(where: key.contains) {
        task = task ?? index
      } else if key.contains("thuc hien") || key.contains("tham muu") || key.contains("don vi") {
        executor = executor ?? index
      }
    }
    let roles = [number, task, lead, executor, partners, time].compactMap { $0 }.count
    guard task != nil, time != nil || lead != nil || partners != nil, roles >= 3,
      cells.allSatisfy({ $0.count <= 48 })
    else { return nil }
  }

  /// Reads the second line of a two-line header, whose cells name roles under a spanning
  /// cell above; `false` (and no change) when the row is not such a line.
  mutating func refine(subheader cells: [String]) -> Bool {
    var refined = self
    var named = 0
    for (index, cell) in cells.enumerated() {
      let key = TextFolding.matchKey(cell)
      if key.isEmpty { continue }
      if key.contains("phoi hop") {
        refined.partners = index
      } else if key.contains("chu tri") {
        refined.lead = index
      } else if key.contains("thuc hien") {
        refined.executor = index
      } else if ["thoi gian", "thoi han", "tien do"].contains(where: key.contains) {
        refined.time = index
      } else {
        return false
      }
      named += 1
    }
    guard named > 0 else { return false }
    // The spanning cell's column now belongs to the first role beneath it.
    if refined.executor == executor, refined.lead == executor || refined.partners == executor { refined.executor = nil }
    self = refined
    return true
  }

  private init(number: Int?, task: Int?, time: Int?) {
    self.number = number
    self.task = task
    self.time = time
  }

  /// A layout for a table seen without its header: number, task, …, time.
  static func guess(_ cells: [String]) -> TableColumns {
    let first = TextFolding.matchKey(cells.first ?? "")
    let numbered = first.isEmpty || first.allSatisfy { $0.isNumber || $0 == " " }
      || RomanNumeral.value(of: first) != nil || cells.first?.trimmed == "-"
    let taskIndex = numbered && cells.count > 1 ? 1 : 0
    let timeIndex = cells.count >= 3 ? cells.count - 1 : nil
    return TableColumns(number: numbered ? 0 : nil, task: taskIndex, time: timeIndex)
  }

  func cell(_ index: Int?, _ cells: [String]) -> String {
    guard let index, index < cells.count else { return "" }
    return cells[index].trimmed
  }
}
