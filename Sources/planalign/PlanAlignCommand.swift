import ArgumentParser

/// `planalign`: compares district emulation-and-commendation plans.
@main
struct PlanAlignCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planalign",
    abstract: "Align district emulation-and-commendation plans and write comparison reports.",
    subcommands: [RunCommand.self, ReadCommand.self, TaxonomyCommand.self, GazetteerCommand.self],
    defaultSubcommand: RunCommand.self)
}
