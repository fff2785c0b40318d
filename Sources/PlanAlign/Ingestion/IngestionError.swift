import Foundation

/// Why a file could not be read as a plan. The other plans of a run are unaffected.
public enum IngestionError: LocalizedError, Equatable, Sendable {
  /// The file could not be read from disk.
  case unreadable(file: String, reason: String)
  /// The bytes are not text in a supported encoding.
  case undecodable(file: String, reason: String)
  /// The file holds no text.
  case empty(file: String)
  /// The text is not an emulation-and-commendation plan.
  case notAPlan(file: String, reason: String)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .unreadable(let file, _), .undecodable(let file, _), .empty(let file),
      .notAPlan(let file, _):
      return file
    }
  }

  /// The reason, without the file name.
  public var reason: String {
    switch self {
    case .unreadable(_, let reason): return "cannot read the file: \(reason)"
    case .undecodable(_, let reason): return reason
    case .empty: return "the file is empty"
    case .notAPlan(_, let reason): return "not a plan: \(reason)"
    }
  }

  public var errorDescription: String? { "\(file): \(reason)" }
}
