import Foundation

/// The links from old units to the new units that took over their area (`Data/crosswalk.csv`).
public struct Crosswalk: Sendable {
  /// One link: an old unit, and how much of the new unit's area it accounts for.
  public struct Link: Sendable, Equatable {
    /// `commune`, `district` or `province`.
    public var oldLevel: String
    public var oldCode: String
    /// `full` when the new unit's whole area comes from the old unit, otherwise `partial`.
    public var coverage: String
  }

  /// The links by the new unit's code.
  let byNewCode: [String: [Link]]

  /// An empty crosswalk (no links).
  public init() {
    byNewCode = [:]
  }

  /// Loads `crosswalk.csv`.
  public static func load(_ data: Data, source: String) throws -> Crosswalk {
    let table = try CSVReader.columns(from: data, source: source, required: ["old_level", "old_code", "new_code", "coverage"])
    let level = table.position("old_level"), oldCode = table.position("old_code")
    let newCode = table.position("new_code"), coverage = table.position("coverage")
    var links: [String: [Link]] = [:]
    for row in table.records {
      let value = { (column: Int?) in table.value(at: column, in: row) ?? "" }
      // A new province's code and a new commune's code never collide (two digits against five).
      links[value(newCode), default: []].append(
        Link(oldLevel: value(level), oldCode: value(oldCode), coverage: value(coverage)))
    }
    return Crosswalk(links: links)
  }

  init(links: [String: [Link]]) {
    byNewCode = links
  }

  /// The old units a new unit (by code) took area from.
  public func predecessors(of newCode: String) -> [Link] {
    byNewCode[newCode] ?? []
  }
}
