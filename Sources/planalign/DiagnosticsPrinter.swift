import Foundation
import PlanAlign

/// Prints diagnostics to standard error as `file:line: severity: message` and remembers
/// whether any was an error, so the command sets its exit status once, at the end.
struct DiagnosticsPrinter {
  private(set) var hadErrors = false

  mutating func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      let place = diagnostic.line.map { "\(diagnostic.file):\($0)" } ?? diagnostic.file
      write("\(place): \(diagnostic.severity.rawValue): \(diagnostic.message)")
      if diagnostic.severity == .error { hadErrors = true }
    }
  }

  mutating func fatal(_ error: Error) {
    hadErrors = true
    write("error: \(error.localizedDescription)")
  }

  func note(_ message: String) {
    write("note: \(message)")
  }

  private func write(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
