import Foundation
import Testing

@testable import PlanAlign

/// Work a run shares between plans (matches and readings of a repeated text) must give every
/// plan what it would have had on its own.
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
