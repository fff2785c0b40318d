/// Recognises a line that is only a time window, which sets the time of the items beneath it:
/// “QUÝ I”, “Quý I/2024:”, “Nhiệm vụ Quý II”, “Tháng 1:”, “Tháng 2 – 3:”, “6 tháng đầu năm”,
/// “Từ tháng 10 đến tháng 12”.
enum PeriodLabel {
  /// Words that may stand beside the window in such a label (folded).
  private static let fillers: Set<String> = [
    "nhiem", "vu", "cac", "cong", "viec", "trong", "tam", "thuc", "hien", "hoat", "dong", "ke", "hoach",
    "trien", "khai", "noi", "dung", "chuong", "trinh", "lich",
  ]
  /// Words of the time expression itself (folded), Roman numerals included.
  private static let timeWords: Set<String> = [
    "quy", "qui", "thang", "dau", "cuoi", "giua", "nam", "nua", "den", "tu", "va", "tuan", "ngay", "het",
    "i", "ii", "iii", "iv", "l", "ll", "lll", "lv", "1v",
  ]

  /// The line as a window label (without its trailing colon), or `nil` when the line says more
  /// than a time.
  static func window(of line: String) -> String? {
    let label = line.trimmingTrailingPunctuation
    // “Thời gian thực hiện: tháng 02/2023” describes the task above it (see ``TaskField``).
    // A label is short: counting stops past 48 characters.
    // The colon is looked for in the bytes: Foundation's substring search was most of this check.
    guard TextFolding.hasAtMost(label, characters: 48), !label.isEmpty, !label.utf8.contains(0x3A),
      mayNameWindow(label)
    else { return nil }
    let tokens = DeadlineParser.tokens(label)
    var sawWindowWord = false
    for token in tokens {
      guard case .word(let word) = token else { continue }
      if timeWords.contains(word) {
        sawWindowWord = sawWindowWord || ["quy", "qui", "thang", "nam"].contains(word)
      } else if !fillers.contains(word) {
        return nil
      }
    }
    guard sawWindowWord else { return nil }
    // Read against the year the label writes, if any: the label's form matters here, not its year.
    let written = tokens.lazy.compactMap { token -> Int? in
      if case .number(let value, 4) = token { return value }
      return nil
    }.first
    let parsed = DeadlineParser(planYear: written ?? 2000).parse(label)
    guard parsed.problems.isEmpty, !parsed.deadlines.isEmpty,
      parsed.deadlines.allSatisfy({ [.quarter, .month, .halfYear, .range].contains($0.kind) })
    else { return nil }
    return label
  }

  /// Whether `label`, folded as the deadline parser folds it, holds “quy”, “qui”, “thang” or
  /// “nam”, one of which a window label has as a word: most short lines are ruled out before
  /// they are split into tokens (most of this check's cost).
  private static func mayNameWindow(_ label: String) -> Bool {
    let folded = TextFolding.foldedText(label)
    return ["quy", "qui", "thang", "nam"].contains { folded.hasPhrase($0) }
  }

  /// The window a numbered heading's title sets for its items: a quarter named anywhere in it
  /// (“Nhiệm vụ trọng tâm Quý I/2024”), or a title that is only a window label.
  static func window(inTitle title: String) -> String? {
    QuarterPattern.find(in: title) ?? window(of: title)
  }
}
