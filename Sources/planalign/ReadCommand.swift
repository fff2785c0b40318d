import ArgumentParser
import Foundation
import PlanAlign

/// `planalign read FILE…`: shows what the tool reads from a plan file (paragraphs, lines,
/// table rows, each with its place in the original), to check a Word, PDF or scanned file.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Show the paragraphs and table rows read from plan files.")

  @Argument(help: "Plan files (.txt, .docx, .doc, .odt, .rtf, .pdf).")
  var files: [String]

  @Option(help: "Language of the reading notes and messages: vi (Vietnamese, default) or en.")
  var lang = "vi"

  func validate() throws {
    guard ["vi", "en"].contains(lang) else { throw ValidationError("--lang must be vi or en.") }
  }

  func run() throws {
    var printer = DiagnosticsPrinter(language: Language(code: lang))
    let reader = DocumentReader()
    for file in files {
      do throws(IngestionError) {
        let document = try reader.read(contentsOf: URL(fileURLWithPath: file), file: file)
        var output = ""
        DocumentListing.write(document, file: file, language: printer.language, to: &output)
        FileHandle.standardOutput.write(Data(output.utf8))
      } catch {
        printer.print([Diagnostic(severity: .error, file: error.file, message: error.reason)])
      }
    }
    if printer.hadErrors { throw ExitCode.failure }
  }
}
