import Foundation

/// Which PlanAlign and which data a run used, for `planalign --version` and bug reports.
public enum Versions {
  /// PlanAlign's version.
  public static let tool = "0.17.0"

  /// Lines describing the gazetteer and taxonomies under `dataDirectory`: what they hold, the
  /// official code lists the units come from, and a fingerprint of each file's bytes, so two
  /// machines can tell whether they compare plans against the same data.
  public static func data(_ dataDirectory: URL) -> [String] {
    var lines: [String] = []
    let units = dataDirectory.appendingPathComponent("units.csv")
    if let bytes = FileManager.default.contents(atPath: units.path), let gazetteer = try? Gazetteer.load(bytes, source: units.path) {
      let lists = Set(gazetteer.units.map(\.codeList).filter { !$0.isEmpty }).sorted()
      let current = gazetteer.units.filter(\.isNew).count
      lines.append(
        "gazetteer \(units.path): \(gazetteer.units.count) units (\(current) after the 1 July 2025 reform); "
          + "code lists \(lists.joined(separator: ", ")); fingerprint \(fingerprint(bytes))")
    } else {
      lines.append("gazetteer \(units.path): not found or not readable")
    }
    for name in ["campaigns", "tasks"] {
      let url = dataDirectory.appendingPathComponent("taxonomy").appendingPathComponent(name + ".csv")
      if let bytes = FileManager.default.contents(atPath: url.path), let taxonomy = try? Taxonomy.load(bytes, source: url.path) {
        let aliases = taxonomy.entries.reduce(0) { $0 + $1.aliases.count }
        lines.append("taxonomy \(url.path): \(taxonomy.entries.count) \(name), \(aliases) aliases; fingerprint \(fingerprint(bytes))")
      } else {
        lines.append("taxonomy \(url.path): not found or not readable")
      }
    }
    return lines
  }

  /// 64-bit FNV-1a of `bytes` in hex: enough to tell two data files apart, not a security hash.
  static func fingerprint(_ bytes: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
