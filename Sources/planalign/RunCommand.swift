import ArgumentParser
import Foundation
import PlanAlign

/// `planalign run`: reads `Data/` and writes `Reports/`.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Read every plan under the data folder and write the reports.")

  @Option(help: "Folder holding units.csv, taxonomy/ and plans/.")
  var data = "Data"

  @Option(help: "Folder the reports are written to.")
  var out = "Reports"

  @Flag(help: "Write CSV without the UTF-8 byte order mark.")
  var noBom = false

  @Option(help: "CSV field separator: ',' (default), ';' for spreadsheets set to a Vietnamese or European locale (decimals then use a comma), or 'tab'.")
  var csvSep = ","

  @Flag(help: "Leave out the Excel workbook (planalign.xlsx): the CSV files and the page only.")
  var noWorkbook = false

  @Option(help: "Days from the median before a due date is flagged early or late.")
  var toleranceDays = 30

  @Option(help: "A reference schedule for every plan: a CSV of task_id,due_end (MM-DD or YYYY-MM-DD), or a plan file (the city's plan) whose deadlines are the reference. Without it each plan is compared with its province's plan for the year when the plans folder holds one.")
  var reference: String?

  @Option(help: "Language of the page, the workbook headings, the warnings and these messages: vi (Vietnamese, default) or en.")
  var lang = "vi"

  @Option(help: "Folder caching the OCR text of scanned PDFs and the gazetteer, crosswalk and taxonomies as built from their CSV files (default: .planalign-cache beside the reports folder).")
  var cache: String?

  func validate() throws {
    guard ["vi", "en"].contains(lang) else { throw ValidationError("--lang must be vi or en.") }
    guard Self.separator(csvSep) != nil else { throw ValidationError("--csv-sep must be ',', ';' or 'tab'.") }
    guard toleranceDays >= 0 else { throw ValidationError("--tolerance-days must be zero or more.") }
    if let cache {
      let reports = URL(fileURLWithPath: out).standardizedFileURL.path + "/"
      let folder = URL(fileURLWithPath: cache).standardizedFileURL.path + "/"
      guard !folder.hasPrefix(reports) else {
        throw ValidationError("--cache must not be inside the reports folder \(out); the reports are replaced as a whole.")
      }
    }
  }

  /// `.planalign-cache` in the folder that holds the reports folder, never inside it.
  static func defaultCache(out: String) -> String {
    URL(fileURLWithPath: out).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".planalign-cache").path
  }

  /// The separator `--csv-sep` names.
  static func separator(_ option: String) -> Character? {
    let character: Character? = option == "tab" || option == "\\t" ? "\t" : option.count == 1 ? option.first : nil
    return character.flatMap { CSVWriter.separators.contains($0) ? $0 : nil }
  }

  func run() async throws {
    var job = RunJob(
      dataDirectory: URL(fileURLWithPath: data), outputDirectory: URL(fileURLWithPath: out),
      byteOrderMark: !noBom, toleranceDays: toleranceDays, referenceFile: reference.map { URL(fileURLWithPath: $0) },
      language: lang, cacheDirectory: URL(fileURLWithPath: cache ?? Self.defaultCache(out: out)))
    job.csvSeparator = Self.separator(csvSep) ?? ","
    job.writesWorkbook = !noWorkbook
    job.progress = DiagnosticsPrinter.progressLine()
    var printer = DiagnosticsPrinter(language: Language(code: lang))
    let outcome: Result<RunJob.Summary, Error>
    do {
      outcome = .success(try await job.run())
    } catch {
      outcome = .failure(error)
    }
    DiagnosticsPrinter.endProgress(job.progress != nil)
    switch outcome {
    case .success(let summary):
      printer.print(summary.diagnostics)
      printer.note(Message(.runSummary, .count(summary.plans.count), .count(summary.failures.count), "\(out)/"))
    case .failure(RunError.noPlans(let path, let diagnostics)):
      printer.print(diagnostics)
      printer.fatal(RunError.noPlans(path: path, diagnostics: diagnostics))
    case .failure(let error):
      printer.fatal(error)
    }
    // The reports are on disk and the diagnostics printed: the process ends here, its memory
    // returned to the system at once rather than the run's objects freed one by one (the
    // gazetteer's and, for a national corpus, hundreds of thousands of rows).
    withExtendedLifetime(outcome) { Foundation.exit(printer.hadErrors ? ExitCode.failure.rawValue : 0) }
  }
}
