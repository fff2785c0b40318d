import ArgumentParser
import Foundation
import PlanAlign

/// `planalign gazetteer build`: regenerates `Data/units.csv` and `Data/crosswalk.csv` from the
/// official unit lists.
struct GazetteerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gazetteer", abstract: "Maintain the gazetteer of administrative units.",
    subcommands: [Build.self])

  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write units.csv and crosswalk.csv into the data folder from the official lists.")

    @Option(help: "Folder holding provinces-2025.csv, communes-2025.csv, districts-before-2025.csv, communes-before-2025.csv.")
    var from = "../shared/gazetteer"

    @Option(help: "Data folder to write units.csv and crosswalk.csv into.")
    var data = "Data"

    func run() throws {
      let built = try GazetteerBuilder.build(from: URL(fileURLWithPath: from))
      let writer = CSVWriter(byteOrderMark: false)
      try ReportWriter.write(
        [ReportFile(name: "units.csv", data: writer.data(built.units)),
         ReportFile(name: "crosswalk.csv", data: writer.data(built.crosswalk))],
        to: URL(fileURLWithPath: data))
      DiagnosticsPrinter().note("\(built.units.rows.count) units and \(built.crosswalk.rows.count) crosswalk links written to \(data)/")
    }
  }
}
