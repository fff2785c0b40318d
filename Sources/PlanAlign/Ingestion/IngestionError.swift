import Foundation

/// Why a file could not be read as a plan. The other plans of a run are unaffected.
public enum IngestionError: LocalizedError, Equatable, Sendable {
  /// The file could not be read from disk.
  case unreadable(file: String, reason: Message)
  /// The bytes are not text in a supported encoding.
  case undecodable(file: String, reason: Message)
  /// The file holds no text.
  case empty(file: String)
  /// The text is not an emulation-and-commendation plan.
  case notAPlan(file: String, reason: Message)

  /// The file is in a format PlanAlign does not read.
  case unsupportedFormat(file: String, format: Message)
  /// A program needed to read the file is not installed.
  case missingProgram(file: String, program: String, package: String)
  /// A program that reads the file failed or took too long.
  case conversionFailed(file: String, reason: Message)
  /// The file is beyond one of the ``Limits``.
  case tooLarge(file: String, reason: Message)

  /// The error for text that could not be decoded.
  init(file: String, decoding error: TextDecodingError) {
    switch error {
    case .empty: self = .empty(file: file)
    default: self = .undecodable(file: file, reason: error.message)
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
  public var reason: Message {
    switch self {
    case .unreadable(_, let reason): return Message(.cannotReadFile, .message(reason))
    case .undecodable(_, let reason): return reason
    case .empty: return Message(.fileEmpty)
    case .notAPlan(_, let reason): return Message(.notAPlan, .message(reason))
    case .unsupportedFormat(_, let format): return Message(.unsupportedFormat, .message(format))
    case .missingProgram(_, let program, let package): return Message(.missingProgram, .text(program), .text(package))
    case .conversionFailed(_, let reason): return reason
    case .tooLarge(_, let reason): return Message(.tooLarge, .message(reason))
    }
  }

  /// The file and the reason in `language`: `a.pdf: không đọc được tệp: …`.
  public func description(_ language: Language) -> String { Message(.failedFile, .text(file), .message(reason)).text(language) }

  public var errorDescription: String? { description(.en) }
}
