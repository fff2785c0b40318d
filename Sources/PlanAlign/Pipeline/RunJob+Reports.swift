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
  /// its workbook sheet and as its CSV file, plan by plan (or a thousand rows at a time); the
  /// page is written section by section on a second thread meanwhile, and the workbook closed
  /// on a third. A run holds its plans, the page being written and a table's part on each
  /// thread, never all the reports.
  func writeReports(_ inputs: ReportInputs) throws -> [WrittenReport] {
    let plans = inputs.aligned.map(\.plan)
    let yearOverYear = Timing.yearOverYear(inputs.timing, crosswalk: inputs.crosswalk)
    let aligned = inputs.aligned
    let tables: [(key: String, make: () -> CSVTable)] = [
      ("plans", { PlanReports.plans(aligned) }),
      ("items", { PlanReports.items(plans) }),
      ("mentions", { PlanReports.mentions(plans) }),
      ("warnings", { PlanReports.warnings(plans, failures: inputs.failures, language: Language(code: language)) }),
      ("campaigns", { AlignmentReports.campaigns(aligned, taxonomy: inputs.campaigns) }),
      ("campaign_matrix", { AlignmentReports.matrix(aligned, taxonomy: inputs.campaigns) }),
      ("tasks", { AlignmentReports.tasks(aligned, taxonomy: inputs.tasks) }),
      ("unmatched", { AlignmentReports.unmatched(aligned) }),
      ("timing", { TimingReports.timing(inputs.timing, withReference: inputs.withReference) }),
      ("timing_yoy", { TimingReports.yearOverYear(yearOverYear) }),
    ]
    let workbookName = "planalign.xlsx"
    // The workbook is announced even when left out: one written by an earlier run is a report,
    // replaced with the rest, not a foreign file.
    let staging = try ReportStaging(
      directory: outputDirectory, names: tables.map { $0.key + ".csv" } + ["index.html", workbookName])
    var page = ComparisonPageInput(
      plans: aligned, failures: inputs.failures, timing: inputs.timing, campaigns: inputs.campaigns,
      tasks: inputs.tasks, withReference: inputs.withReference,
      sourcePrefix: Self.relativePath(from: outputDirectory, to: inputs.plansDirectory) + "/")
    page.yearOverYear = yearOverYear
    page.spool = inputs.spool
    // The page is written on a thread of its own; it only reads the plans.
    let labels = ReportLabels.forLanguage(language)
    let pageReport = staging.streamInBackground("index.html") { [page] in ComparisonPage.write(page, labels: labels, to: &$0) }
    // The workbook's sheets first, each from its table; the workbook is then closed (zlib
    // compresses its sheets: a third of the report phase at 7,000 plans) on a thread of its own
    // while the CSV files are written from the tables made again (making rows costs little
    // beside writing them). Only one table's part is held at a time on this thread.
    let writer = CSVWriter(byteOrderMark: byteOrderMark, separator: csvSeparator)
    var failure: Error?
    var closing: BackgroundReport?
    do {
      if writesWorkbook {
        closing = try staging.fileInBackground(workbookName) { path in
          let book = try WorkbookWriter(path: path, created: WorkbookReport.creationDate(plans))
          for (key, make) in tables {
            try book.add(WorkbookReport.sheet(key: key, table: make(), aligned: aligned, campaigns: inputs.campaigns, language: language))
          }
          // Handed over: this thread no longer touches the workbook.
          nonisolated(unsafe) let finishing = book
          return { try finishing.close() }
        }
      }
      for (key, make) in tables {
        let table = make()
        try staging.stream(key + ".csv") { writer.write(table, to: &$0) }
      }
    } catch {
      failure = error
    }
    // The other threads are waited for before the staging goes; the first failure is the run's.
    do { try closing?.wait() } catch { failure = failure ?? error }
    do { try pageReport.wait() } catch { failure = failure ?? error }
    if let failure { throw failure }
    try staging.commit()
    return staging.written
  }
}
