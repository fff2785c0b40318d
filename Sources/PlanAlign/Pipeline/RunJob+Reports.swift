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
}

extension RunJob {
  /// Writes every report into a new set that replaces the output folder in one step.
  ///
  /// Reports are made as they are written and forgotten once on disk: each table is written as
  /// its CSV file and as its workbook sheet, plan by plan (or a thousand rows at a time), before
  /// the next is made; the page is written section by section on a second thread meanwhile. A
  /// run holds its plans, the page being written and one table's part, never all the reports.
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
    // The page is written on a thread of its own; it only reads the plans.
    let labels = ReportLabels.forLanguage(language)
    let pageReport = staging.streamInBackground("index.html") { [page] in ComparisonPage.write(page, labels: labels, to: &$0) }
    // Each table as its CSV file and, when there is a workbook, as its sheet, on this thread.
    // (The CSV files on a third thread saved about 5 % of a 7,000-plan run's time but held a
    // second copy of the tables being written, and the peak memory rose by 40–80 MB.)
    let writer = CSVWriter(byteOrderMark: byteOrderMark, separator: csvSeparator)
    func writeTables(into book: WorkbookWriter?) throws {
      for (key, make) in tables {
        let table = make()
        let sheet = book.map { _ in
          WorkbookReport.sheet(key: key, table: table, aligned: aligned, campaigns: inputs.campaigns, language: language)
        }
        // A sheet of the CSV file's own rows is written as the file is, from the same rows, made
        // once; a sheet of other rows (the turned matrix) is written after it.
        let streamed = try sheet.flatMap { sheet throws(XLSXError) in
          sheet.table.header == table.header ? try book?.begin(sheet) : nil
        }
        try staging.stream(key + ".csv") { writer.write(table, to: &$0, visit: { streamed?.add($0) }) }
        if let streamed {
          try streamed.finish()
        } else if let book, let sheet {
          try book.add(sheet)
        }
      }
    }
    // The page's thread is waited for before the staging goes; the first failure is the run's.
    var failure: Error?
    do {
      if writesWorkbook {
        try staging.file(workbookName) { path in
          let book = try WorkbookWriter(path: path, created: WorkbookReport.creationDate(plans))
          try writeTables(into: book)
          try book.close()
        }
      } else {
        try writeTables(into: nil)
      }
    } catch {
      failure = error
    }
    do { try pageReport.wait() } catch { failure = failure ?? error }
    if let failure { throw failure }
    try staging.commit()
    return staging.written
  }
}
