/// The ruled grid of a table on a scanned page: the y of each horizontal rule and the x of
/// each vertical rule, in the page image's pixels. Words of the scan are placed in its cells.
struct TableGrid: Equatable {
  var rows: [Double]
  var columns: [Double]
  /// Where a cell runs on into the row below (a merged cell: no rule crosses its column there),
  /// as (the rule's index in `rows`, the column's index).
  var openings: Set<Opening> = []

  /// A place on an inner row rule, between two cells of one column, that has no rule.
  struct Opening: Hashable {
    var rule: Int
    var column: Int
  }

  var top: Double { rows.first ?? 0 }
  var bottom: Double { rows.last ?? 0 }
  var left: Double { columns.first ?? 0 }
  var right: Double { columns.last ?? 0 }

  func contains(_ word: PageWord) -> Bool {
    let x = (word.x0 + word.x1) / 2, y = word.middle
    return x > left && x < right && y > top && y < bottom
  }

  /// The (row, column) cell holding a word's centre.
  func cell(of word: PageWord) -> (row: Int, column: Int) {
    let x = (word.x0 + word.x1) / 2, y = word.middle
    let row = max(0, (rows.lastIndex { $0 <= y } ?? 0))
    let column = max(0, (columns.lastIndex { $0 <= x } ?? 0))
    return (min(row, rows.count - 2), min(column, columns.count - 2))
  }

  /// Serialised for the OCR cache: `rows;columns`, numbers separated by commas, then
  /// `;rule:column,…` when cells are merged.
  var line: String {
    let numbers = rows.map { String(Int($0)) }.joined(separator: ",") + ";" + columns.map { String(Int($0)) }.joined(separator: ",")
    guard !openings.isEmpty else { return numbers }
    let sorted = openings.sorted { ($0.rule, $0.column) < ($1.rule, $1.column) }
    return numbers + ";" + sorted.map { "\($0.rule):\($0.column)" }.joined(separator: ",")
  }

  init(rows: [Double], columns: [Double], openings: Set<Opening> = []) {
    self.rows = rows
    self.columns = columns
    self.openings = openings
  }

  init?(line: Substring) {
    let parts = line.split(separator: ";", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    rows = parts[0].split(separator: ",").compactMap { Double($0) }
    columns = parts[1].split(separator: ",").compactMap { Double($0) }
    guard rows.count >= 2, columns.count >= 2 else { return nil }
    if parts.count == 3 {
      for pair in parts[2].split(separator: ",") {
        let numbers = pair.split(separator: ":").compactMap { Int($0) }
        guard numbers.count == 2 else { return nil }
        openings.insert(Opening(rule: numbers[0], column: numbers[1]))
      }
    }
  }

  /// Each row's cell texts with merged cells resolved: a cell that spans several rows gives its
  /// text (the lines of the span, top to bottom) to each of them, as a Word table's does.
  func resolvingMerges(_ rows: [[String]]) -> [[String]] {
    var resolved = rows
    for column in 0..<(columns.count - 1) {
      var start = 0
      while start < rows.count {
        var end = start
        while end + 1 < rows.count, openings.contains(Opening(rule: end + 1, column: column)) { end += 1 }
        if end > start {
          let text = (start...end).map { rows[$0][column] }.filter { !$0.isEmpty }.joined(separator: " ")
          for row in start...end { resolved[row][column] = text }
        }
        start = end + 1
      }
    }
    return resolved
  }
}

/// Finds ruled tables in a scanned page (a binary PGM image as `pdftoppm -gray` writes it):
/// long dark horizontal runs are row rules, long dark vertical runs column rules; columns
/// that cross the same rows make one table.
enum RulingLines {
  /// The tables of a page image, and the image with their rules erased (Tesseract misreads
  /// text that touches a rule: “30/7/2021|” comes out as “(20g21”).
  static func analyse(pgm bytes: [UInt8]) -> (grids: [TableGrid], cleaned: [UInt8]) {
    guard var image = GrayImage(pgm: bytes) else { return ([], bytes) }
    let width = image.width, height = image.height
    let minimumHorizontal = width / 5
    let minimumVertical = max(60, height / 40)
    // Horizontal rules: rows of pixels holding a long dark run; vertical rules: columns.
    let horizontal = runs(lines: height, length: width, minimum: minimumHorizontal) { image.isDark($1, $0) }
    let vertical = runs(lines: width, length: height, minimum: minimumVertical) { image.isDark($0, $1) }
    for rule in horizontal { image.whiten(x: rule.from..<rule.to, y: rule.at..<(rule.at + 1)) }
    for rule in vertical { image.whiten(x: rule.at..<(rule.at + 1), y: rule.from..<rule.to) }
    let rules = merge(vertical.map { ($0.at, $0.from, $0.to) })
    let rowRules = merge(horizontal.map { ($0.at, $0.from, $0.to) })
    // Rows: the horizontal rules crossed by vertical ones. Each row's columns are the vertical
    // rules that run through it; rows whose columns fit one set make one table (a merged cell
    // lacks a rule, so its columns are a subset), and a row with a rule of its own starts another.
    let ys = distinct(rowRules.filter { rule in
      rules.filter { $0.from <= rule.at + 15 && $0.to >= rule.at - 15 && $0.at >= rule.from - 30 && $0.at <= rule.to + 30 }.count >= 2
    }.map(\.at).sorted())
    var grids: [TableGrid] = []
    var current: (rows: [Int], columns: [Int])?
    func finish() {
      if let table = current, table.rows.count >= 2, table.columns.count >= 3 {
        // An inner rule that does not cross a column's middle leaves that column's cells merged.
        var openings: Set<TableGrid.Opening> = []
        for (index, y) in table.rows.enumerated().dropFirst().dropLast() {
          for (column, (left, right)) in zip(table.columns, table.columns.dropFirst()).enumerated() {
            let middle = (left + right) / 2
            if !rowRules.contains(where: { abs($0.at - y) <= 6 && $0.from <= middle && $0.to >= middle }) {
              openings.insert(TableGrid.Opening(rule: index, column: column))
            }
          }
        }
        grids.append(TableGrid(rows: table.rows.map(Double.init), columns: table.columns.map(Double.init), openings: openings))
      }
      current = nil
    }
    for (top, bottom) in zip(ys, ys.dropFirst()) {
      let crossing = distinct(rules.filter { $0.from <= top + 15 && $0.to >= bottom - 15 }.map(\.at).sorted())
      guard crossing.count >= 2 else {
        finish()
        continue
      }
      let fits = { (small: [Int], large: [Int]) in small.allSatisfy { x in large.contains { abs($0 - x) <= 15 } } }
      if var table = current, table.rows.last == top, fits(crossing, table.columns) || fits(table.columns, crossing) {
        if crossing.count > table.columns.count { table.columns = crossing }
        table.rows.append(bottom)
        current = table
      } else {
        finish()
        current = ([top, bottom], crossing)
      }
    }
    finish()
    return (grids, image.pgm)
  }

  /// Dark runs at least `minimum` long on each of `lines` pixel lines of `length` pixels;
  /// `dark(line, position)` reads a pixel. A scanned rule has small breaks: up to three light
  /// pixels do not end a run.
  private static func runs(
    lines: Int, length: Int, minimum: Int, dark: (Int, Int) -> Bool
  ) -> [(at: Int, from: Int, to: Int)] {
    var found: [(at: Int, from: Int, to: Int)] = []
    for line in 0..<lines {
      var run = 0, start = 0, light = 0
      for position in 0...length {
        if position < length && dark(line, position) {
          if run == 0 { start = position }
          run = position - start + 1
          light = 0
        } else if run > 0 && light < 3 && position < length {
          light += 1
        } else {
          if run >= minimum { found.append((line, start, start + run)) }
          run = 0
          light = 0
        }
      }
    }
    return found
  }

  /// Positions closer than a fifth of a centimetre (a double or thick rule) count once.
  private static func distinct(_ sorted: [Int]) -> [Int] {
    var result: [Int] = []
    for value in sorted where result.last.map({ value - $0 > 24 }) ?? true { result.append(value) }
    return result
  }

  /// Joins rules on neighbouring pixel lines (a rule a few pixels thick) into one, at its middle.
  private static func merge(_ rules: [(Int, Int, Int)]) -> [(at: Int, from: Int, to: Int)] {
    var result: [(at: Int, from: Int, to: Int, last: Int, count: Int, sum: Int)] = []
    for (at, from, to) in rules.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
      if let index = result.lastIndex(where: { at - $0.last <= 3 && from < $0.to && to > $0.from }) {
        result[index].last = at
        result[index].from = min(result[index].from, from)
        result[index].to = max(result[index].to, to)
        result[index].count += 1
        result[index].sum += at
      } else {
        result.append((at, from, to, at, 1, at))
      }
    }
    return result.map { ($0.sum / $0.count, $0.from, $0.to) }
  }
}

/// A grey-scale image from a binary PGM (`P5`, 8 bits).
struct GrayImage {
  let width: Int
  let height: Int
  private var pixels: [UInt8]

  init?(pgm bytes: [UInt8]) {
    var fields: [Int] = []
    var index = 2
    guard bytes.count > 2, bytes[0] == 0x50, bytes[1] == 0x35 else { return nil }
    while fields.count < 3 && index < bytes.count {
      while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) { index += 1 }
      if index < bytes.count && bytes[index] == 0x23 {  // comment
        while index < bytes.count && bytes[index] != 0x0A { index += 1 }
        continue
      }
      var value = 0
      var digits = 0
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
        digits += 1
      }
      guard digits > 0 else { return nil }
      fields.append(value)
    }
    index += 1
    guard fields.count == 3, fields[2] == 255, bytes.count - index >= fields[0] * fields[1] else { return nil }
    width = fields[0]
    height = fields[1]
    pixels = Array(bytes[index..<(index + width * height)])
  }

  /// Paints a rectangle white.
  mutating func whiten(x: Range<Int>, y: Range<Int>) {
    for row in y.clamped(to: 0..<height) {
      for column in x.clamped(to: 0..<width) { pixels[row * width + column] = 255 }
    }
  }

  /// The image turned `degrees` (90, 180 or 270) clockwise.
  func rotated(clockwise degrees: Int) -> GrayImage {
    let quarter = ((degrees / 90) % 4 + 4) % 4
    guard quarter != 0 else { return self }
    var turned = self
    if quarter == 2 {
      turned.pixels = pixels.reversed()
      return turned
    }
    turned = GrayImage(width: height, height: width, pixels: [UInt8](repeating: 255, count: pixels.count))
    for y in 0..<height {
      for x in 0..<width {
        // Clockwise: the left column becomes the top row; anticlockwise: the right one does.
        let (newX, newY) = quarter == 1 ? (height - 1 - y, x) : (y, width - 1 - x)
        turned.pixels[newY * height + newX] = pixels[y * width + x]
      }
    }
    return turned
  }

  private init(width: Int, height: Int, pixels: [UInt8]) {
    self.width = width
    self.height = height
    self.pixels = pixels
  }

  /// The image as a binary PGM.
  var pgm: [UInt8] {
    Array("P5\n\(width) \(height)\n255\n".utf8) + pixels
  }

  /// Darker than light grey: thin rules print grey once scanned.
  func isDark(_ x: Int, _ y: Int) -> Bool {
    pixels[y * width + x] < 200
  }
}
