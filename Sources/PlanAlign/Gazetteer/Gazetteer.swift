import Foundation

/// An administrative unit from `Data/units.csv`: a province, an old district-level unit or a
/// commune-level unit, with the period it existed in.
public struct AdministrativeUnit: Equatable, Hashable, Sendable {
  /// Official code (text, leading zeros kept: `00070`); empty for a unit staff added without one.
  public var code: String
  /// Name without its type word (“Long Biên”).
  public var name: String
  /// Type as written in Vietnamese: tỉnh, thành phố trực thuộc trung ương, quận, huyện, thị xã,
  /// thành phố thuộc tỉnh, phường, xã, thị trấn, đặc khu.
  public var type: String
  /// `province`, `district` or `commune`.
  public var level: String
  /// The province's code and name.
  public var provinceCode: String
  public var province: String
  /// Whether the unit belongs to the units in force from 1 July 2025.
  public var isNew: Bool
  /// The code list the row comes from.
  public var codeList: String
  /// Other spellings staff added (`aliases`, separated by `|`).
  public var aliases: [String]

  /// Creates a unit.
  public init(
    code: String, name: String, type: String, level: String, provinceCode: String, province: String,
    isNew: Bool, codeList: String = "", aliases: [String] = []
  ) {
    self.code = code
    self.name = name
    self.type = type
    self.level = level
    self.provinceCode = provinceCode
    self.province = province
    self.isNew = isNew
    self.codeList = codeList
    self.aliases = aliases
  }

  /// The short type a plan writes before the name (“thành phố” for both kinds of city).
  public var shortType: String {
    type.hasPrefix("thành phố") ? "thành phố" : type
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
    case .emptyName(let source, let line): return "\(source):\(line): a unit has no name"
    case .unknownUnitType(let source, let line, let value):
      return "\(source):\(line): unknown unit type “\(value)” (use \(Gazetteer.typeNames.joined(separator: ", ")))"
    }
  }
}

/// The gazetteer of units before and after the 2025 reform, indexed once by matching key.
public struct Gazetteer: Sendable {
  /// The unit types, as `units.csv` writes them.
  public static let typeNames = [
    "tỉnh", "thành phố trực thuộc trung ương", "quận", "huyện", "thị xã", "thành phố thuộc tỉnh", "phường", "xã",
    "thị trấn", "đặc khu",
  ]

  /// The type words a plan writes before a unit's name, by matching key (display form as value).
  public static let unitTypes: [String: String] = Dictionary(
    uniqueKeysWithValues: ["quận", "huyện", "thị xã", "thành phố", "tỉnh", "phường", "xã", "thị trấn", "đặc khu"]
      .map { (TextFolding.matchKey($0), $0) })

  /// Every unit, in file order.
  public let units: [AdministrativeUnit]
  /// The units by matching key of their names and aliases.
  let names: NameIndex
  /// The longest unit name, in words.
  public let longestNameWords: Int

  /// Creates a gazetteer from units.
  public init(units: [AdministrativeUnit]) {
    var spellings: [(position: Int, words: [String])] = []
    spellings.reserveCapacity(units.count)
    for (position, unit) in units.enumerated() {
      spellings.append((position, TextFolding.matchTokens(unit.name)))
      for alias in unit.aliases { spellings.append((position, TextFolding.matchTokens(alias))) }
    }
    self.init(units: units, names: NameIndex(spellings))
  }

  /// A gazetteer from units and the index of their names (read back from the cache).
  init(units: [AdministrativeUnit], names: NameIndex) {
    self.units = units
    self.names = names
    longestNameWords = names.longestKeyWords
  }

  /// Loads `units.csv` (see the README for its columns).
  public static func load(_ data: Data, source: String) throws -> Gazetteer {
    let table = try CSVReader.columns(
      from: data, source: source, required: ["code", "name", "type", "level", "province"],
      known: ["code", "name", "type", "level", "province_code", "province", "valid_from", "valid_to", "parent_code",
              "code_list", "aliases", "note"])
    let code = table.position("code"), nameColumn = table.position("name"), typeColumn = table.position("type")
    let level = table.position("level"), provinceCode = table.position("province_code")
    let province = table.position("province"), validToColumn = table.position("valid_to")
    let codeList = table.position("code_list"), aliases = table.position("aliases")
    // Looked up once a row (a national list has 14,000): a set, not ten string comparisons.
    let knownTypes = Set(typeNames)
    var units: [AdministrativeUnit] = []
    units.reserveCapacity(table.records.count)
    for row in table.records {
      let value = { (column: Int?) in table.value(at: column, in: row) ?? "" }
      let name = Markup.collapseSpaces(value(nameColumn))
      guard !name.isEmpty else { throw GazetteerError.emptyName(source: source, line: row.line) }
      let type = Markup.collapseSpaces(value(typeColumn))
      guard knownTypes.contains(type) else {
        throw GazetteerError.unknownUnitType(source: source, line: row.line, value: type)
      }
      let validTo = value(validToColumn)
      units.append(
        AdministrativeUnit(
          code: value(code), name: name, type: type, level: value(level),
          provinceCode: value(provinceCode), province: Markup.collapseSpaces(value(province)),
          isNew: validTo.isEmpty || validTo > "2025-06-30", codeList: value(codeList),
          aliases: value(aliases).split(separator: "|").map { Markup.collapseSpaces(String($0)) }
            .filter { !$0.isEmpty }))
    }
    return Gazetteer(units: units)
  }

  /// The units whose name or alias has exactly this matching key.
  public func units(matchingKey key: String) -> [AdministrativeUnit] {
    names.positions(ofKey: key).map { units[Int($0)] }
  }

  /// Units whose name is `key` with at most one misread letter in a word of four letters or
  /// more (OCR), for the header lines that name the issuer.
  func units(resembling key: String) -> [AdministrativeUnit] {
    let words = key.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    // Words of three letters or fewer must be exact: “sen” is not “sơn”. (Counted once, not
    // for every name the words are compared with.)
    let mayDiffer = words.map { $0.count >= 4 }
    let found = names.positions(ofKeysWithWordCount: words.count) { index, name in
      words[index] == name || (mayDiffer[index] && TaxonomyMatcher.similar(words[index], name))
    }
    return found.map { units[Int($0)] }.sorted { ($0.code, $0.name) < ($1.code, $1.name) }
  }
}
