import Foundation
import Testing

@testable import PlanAlign

/// Hostile and broken files beside a good plan: each is read or refused with one line that
/// names the file, and the good plan comes through unchanged. Big inputs are made at run time.
@Suite struct HostileInputTests {
  enum Outcome: Sendable {
    /// Refused; the reason contains this text.
    case refused(String)
    /// Read as a plan (perhaps with warnings).
    case read
    /// Either is acceptable; what matters is that nothing else is disturbed.
    case either
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: @Sendable () -> Data
    var outcome: Outcome
    var testDescription: String { name }
  }

  static let plan = TestSupport.minimalPlan(body: "1. Tập huấn nghiệp vụ trong quý II/2024.")
  static func text(_ string: String) -> @Sendable () -> Data { { Data(string.utf8) } }
  static func planWith(_ body: String) -> @Sendable () -> Data { { Data(TestSupport.minimalPlan(body: body).utf8) } }
  static func repeated(_ unit: String, _ count: Int) -> String { String(repeating: unit, count: count) }

  static let cases: [Case] = [
    Case(name: "empty.txt", bytes: text(""), outcome: .refused("empty")),
    Case(name: "bom-only.txt", bytes: { Data([0xEF, 0xBB, 0xBF]) }, outcome: .refused("")),
    Case(name: "spaces.txt", bytes: text("   \n\n\t\n"), outcome: .refused("")),
    Case(name: "nul.txt", bytes: { Data(repeating: 0, count: 4096) }, outcome: .refused("")),
    Case(name: "random.txt", bytes: { Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }) }, outcome: .refused("")),
    Case(name: "utf32.txt", bytes: { Data([0xFF, 0xFE, 0, 0]) + plan.data(using: .utf32LittleEndian)! }, outcome: .either),
    Case(name: "utf16be.txt", bytes: { Data([0xFE, 0xFF]) + plan.data(using: .utf16BigEndian)! }, outcome: .read),
    Case(name: "latin1-junk.txt", bytes: { Data((0x80...0xFF).map { UInt8($0) }) }, outcome: .refused("")),
    Case(name: "not-a-plan.txt", bytes: text("Biên bản họp tổ dân phố số 3.\nNội dung: vệ sinh môi trường.\n"), outcome: .refused("not a plan")),
    Case(name: "fake.docx", bytes: text("this is not a zip"), outcome: .refused("")),
    Case(name: "zip-no-document.docx", bytes: { Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)) }, outcome: .refused("")),
    Case(name: "truncated.docx", bytes: { Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) }, outcome: .refused("")),
    Case(name: "fake.pdf", bytes: text("%PDF-1.4\nnot really\n"), outcome: .refused("")),
    // A Word file saved with a password: an OLE2 file whose directory names “EncryptedPackage”.
    Case(name: "locked.docx", bytes: {
      Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1016)
        + "EncryptedPackage".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] } + [UInt8](repeating: 0, count: 512))
    }, outcome: .refused("locked with a password")),
    Case(name: "image.png.txt", bytes: { Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 1, count: 64)) }, outcome: .refused("image")),
    Case(name: "fake.rtf", bytes: text("{\\rtf1 broken"), outcome: .either),
    Case(name: "quotes.txt", bytes: planWith(repeated("\"", 200_000)), outcome: .read),
    Case(name: "curly-quotes.txt", bytes: planWith(repeated("“", 100_000)), outcome: .read),
    Case(name: "angle.txt", bytes: planWith(repeated("<a", 100_000)), outcome: .read),
    Case(name: "tags.txt", bytes: planWith(repeated("<b>x</b>", 30_000)), outcome: .read),
    Case(name: "names.txt", bytes: planWith(repeated("quận Ba Đình, ", 12_000)), outcome: .read),
    Case(name: "paragraph.txt", bytes: planWith(repeated("tổ chức thực hiện các phong trào thi đua trên địa bàn\n", 20_000)), outcome: .read),
    Case(name: "long-line.txt", bytes: planWith(repeated("thi đua ", 140_000)), outcome: .refused("lines above")),
    Case(name: "wide-row.txt", bytes: planWith(repeated("x\t", 10_500)), outcome: .refused("cells")),
    Case(name: "deep-numbering.txt", bytes: planWith((1...1000).map { "1." + repeated("1.", $0) + " Nội dung" }.joined(separator: "\n")), outcome: .read),
    Case(name: "many-deadlines.txt", bytes: planWith(repeated("Báo cáo trước ngày 15/3/2024; ", 5000)), outcome: .read),
    Case(name: "formula.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\t=HYPERLINK(\"http://x\")\t=1+1"), outcome: .read),
    Case(name: "escape.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\tTập huấn\t\u{1B}]0;x\u{07}\u{1B}[2J"), outcome: .read),
    Case(name: "year-99999.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\tTập huấn\t15/01/99999"), outcome: .read),
    Case(name: "year-0024.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\tTập huấn\t15/01/0024"), outcome: .read),
    Case(name: "quarter-5.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\tTập huấn\tquý 5/2024"), outcome: .read),
    Case(name: "huge-day.txt", bytes: planWith("STT\tNội dung\tThời gian\n1\tTập huấn\t12345678901234567890/3/2024"), outcome: .read),
    Case(name: "huge-number.txt", bytes: planWith("Kế hoạch số 99999999999999999999999/KH-UBND ngày 99/99/9999"), outcome: .read),
    Case(name: "no-year.txt", bytes: text("KẾ HOẠCH\nCông tác thi đua, khen thưởng\n\nI. NỘI DUNG\n- Tập huấn.\n"), outcome: .either),
    Case(name: "only-title.txt", bytes: text("KẾ HOẠCH\n"), outcome: .refused("")),
    Case(name: "html-script.txt", bytes: planWith("- Phong trào thi đua “<script>alert(1)</script>”."), outcome: .read),
    Case(name: "bidi.txt", bytes: planWith("- Phong trào thi đua “\u{202E}gnol\u{202C} ”."), outcome: .read),
    Case(name: "zero-width.txt", bytes: planWith(repeated("\u{200B}", 50_000)), outcome: .read),
    Case(name: "combining.txt", bytes: planWith("a" + repeated("\u{0301}", 20_000)), outcome: .read),
    Case(name: "crlf-mixed.txt", bytes: { Data(plan.replacingOccurrences(of: "\n", with: "\r").utf8) }, outcome: .read),
    Case(name: "tabs-only-rows.txt", bytes: planWith(repeated("\t\t\t\n", 5000)), outcome: .read),
    Case(name: "pipes.txt", bytes: planWith(repeated("|", 50_000)), outcome: .read),
    Case(name: "markdown-table.txt", bytes: planWith("| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Tập huấn | Quý II/2024 |"), outcome: .read),
    Case(name: "ends-mid-utf8.txt", bytes: { Data(plan.utf8) + Data([0xE1, 0xBB]) }, outcome: .either),
    Case(name: "vni.txt", bytes: { Data("KEÁ HOAÏCH\nCoâng taùc thi ñua naêm 2024\n".utf8) }, outcome: .either),
    Case(name: "no-extension", bytes: text(plan), outcome: .read),
    Case(name: "UPPER.TXT", bytes: text(plan.uppercased()), outcome: .either),
    Case(name: "quarters-storm.txt", bytes: planWith(repeated("QUÝ I\n", 20_000)), outcome: .read),
    Case(name: "labels-storm.txt", bytes: planWith(repeated("Thời gian: tháng 1/2024\n", 10_000)), outcome: .read),
    Case(name: "many-rows.txt", bytes: planWith("STT\tNội dung\tThời gian\n" + (1...3000).map { "\($0)\tTập huấn đợt \($0)\tTháng \($0 % 12 + 1)/2024" }.joined(separator: "\n")), outcome: .read),
    Case(name: "many-campaigns.txt", bytes: planWith(repeated("- Phong trào thi đua “Người tốt, việc tốt”.\n", 3000)), outcome: .read),
    Case(name: "nested-quotes.txt", bytes: planWith(repeated("phong trào “a “b ”c” ", 20_000)), outcome: .read),
    Case(name: "headings-storm.txt", bytes: planWith((1...5000).map { "\($0). TIÊU ĐỀ" }.joined(separator: "\n")), outcome: .read),
    Case(name: "roman-storm.txt", bytes: planWith(repeated("IV. NỘI DUNG\n", 5000)), outcome: .read),
    Case(name: "appendix-storm.txt", bytes: planWith(repeated("PHỤ LỤC 1\n", 5000)), outcome: .read),
    Case(name: "recipients-first.txt", bytes: text("Nơi nhận:\n" + plan), outcome: .either),
    Case(name: "doc-number-formula.txt", bytes: text(plan.replacingOccurrences(of: "Số: 12/KH-UBND", with: "Số: =cmd|'/c calc'!A1")), outcome: .read),
    Case(name: "issuer-escape.txt", bytes: text("ỦY BAN NHÂN DÂN\nQUẬN \u{1B}[31mĐỎ\n" + plan), outcome: .either),
    Case(name: "space name .txt", bytes: text(plan), outcome: .either),
    Case(name: "hash#and?query.txt", bytes: text(plan), outcome: .either),
    Case(name: "nfd-Hoàn-Kiếm.txt".decomposedStringWithCanonicalMapping, bytes: text(plan.decomposedStringWithCanonicalMapping), outcome: .read),
    Case(name: "dup of good.txt", bytes: { (try? TestSupport.seedData("long-khanh-2024.txt")) ?? Data() }, outcome: .either),
  ]

  static let good = "long-khanh-2024.txt"

  /// The good plan's facts when read alone.
  static let baseline: (items: Int, mentions: Int) = {
    let plan = try! TestSupport.seedPlan(good)
    return (plan.items.count, plan.mentions.count)
  }()

  @Test(arguments: cases)
  func aHostileFileLeavesTheOthersAlone(_ example: Case) async throws {
    let data = try TestSupport.dataDirectory(plans: [(Self.good, try TestSupport.seedData(Self.good)), (example.name, example.bytes())])
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    let good = try #require(summary.plans.first { $0.id == "thanh-pho-long-khanh-2024" })
    #expect(good.items.count == Self.baseline.items)
    #expect(good.mentions.count == Self.baseline.mentions)
    let failure = summary.failures.first { $0.file == example.name }
    switch example.outcome {
    case .refused(let reason):
      let found = try #require(failure, "\(example.name) was read")
      #expect(reason.isEmpty || found.reason.en.contains(reason), "\(found.reason.en)")
      #expect(!found.reason.en.isEmpty && !found.reason.en.contains("\n"))
    case .read:
      #expect(failure == nil, "\(failure?.reason.en ?? "")")
    case .either: break
    }
    for diagnostic in summary.diagnostics {
      for language in Language.allCases {
        let text = diagnostic.message.text(language)
        #expect(!text.contains("\n") && !text.contains("NSCocoaErrorDomain"))
      }
    }
  }

  @Test func aFileAboveTheSizeLimitIsRefusedUnread() async throws {
    let data = try TestSupport.dataDirectory(plans: [(Self.good, try TestSupport.seedData(Self.good))])
    let big = data.appendingPathComponent("plans/big.txt")
    #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
    let handle = try FileHandle(forWritingTo: big)
    try handle.truncate(atOffset: UInt64(Limits.fileBytes + 1))
    try handle.close()
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    #expect(summary.plans.map(\.sourceFile) == [Self.good])
    #expect(summary.failures.first?.reason.en.contains("plans above 50 MB") == true)
  }

  @Test func brokenLinksAndLoopsAreNamedPlainly() async throws {
    let data = try TestSupport.dataDirectory(plans: [(Self.good, try TestSupport.seedData(Self.good))])
    let plans = data.appendingPathComponent("plans")
    try FileManager.default.createSymbolicLink(atPath: plans.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/plan.txt")
    try FileManager.default.createSymbolicLink(atPath: plans.appendingPathComponent("loop").path, withDestinationPath: plans.path)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    #expect(summary.plans.map(\.sourceFile) == [Self.good])
    #expect(summary.failures.map(\.reason.en) == ["cannot read the file: the file does not exist or is a broken link"])
  }

  @Test func aPipeIsRefusedWithoutBlockingTheRun() async throws {
    let data = try TestSupport.dataDirectory(plans: [(Self.good, try TestSupport.seedData(Self.good))])
    #expect(mkfifo(data.appendingPathComponent("plans/pipe.txt").path, 0o644) == 0)
    try FileManager.default.createDirectory(at: data.appendingPathComponent("plans/folder.txt"), withIntermediateDirectories: true)
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.reportsDirectory(beside: data)).run()
    #expect(summary.plans.map(\.sourceFile) == [Self.good])
    #expect(summary.failures.map(\.file) == ["pipe.txt"])
    #expect(summary.failures.first?.reason.en.contains("not a regular file") == true)
  }

  /// Text printed to a terminal has every control character escaped, the C1 controls too
  /// (U+009B starts a command as ESC [ does); letters, marks and other spaces are printed as
  /// they are.
  @Test(arguments: [
    ("Tập huấn\u{1B}[2J", "Tập huấn\\u{1b}[2J"), ("a\tb\r\n", "a\\u{9}b\\u{d}\\u{a}"), ("\u{9B}31m", "\\u{9b}31m"),
    ("x\u{7F}\u{85}\u{9F}\u{A0}y", "x\\u{7f}\\u{85}\\u{9f}\u{A0}y"), ("Hà Nội – “Quý I”", "Hà Nội – “Quý I”"), ("", ""),
    ("\u{00}", "\\u{0}"), ("Ê\u{301}", "Ê\u{301}"),
  ])
  func controlCharactersAreEscapedForTheTerminal(text: String, printed: String) {
    #expect(TerminalText.safe(text) == printed)
  }
}
