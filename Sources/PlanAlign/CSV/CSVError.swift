import Foundation

/// A problem reading or writing CSV through libcsv.
public enum CSVError: LocalizedError, Equatable, Sendable {
  /// `csv_init` failed; the associated value is libcsv's error code.
  case initializationFailed(code: Int32)
  /// The input is not well-formed CSV (strict mode); carries the source, physical line and reason.
  case malformed(source: String, line: Int, reason: String)
  /// libcsv ran out of memory or was asked for a buffer larger than it can hold.
  case resourceExhausted(source: String, reason: String)
  /// The bytes are not valid UTF-8.
  case notUTF8(source: String, line: Int)
  /// A required column is absent from the header row.
  case missingColumn(source: String, column: String)
  /// A header names a column the reader does not know.
  case unknownColumn(source: String, column: String)

  /// The file the error is about, when there is one.
  public var source: String? {
    switch self {
    case .malformed(let source, _, _), .resourceExhausted(let source, _), .notUTF8(let source, _),
      .missingColumn(let source, _), .unknownColumn(let source, _):
      return source
    case .initializationFailed: return nil
    }
  }

  /// The line the error points at, when it has one (the header is line 1).
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
    case .initializationFailed(let code): return "libcsv could not start a parser (code \(code))"
    case .malformed(_, _, let reason): return "malformed CSV: \(reason)"
    case .resourceExhausted(_, let reason): return reason
    case .notUTF8: return "the file is not UTF-8 text"
    case .missingColumn(_, let column): return "missing column “\(column)”"
    case .unknownColumn(_, let column): return "unknown column “\(column)”"
    }
  }

  /// `file:line: reason`, leaving out what the error does not know.
  public var errorDescription: String? {
    let place = [source, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
    return place.isEmpty ? reason : "\(place): \(reason)"
  }
}
