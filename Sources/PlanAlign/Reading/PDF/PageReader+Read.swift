extension PageReader {
  /// The page's elements, top to bottom.
  mutating func read() -> [DocumentElement] {
    var index = 0
    var previous: PageLayout.TextLine?
    while index < lines.count {
      if let table = tableRegion(from: index) {
        flushColumns()
        emitTable(table.range, columns: table.columns)
        openTable = table.range.upperBound == lines.count ? table.columns : nil
        previous = lines[table.range.upperBound - 1]
        index = table.range.upperBound
        continue
      }
      let line = lines[index]
      // A gap ends a paragraph, but not a column block that goes on beside itself.
      if let previous, line.y0 - previous.y0 > pitch * 1.45, columnBlock.isEmpty || splitPoint(line) == nil {
        flushColumns()
        elements.append(DocumentElement(.gap, reference: reference(index)))
      }
      addLine(line, at: index)
      openTable = nil
      previous = line
      index += 1
    }
    flushColumns()
    return elements
  }

  func reference(_ index: Int) -> SourceReference {
    .pageLine(page: page, line: firstLine + index)
  }

  /// Whether a word of `line` starts at `edge`, at the line's start or after a gap wider than
  /// a space (``wordGap``).
  private func uses(_ line: PageLayout.TextLine, _ edge: Double) -> Bool {
    for (index, word) in line.words.enumerated() where abs(word.x0 - edge) <= tolerance {
      if index == 0 || word.x0 - line.words[index - 1].x1 >= wordGap { return true }
    }
    return false
  }

  /// Whether a word of `line` runs across `edge`.
  private func crosses(_ line: PageLayout.TextLine, _ edge: Double) -> Bool {
    line.words.contains { $0.x0 < edge - tolerance && $0.x1 > edge + tolerance }
  }

  /// The lines of a table that starts at `start` (with the header lines just above the first
  /// line that uses an edge), or `nil` when no table starts there.
  private func tableRegion(from start: Int) -> (range: Range<Int>, columns: [Double])? {
    let runsOn = start == 0 && carried != nil
    let first = lines[start]
    let opens = edges.contains { uses(first, $0) } && !edges.contains { crosses(first, $0) }
    guard !edges.isEmpty, runsOn || opens || startsHeader(start) else { return nil }
    var used: Set<Double> = []
    var end = start
    while end < lines.count {
      let line = lines[end]
      let lineEdges = edges.filter { uses(line, $0) }
      if used.contains(where: { crosses(line, $0) }) { break }
      if lineEdges.isEmpty && (line.x1 - line.x0) > width * 0.7 && !used.isEmpty { break }
      if lineEdges.isEmpty && used.isEmpty && end > start + 3 { return nil }
      used.formUnion(lineEdges)
      end += 1
    }
    let region = start..<end
    guard !region.isEmpty else { return nil }
    let columns = runsOn ? carried ?? [] : self.columns(region, edges: used)
    // Rows of a real table start several cells on one line, each at an edge.
    let multiColumn = region.filter { index in edges.filter { uses(lines[index], $0) }.count >= 2 }.count
    guard columns.count >= 3, multiColumn >= (runsOn ? 1 : 2), region.count >= (runsOn ? 1 : 2) else { return nil }
    return (region, columns)
  }

  /// A header line of a table: it crosses no edge and the next lines use edges.
  private func startsHeader(_ start: Int) -> Bool {
    guard start + 1 < lines.count, lines[start].words.count >= 3 else { return false }
    let line = lines[start]
    let next = lines[(start + 1)..<min(lines.count, start + 4)]
    let nextEdges = edges.filter { edge in next.contains { uses($0, edge) } }
    return nextEdges.count >= 2 && !nextEdges.contains { crosses(line, $0) }
  }

  private var width: Double {
    (lines.map(\.x1).max() ?? 0) - (lines.map(\.x0).min() ?? 0)
  }

  /// Column starts of a region: its leftmost word and the edges its lines use.
  func columns(_ region: Range<Int>, edges used: Set<Double>) -> [Double] {
    let left = region.map { lines[$0].x0 }.min() ?? 0
    var columns = [left]
    for edge in used.sorted() where edge - columns[columns.count - 1] > height * 0.5 { columns.append(edge) }
    return columns
  }

  func column(of word: PageWord, _ columns: [Double]) -> Int {
    columns.lastIndex { $0 <= word.x0 + tolerance } ?? 0
  }
}
