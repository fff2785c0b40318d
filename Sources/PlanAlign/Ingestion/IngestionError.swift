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

  /// The file is in a format PlanAlign does not read.
  case unsupportedFormat(file: String, format: String)
  /// A program needed to read the file is not installed.
  case missingProgram(file: String, program: String, package: String)
  /// A program that reads the file failed or took too long.
  case conversionFailed(file: String, reason: String)
  /// The file is beyond one of the ``Limits``.
  case tooLarge(file: String, reason: String)

  /// The error for text that could not be decoded.
  init(file: String, decoding error: TextDecodingError) {
    switch error {
    case .empty: self = .empty(file: file)
    default: self = .undecodable(file: file, reason: error.localizedDescription)
    }
  }

  /// The file the error is about.
  public var file: String {
    switch self {
    case .unreadable(let file, _), .undecodable(let file, _), .empty(let file),
      .notAPlan(let file, _), .unsupportedFormat(let file, _), .missingProgram(let file, _, _),
      .conversionFailed(let file, _), .tooLarge(let file, _):
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
    case .unsupportedFormat(_, let format): return "unsupported format (\(format)); plans are read from .docx, .doc, .odt, .rtf, .pdf and text files"
    case .missingProgram(_, let program, let package):
      return "\(program) is needed to read this file and is not installed (install it with: apt-get install \(package))"
    case .conversionFailed(_, let reason): return reason
    case .tooLarge(_, let reason): return "too large to be a plan: \(reason)"
    }
  }

  public var errorDescription: String? { "\(file): \(reason)" }
}
