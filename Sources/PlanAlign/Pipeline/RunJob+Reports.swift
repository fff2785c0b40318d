import Foundation

/// What the reports of a run are made from.
struct ReportInputs {
  var aligned: [AlignedPlan]
  var failures: [IngestionError]
  var timing: [TimingRow]
  var campaigns: Taxonomy
  var tasks: Taxonomy
  var crosswalk: Crosswalk
  var withReference: Bool
  var plansDirectory: URL
  /// Where the page's data waits until it is compressed.
  var spool: SpoolFile?
}

extension RunJob {
  /// Writes every report into a new set that replaces the output folder in one step.
  ///
  /// Reports are made as they are written and forgotten once on disk: each table is written as
  /// its workbook sheet and as its CSV file, plan by plan (or a thousand rows at a time). The
  /// workbook's sheets come first, on both cores; then the workbook is closed (zlib compresses
  /// its sheets) on one thread while the page is written on another; the CSV files are then
  /// written by both threads, each taking the next file as it is free (for a national corpus
  /// the workbook's compression takes longest and this thread writes them all; for a few plans
  /// the two finish together). A run holds its plans, the page being written and a table's part
  /// on each thread, never all the reports.
  func writeReports(_ inputs: ReportInputs) throws -> [WrittenReport] {
    let plans = inputs.aligned.map(\.plan)
    let yearOverYear = Timing.yearOverYear(inputs.timing, crosswalk: inputs.crosswalk)
    let aligned = inputs.aligned
    let (failures, campaigns, tasks, timing, withReference) =
      (inputs.failures, inputs.campaigns, inputs.tasks, inputs.timing, inputs.withReference)
    let language = language
    let tables: [(key: String, make: @Sendable () -> CSVTable)] = [
      ("plans", { PlanReports.plans(aligned) }),
      ("items", { PlanReports.items(plans) }),
      ("mentions", { PlanReports.mentions(plans) }),
      ("warnings", { PlanReports.warnings(plans, failures: failures, language: Language(code: language)) }),
      ("campaigns", { AlignmentReports.campaigns(aligned, taxonomy: campaigns) }),
      ("campaign_matrix", { AlignmentReports.matrix(aligned, taxonomy: campaigns) }),
      ("tasks", { AlignmentReports.tasks(aligned, taxonomy: tasks) }),
      ("unmatched", { AlignmentReports.unmatched(aligned) }),
      ("timing", { TimingReports.timing(timing, withReference: withReference) }),
      ("timing_yoy", { TimingReports.yearOverYear(yearOverYear) }),
    ]
    // The largest sheets first (a plan has about as many tasks, items, mentions and timing
    // rows, with the tasks' the widest), so the two threads writing them end together.
    let largestSheets = ["tasks", "items", "mentions", "campaigns", "timing"].compactMap { key in
      tables.firstIndex { $0.key == key }
    }
    let workbookName = "planalign.xlsx"
    // The workbook is announced even when left out: one written by an earlier run is a report,
    // replaced with the rest, not a foreign file.
    let staging = try ReportStaging(
      directory: outputDirectory, names: tables.map { $0.key + ".csv" } + ["index.html", workbookName])
    var page = ComparisonPageInput(
      plans: aligned, failures: failures, timing: timing, campaigns: campaigns,
      tasks: tasks, withReference: withReference,
      sourcePrefix: Self.relativePath(from: outputDirectory, to: inputs.plansDirectory) + "/")
    page.yearOverYear = yearOverYear
    page.spool = inputs.spool
    let labels = ReportLabels.forLanguage(language)
    let writer = CSVWriter(byteOrderMark: byteOrderMark, separator: csvSeparator)
    // The CSV files, handed out one at a time to the threads free to write them.
    let csvFiles = WorkQueue<ReportError>(order: Array(tables.indices))
    nonisolated(unsafe) let sharedStaging = staging
    let writeCSVFiles: @Sendable () -> Void = {
      while let index = csvFiles.next() {
        let (key, make) = tables[index]
        do throws(ReportError) {
          try sharedStaging.stream(key + ".csv") { writer.write(make(), to: &$0) }
        } catch {
          csvFiles.failed(index, error)
        }
      }
    }
    var failure: Error?
    var closing: BackgroundReport?
    var pageReport: BackgroundReport?
    do {
      if writesWorkbook {
        closing = try staging.fileInBackground(workbookName, then: writeCSVFiles) { path in
          let book = try WorkbookWriter(path: path, created: WorkbookReport.creationDate(plans))
          try book.add(
            tables.map { key, make in
              WorkbookWriter.PendingSheet(name: ColumnLabels.sheet(key, language: language)) {
                WorkbookReport.sheet(key: key, table: make(), aligned: aligned, campaigns: campaigns, language: language)
              }
            }, firstWritten: largestSheets)
          // Handed over: this thread no longer touches the workbook.
          nonisolated(unsafe) let finishing = book
          return { try finishing.close() }
        }
      }
      // The page only reads the plans; it is written on a thread of its own. While the
      // workbook is compressed on one core, the page and then the CSV files take turns on the
      // other; without the workbook the page and the CSV files each have a core.
      pageReport = staging.streamInBackground("index.html") { [page] in ComparisonPage.write(page, labels: labels, to: &$0) }
      if closing != nil {
        let written = pageReport
        pageReport = nil
        try written?.wait()
      }
      writeCSVFiles()
    } catch {
      failure = error
    }
    // The other threads are waited for before the staging goes; the first failure is the run's.
    do { try closing?.wait() } catch { failure = failure ?? error }
    failure = failure ?? csvFiles.firstFailure
    do { try pageReport?.wait() } catch { failure = failure ?? error }
    if let failure { throw failure }
    try staging.commit()
    return staging.written
  }
}
