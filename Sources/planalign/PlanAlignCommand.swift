import ArgumentParser
import Foundation
import PlanAlign

/// `planalign`: compares district emulation-and-commendation plans.
@main
struct PlanAlignCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planalign",
    abstract: "Align district emulation-and-commendation plans and write comparison reports.",
    version: versionText(),
    subcommands: [RunCommand.self, ReadCommand.self, TaxonomyCommand.self, GazetteerCommand.self],
    defaultSubcommand: RunCommand.self)

  /// `--version`: the tool, then the gazetteer and taxonomies of the `Data` folder the run
  /// command would read by default (here, or beside the program in a packaged release).
  static func versionText() -> String {
    guard CommandLine.arguments.contains("--version") else { return "planalign \(Versions.tool)" }
    let program = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let candidates = [URL(fileURLWithPath: "Data"), program.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")]
    let data = candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("units.csv").path) } ?? candidates[0]
    return (["planalign \(Versions.tool)"] + Versions.data(data)).joined(separator: "\n")
  }
}
