import Foundation

/// A message for the person running the tool, located in a file.
public struct Diagnostic: Equatable, Sendable {
  /// How serious it is.
  public enum Severity: String, Sendable {
    /// Something failed; the run's exit status will say so.
    case error
    /// A finding that did not stop anything.
    case warning
    /// Worth knowing; nothing is wrong.
    case note
  }

  /// Severity.
  public var severity: Severity
  /// The file it concerns.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// One sentence, in either language.
  public var message: Message
  /// The warning code from `warnings.csv` (`coverage_gap`…), when it comes from a plan's warning.
  public var code: String?

  /// Creates a diagnostic.
  public init(severity: Severity, file: String, line: Int? = nil, message: Message, code: String? = nil) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
    self.code = code
  }
}

/// The main job: read the gazetteer and every plan under a data folder, then write the reports.
public struct RunJob: Sendable {
  /// Folder holding `units.csv`, `taxonomy/` and `plans/`.
  public var dataDirectory: URL
  /// Folder the reports are written to.
  public var outputDirectory: URL
  /// Whether CSV files start with a UTF-8 byte order mark.
  public var byteOrderMark: Bool
  /// The CSV field separator: `,` (default), `;` (with decimal commas) or a tab.
  public var csvSeparator: Character = ","
  /// Whether to write the Excel workbook (`planalign.xlsx`) beside the CSV files and the page.
  public var writesWorkbook = true
  /// How many days from the median a due date may be before it is flagged early or late.
  public var toleranceDays: Int
  /// A reference schedule (`task_id,due_end`) to compare plans with, if any.
  public var referenceFile: URL?
  /// The language of the HTML page: `vi` (default) or `en`.
  public var language: String
  /// Where OCR text of scanned PDFs is cached; `nil` for no cache.
  public var cacheDirectory: URL?
  /// Told of slow reading work as it goes (OCR pages), for a progress line.
  public var progress: (@Sendable (String) -> Void)?

  /// Creates a job.
  public init(
    dataDirectory: URL, outputDirectory: URL, byteOrderMark: Bool = true, toleranceDays: Int = 30,
    referenceFile: URL? = nil, language: String = "vi", cacheDirectory: URL? = nil
  ) {
    self.cacheDirectory = cacheDirectory
    self.language = language
    self.dataDirectory = dataDirectory
    self.outputDirectory = outputDirectory
    self.byteOrderMark = byteOrderMark
    self.toleranceDays = toleranceDays
    self.referenceFile = referenceFile
  }

  /// What a run produced.
  public struct Summary: Sendable {
    /// Plans read, ordered by ID.
    public var plans: [Plan]
    /// Files that could not be read as plans.
    public var failures: [IngestionError]
    /// The plans matched to the taxonomies, ordered by ID.
    public var aligned: [AlignedPlan]
    /// The timing comparison.
    public var timing: [TimingRow]
    /// Report files written.
    public var reports: [WrittenReport]
    /// Every error and warning, in file order.
    public var diagnostics: [Diagnostic]
    /// The gazetteer the plans' issuers were found in.
    public var gazetteer: Gazetteer
  }

  /// Runs the job. Throws only when nothing can be done (no gazetteer, no plans folder,
  /// output not writable); a bad plan becomes a diagnostic and the others still go through.
  public func run() async throws -> Summary {
    // Reports replace their folder as a whole: never the data folder or a folder inside it.
    let data = dataDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    let out = outputDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    if out == data || out.hasPrefix(data.hasSuffix("/") ? data : data + "/") {
      throw RunError.outputInsideData(output: outputDirectory.path, data: dataDirectory.path)
    }
    // The gazetteer loads on one core while the taxonomies' matchers and the crosswalk are
    // built on the other, and the plans are read meanwhile as far as they can be without the
    // gazetteer (structure, items, mentions: see ``PlanIngestor/Draft``). Errors still come in
    // this order: gazetteer, plans folder, taxonomy, crosswalk, reference.
    let gazetteerLoad = Task { try loadGazetteer() }
    async let taxonomies = loadTaxonomies()
    async let crosswalkLoad = loadCrosswalk()
    let plansDirectory = dataDirectory.appendingPathComponent("plans")
    let scanned = try? PlanCorpus.scan(plansDirectory)
    let reader = DocumentReader(programs: ExternalPrograms(cacheDirectory: cacheDirectory, progress: progress))
    // The lines the page quotes, and later the page's data, wait in a file with no name, not in
    // memory, until the page is written: beside the reports folder, on the disk the reports go
    // to (a temporary folder may be in memory, tmpfs), else in the temporary folder; in memory
    // when neither can hold one.
    let spool = (try? SpoolFile(directory: outputDirectory.standardizedFileURL.deletingLastPathComponent()))
      ?? (try? SpoolFile())
    let files = scanned?.files ?? []
    let ingesting = Task {
      await PlanCorpus.ingest(files, gazetteer: { try await gazetteerLoad.value }, reader: reader, excerpts: spool)
    }
    let gazetteer: Gazetteer, folder: PlanFolder, crosswalk: Crosswalk, explicitReference: ReferenceSchedule?
    let loaded: (campaigns: Taxonomy, tasks: Taxonomy, aligner: PlanAligner)
    do {
      gazetteer = try await gazetteerLoad.value
      guard let scanned else { throw RunError.missingPlans(path: plansDirectory.path) }
      folder = scanned
      loaded = try await taxonomies
      crosswalk = try await crosswalkLoad
      explicitReference = try referenceFile.map {
        try loadReference($0, gazetteer: gazetteer, aligner: loaded.aligner, reader: reader)
      }
    } catch {
      // Nothing is left running: the plans being read stop at the next file.
      ingesting.cancel()
      _ = await ingesting.value
      throw error
    }
    let (campaigns, tasks, aligner) = loaded
    let outcomes = await ingesting.value ?? []
    var failures: [IngestionError] = folder.unsupported + folder.unreadable
    var read: [Plan] = []
    for outcome in outcomes {
      switch outcome {
      case .plan(let plan): read.append(plan)
      case .failure(let failure): failures.append(failure)
      }
    }
    var aligned = await PlanCorpus.align(read, with: aligner)
    failures.sort { $0.file < $1.file }
    aligned.sort { $0.plan.id < $1.plan.id }
    var diagnostics: [Diagnostic] = folder.skipped.map {
      Diagnostic(severity: .note, file: $0, message: Message(.skippedFile))
    }
    diagnostics += failures.map { Diagnostic(severity: .error, file: $0.file, message: $0.reason) }
    guard !aligned.isEmpty else {
      throw RunError.noPlans(path: plansDirectory.path, diagnostics: diagnostics)
    }
    let gaps = ScheduleLinter.coverageGaps(aligned, tasks: tasks)
    for index in aligned.indices {
      aligned[index].plan.warnings += ScheduleLinter.lint(aligned[index]) + (gaps[aligned[index].plan.id] ?? [])
    }
    let timing = Timing.rows(
      aligned, tasks: tasks, toleranceDays: toleranceDays, reference: Self.references(explicit: explicitReference, plans: aligned))
    let reports = try writeReports(
      ReportInputs(
        aligned: aligned, failures: failures, timing: timing, campaigns: campaigns, tasks: tasks,
        crosswalk: crosswalk, withReference: explicitReference != nil || timing.contains { $0.referenceDeltaDays != nil },
        plansDirectory: plansDirectory, spool: spool))
    // The plans' warnings become diagnostics once the reports are written: tens of thousands
    // for a national corpus, not held beside the reports being made.
    let plans = aligned.map(\.plan)
    for plan in plans.sorted(by: { $0.sourceFile < $1.sourceFile }) {
      diagnostics += plan.warnings.map {
        Diagnostic(
          severity: $0.severity == .info ? .note : .warning, file: plan.sourceFile, line: $0.line, message: $0.message,
          code: $0.code)
      }
    }
    return Summary(
      plans: plans, failures: failures, aligned: aligned, timing: timing, reports: reports, diagnostics: diagnostics,
      gazetteer: gazetteer)
  }

  /// A relative path from one folder to another (`../Data/plans` from `Reports`), so links
  /// in the page work from disk wherever the two folders are.
  static func relativePath(from base: URL, to target: URL) -> String {
    let from = base.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let to = target.standardizedFileURL.resolvingSymlinksInPath().pathComponents
    var common = 0
    while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
    let parts = Array(repeating: "..", count: from.count - common) + to[common...]
    return parts.isEmpty ? "." : parts.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }.joined(separator: "/")
  }

  /// The gazetteer: `units.csv`, and the units staff add themselves in `units-local.csv`, a
  /// file of their own that rebuilding units.csv never touches.
  private func loadGazetteer() throws -> Gazetteer {
    let gazetteerURL = dataDirectory.appendingPathComponent("units.csv")
    let localURL = dataDirectory.appendingPathComponent("units-local.csv")
    let data = try readData(gazetteerURL)
    let local = FileManager.default.fileExists(atPath: localURL.path) ? try readData(localURL) : nil
    // The built gazetteer of an earlier run on the same files, when the cache has it.
    return try BuiltDataCache.value(
      "gazetteer", sources: [data] + (local.map { [$0] } ?? []), in: builtDataCache,
      decode: Gazetteer.decode, encode: { $0.encode }
    ) {
      let gazetteer = try Gazetteer.load(data, source: gazetteerURL.path)
      guard let local else { return gazetteer }
      return Gazetteer(units: gazetteer.units + (try Gazetteer.load(local, source: localURL.path)).units)
    }
  }

  /// Where built data files are kept between runs (the cache folder), if anywhere.
  private var builtDataCache: BuiltDataCache? { cacheDirectory.map { BuiltDataCache(directory: $0) } }

  /// The campaign and task taxonomies and the aligner built from them, read from the cache
  /// when an earlier run built them from the same files (checked then: a file with problems is
  /// never cached).
  private func loadTaxonomies() throws -> (Taxonomy, Taxonomy, PlanAligner) {
    let taxonomyDirectory = dataDirectory.appendingPathComponent("taxonomy")
    let campaignsURL = taxonomyDirectory.appendingPathComponent("campaigns.csv")
    let tasksURL = taxonomyDirectory.appendingPathComponent("tasks.csv")
    let campaignsData = try readData(campaignsURL)
    // A missing tasks.csv is reported after the problems of campaigns.csv, as they are read.
    guard let tasksData = try? readData(tasksURL) else {
      _ = try Taxonomy.load(campaignsData, source: campaignsURL.path)
      throw RunError.missingFile(path: tasksURL.path)
    }
    let aligner = try BuiltDataCache.value(
      "taxonomy", sources: [campaignsData, tasksData], in: builtDataCache, decode: PlanAligner.decode, encode: { $0.encode }
    ) {
      let campaigns = try Taxonomy.load(campaignsData, source: campaignsURL.path)
      return PlanAligner(campaigns: campaigns, tasks: try Taxonomy.load(tasksData, source: tasksURL.path))
    }
    return (aligner.campaigns.taxonomy, aligner.tasks.taxonomy, aligner)
  }

  /// The old→new crosswalk, or an empty one when the data folder has none.
  private func loadCrosswalk() throws -> Crosswalk {
    let crosswalkURL = dataDirectory.appendingPathComponent("crosswalk.csv")
    guard FileManager.default.fileExists(atPath: crosswalkURL.path) else { return Crosswalk() }
    let data = try readData(crosswalkURL)
    return try BuiltDataCache.value(
      "crosswalk", sources: [data], in: builtDataCache, decode: Crosswalk.decode, encode: { $0.encode }
    ) { try Crosswalk.load(data, source: crosswalkURL.path) }
  }

  func readData(_ url: URL) throws -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw RunError.missingFile(path: url.path)
    }
  }
}

/// Problems that stop a run before any plan is read.
public enum RunError: LocalizedError, Equatable, Sendable {
  /// A required data file is missing or unreadable.
  case missingFile(path: String)
  /// The plans folder is missing.
  case missingPlans(path: String)
  /// No plan could be read; the previous reports are left as they were.
  case noPlans(path: String, diagnostics: [Diagnostic])
  /// The output folder is the data folder or inside it.
  case outputInsideData(output: String, data: String)
  /// The plan `--reference` names could not be read.
  case badReference(IngestionError)

  public var errorDescription: String? {
    switch self {
    case .missingFile(let path): return "\(path): cannot read the file"
    case .missingPlans(let path): return "\(path): no plans folder"
    case .noPlans(let path, let diagnostics):
      let why = diagnostics.contains { $0.severity == .error } ? "none of its files could be read as a plan" : "it holds no plan files"
      return "\(path): no plan was read (\(why)); the previous reports are left unchanged"
    case .outputInsideData(let output, let data):
      return "\(output): the reports folder cannot be the data folder \(data) or inside it (it is replaced as a whole); choose another --out, such as Reports"
    case .badReference(let error): return "--reference \(error.description(.en))"
    }
  }
}
