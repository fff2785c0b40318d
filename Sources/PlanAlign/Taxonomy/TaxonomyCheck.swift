import Foundation

/// Checks the taxonomy files of a data folder (`taxonomy/campaigns.csv`, `taxonomy/tasks.csv`).
public enum TaxonomyCheck {
  /// The taxonomy files under a data folder.
  public static func files(in dataDirectory: URL) -> [URL] {
    let folder = dataDirectory.appendingPathComponent("taxonomy")
    return ["campaigns.csv", "tasks.csv"].map { folder.appendingPathComponent($0) }
  }

  /// Every problem in the given files; a file that cannot be read or parsed is one problem.
  public static func problems(in files: [URL]) -> [TaxonomyProblem] {
    var problems: [TaxonomyProblem] = []
    for url in files {
      let name = url.path
      guard let data = try? Data(contentsOf: url) else {
        problems.append(TaxonomyProblem(file: name, line: 1, message: "cannot read the file"))
        continue
      }
      do {
        problems += try Taxonomy.check(data, source: name).1
      } catch let error as CSVError {
        problems.append(TaxonomyProblem(file: name, line: error.line ?? 1, message: error.reason))
      } catch {
        problems.append(TaxonomyProblem(file: name, line: 1, message: error.localizedDescription))
      }
    }
    return problems
  }
}

extension CSVError {
  /// The line the error points at, when it has one.
  public var line: Int? {
    switch self {
    case .malformed(_, let line, _), .notUTF8(_, let line): return line
    case .missingColumn, .unknownColumn: return 1
    case .initializationFailed, .resourceExhausted: return nil
    }
  }

  /// The message without the file and line.
  public var reason: String {
    switch self {
    case .malformed(_, _, let reason): return "malformed CSV: \(reason)"
    case .notUTF8: return "the file is not UTF-8 text"
    case .missingColumn(_, let column): return "missing column “\(column)”"
    case .unknownColumn(_, let column): return "unknown column “\(column)”"
    case .initializationFailed, .resourceExhausted: return errorDescription ?? "CSV error"
    }
  }
}
