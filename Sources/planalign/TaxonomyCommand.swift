import ArgumentParser
import Foundation
import PlanAlign

/// `planalign taxonomy check`: validates the taxonomy files staff edit.
struct TaxonomyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "taxonomy", abstract: "Work with the campaign and task taxonomies.",
    subcommands: [Check.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check taxonomy files: columns, IDs, names and aliases claimed by two IDs.")

    @Option(help: "Data folder holding taxonomy/campaigns.csv and taxonomy/tasks.csv.")
    var data = "Data"

    @Argument(help: "Taxonomy files to check instead of the data folder's.")
    var files: [String] = []

    func run() throws {
      let urls = files.isEmpty ? TaxonomyCheck.files(in: URL(fileURLWithPath: data)) : files.map { URL(fileURLWithPath: $0) }
      let problems = TaxonomyCheck.problems(in: urls)
      var printer = DiagnosticsPrinter()
      printer.print(problems.map { Diagnostic(severity: .error, file: $0.file, line: $0.line, message: Message(.detail, .text($0.message))) })
      if printer.hadErrors { throw ExitCode.failure }
      printer.note("\(urls.count) taxonomy files checked, no problems")
    }
  }
}
