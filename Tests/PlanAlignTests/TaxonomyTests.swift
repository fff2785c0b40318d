import Foundation
import Testing

@testable import PlanAlign

@Suite struct TaxonomyMatchingTests {
  static var campaigns: TaxonomyMatcher { AlignmentTests.aligner.campaigns }
  static var tasks: TaxonomyMatcher { AlignmentTests.aligner.tasks }

  @Test(arguments: [
    // Spellings across years, provinces and scans.
    ("Sáng kiến, sáng tạo Hà Nội", "innovation"),
    ("Sáng kiến, sáng tạo Thủ đô", "innovation"),
    ("Sang kién, sang tao Thi d6", "innovation"),
    ("Pay manh cai cach hanh chinh", "admin_reform"),
    ("Toan dan bao vé an ninh T quéc", "national_security"),
    ("Vì an ninh Tổ quốc", "national_security"),
    ("Toàn dân bảo vệ an ninh Tổ quốc", "national_security"),
    ("Nguoi tdt, viée tot", "good_deeds"),
    ("An toan thuc phﬁm", "food_safety"),
    ("SANG KIEN SANG TAO THU DO", "innovation"),
    // The place-name slot.
    ("Doanh nghiệp Thủ đô hội nhập và phát triển", "enterprise"),
    ("Doanh nghiệp Long Khánh hội nhập và phát triển", "enterprise"),
    ("Doanh nghiệp Tịnh Biên hội nhập và phát triển", "enterprise"),
    ("Toàn thành phố chung sức xây dựng nông thôn mới", "new_rural"),
    ("Toàn dân chung sức xây dựng Nông thôn mới", "new_rural"),
    // Extra words around the name.
    ("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030", "learning_society"),
    ("thực hiện các nhiệm vụ chính trị, các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội của Quận", "socioeconomic"),
  ])
  func campaignSpellingsAlign(text: String, id: String) {
    #expect(Self.campaigns.match(text).match?.id == id)
  }

  @Test func exactFoldedAndContainedAreTold() {
    #expect(Self.campaigns.match("An toàn thực phẩm").match?.method == .exact)
    #expect(Self.campaigns.match("AN TOAN THUC PHAM").match?.method == .folded)
    #expect(Self.campaigns.match("phong trào An toàn thực phẩm năm 2024").match?.method == .contains)
    #expect(Self.campaigns.match("Nguoi tdt, viée tot").match?.method == .fuzzy)
  }

  @Test func districtSpecificMovementsStayUnmatchedWithTheirBestCandidate() {
    let outcome = Self.campaigns.match("thực hiện Bộ tiêu chí đánh giá sự chuyên nghiệp của CB, CC, VC, NLĐ quận Long Biên")
    #expect(outcome.match == nil)
    guard case .unmatched(let best) = outcome else { return }
    #expect((best?.score ?? 1) < 0.75 * 0.85)
    #expect(Self.campaigns.match("Ái quốc").match == nil)
  }

  @Test func aRowNamingTwoTaskTypesGetsTheOneItsActionIsAbout() {
    let match = Self.tasks.match(
      "Thẩm định, trình hồ sơ xét tặng Huân chương, Bằng khen của Chính phủ; Chiến sĩ thi đua Thành phố đợt 1", planYear: 2024).match
    #expect(match?.id == "state_awards")
    #expect(match?.alsoNamed.contains("emulation_fighter") == true)
  }

  @Test(arguments: [
    ("Xây dựng Kế hoạch công tác thi đua, khen thưởng trên địa bàn thành phố năm 2025", 2024, "next_year_plan"),
    ("Xây dựng Kế hoạch công tác thi đua khen thưởng quận năm 2024", 2024, "plan_issuance"),
    ("Các đơn vị thuộc quận trình khen thưởng tổng kết năm 2023", 2024, "prior_year_awards"),
  ])
  func yearSlotsUseThePlanYear(text: String, year: Int, id: String) {
    #expect(Self.tasks.match(text, planYear: year).match?.id == id)
  }

  @Test func unmatchedItemsAndMentionsGoToUnmatchedCSV() throws {
    let plan = try TestSupport.seedPlan("long-bien-2024.txt")
    let table = AlignmentReports.unmatched([AlignmentTests.aligner.align(plan)])
    let texts = table.rows.map { $0[3].rendered }
    #expect(texts.contains("Phong trào thi đua thực hiện Bộ tiêu chí đánh giá sự chuyên nghiệp"))
    #expect(table.rows.allSatisfy { $0[2] == .value("campaign") || $0[2] == .value("task") })
  }

  @Test func matchingDoesNotDependOnOtherTexts() {
    let one = Self.tasks.match("Tổ chức tập huấn công tác thi đua, khen thưởng", planYear: 2021)
    _ = Self.tasks.match("Phiên họp thứ nhất", planYear: 2021)
    #expect(Self.tasks.match("Tổ chức tập huấn công tác thi đua, khen thưởng", planYear: 2021) == one)
  }

  /// OCR misreadings a fuzzy match forgives: one edit between words of four letters or more
  /// that share the first, the first and last letter of three-letter words; nothing else.
  @Test(arguments: [
    ("thi", "thi", true), ("tdt", "tot", true), ("mai", "moi", true), ("dua", "dau", false),
    ("khen", "kheo", true), ("khen", "khenn", true), ("thuong", "thuoong", true), ("phong", "phnog", false),
    ("abc", "abcd", false), ("xb1", "ab1", false), ("", "", true), ("ab", "ab", true), ("ab", "ac", false),
  ])
  func misreadWordsAreSimilar(a: String, b: String, expected: Bool) {
    #expect(TaxonomyMatcher.similar(a, b) == expected)
    #expect(TaxonomyMatcher.similar(b, a) == expected)
  }
}

@Suite struct TaxonomyCheckTests {
  @Test(arguments: [
    ("id,name_vi,name_en,aliases\na,Tên,Name,x\na,Khác,Other,y\n", ["t.csv:3: error: duplicate id “a” (first on line 2)"]),
    ("id,name_vi,name_en,aliases\na,Tên A,A,chung\nb,Tên B,B,Chung\n", ["t.csv:3: error: alias “chung” of “b” is already claimed by “a” (line 2)"]),
    ("id,name_vi,name_en,aliases\na,,A,x\n", ["t.csv:2: error: “a” has an empty name_vi"]),
    ("id,name_vi,name_en,aliases,colour\na,Tên,A,x,red\n", ["t.csv:1: error: unknown column “colour” (expected id, name_vi, name_en, aliases, note)"]),
    ("id,name_vi,aliases\na,Tên,x\n", ["t.csv:1: error: missing column “name_en”"]),
    ("a,Tên,A,x\n", ["t.csv:1: error: the first row must be the header: id, name_vi, name_en, aliases"]),
  ])
  func reportsEveryProblemWithItsLine(text: String, messages: [String]) throws {
    let (_, problems) = try Taxonomy.check(Data(text.utf8), source: "t.csv")
    #expect(problems.map(\.description) == messages)
  }

  @Test func theCommittedTaxonomiesAreClean() {
    #expect(TaxonomyCheck.problems(in: TaxonomyCheck.files(in: TestSupport.dataDirectory)).isEmpty)
  }

  @Test func theCommandFailsOnABadFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    let bad = folder.appendingPathComponent("tasks.csv")
    try Data("id,name_vi,name_en,aliases\na,Tên,A,x\na,Tên,A,y\n".utf8).write(to: bad)
    let result = try CommandLineTests.run(["taxonomy", "check", bad.path])
    #expect(result.status == 1)
    #expect(result.stderr == "\(bad.path):3: error: duplicate id “a” (first on line 2)\n")
  }

  @Test func requiredIDsAreNeverRenamed() throws {
    let folder = TestSupport.dataDirectory.appendingPathComponent("taxonomy")
    let campaigns = try Taxonomy.load(Data(contentsOf: folder.appendingPathComponent("campaigns.csv")), source: "c")
    let tasks = try Taxonomy.load(Data(contentsOf: folder.appendingPathComponent("tasks.csv")), source: "t")
    let requiredCampaigns = "good_deeds office_culture cultural_life new_rural poverty learning_society admin_reform innovation infrastructure_thrift financial_autonomy national_security food_safety enterprise ho_chi_minh elegant_hanoian determined_to_win urban_order annual_theme socioeconomic commemorations writing_contest"
    let requiredTasks = "plan_issuance unit_plans registration year_review_conference cluster_setup cluster_covenant state_awards emulation_fighter outstanding_citizen enterprise_awards school_year_awards training good_deeds_review writing_contest_entries inspection midyear_review year_end_review prior_year_awards scoring campaign_plans council_meeting commemorative_medal model_results regulation_update next_year_plan special_awards other"
    #expect(Set(requiredCampaigns.split(separator: " ").map(String.init)).isSubset(of: Set(campaigns.entries.map(\.id))))
    #expect(Set(requiredTasks.split(separator: " ").map(String.init)).isSubset(of: Set(tasks.entries.map(\.id))))
  }
}
