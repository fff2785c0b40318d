extension TaxonomyMatcher {
  /// Equal; or one edit apart when both have at least four letters and share the first; or,
  /// for three-letter words, the same first and last letter (OCR “tdt” for “tốt”, “mai” for “mới”).
  static func similar(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let x = a.utf8, y = b.utf8
    let (m, n) = (x.count, y.count)
    guard abs(m - n) <= 1, m >= 3, n >= 3, x.first == y.first else { return false }
    if m == 3 && n == 3 {
      let middleX = x[x.index(after: x.startIndex)], middleY = y[y.index(after: y.startIndex)]
      return x.last == y.last && Self.isLetter(middleX) && Self.isLetter(middleY)
    }
    guard m >= 4, n >= 4 else { return false }
    var i = x.startIndex, j = y.startIndex
    var edits = 0
    while i != x.endIndex && j != y.endIndex {
      if x[i] == y[j] {
        x.formIndex(after: &i)
        y.formIndex(after: &j)
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if m > n {
        x.formIndex(after: &i)
      } else if n > m {
        y.formIndex(after: &j)
      } else {
        x.formIndex(after: &i)
        y.formIndex(after: &j)
      }
    }
    return edits + x.distance(from: i, to: x.endIndex) + y.distance(from: j, to: y.endIndex) <= 1
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || byte >= 0x80
  }
}
