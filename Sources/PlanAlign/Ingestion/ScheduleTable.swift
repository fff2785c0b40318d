/// The column layout of the table being read and its current group row.
struct TableState {
  private var columns: TableColumns?
  private var group: Heading?
  private var afterHeader = false
  private var timeAbove = ""
  /// The header row's cells, while the row after it may be a second header line.
  private var headerCells: [String] = []

  mutating func reset() {
    columns = nil
    group = nil
    timeAbove = ""
  }

  mutating func row(_ cells: [String], block: Block, file: String) -> (items: [ScheduledItem], cell: Block)? {
    let followsHeader = afterHeader
    afterHeader = false
    if let header = TableColumns(header: cells) {
      if header != columns { group = nil }
      timeAbove = ""
      columns = header
      afterHeader = true
      headerCells = cells
      return nil
    }
    // The second line of a two-line header: “Đơn vị thực hiện” over “Chủ trì | Phối hợp”.
    if followsHeader, var header = columns, header.refine(subheader: cells, above: headerCells) {
      columns = header
      return nil
    }
    // Rows of the letterhead (“ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI…”) are not a schedule: before
    // the first section, only a table with a header is read.
    if columns == nil, block.region == .preamble { return nil }
    let layout = columns ?? TableColumns.guess(cells)
    let number = layout.cell(layout.number, cells)
    let task = layout.cell(layout.task, cells)
    // A row of one cell merged across the table (Word keeps its text in the first column) that
    // names a period (“QUÝ II”) groups the rows below it, like a bare quarter in the task column.
    if task.isEmpty, let only = cells.first(where: { !$0.isEmpty }), cells.count(where: { !$0.isEmpty }) == 1,
      let period = PeriodLabel.window(of: only)
    {
      startGroup(number: "", title: only, window: period)
      return nil
    }
    guard !task.isEmpty else { return nil }
    let others = [layout.lead, layout.executor, layout.partners, layout.time, layout.start]
      .map { layout.cell($0, cells) }
    let numeral = RomanNumeral.value(of: TextFolding.matchKey(number))
    // A group row: a numeral over a title, or a bare quarter (“Quý III”) with nothing beside it.
    let period = PeriodLabel.window(of: task)
    if numeral != nil || period != nil, others.allSatisfy(\.isEmpty) {
      startGroup(number: number, title: task, window: period ?? QuarterPattern.find(in: task))
      return nil
    }
    var path = block.sectionPath
    if let group { path.append(group) }
    var time = layout.withUnit(TableColumns.window(from: others[4], to: others[3]))
    // A time column before the task column groups the rows under it: a blank cell there is
    // the rest of a cell merged down (“Tháng 01/2026” over two tasks).
    if let timeColumn = layout.time, let taskColumn = layout.task, timeColumn < taskColumn {
      if time.isEmpty { time = timeAbove } else { timeAbove = time }
    }
    let quarter = group?.window
    let items = Self.cellTasks(task).map { text in
      ScheduledItem(
        section: path.map(\.label).joined(separator: " > "),
        task: text,
        lead: others[0], executor: others[1], partners: others[2],
        deadlineText: time.isEmpty ? (quarter ?? "") : time,
        deadlineSource: time.isEmpty ? (quarter == nil ? .none : .section) : .tableCell,
        location: SourceLocation(file: file, line: block.line))
    }
    var cell = block
    cell.text = task
    cell.finish()
    return (items, cell)
  }

  /// The tasks of a task cell: the cell, or each item of a cell that lists several under one
  /// time (“- Ban hành Kế hoạch…. - Hướng dẫn đăng ký thi đua…”, “1. …; 2. …”: a Word cell's
  /// paragraphs, a PDF cell's lines, joined). A list is a cell that opens with a bullet or a
  /// number and has the same bullet, or the next number, again after a full stop or semicolon; a
  /// dash inside a name (“Thi đua - Khen thưởng”) follows no stop.
  static func cellTasks(_ text: String) -> [String] {
    let whole = [Markup.strippingBullet(text).trimmingTrailingPunctuation]
    let trimmed = Substring(text.drop(while: { $0 == " " }))
    guard let marker = listMarker(opening: trimmed) else { return whole }
    var parts: [String] = []
    var rest = trimmed.dropFirst(marker(0).count)
    while let cut = [". ", "; "].compactMap({ rest.range(of: $0 + marker(parts.count + 1)) })
      .min(by: { $0.lowerBound < $1.lowerBound })
    {
      parts.append(String(rest[..<rest.index(after: cut.lowerBound)]))
      rest = rest[cut.upperBound...]
    }
    parts.append(String(rest))
    let tasks = parts.map { $0.trimmed.trimmingTrailingPunctuation }.filter { !$0.isEmpty }
    return tasks.count > 1 ? tasks : whole
  }

  /// The marker of each item of a list that `text` opens (the first item's is `marker(0)`):
  /// a bullet, the same each time; “1.” or “1)”, counting up; `nil` when `text` opens no list.
  private static func listMarker(opening text: Substring) -> ((Int) -> String)? {
    guard let first = text.first else { return nil }
    if Markup.bulletMarkers.contains(first), text.dropFirst().first == " " { return { _ in "\(first) " } }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard let start = Int(digits), digits.count <= 2, let closing = text.dropFirst(digits.count).first,
      closing == "." || closing == ")", text.dropFirst(digits.count + 1).first == " "
    else { return nil }
    return { "\(start + $0)\(closing) " }
  }

  /// Starts a group row's rows: “II. Quý II”, or the title alone when the row has no number.
  private mutating func startGroup(number: String, title: String, window: String?) {
    timeAbove = ""
    let numeral = number.trimmingTrailingPunctuation
    let label = HeadingPattern.shortLabel(title)
    group = Heading(level: 99, label: numeral.isEmpty ? label : "\(numeral). \(label)", window: window)
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
  /// The column of when a task is due or held (“Thời gian”, “Hoàn thành”).
  var time: Int?
  /// A column of when it starts, beside the time column (“Bắt đầu”, “Từ ngày”).
  var start: Int?
  /// The word a time column headed “Tháng” or “Quý” leaves out of its cells (“3”, “II”).
  var timeUnit: String?

  static let startPhrases = ["bat dau", "tu ngay", "khoi cong"]
  /// Headers of a time column whose cells are bare numbers, with the word they leave out.
  static let unitHeaders = ["thang": "Tháng", "thang thuc hien": "Tháng", "quy": "Quý", "quy thuc hien": "Quý"]
  static let endPhrases = ["hoan thanh", "ket thuc", "den ngay"]

  /// Reads a header row; `nil` when the row is not a header.
  init?(header cells: [String]) {
    // Header cells are short; most rows are ruled out before any cell is folded.
    guard cells.allSatisfy({ TextFolding.hasAtMost($0, characters: 48) }) else { return nil }
    var inCharge: Int?
    var unnamed: [Int] = []
    for (index, cell) in cells.enumerated() {
      let key = TextFolding.matchKey(cell)
      if key.isEmpty { continue }
      if ["tt", "stt", "so tt", "so thu tu"].contains(key) {
        number = number ?? index
      } else if Self.startPhrases.contains(where: key.hasPhrase) {
        start = start ?? index
      } else if time == nil, let unit = Self.unitHeaders[key] {
        (time, timeUnit) = (index, unit)
      } else if (["thoi gian", "thoi han", "tien do", "moc thoi gian"] + Self.endPhrases).contains(where: key.hasPhrase) {
        time = time ?? index
      } else if key.hasPhrase("phoi hop") {
        partners = partners ?? index
      } else if key.hasPhrase("chu tri") {
        lead = lead ?? index
      } else if ["noi dung", "nhiem vu", "cong viec", "hoat dong"].contains(where: key.hasPhrase) {
        task = task ?? index
      } else if key.hasPhrase("phu trach") {
        inCharge = inCharge ?? index
      } else if key.hasPhrase("thuc hien") || key.hasPhrase("tham muu") || key.hasPhrase("don vi") {
        executor = executor ?? index
      } else {
        unnamed.append(index)
      }
    }
    // “Phụ trách” (in charge) leads when no column says “chủ trì”.
    lead = lead ?? inCharge
    // A header whose every other cell names a role (“TT | Chương trình | Đơn vị chủ trì | Thời
    // gian”): the one cell left is the task's, whatever it is called.
    if task == nil, unnamed.count == 1, number != nil || time != nil { task = unnamed[0] }
    let roles = [number, task, lead, executor, partners, time, start].compactMap { $0 }.count
    guard task != nil, time != nil || start != nil || lead != nil || partners != nil, roles >= 3 else { return nil }
  }

  /// Reads the second line of a two-line header, whose cells name roles under a spanning
  /// cell above (`above`, the first line); `false` (and no change) when the row is not such a
  /// line. A cell repeating the one above is a header cell merged down (“TT”), as a PDF's
  /// table gives it to both lines.
  mutating func refine(subheader cells: [String], above: [String] = []) -> Bool {
    var refined = self
    var named = 0
    for (index, cell) in cells.enumerated() {
      let key = TextFolding.matchKey(cell)
      if key.isEmpty || (index < above.count && cell == above[index]) { continue }
      if key.hasPhrase("phoi hop") {
        refined.partners = index
      } else if key.hasPhrase("chu tri") {
        refined.lead = index
      } else if key.hasPhrase("thuc hien") {
        refined.executor = index
      } else if Self.startPhrases.contains(where: key.hasPhrase) {
        refined.start = index
      } else if (["thoi gian", "thoi han", "tien do"] + Self.endPhrases).contains(where: key.hasPhrase) {
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

  /// The time of a row whose start and end are in columns of their own, as one phrase the
  /// deadline parser reads as a window (“Từ 05/01/2026 đến 15/01/2026”).
  static func window(from start: String, to end: String) -> String {
    guard !start.isEmpty, start != end else { return end }
    let from = TextFolding.matchKey(start, startsWith: "tu ") ? start : "Từ " + start
    return end.isEmpty ? from : from + " đến " + end
  }

  /// A time cell of a column headed “Tháng” or “Quý” with that word put back (“4, 5” →
  /// “Tháng 4, 5”, “II” → “Quý II”) when the cell is bare numbers; other cells as they are.
  func withUnit(_ time: String) -> String {
    guard let timeUnit, !time.isEmpty,
      time.allSatisfy({ $0.isNumber || " ,-–/.IVXivx".contains($0) }) else { return time }
    return timeUnit + " " + time
  }

  func cell(_ index: Int?, _ cells: [String]) -> String {
    guard let index, index < cells.count else { return "" }
    return cells[index].trimmed
  }
}
