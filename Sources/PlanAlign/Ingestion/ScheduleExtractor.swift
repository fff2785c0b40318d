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
        if let (rowItems, cell) = table.row(cells, block: block, file: file) {
          items += rowItems
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
    let matches = TimeExpressionFinder.find(in: block)
    if !matches.isEmpty { return sentenceItems(block, matches: matches) }
    guard isLeaf, block.isUnderPeriod, let window = block.inheritedWindow, !Self.isTitle(block.text) else { return [] }
    return [item(block, task: block.text, window: window)]
  }

  /// An upper-case section title (“CÔNG TÁC TUYÊN TRUYỀN”) names a part of the plan, not a task.
  private static func isTitle(_ text: String) -> Bool {
    // Stops at the first lower-case letter, which most lines have within a few characters.
    var letters = 0
    for character in text where character.isLetter {
      if character.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  private func item(_ block: Block, task: String, window: String) -> ScheduledItem {
    ScheduledItem(
      section: block.section, task: task.trimmingTrailingPunctuation,
      deadlineText: window, deadlineSource: .section,
      location: SourceLocation(file: file, line: block.line))
  }

  /// Items of a list item or paragraph; `matches` are its time expressions when already found.
  private func sentenceItems(_ block: Block, matches found: [TimeExpressionMatch]? = nil) -> [ScheduledItem] {
    let matches = found ?? TimeExpressionFinder.find(in: block)
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
      let task = cleanClause(String(joining: characters[start..<end]))
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
    // A task is named near the clause: look back a few hundred characters at most.
    var start = offset
    let floor = max(0, offset - 300)
    while start > floor {
      if characters[start - 1] == ".", start < characters.count, characters[start] == " " { break }
      start -= 1
    }
    return String(joining: characters[start..<offset]).trimmed.trimmingTrailingPunctuation
  }

  /// Items of a line that opens with its own time label: “Quý I: tổ chức Hội nghị…; ký kết
  /// giao ước thi đua.” — one item per clause, each in that window.
  private func labelledItems(_ block: Block, hasOwnTime: Bool) -> [ScheduledItem]? {
    guard !hasOwnTime, let (label, rest) = TaskField.labelled(block.text, within: 48),
      let window = PeriodLabel.window(of: String(label))
    else { return nil }
    let clauses = rest.split(separator: ";").map { $0.trimmed.trimmingTrailingPunctuation }.filter { $0.count >= 3 }
    return clauses.map { item(block, task: $0, window: window) }
  }

  /// The start of the clause holding `offset`: after the previous “;” or sentence end. A clause
  /// that starts with “gửi” (sending) continues the previous one, which names what is sent.
  private func clauseStart(_ characters: [Character], before offset: Int, notBefore floor: Int) -> Int {
    let start = scanClauseStart(characters, before: offset, notBefore: floor)
    let opening = String(joining: characters[start..<min(characters.count, start + 6)]).trimmed
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
