import Foundation
import Testing

@testable import PlanAlign

/// Golden file for the page on the five seed plans, escaping, size, and a real browser.
@Suite(.serialized) struct HTMLReportTests {
  static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots/index.html")

  static func page(data: URL = TestSupport.dataDirectory, language: String = "vi") async throws -> String {
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.temporaryDirectory()).run()
    let input = ComparisonPageInput(
      plans: summary.aligned, failures: summary.failures, timing: summary.timing,
      campaigns: AlignmentTests.aligner.campaigns.taxonomy, tasks: AlignmentTests.aligner.tasks.taxonomy,
      withReference: false, sourcePrefix: "../Data/plans/")
    return ComparisonPage.render(input, labels: .forLanguage(language))
  }

  /// Set PLANALIGN_RECORD=1 to rewrite the golden file; the test then fails once so a
  /// recording never passes silently.
  @Test func pageForTheFiveSeedPlansMatchesItsSnapshot() async throws {
    let html = try await Self.page()
    if ProcessInfo.processInfo.environment["PLANALIGN_RECORD"] == "1" || !FileManager.default.fileExists(atPath: Self.snapshot.path) {
      try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(html.utf8).write(to: Self.snapshot)
      Issue.record("recorded \(Self.snapshot.path); rerun without PLANALIGN_RECORD")
      return
    }
    let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
    #expect(html == expected, "page differs from Snapshots/index.html; if intended, rerun with PLANALIGN_RECORD=1")
  }

  @Test func theCommittedReportIsTheMainJobsOutput() async throws {
    let committed = try String(contentsOf: TestSupport.root.appendingPathComponent("Reports/index.html"), encoding: .utf8)
    let generated = try await Self.page()
    #expect(committed == generated)
  }

  /// A Word plan's facts are located on the page as the CSV files locate them (`đoạn 3`),
  /// not by the reader's internal line numbers, which mean nothing in Word.
  @Test func aWordPlansSourcesAreLocatedOnThePageAsInTheCSVFiles() async throws {
    let text = TestSupport.minimalPlan(body: """
      1. Phát động phong trào thi đua “Ngày thứ Bảy xanh sạch” trong toàn quận.

      2. Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 trước ngày 15/01/2024.
      """)
    let paragraphs = text.split(separator: "\n").map { ReadingSupport.p(String($0)) }.joined()
    let word = try ReadingSupport.docx(["word/document.xml": ReadingSupport.document(paragraphs)])
    let data = try TestSupport.dataDirectory(plans: [("hoan-kiem-2024.docx", word)])
    let out = TestSupport.reportsDirectory(beside: data)
    _ = try await RunJob(dataDirectory: data, outputDirectory: out).run()
    let page = String(decoding: try Data(contentsOf: out.appendingPathComponent("index.html")), as: UTF8.self)
    let unmatched = try CSVReader.table(
      from: Data(contentsOf: out.appendingPathComponent("unmatched.csv")), source: "unmatched.csv", required: []
    ).rows.map(\.values)
    try #require(!unmatched.isEmpty)
    for row in unmatched {
      #expect(row["source_ref"]?.hasPrefix("đoạn ") == true)
      #expect(page.contains("(\(row["source_ref"] ?? ""))"))
    }
    #expect(!page.contains("hoan-kiem-2024.docx:"))
  }

  @Test func pageIsSmallAndGrowsWithPlansNotText() async throws {
    let html = try await Self.page()
    #expect(html.utf8.count < 1_000_000)
    let plan = try String(contentsOf: TestSupport.dataDirectory.appendingPathComponent("plans/long-khanh-2024.txt"), encoding: .utf8)
    let filler = String(repeating: "\nĐẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ và nhân dân về thi đua yêu nước trong mọi lĩnh vực đời sống.\n", count: 400)
    let longer = plan.replacingOccurrences(of: "III. TỔ CHỨC THỰC HIỆN", with: filler + "\nIII. TỔ CHỨC THỰC HIỆN")
    let short = try await Self.page(data: TestSupport.dataDirectory(plans: [("p.txt", Data(plan.utf8))]))
    let long = try await Self.page(data: TestSupport.dataDirectory(plans: [("p.txt", Data(longer.utf8))]))
    #expect(longer.utf8.count > plan.utf8.count * 3)
    #expect(abs(long.utf8.count - short.utf8.count) < 2_000, "the page grew with the plan's text")
  }

  @Test(arguments: [
    ("long-bien-2024.txt", "long-bien-2024.txt"),
    ("2024/kế hoạch #1?.docx", "2024/k%E1%BA%BF%20ho%E1%BA%A1ch%20%231%3F.docx"),
    ("50%.txt", "50%25.txt"),
  ])
  func sourceLinksArePercentEncoded(path: String, href: String) {
    #expect(ComparisonPage.pathInURL(path) == href)
  }

  @Test func datesReadAsInTheLanguageAndSortAsISO() throws {
    let date = try #require(CalendarDate(year: 2021, month: 1, day: 13))
    #expect(ReportLabels.vi.date(date) == "13/01/2021")
    #expect(ReportLabels.en.date(date) == "2021-01-13")
    let html = try String(contentsOf: TestSupport.root.appendingPathComponent("Reports/index.html"), encoding: .utf8)
    // Hoàng Mai's plan was issued on 13 January 2021.
    #expect(html.contains("<td data-value=\"2021-01-13\">13/01/2021</td>"))
  }

  @Test func theFilterIgnoresAccentsAndCase() async throws {
    let html = try String(contentsOf: TestSupport.root.appendingPathComponent("Reports/index.html"), encoding: .utf8)
    #expect(html.contains("normalize('NFD')"))
  }

  @Test func planTextIsEscaped() async throws {
    let body = """
      - Phát động phong trào thi đua “<script>alert('x')</script> & “Người tốt” "việc tốt"” trước ngày 15/3/2024.

      - Triển khai phong trào thi đua “<img src=x onerror=alert(1)>” trong tháng 5/2024.
      """
    let data = try TestSupport.dataDirectory(plans: [("evil.txt", Data(TestSupport.minimalPlan(district: "Ba Đình", body: body).utf8))])
    let html = try await Self.page(data: data)
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img src=x"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;") || html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.components(separatedBy: "<script>").count == 2, "only the page's own script")
  }

  /// Markup characters are escaped wherever they stand, even with a combining mark after them
  /// (which makes one character of the two); quotes only where they would end an attribute;
  /// Vietnamese text is left as it is.
  @Test(arguments: [
    ("Hội nghị <b>tổng kết</b> & “khen thưởng”", false, "Hội nghị &lt;b&gt;tổng kết&lt;/b&gt; &amp; “khen thưởng”"),
    ("<\u{301}script>", false, "&lt;\u{301}script&gt;"),
    ("&\u{323}amp;", false, "&amp;\u{323}amp;"),
    ("\"Người tốt\" 'việc tốt'", false, "\"Người tốt\" 'việc tốt'"),
    ("\"Người tốt\" 'việc tốt'", true, "&quot;Người tốt&quot; &#39;việc tốt&#39;"),
    ("Phong trào thi đua", true, "Phong trào thi đua"),
  ])
  func markupInPlanTextIsEscaped(text: String, attribute: Bool, escaped: String) {
    #expect(HTMLNode.escape(text, attribute: attribute) == escaped)
  }

  /// The page's data quotes plan text as JSON: quotes, backslashes and control characters
  /// escaped, the two line separators JavaScript once broke on escaped, the rest as written.
  @Test(arguments: [
    ("Hội nghị “tổng kết”", #""Hội nghị “tổng kết”""#),
    (#"Số: 01/KH-UBND "mẫu" \ gạch"#, #""Số: 01/KH-UBND \"mẫu\" \\ gạch""#),
    ("dòng 1\ndòng 2\r\n\tcột", #""dòng 1\ndòng 2\r\n\tcột""#),
    ("a\u{1}b\u{1F}c\u{7F}", #""a\u0001b\u001fc"# + "\u{7F}\""),
    ("x\u{2028}y\u{2029}z\u{2027}", #""x\u2028y\u2029z"# + "\u{2027}\""),
    ("", #""""#),
  ])
  func planTextIsQuotedAsJSON(text: String, quoted: String) throws {
    #expect(PageData.quoted(text) == quoted)
    let parsed = try JSONSerialization.jsonObject(with: Data("[\(PageData.quoted(text))]".utf8)) as? [String]
    #expect(parsed == [text])
  }
  /// Severities read in the page's language: the seeds have warnings and notes.
  @Test func severitiesAreNamedInThePagesLanguage() async throws {
    let vietnamese = try await Self.page()
    #expect(vietnamese.contains("<td>cảnh báo</td>") && vietnamese.contains("<td>lưu ý</td>"))
    #expect(!vietnamese.contains("<td>warning</td>") && !vietnamese.contains("<td>info</td>"))
    #expect(vietnamese.contains("<th scope=\"col\" data-type=\"text\">Mã</th>"))
    let english = try await Self.page(language: "en")
    #expect(english.contains("<td>warning</td>") && !english.contains("<td>cảnh báo</td>"))
  }

  /// The text a reader sees: the markup without its tags and attributes (titles, sort values).
  static func visibleText(_ html: String) -> String {
    html.replacingOccurrences(of: "(?s)<script[^>]*>.*?</script>|<style>.*?</style>", with: " ", options: .regularExpression)
      .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
  }

  /// Every warning on the Vietnamese page is in Vietnamese, none in English, and so is the
  /// reason a file was not read; every date the page writes is dd/mm/yyyy. The English page the other way.
  @Test func messagesAndDatesAreInThePagesLanguage() async throws {
    let plans = try ["hoang-mai-2021.txt", "long-bien-2024.txt", "thanh-xuan-2024.txt"].map { ($0, try TestSupport.seedData($0)) }
    let data = try TestSupport.dataDirectory(plans: plans + [("empty.txt", Data()), ("a-copy.txt", try TestSupport.seedData("long-bien-2024.txt"))])
    let summary = try await RunJob(dataDirectory: data, outputDirectory: TestSupport.temporaryDirectory()).run()
    let messages = summary.plans.flatMap { $0.warnings.map(\.message) } + summary.failures.map(\.reason)
    #expect(Set(summary.plans.flatMap { $0.warnings.map(\.code) }).count >= 5)
    for language in Language.allCases {
      let page = Self.visibleText(try await Self.page(data: data, language: language.rawValue))
      let other: Language = language == .vi ? .en : .vi
      for message in messages {
        #expect(page.contains(HTMLNode.escape(message.text(language))), "\(language): \(message.text(language))")
        #expect(!page.contains(HTMLNode.escape(message.text(other))), "\(language) page shows: \(message.text(other))")
      }
      // Nor any of English's own words for the page on the Vietnamese one (the English page
      // quotes Vietnamese plan text, so the converse cannot hold). Warning codes such as
      // `district_spelling` are identifiers shared with warnings.csv, not words.
      for (mine, theirs) in Self.labelPairs(language) where language == .vi && mine != theirs && theirs.count > 2 {
        let word = "(?<![\\p{L}_])" + NSRegularExpression.escapedPattern(for: HTMLNode.escape(theirs)) + "(?![\\p{L}_])"
        #expect(page.range(of: word, options: .regularExpression) == nil, "\(language) page shows “\(theirs)”")
      }
      let iso = page.range(of: "\\b[12][0-9]{3}-[01][0-9]-[0-3][0-9]\\b", options: .regularExpression)
      let dayFirst = page.range(of: "\\b[0-3][0-9]/[01][0-9]/[12][0-9]{3}\\b", options: .regularExpression)
      // Plan text quoted on the page (mentions, deadlines as written) keeps its own dd/mm/yyyy.
      #expect(language == .vi ? iso == nil && dayFirst != nil : iso != nil, "\(language)")
    }
  }

  /// The numbers of the page's plan table are the columns of plans.csv that its note names:
  /// Long Biên 2024 schedules 55 items, 30 of them with a time that reads as a date or period
  /// (its other items say “thường xuyên”, “theo hướng dẫn”… or give no time).
  @Test func thePlanTablesCountsAreThoseOfPlansCSV() async throws {
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("Reports")
    _ = try await RunJob(dataDirectory: TestSupport.dataDirectory, outputDirectory: out).run()
    let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    let plans = try CSVReader.table(
      from: Data(contentsOf: out.appendingPathComponent("plans.csv")), source: "plans.csv",
      required: ["district", "campaigns_named", "scheduled_items", "dated_items", "warnings"])
    #expect(plans.rows.count == 5)
    for row in plans.rows {
      let values = row.values
      let numbers = ["campaigns_named", "scheduled_items", "dated_items", "warnings"]
        .map { "<td class=\"num\">\(values[$0] ?? "")</td>" }.joined()
      let unit = "<th scope=\"row\">[^<]*" + NSRegularExpression.escapedPattern(for: values["district"] ?? "") + "</th>"
      #expect(page.range(of: unit + "(<td[^>]*>[^<]*</td>){4}" + numbers, options: .regularExpression) != nil, "\(unit)")
    }
    let longBien = try #require(plans.rows.first { $0.values["district"] == "Long Biên" }).values
    #expect(longBien["scheduled_items"] == "55" && longBien["dated_items"] == "30")
    for column in ["campaigns_named", "scheduled_items", "dated_items", "warnings"] {
      #expect(page.contains("(\(column)"), "the page's note names \(column)")
    }
  }

  /// One plan alone has nothing to compare its dates with: the timeline and the timing table
  /// say so (and where the plan's own dates are) instead of showing an empty chart and table.
  /// With a second plan that dates the same tasks, both come back.
  @Test func aPlanAloneIsToldWhyItsTimingIsEmpty() async throws {
    func page(_ files: [String]) async throws -> String {
      let data = try TestSupport.dataDirectory(plans: files.map { ($0, try TestSupport.seedData($0)) })
      let out = TestSupport.reportsDirectory(beside: data)
      _ = try await RunJob(dataDirectory: data, outputDirectory: out).run()
      return try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
    }
    let alone = try await page(["long-bien-2024.txt"])
    let note = "<p class=\"note\">\(ReportLabels.vi.noTiming)</p>"
    #expect(alone.contains("<section id=\"timeline\"><h2>\(ReportLabels.vi.timeline)</h2>\(note)</section>"))
    #expect(alone.contains("<section id=\"timing\"><h2>\(ReportLabels.vi.timingTable)</h2>\(note)</section>"))
    #expect(!alone.contains("timing-table") && !alone.contains("<svg"))
    let pair = try await page(["long-bien-2024.txt", "thanh-xuan-2024.txt"])
    #expect(!pair.contains(ReportLabels.vi.noTiming))
    #expect(pair.contains("id=\"timing-table\"") && pair.contains("<svg"))
  }

  /// Every word of the page's labels in `language` beside the other language's, by field.
  static func labelPairs(_ language: Language) -> [(String, String)] {
    let (mine, theirs) = language == .vi ? (ReportLabels.vi, ReportLabels.en) : (ReportLabels.en, ReportLabels.vi)
    func strings(_ value: Any) -> [String] {
      if let text = value as? String { return [text] }
      if let list = value as? [String] { return list }
      if let map = value as? [String: String] { return map.keys.sorted().map { map[$0] ?? "" } }
      return []
    }
    return zip(Mirror(reflecting: mine).children, Mirror(reflecting: theirs).children).flatMap { a, b in
      a.label == "language" ? [] : Array(zip(strings(a.value), strings(b.value)))
    }
  }

  @Test func englishLabels() async throws {
    let html = try await Self.page(language: "en")
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("Campaign coverage"))
  }
}

/// Loads the committed page in headless Chromium, checks the DOM after load, and writes the
/// screenshot `docs/page.png` that the README shows.
@Suite struct BrowserTests {
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  static func chrome(_ arguments: [String]) throws -> String {
    guard let chromium else {
      Issue.record("Chromium is missing: run scripts/setup.sh --browser")
      return ""
    }
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                 "--user-data-dir=\(try TestSupport.temporaryDirectory().path)"]
    return try TestSupport.run(URL(fileURLWithPath: chromium), flags + arguments).stdout
  }

  @Test func theReportLoadsInABrowserWithItsMatrixAndTimeline() throws {
    let page = TestSupport.root.appendingPathComponent("Reports/index.html")
    let dom = try Self.chrome(["--virtual-time-budget=3000", "--dump-dom", page.absoluteString])
    #expect(dom.contains("data-script=\"ready\""), "the page's script did not finish")
    #expect(!dom.contains("data-script-error=\""), "a script error was recorded on the page")
    let plans = try PlanCorpus.scan(TestSupport.dataDirectory.appendingPathComponent("plans")).files.count
    guard let matrixStart = dom.range(of: "id=\"matrix-table\""), let headEnd = dom.range(of: "</thead>", range: matrixStart.upperBound..<dom.endIndex) else {
      Issue.record("no matrix table in the DOM")
      return
    }
    let columns = dom[matrixStart.upperBound..<headEnd.lowerBound].components(separatedBy: "<th ").count - 1
    let campaigns = try Taxonomy.load(
      Data(contentsOf: TestSupport.dataDirectory.appendingPathComponent("taxonomy/campaigns.csv")), source: "campaigns.csv")
    #expect(columns == campaigns.entries.filter { $0.id != Taxonomy.otherID }.count + 2, "one column per campaign, plus the plan and its count")
    let matrix = dom[matrixStart.upperBound...]
    let body = matrix[..<(matrix.range(of: "</table>")?.lowerBound ?? matrix.endIndex)]
    #expect(body.components(separatedBy: "<th scope=\"row\">").count - 1 == plans + 1, "one row per plan, and the totals")
    // Đồng Nai 2024; Hà Nội 2021, 2024 (two plans) and 2025.
    #expect(body.components(separatedBy: "<tr class=\"group\">").count - 1 == 4, "plans grouped by province and year")
    #expect(dom.components(separatedBy: "class=\"marker").count - 1 >= 50)
    #expect(dom.contains("class=\"filter\""), "the script added its filter boxes")
  }

  @Test func screenshotForTheReadme() throws {
    let page = TestSupport.root.appendingPathComponent("Reports/index.html")
    let png = TestSupport.root.appendingPathComponent("docs/page.png")
    let temporary = try TestSupport.temporaryDirectory().appendingPathComponent("index.png")
    _ = try Self.chrome(["--window-size=1366,768", "--screenshot=\(temporary.path)", page.absoluteString])
    let data = try Data(contentsOf: temporary)
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(data.count > 20_000, "a blank page would be tiny")
    // The committed screenshot is replaced only when asked (as the snapshots are): Chromium's
    // rendering differs by a few bytes from run to run, which left the working tree changed.
    guard ProcessInfo.processInfo.environment["PLANALIGN_RECORD"] == "1" || !FileManager.default.fileExists(atPath: png.path)
    else { return }
    if FileManager.default.fileExists(atPath: png.path) { try FileManager.default.removeItem(at: png) }
    try FileManager.default.moveItem(at: temporary, to: png)
  }
}
