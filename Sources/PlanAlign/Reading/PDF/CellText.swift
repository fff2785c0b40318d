/// The text of a table cell on a page, put together word by word and line by line.
///
/// A cell too narrow for a date breaks it where it must, not at a space: “15/01/202” over “6”,
/// “Tháng 4/” over “2026”. Read with a space between, “15/01/20 26” would be a date of 2020. A
/// word of digits that completes an unfinished date before it (to day/month/year or month/year,
/// with a four-digit year) is joined to it; every other word follows a space.
enum CellText {
  /// `text` with `word` after it.
  static func appending(_ word: String, to text: String) -> String {
    if text.isEmpty { return word }
    return completesDate(word, after: text) ? text + word : text + " " + word
  }

  /// `lines` of one cell as its text.
  static func joining(_ lines: [String]) -> String {
    lines.reduce("") { appending($1, to: $0) }
  }

  private static func completesDate(_ word: String, after text: String) -> Bool {
    let digits = word.utf8
    guard (1...4).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
    let last = text.utf8.reversed().prefix { $0 != 0x20 }
    guard last.contains(UInt8(ascii: "/")), last.allSatisfy({ $0 == UInt8(ascii: "/") || (0x30...0x39).contains($0) }) else {
      return false
    }
    let parts = (String(decoding: last.reversed(), as: UTF8.self) + word).split(separator: "/", omittingEmptySubsequences: false)
    let counts = parts.map(\.count)
    return counts == [1, 4] || counts == [2, 4] || (counts.count == 3 && (1...2).contains(counts[0]) && (1...2).contains(counts[1]) && counts[2] == 4)
  }
}
