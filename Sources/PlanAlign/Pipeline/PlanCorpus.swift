import Foundation

/// The outcome of reading one plan file.
public enum PlanOutcome: Sendable {
  /// The plan was read.
  case plan(Plan)
  /// The file could not be read as a plan.
  case failure(IngestionError)
}

/// What is found in a plans folder: the files to read, and the files skipped on purpose
/// (hidden files, Office lock files) or refused (an unsupported format), each reported.
public struct PlanFolder: Sendable {
  /// Plan files to read, by relative path (sorted).
  public var files: [(url: URL, name: String)]
  /// Files left out with a note: hidden files and Office lock files (`~$plan.docx`).
  public var skipped: [String]
  /// Files refused because their format is not read.
  public var unsupported: [IngestionError]
  /// Entries that are not regular files (pipes, sockets, devices), refused without reading.
  public var unreadable: [IngestionError] = []
  /// Keeps the links to files whose names are not UTF-8 until the folder is read.
  var lister: DirectoryLister?
}

/// Finds and reads every plan under a data folder, concurrently, in a stable order.
public enum PlanCorpus {
  /// Every file under `directory`, recursively: plans to read, files skipped, files refused.
  /// Names are paths relative to `directory` (`2024/long-bien.docx`).
  public static func scan(_ directory: URL) throws -> PlanFolder {
    var folder = PlanFolder(files: [], skipped: [], unsupported: [])
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CocoaError(.fileNoSuchFile)
    }
    var pending = [(directory, "")]
    var visited: Set<String> = [directory.resolvingSymlinksInPath().path]
    let lister = DirectoryLister()
    folder.lister = lister
    while let (url, prefix) = pending.popLast() {
      for entry in lister.entries(of: url) ?? [] {
        let name = entry.name
        let relative = prefix + name
        let child = entry.url
        if name.hasPrefix(".") || name.hasPrefix("~$") {
          folder.skipped.append(relative)
          continue
        }
        var childIsDirectory: ObjCBool = false
        _ = manager.fileExists(atPath: child.path, isDirectory: &childIsDirectory)
        if childIsDirectory.boolValue {
          if visited.insert(child.resolvingSymlinksInPath().path).inserted { pending.append((child, relative + "/")) }
          continue
        }
        // A pipe or a device would block the run or never end: only regular files are read.
        var status = stat()
        if stat(child.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
          folder.unreadable.append(.unreadable(file: relative, reason: Message(.notRegularFile)))
          continue
        }
        let suffix = (name as NSString).pathExtension.lowercased()
        if suffix.isEmpty || DocumentReader.planExtensions.contains(suffix) {
          folder.files.append((child, relative))
        } else {
          folder.unsupported.append(.unsupportedFormat(file: relative, format: Message(.fileExtension, .text(suffix))))
        }
      }
    }
    folder.files.sort { $0.name < $1.name }
    folder.unsupported.sort { $0.file < $1.file }
    folder.skipped.sort()
    return folder
  }

  /// Reads `files` concurrently (each plan independently) and returns outcomes in file order.
  /// Copies of one unit's plan for a year are told apart (see ``distinguishCopies(_:)``).
  public static func ingest(
    _ files: [(url: URL, name: String)], gazetteer: Gazetteer, reader: DocumentReader = DocumentReader(),
    excerpts: SpoolFile? = nil
  ) async -> [PlanOutcome] {
    await ingest(files, gazetteer: { gazetteer }, reader: reader, excerpts: excerpts) ?? []
  }

  /// Reads `files` as ``ingest(_:gazetteer:reader:excerpts:)`` does while the gazetteer is
  /// still loading: each plan is read, and its structure, items and mentions found, before
  /// `gazetteer` is awaited to name its issuer. `nil` when the gazetteer could not be loaded
  /// (its error is the caller's to report) or the task was cancelled.
  public static func ingest(
    _ files: [(url: URL, name: String)], gazetteer: @escaping @Sendable () async throws -> Gazetteer,
    reader: DocumentReader = DocumentReader(), excerpts: SpoolFile? = nil
  ) async -> [PlanOutcome]? {
    var outcomes = [PlanOutcome?](repeating: nil, count: files.count)
    let pool = TextPool()
    let finished = await withTaskGroup(of: (Int, PlanOutcome?).self) { group in
      for (index, file) in files.enumerated() {
        group.addTask {
          guard !Task.isCancelled else { return (index, nil) }
          let draft: PlanIngestor.Draft
          do throws(IngestionError) {
            draft = PlanIngestor.draft(document: try reader.read(contentsOf: file.url, file: file.name), file: file.name)
          } catch {
            return (index, .failure(error))
          }
          guard let gazetteer = try? await gazetteer() else { return (index, nil) }
          do throws(IngestionError) {
            var plan = try PlanIngestor(gazetteer: gazetteer, excerpts: excerpts).finish(draft)
            plan.shareTexts(pool)
            return (index, .plan(plan))
          } catch {
            return (index, .failure(error))
          }
        }
      }
      var complete = true
      for await (index, outcome) in group {
        outcomes[index] = outcome
        if outcome == nil { complete = false }
      }
      return complete
    }
    return finished ? distinguishCopies(outcomes.compactMap { $0 }) : nil
  }

  /// Aligns `plans` concurrently (each plan independently), in the order given.
  public static func align(_ plans: [Plan], with aligner: PlanAligner) async -> [AlignedPlan] {
    var aligned = [AlignedPlan?](repeating: nil, count: plans.count)
    await withTaskGroup(of: (Int, AlignedPlan).self) { group in
      for (index, plan) in plans.enumerated() {
        group.addTask { (index, aligner.align(plan)) }
      }
      for await (index, plan) in group { aligned[index] = plan }
    }
    return aligned.compactMap { $0 }
  }

  /// Two files of one unit and year: the same text is a duplicate, left out with a warning on
  /// the plan it copies; a different text is another version, kept under `<id>-v2` with a
  /// warning on both. IDs stay unique whatever the names.
  static func distinguishCopies(_ outcomes: [PlanOutcome]) -> [PlanOutcome] {
    var result: [PlanOutcome] = []
    var firstIndex: [String: Int] = [:]
    var taken: Set<String> = []
    for outcome in outcomes {
      guard case .plan(var plan) = outcome else {
        result.append(outcome)
        continue
      }
      guard let index = firstIndex[plan.id], case .plan(var first) = result[index] else {
        firstIndex[plan.id] = result.count
        taken.insert(plan.id)
        result.append(.plan(plan))
        continue
      }
      if first.textDigest == plan.textDigest {
        first.warnings.append(PlanWarning(
          severity: .warning, code: "duplicate_file",
          message: Message(.duplicateFile, .text(plan.sourceFile)), line: nil))
        result[index] = .plan(first)
        continue
      }
      var version = 2
      while taken.contains("\(plan.id)-v\(version)") { version += 1 }
      let baseID = plan.id
      plan.id = "\(baseID)-v\(version)"
      taken.insert(plan.id)
      let describe = { (plan: Plan) -> Message.Value in
        let parts: [Message.Value] = [
          .text(plan.sourceFile), plan.documentNumber.isEmpty ? nil : .message(Message(.planNumber, .text(plan.documentNumber))),
          plan.issuedOn.map { .message(Message(.planDate, .date($0))) },
        ].compactMap { $0 }
        return .names(vi: parts.map { $0.text(.vi) }.joined(separator: ", "), en: parts.map { $0.text(.en) }.joined(separator: ", "))
      }
      let message = Message(.planVersions, "\(plan.year)", describe(first), .text(baseID), describe(plan), .text(plan.id))
      first.warnings.append(PlanWarning(severity: .warning, code: "plan_versions", message: message, line: nil))
      plan.warnings.append(PlanWarning(severity: .warning, code: "plan_versions", message: message, line: nil))
      result[index] = .plan(first)
      result.append(.plan(plan))
    }
    return result
  }
}
