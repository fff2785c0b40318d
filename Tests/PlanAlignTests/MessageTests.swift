import Foundation
import Testing

@testable import PlanAlign

/// Messages in both languages: every wording has both, the same values, and values written as
/// each language writes them.
@Suite struct MessageTests {
  static func placeholders(_ template: String) -> [String] {
    var found: [String] = []
    var rest = template[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      found.append(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return found.sorted()
  }

  @Test(arguments: Message.Key.allCases)
  func bothWordingsTakeTheSameValues(_ key: Message.Key) {
    #expect(Self.placeholders(key.wording.vi) == Self.placeholders(key.wording.en), "\(key)")
  }

  /// A wording with words of its own (not only values and punctuation) reads differently in
  /// Vietnamese: nothing was left untranslated. Names of programs, formats and encodings stay.
  @Test(arguments: Message.Key.allCases)
  func theVietnameseWordingIsNotTheEnglishOne(_ key: Message.Key) {
    let (vi, en) = key.wording
    let words = en.replacingOccurrences(of: "\\{[0-9]+\\}", with: "", options: .regularExpression)
      .split { !$0.isLetter }
    guard !words.isEmpty else { return }
    #expect(vi != en, "\(key)")
    let englishOnly = ["the", "is", "not", "file", "cannot", "read", "plan", "plans", "and", "of", "to", "a"]
    let viWords = Set(vi.lowercased().split { !$0.isLetter }.map(String.init))
    #expect(viWords.isDisjoint(with: englishOnly), "\(key): \(vi)")
  }

  @Test(arguments: [
    (Message(.deadlineBeforeIssue, .date(CalendarDate(year: 2024, month: 1, day: 5)!), .date(CalendarDate(year: 2024, month: 1, day: 13)!), "05/01"),
     "thời hạn 05/01/2024 trước cả ngày ban hành kế hoạch 13/01/2024 (“05/01”)",
     "deadline 2024-01-05 falls before the plan's own issue date 2024-01-13 (“05/01”)"),
    (Message(.runSummary, .count(7000), .count(12), "Reports/"),
     "đã đọc 7.000 kế hoạch, 12 tệp lỗi; báo cáo trong Reports/", "7,000 plans read, 12 failed; reports in Reports/"),
    (Message(.cannotReadFile, .message(Message(.permissionDenied))),
     "không đọc được tệp: không có quyền đọc", "cannot read the file: permission denied"),
    (Message(.coverageGap, .count(3), .count(5), .names(vi: "Hội nghị tổng kết", en: "Year-end conference"), "year_end_conference"),
     "3/5 kế hoạch có lịch “Hội nghị tổng kết” (year_end_conference); kế hoạch này không có",
     "3 of 5 plans schedule “Year-end conference” (year_end_conference); this plan does not"),
    (Message(.issueDateInvalid, "{2} 31/02"), "ngày ban hành “{2} 31/02” không phải là ngày có thật",
     "the issue date “{2} 31/02” is not a real date"),
  ])
  func valuesAreWrittenAsEachLanguageWritesThem(_ message: Message, _ vi: String, _ en: String) {
    #expect(message.text(.vi) == vi)
    #expect(message.text(.en) == en)
  }

  @Test func countsAreGroupedOnlyFromAThousand() {
    #expect(Message.Value.count(999).text(.vi) == "999")
    #expect(Message.Value.count(1000).text(.vi) == "1.000")
    #expect(Message.Value.count(1_234_567).text(.en) == "1,234,567")
    #expect(Message.Value.count(-25_000).text(.vi) == "-25.000")
  }
}
