import Foundation
import Testing

@testable import PlanAlign

/// Work a run shares between plans (matches and readings of a repeated text, one copy of a
/// repeated text) must give every plan what it would have had on its own.
@Suite struct SharedWorkTests {
  /// A value is worked out once per text and year; another year is worked out anew.
  @Test func aMemoWorksOutEachTextAndYearOnce() {
    let memo = TextMemo<Int>()
    var made = 0
    let make = { () -> Int in
      made += 1
      return made
    }
    #expect(memo.value("Hội nghị tổng kết công tác thi đua", year: 2024, make: make) == 1)
    #expect(memo.value("Hội nghị tổng kết công tác thi đua", year: 2024, make: make) == 1)
    #expect(memo.value("Hội nghị tổng kết công tác thi đua", year: 2025, make: make) == 2)
    // The same words with another mark are another text.
    #expect(memo.value("Hội nghị tổng kết công tác thi dua", year: 2024, make: make) == 3)
    #expect(made == 3)
    #expect(memo.count == 3)
  }

  /// A full memo keeps what it has and works out the rest each time.
  @Test func aFullMemoWorksOutNewTextsEachTime() {
    let memo = TextMemo<String>(capacity: 1)
    var made = 0
    let make = { () -> String in
      made += 1
      return "kết quả \(made)"
    }
    #expect(memo.value("Quý I/2024", year: 2024, make: make) == "kết quả 1")
    #expect(memo.value("Quý II/2024", year: 2024, make: make) == "kết quả 2")
    #expect(memo.value("Quý II/2024", year: 2024, make: make) == "kết quả 3")
    #expect(memo.value("Quý I/2024", year: 2024, make: make) == "kết quả 1")
    #expect(memo.count == 1)
  }

  /// The bytes a string's UTF-8 is kept at (`nil` for one held inside the value).
  static func storage(_ text: String) -> UnsafeRawPointer? {
    var text = text
    return text.withUTF8 { $0.count > 15 ? UnsafeRawPointer($0.baseAddress) : nil }
  }

  /// Equal texts made apart come back as one copy of the same bytes; short texts as they are.
  @Test func aPoolGivesEqualTextsOneCopy() {
    let pool = TextPool()
    let words = ["Tổ chức Hội nghị", "tổng kết công tác thi đua, khen thưởng năm 2024"]
    let first = words.joined(separator: " ")
    let second = words.joined(separator: " ")
    #expect(Self.storage(first) != Self.storage(second))
    let kept = pool.shared(first)
    let shared = pool.shared(second)
    #expect(shared == second)
    #expect(Self.storage(shared) == Self.storage(kept))
    #expect(Self.storage(kept) == Self.storage(first))
    #expect(pool.shared("Quý I/2024") == "Quý I/2024")
    // A text that differs in one mark is not another's copy.
    #expect(pool.shared(words[0] + " tổng kết công tác thi đua, khen thưởng năm 2025").hasSuffix("2025"))
  }

  /// A plan's texts replaced by the pool's copies read as before, mentions' names included.
  @Test func aPlanSharingItsTextsReadsTheSame() throws {
    let plan = try TestSupport.seedPlan("long-bien-2024.txt")
    let pool = TextPool()
    var first = plan
    first.shareTexts(pool)
    var second = try TestSupport.seedPlan("long-bien-2024.txt")
    second.shareTexts(pool)
    #expect(first.items == plan.items)
    #expect(second.items == plan.items)
    #expect(second.mentions == plan.mentions)
    #expect(second.mentions.map(\.name) == plan.mentions.map(\.name))
    let long = try #require(plan.items.first { $0.task.utf8.count > 15 })
    let index = try #require(plan.items.firstIndex(of: long))
    #expect(Self.storage(second.items[index].task) == Self.storage(first.items[index].task))
  }

  /// An aligner that has aligned other plans (the same texts in another year among them) aligns
  /// a plan as a new aligner does: the memo is keyed by the year that `<plan_year>` reads.
  @Test func anAlignerSharingMatchesAlignsEachPlanAsAFreshOneDoes() throws {
    let plan = try TestSupport.seedPlan("long-bien-2024.txt")
    var later = plan
    later.year += 2
    let shared = AlignmentTests.aligner
    let fresh = { () -> PlanAligner in
      PlanAligner(campaigns: shared.campaigns.taxonomy, tasks: shared.tasks.taxonomy)
    }
    let alone = fresh().align(plan)
    let laterAlone = fresh().align(later)
    // The year changes some of the plan's matches (how an alias with `<plan_year>` scores) and
    // readings (the year of a time written without one), or the checks below would not see a
    // memo that ignored it.
    #expect(alone.items != laterAlone.items)
    #expect(alone.deadlines != laterAlone.deadlines)
    let both = fresh()
    _ = both.align(plan)
    let afterwards = both.align(later)
    #expect(afterwards.items == laterAlone.items)
    #expect(afterwards.mentions == laterAlone.mentions)
    #expect(afterwards.deadlines == laterAlone.deadlines)
  }
}
