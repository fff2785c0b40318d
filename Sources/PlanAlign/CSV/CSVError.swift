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

  public var errorDescription: String? {
    switch self {
    case .initializationFailed(let code):
      return "libcsv could not start a parser (code \(code))"
    case .malformed(let source, let line, let reason):
      return "\(source):\(line): malformed CSV: \(reason)"
    case .resourceExhausted(let source, let reason):
      return "\(source): \(reason)"
    case .notUTF8(let source, let line):
      return "\(source):\(line): the file is not UTF-8 text"
    case .missingColumn(let source, let column):
      return "\(source):1: missing column “\(column)”"
    case .unknownColumn(let source, let column):
      return "\(source):1: unknown column “\(column)”"
    }
  }
}
