import Foundation
import Testing

@testable import PlanAlign

@Suite struct BadInputTests {
  static let tinhBien = """
    UBND TỈNH AN GIANG
    UBND HUYỆN TỊNH BIÊN

    Số: 45/KH-UBND

    Tịnh Biên, ngày 10 tháng 01 năm 2024

    KẾ HOẠCH
    Công tác thi đua, khen thưởng năm 2024

    I. NỘI DUNG

    - Các đơn vị đăng ký thi đua trước ngày 15/02/2024.

    Nơi nhận:
    - UBND tỉnh An Giang;

    CHỦ TỊCH

    Lê Văn Bình
    """

  /// The date of issue written in figures after the place, as some offices type it.
  @Test(arguments: [
    ("Hoàn Kiếm, ngày 05 tháng 01 năm 2024", "2024-01-05"), ("Hoàn Kiếm, ngày 12/01/2024", "2024-01-12"),
    ("Hoàn Kiếm, ngày 12-01-2024", "2024-01-12"), ("Hoàn Kiếm, ngày 9.2.2024", "2024-02-09"),
    ("Hoàn Kiếm, ngày 31/02/2024", ""),
  ])
  func theDateOfIssueIsReadInWordsOrFigures(line: String, expected: String) throws {
    let text = TestSupport.minimalPlan(body: "1. Tập huấn nghiệp vụ trong quý II/2024.")
      .replacingOccurrences(of: "Hoàn Kiếm, ngày 05 tháng 01 năm 2024", with: line)
    let plan = try TestSupport.plan(text)
    #expect((plan.issuedOn?.description ?? "") == expected)
    #expect(plan.warnings.contains { $0.code.hasPrefix("issue_date") } == expected.isEmpty)
  }

  /// Tịnh Biên was a huyện when the plan was written and is a thị xã in the last list before the
  /// reform: the unit is found, with its code, and the difference is noted.
  @Test func aUnitWhoseTypeChangedIsFoundWithANote() throws {
    let plan = try TestSupport.plan(Self.tinhBien)
    #expect(plan.district == "Tịnh Biên")
    #expect(plan.unitType == "thị xã")
    #expect(plan.unitCode == "890")
    #expect(plan.province == "An Giang")
    #expect(plan.id == "thi-xa-tinh-bien-2024")
    #expect(plan.documentNumber == "45/KH-UBND")
    #expect(plan.issuedOn?.description == "2024-01-10")
    #expect(plan.signer == "Lê Văn Bình")
    #expect(plan.warnings.map(\.code) == ["issuer_type_differs"])
    #expect(plan.items.map(\.deadlineText) == ["trước ngày 15/02/2024"])
  }

  /// A unit the gazetteer does not have is kept as the header names it, without a code.
  static let missing = tinhBien.replacingOccurrences(of: "TỊNH BIÊN", with: "HÒA SƠN ĐÔNG")
    .replacingOccurrences(of: "Tịnh Biên", with: "Hòa Sơn Đông")

  @Test func aUnitMissingFromTheGazetteerIsTakenFromTheHeaderWithAWarning() throws {
    let plan = try TestSupport.plan(Self.missing)
    #expect(plan.district == "Hòa Sơn Đông")
    #expect(plan.unitType == "huyện")
    #expect(plan.unitCode == "")
    #expect(plan.province == "An Giang")
    #expect(plan.warnings.map(\.code) == ["district_unknown"])
  }

  @Test func aProvinceTheTextDoesNotStateIsLeftBlank() throws {
    let text = Self.missing.replacingOccurrences(of: "UBND TỈNH AN GIANG\n", with: "")
      .replacingOccurrences(of: "- UBND tỉnh An Giang;", with: "- Như trên;")
    let plan = try TestSupport.plan(text)
    #expect(plan.province == "")
    #expect(plan.warnings.map(\.code).sorted() == ["district_unknown", "province_unknown"])
  }

  @Test(arguments: [
    (Data(), "empty.txt", "empty.txt: the file is empty"),
    (Data([0xFF, 0xFF, 0x00, 0xC3]), "binary.txt", "binary.txt: the text is in no encoding PlanAlign knows (UTF-8, UTF-16, Windows-1258, TCVN3, VNI, VISCII); open it in Word and save it as .docx, or as text in UTF-8"),
    (Data("Biên bản họp tổ dân phố\n\nNội dung: sửa đường.\n".utf8), "minutes.txt",
     "minutes.txt: not a plan: no title “Kế hoạch … thi đua, khen thưởng năm …” in the opening lines"),
    (Data("KẾ HOẠCH\nCông tác thi đua, khen thưởng năm 2024\n\nI. NỘI DUNG\n\n- Việc chung.\n".utf8), "nowhere.txt",
     "nowhere.txt: not a plan: no issuing unit named in the header (“UBND quận …”, “…, ngày …”)"),
  ])
  func badInputGetsOneLineNamingTheFileAndReason(data: Data, file: String, message: String) {
    let ingestor = PlanIngestor(gazetteer: TestSupport.gazetteer)
    #expect(throws: IngestionError.self) { try ingestor.ingest(data: data, file: file) }
    do {
      _ = try ingestor.ingest(data: data, file: file)
    } catch {
      #expect(error.localizedDescription == message)
      #expect(!message.contains("\n"))
    }
  }

  @Test func aUTF16PlanWithCRLFReadsLikeItsUTF8Twin() throws {
    let url = TestSupport.dataDirectory.appendingPathComponent("plans/long-khanh-2024.txt")
    let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
    let utf16: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let ingestor = PlanIngestor(gazetteer: TestSupport.gazetteer)
    let twin = try ingestor.ingest(data: Data(utf16), file: "long-khanh-2024.txt")
    let original = try TestSupport.seedPlan("long-khanh-2024.txt")
    #expect(twin.items == original.items)
    #expect(twin.mentions == original.mentions)
    #expect(twin.district == original.district && twin.issuedOn == original.issuedOn)
  }

  @Test func oneBadPlanDoesNotStopTheOthersAndNothingIsHalfWritten() async throws {
    let data = try TestSupport.dataDirectory(plans: [
      ("a-long-khanh.txt", try TestSupport.seedData("long-khanh-2024.txt")),
      ("b-broken.txt", Data([0xC3, 0x28, 0x00])),
      ("c-empty.txt", Data()),
      ("d-tinh-bien.txt", Data(Self.tinhBien.utf8)),
    ])
    let plans = data.appendingPathComponent("plans")
    let before = try Data(contentsOf: plans.appendingPathComponent("a-long-khanh.txt"))

    let out = TestSupport.reportsDirectory(beside: data)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("old".utf8).write(to: out.appendingPathComponent("plans.csv"))
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out).run()

    #expect(summary.plans.map(\.id) == ["thanh-pho-long-khanh-2024", "thi-xa-tinh-bien-2024"])
    #expect(summary.failures.map(\.file) == ["b-broken.txt", "c-empty.txt"])
    #expect(summary.diagnostics.filter { $0.severity == .error }.map(\.file) == ["b-broken.txt", "c-empty.txt"])
    let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(written == [
      "campaign_matrix.csv", "campaigns.csv", "index.html", "items.csv", "mentions.csv", "planalign.xlsx", "plans.csv",
      "tasks.csv", "timing.csv", "timing_yoy.csv", "unmatched.csv", "warnings.csv",
    ])
    let warnings = try CSVReader.records(from: Data(contentsOf: out.appendingPathComponent("warnings.csv")), source: "warnings.csv")
    #expect(warnings.filter { $0.fields[2] == "error" }.count == 2)
    let plansCSV = try CSVReader.records(from: Data(contentsOf: out.appendingPathComponent("plans.csv")), source: "plans.csv")
    #expect(plansCSV.count == 3)
    #expect(try Data(contentsOf: plans.appendingPathComponent("a-long-khanh.txt")) == before)
  }

  @Test func aCopyIsADuplicateAndAnotherTextIsASecondVersion() async throws {
    let seed = try TestSupport.seedData("long-khanh-2024.txt")
    let edited = String(decoding: seed, as: UTF8.self).replacingOccurrences(of: "trước ngày", with: "chậm nhất ngày")
    let data = try TestSupport.dataDirectory(plans: [
      ("Long-Khanh-2024.TXT", seed), ("a-copy.txt", seed), ("z-revised.txt", Data(edited.utf8)),
    ])
    let out = TestSupport.reportsDirectory(beside: data)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    #expect(summary.plans.map(\.id) == ["thanh-pho-long-khanh-2024", "thanh-pho-long-khanh-2024-v2"])
    #expect(summary.plans.map(\.sourceFile) == ["Long-Khanh-2024.TXT", "z-revised.txt"])
    let first = try #require(summary.plans.first)
    #expect(first.warnings.contains { $0.code == "duplicate_file" && $0.message.en.hasPrefix("a-copy.txt has the same text") })
    #expect(summary.plans.allSatisfy { plan in plan.warnings.contains { $0.code == "plan_versions" } })
  }

  @Test func manyCopiesOfAPlanStillGiveUniqueIDs() async throws {
    let seed = try TestSupport.seedData("long-khanh-2024.txt")
    let text = String(decoding: seed, as: UTF8.self)
    let plans = (1...6).map { ("copy-\($0).txt", Data(text.replacingOccurrences(of: "trước ngày", with: "trước ngày" + String(repeating: " ", count: $0)).utf8)) }
    let data = try TestSupport.dataDirectory(plans: plans)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    #expect(Set(summary.plans.map(\.id)).count == summary.plans.count)
  }

  @Test func runsAreByteForByteRepeatable() async throws {
    let first = try await RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: TestSupport.temporaryDirectory()).run()
    let second = try await RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: TestSupport.temporaryDirectory()).run()
    #expect(first.reports.map(\.name) == second.reports.map(\.name))
    #expect(try first.reports.map { try $0.contents() } == second.reports.map { try $0.contents() })
    #expect(first.reports.count == 12)
  }

  @Test(arguments: [
    ("code,name,type,level,province\n00004,Ba Đình,làng,commune,Hà Nội\n",
     "units.csv:2: unknown unit type “làng” (use tỉnh, thành phố trực thuộc trung ương, quận, huyện, thị xã, thành phố thuộc tỉnh, phường, xã, thị trấn, đặc khu)"),
    ("code,name,type,level,province\n00004,,phường,commune,Hà Nội\n", "units.csv:2: a unit has no name"),
    ("code,name,type,level\n00004,Ba Đình,phường,commune\n", "units.csv:1: missing column “province”"),
  ])
  func gazetteerProblemsAreReportedWithTheirLine(text: String, message: String) {
    do {
      _ = try Gazetteer.load(Data(text.utf8), source: "units.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.localizedDescription == message)
    }
  }
}
