import Foundation

/// A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) from the gazetteer.
public struct District: Equatable, Hashable, Sendable {
  /// Canonical Vietnamese name, e.g. “Đống Đa”.
  public var name: String
  /// Unit type as written in Vietnamese: “quận”, “huyện”, “thị xã” or “thành phố”.
  public var unitType: String
  /// Province or centrally governed city, e.g. “Hà Nội”; empty when unknown.
  public var province: String
  /// Other spellings of the name that should resolve to this unit.
  public var aliases: [String]

  /// Creates a district.
  public init(name: String, unitType: String, province: String, aliases: [String] = []) {
    self.name = name
    self.unitType = unitType
    self.province = province
    self.aliases = aliases
  }
}

/// Problems in the gazetteer file.
public enum GazetteerError: LocalizedError, Equatable, Sendable {
  /// A row has an empty name.
  case emptyName(source: String, line: Int)
  /// A row gives a unit type the tool does not know.
  case unknownUnitType(source: String, line: Int, value: String)

  public var errorDescription: String? {
    switch self {
    case .emptyName(let source, let line): return "\(source):\(line): a district has no name"
    case .unknownUnitType(let source, let line, let value):
      return "\(source):\(line): unknown unit type “\(value)” (use quận, huyện, thị xã or thành phố)"
    }
  }
}

/// The district gazetteer, indexed once by matching key for lookups from plan text.
public struct Gazetteer: Sendable {
  /// The unit types a gazetteer row may have, keyed by matching key (display form as value).
  public static let unitTypes: [String: String] = Dictionary(
    uniqueKeysWithValues: ["quận", "huyện", "thị xã", "thành phố"].map { (TextFolding.matchKey($0), $0) })

  /// Every district, in file order.
  public let districts: [District]
  private let byKey: [String: [Int]]
  /// The longest district name, in words; bounds how far a lookup reads ahead.
  public let longestNameWords: Int

  /// Creates a gazetteer from districts.
  public init(districts: [District]) {
    self.districts = districts
    var index: [String: [Int]] = [:]
    var longest = 1
    for (position, district) in districts.enumerated() {
      for spelling in [district.name] + district.aliases {
        let key = TextFolding.matchKey(spelling)
        guard !key.isEmpty else { continue }
        if index[key]?.contains(position) != true { index[key, default: []].append(position) }
        longest = max(longest, key.split(separator: " ").count)
      }
    }
    byKey = index
    longestNameWords = longest
  }

  /// Loads `districts.csv` (columns `name`, `unit_type`, `province`, optional `aliases`
  /// separated by `|`).
  public static func load(_ data: Data, source: String) throws -> Gazetteer {
    let table = try CSVReader.table(
      from: data, source: source, required: ["name", "unit_type", "province"],
      known: ["name", "unit_type", "province", "aliases", "note"])
    var districts: [District] = []
    for row in table.rows {
      let name = Markup.collapseSpaces(row.values["name"] ?? "")
      guard !name.isEmpty else { throw GazetteerError.emptyName(source: source, line: row.line) }
      let rawType = row.values["unit_type"] ?? ""
      guard let unitType = unitTypes[TextFolding.matchKey(rawType)] else {
        throw GazetteerError.unknownUnitType(source: source, line: row.line, value: rawType)
      }
      let aliases = (row.values["aliases"] ?? "").split(separator: "|")
        .map { Markup.collapseSpaces(String($0)) }.filter { !$0.isEmpty }
      districts.append(
        District(
          name: name, unitType: unitType,
          province: Markup.collapseSpaces(row.values["province"] ?? ""), aliases: aliases))
    }
    return Gazetteer(districts: districts)
  }

  /// The districts whose name or alias has exactly this matching key.
  public func districts(matchingKey key: String) -> [District] {
    (byKey[key] ?? []).map { districts[$0] }
  }
}
