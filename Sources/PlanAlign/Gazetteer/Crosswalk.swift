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

  private let byNewCode: [String: [Link]]

  /// An empty crosswalk (no links).
  public init() {
    byNewCode = [:]
  }

  /// Loads `crosswalk.csv`.
  public static func load(_ data: Data, source: String) throws -> Crosswalk {
    let table = try CSVReader.table(from: data, source: source, required: ["old_level", "old_code", "new_code", "coverage"])
    var links: [String: [Link]] = [:]
    for row in table.rows {
      let level = row.values["old_level"] ?? ""
      // A new province's code and a new commune's code never collide (two digits against five).
      links[row.values["new_code"] ?? "", default: []].append(
        Link(oldLevel: level, oldCode: row.values["old_code"] ?? "", coverage: row.values["coverage"] ?? ""))
    }
    return Crosswalk(links: links)
  }

  private init(links: [String: [Link]]) {
    byNewCode = links
  }

  /// The old units a new unit (by code) took area from.
  public func predecessors(of newCode: String) -> [Link] {
    byNewCode[newCode] ?? []
  }
}
