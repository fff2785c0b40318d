import Foundation

extension TaxonomyMatcher {
  /// Equal; or one edit apart when both have at least four letters and share the first; or,
  /// for three-letter words, the same first and last letter (OCR “tdt” for “tốt”, “mai” for “mới”).
  static func similar(_ a: String, _ b: String) -> Bool {
    // On the bytes of both, read in place (folded words, NFC): String's own comparison and
    // UTF-8 view indices cost more than the comparison itself, asked hundreds of thousands of
    // times per hundred plans.
    a.withBytes { x in b.withBytes { y in similar(x, y) } }
  }

  private static func similar(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    let (m, n) = (x.count, y.count)
    if m == n && (m == 0 || memcmp(x.baseAddress!, y.baseAddress!, m) == 0) { return true }
    guard abs(m - n) <= 1, m >= 3, n >= 3, x[0] == y[0] else { return false }
    if m == 3 && n == 3 {
      return x[2] == y[2] && Self.isLetter(x[1]) && Self.isLetter(y[1])
    }
    guard m >= 4, n >= 4 else { return false }
    var i = 0, j = 0
    var edits = 0
    while i < m && j < n {
      if x[i] == y[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if m > n {
        i += 1
      } else if n > m {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (m - i) + (n - j) <= 1
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || byte >= 0x80
  }
}
