/// Reads the lines of one page into elements (see ``PageLayout``).
struct PageReader {
  let lines: [PageLayout.TextLine]
  let page: Int
  let firstLine: Int
  /// The usual height of a word on the page.
  let height: Double
  /// How far apart two x positions may be and still be one text edge.
  let tolerance: Double
  /// Whether the words were read by OCR from a scan, their boxes as uneven as the glyphs,
  /// rather than placed by the PDF at their font's exact height.
  let scanned: Bool
  /// The usual distance from one line to the next inside a paragraph.
  let pitch: Double
  /// The least gap before a word that sets it apart from the word before (a cell's start), not
  /// a space: wider than a third of the line's height and half again the page's usual space.
  /// A monospaced page (a text file printed to PDF) spaces its words by a whole character,
  /// which would otherwise make every word start on its grid an edge.
  let wordGap: Double
  /// Text edges: x positions where words start, after a gap, on several lines.
  let edges: [Double]

  var elements: [DocumentElement] = []
  /// The columns of a table that runs on from the previous page, if any.
  let carried: [Double]?
  /// The columns of the table the page ends in, if it ends in one.
  var openTable: [Double]?
  var columnBlock: [(left: [String], right: [String], line: Int)] = []
  /// Where the right column of the open column block starts.
  var columnSplit: Double?

  init(lines: [PageLayout.TextLine], page: Int, firstLine: Int, scanned: Bool, carried: [Double]? = nil) {
    self.lines = lines
    self.carried = carried
    self.page = page
    self.firstLine = firstLine
    self.scanned = scanned
    let heights = lines.flatMap { $0.words.map(\.height) }.sorted()
    height = heights.isEmpty ? 12 : heights[heights.count / 2]
    tolerance = height * (scanned ? 0.2 : 0.04)
    var pitches: [Double] = []
    for index in lines.indices.dropFirst() {
      let step = lines[index].y0 - lines[index - 1].y0
      if step > 0 { pitches.append(step) }
    }
    pitches.sort()
    pitch = pitches.isEmpty ? height * 1.2 : pitches[pitches.count / 3]
    var spaces: [Double] = []
    for line in lines {
      for index in line.words.indices.dropFirst() {
        let space = line.words[index].x0 - line.words[index - 1].x1
        if space > 0 && space < height { spaces.append(space) }
      }
    }
    spaces.sort()
    wordGap = max(height * 0.3, spaces.isEmpty ? 0 : spaces[spaces.count / 2] * 1.5)
    let found = Self.findEdges(lines, gap: wordGap, tolerance: tolerance)
    let tolerance = tolerance
    edges = (found + (carried ?? []).filter { edge in !found.contains { abs($0 - edge) <= tolerance } }).sorted()
  }

  /// Word starts that begin a line or follow a gap wider than a space, shared by three or more
  /// lines (within the tolerance) and reached after a gap on at least one line (the margin
  /// and a paragraph's first-line indent are only ever line starts).
  private static func findEdges(_ lines: [PageLayout.TextLine], gap wordGap: Double, tolerance: Double) -> [Double] {
    var starts: [(x: Double, line: Int, inside: Bool)] = []
    for (number, line) in lines.enumerated() {
      for (index, word) in line.words.enumerated() {
        let gap = index == 0 ? Double.infinity : word.x0 - line.words[index - 1].x1
        if gap >= wordGap { starts.append((word.x0, number, index > 0)) }
      }
    }
    starts.sort { $0.x < $1.x }
    var edges: [Double] = []
    var index = 0
    while index < starts.count {
      var end = index
      while end + 1 < starts.count && starts[end + 1].x - starts[index].x <= tolerance { end += 1 }
      let distinctLines = Set(starts[index...end].map(\.line)).count
      let inside = starts[index...end].filter(\.inside).count
      let x = starts[index].x
      if distinctLines >= 3 && inside >= 1 { edges.append(x) }
      index = end + 1
    }
    return edges
  }
}
