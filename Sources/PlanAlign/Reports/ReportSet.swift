import Foundation

/// A finished report file, held in memory until every report of the run is ready.
public struct ReportFile: Equatable, Sendable {
  /// File name inside the output folder, e.g. `plans.csv`.
  public var name: String
  /// The bytes to write.
  public var data: Data

  /// Creates a report file.
  public init(name: String, data: Data) {
    self.name = name
    self.data = data
  }
}

/// Problems writing reports.
public enum ReportError: LocalizedError, Equatable, Sendable {
  /// The output folder could not be created or a file could not be written.
  case cannotWrite(path: String, reason: String)
  /// The output folder holds files that are not reports; nothing is written or removed.
  case foreignFiles(path: String, names: String)

  public var errorDescription: String? {
    switch self {
    case .cannotWrite(let path, let reason): return "\(path): cannot write report: \(reason)"
    case .foreignFiles(let path, let names):
      return "\(path): holds files PlanAlign did not write (\(names)); reports replace the whole folder, so choose an empty or new folder for --out"
    }
  }
}
