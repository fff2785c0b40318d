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
