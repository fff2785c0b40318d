import Foundation

/// The outcome of reading one plan file.
public enum PlanOutcome: Sendable {
  /// The plan was read.
  case plan(Plan)
  /// The file could not be read as a plan.
  case failure(IngestionError)
}

/// Finds and reads every plan under a data folder, concurrently, in a stable order.
public enum PlanCorpus {
  /// File extensions read as plans.
  public static let planExtensions: Set<String> = ["txt", "md", "text"]

  /// The plan files directly under `directory`, sorted by name; hidden files are skipped.
  public static func planFiles(in directory: URL) throws -> [URL] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    return names.filter { !$0.hasPrefix(".") && planExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
      .sorted().map { directory.appendingPathComponent($0) }
  }

  /// Reads `files` concurrently (each plan independently) and returns outcomes in file order.
  /// Plan IDs that collide (two plans of one district and year) get `-2`, `-3`… in file order.
  public static func ingest(_ files: [URL], gazetteer: Gazetteer) async -> [PlanOutcome] {
    let ingestor = PlanIngestor(gazetteer: gazetteer)
    var outcomes = [PlanOutcome?](repeating: nil, count: files.count)
    await withTaskGroup(of: (Int, PlanOutcome).self) { group in
      for (index, url) in files.enumerated() {
        group.addTask {
          do throws(IngestionError) {
            return (index, .plan(try ingestor.ingest(contentsOf: url, file: url.lastPathComponent)))
          } catch {
            return (index, .failure(error))
          }
        }
      }
      for await (index, outcome) in group { outcomes[index] = outcome }
    }
    var seen: [String: Int] = [:]
    return outcomes.compactMap { outcome in
      guard case .plan(var plan) = outcome else { return outcome }
      let count = (seen[plan.id] ?? 0) + 1
      seen[plan.id] = count
      if count > 1 { plan.id += "-\(count)" }
      return .plan(plan)
    }
  }
}
