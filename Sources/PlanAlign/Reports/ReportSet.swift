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

  public var errorDescription: String? {
    switch self {
    case .cannotWrite(let path, let reason): return "\(path): cannot write report: \(reason)"
    }
  }
}

/// Writes report files so that a failed run never leaves one half-written: each file goes to
/// a temporary name in the same folder and is then renamed over the old one.
public enum ReportWriter {
  /// Writes every file into `directory`, creating it when missing.
  public static func write(_ files: [ReportFile], to directory: URL) throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw ReportError.cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    for file in files {
      let target = directory.appendingPathComponent(file.name)
      let temporary = directory.appendingPathComponent(".\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp")
      do {
        try file.data.write(to: temporary)
        if rename(temporary.path, target.path) != 0 {
          let reason = String(cString: strerror(errno))
          try? FileManager.default.removeItem(at: temporary)
          throw ReportError.cannotWrite(path: target.path, reason: reason)
        }
      } catch let error as ReportError {
        throw error
      } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw ReportError.cannotWrite(path: target.path, reason: error.localizedDescription)
      }
    }
  }
}
