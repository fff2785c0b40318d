import Foundation
import PlanAlign

/// Prints diagnostics to standard error as `file:line: severity: message`, the message in the
/// language `--lang` chose, and remembers whether any was an error, so the command sets its
/// exit status once, at the end. The severity word stays English, as compilers write it, so
/// that editors and scripts that read `file:line: error:` still find it.
struct DiagnosticsPrinter {
  private(set) var hadErrors = false
  /// The language of the messages.
  var language: Language = .vi

  /// Prints `diagnostics`; the notes that a plan lacks a task most plans schedule — one per
  /// plan and task, thousands on a large corpus — are summed up in one line (each is in
  /// `warnings.csv`).
  mutating func print(_ diagnostics: [Diagnostic]) {
    let gaps = diagnostics.filter { $0.code == "coverage_gap" }
    for diagnostic in diagnostics where diagnostic.code != "coverage_gap" {
      let place = diagnostic.line.map { "\(diagnostic.file):\($0)" } ?? diagnostic.file
      write("\(place): \(diagnostic.severity.rawValue): \(diagnostic.message.text(language))")
      if diagnostic.severity == .error { hadErrors = true }
    }
    if !gaps.isEmpty {
      let plans = Set(gaps.map(\.file)).count
      note(Message(.coverageGapSummary, .count(gaps.count), .count(plans)))
    }
  }

  mutating func fatal(_ error: Error) {
    hadErrors = true
    write("error: \(error.localizedDescription)")
  }

  func note(_ message: String) {
    write("note: \(message)")
  }

  func note(_ message: Message) {
    note(message.text(language))
  }

  /// On a terminal, a callback that rewrites one status line on standard error; `nil` otherwise.
  static func progressLine() -> (@Sendable (String) -> Void)? {
    guard isatty(STDERR_FILENO) != 0 else { return nil }
    return { message in
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + TerminalText.safe(String(message.prefix(100)))).utf8))
    }
  }

  /// Clears the status line before the diagnostics are printed.
  static func endProgress(_ shown: Bool) {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  /// One line, with control characters and terminal escapes from plan text or file names
  /// (a newline in a name, `ESC ]0;…` that sets the window title) shown escaped.
  private func write(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
  }
}
