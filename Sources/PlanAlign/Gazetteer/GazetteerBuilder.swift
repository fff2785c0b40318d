import Foundation

/// Builds the project's gazetteer (`Data/units.csv`) and the crosswalk across the 2025 reform
/// (`Data/crosswalk.csv`) from the official lists: the 34 provinces and 3,321 commune-level
/// units in force from 1 July 2025, and the 691 district-level units and 10,047 communes before
/// it with the new communes that took each over (see `../shared/gazetteer/README.md`).
public enum GazetteerBuilder {
  /// The official files, by name, in the folder given to ``build(from:)``.
  public static let sourceFiles = [
    "provinces-2025.csv", "communes-2025.csv", "districts-before-2025.csv", "communes-before-2025.csv",
  ]

  /// The first day of the new units; the old ones end the day before.
  static let reform = "2025-07-01", lastOldDay = "2025-06-30"

  /// The code lists the rows come from, as recorded in `units.csv` (`code_list`).
  static let newProvinceList = "915/CTK-CSCL (2025)"
  static let newCommuneList = "1027/CTK-CSCL (25/6/2025)"
  static let oldList = "danh mục trước 1/7/2025"

  /// `units.csv` and `crosswalk.csv` built from the official files in `folder`.
  public static func build(from folder: URL) throws -> (units: CSVTable, crosswalk: CSVTable) {
    func read(_ name: String, _ columns: [String]) throws -> [[String: String]] {
      let url = folder.appendingPathComponent(name)
      let data: Data
      do { data = try Data(contentsOf: url) } catch { throw RunError.missingFile(path: url.path) }
      return try CSVReader.table(from: data, source: url.path, required: columns).rows.map(\.values)
    }
    let provinces = try read("provinces-2025.csv", ["code", "name", "type"])
    let communes = try read("communes-2025.csv", ["code", "name", "type", "province_code", "province"])
    let districts = try read("districts-before-2025.csv", ["code", "name", "type", "province_code", "province"])
    let oldCommunes = try read(
      "communes-before-2025.csv",
      ["code", "name", "type", "district_code", "district", "province_code", "province", "successor_codes"])

    var rows: [[CSVCell]] = []
    func add(
      _ code: String, _ name: String, _ type: String, _ level: String, _ provinceCode: String, _ province: String,
      from: String, to: String, parent: String = "", list: String
    ) {
      rows.append([
        .value(code), .text(name), .text(type), .value(level), .value(provinceCode), .text(province),
        .value(from), .value(to), .value(parent), .text(list),
      ])
    }
    let newProvinceTypes = Dictionary(uniqueKeysWithValues: provinces.map { ($0["code"] ?? "", ($0["name"] ?? "", $0["type"] ?? "")) })
    for province in provinces {
      let type = province["type"] == "thành phố" ? "thành phố trực thuộc trung ương" : "tỉnh"
      add(province["code"] ?? "", province["name"] ?? "", type, "province", province["code"] ?? "", province["name"] ?? "",
          from: reform, to: "", list: newProvinceList)
    }
    // The 63 provinces before the reform, as the district list names them; a city then kept its
    // name and code as a centrally governed city after it.
    var oldProvinces: [String: String] = [:]
    for district in districts { oldProvinces[district["province_code"] ?? ""] = district["province"] ?? "" }
    for (code, name) in oldProvinces.sorted(by: { $0.key < $1.key }) {
      let city = newProvinceTypes[code].map { $0.0 == name && $0.1 == "thành phố" } ?? false
      add(code, name, city ? "thành phố trực thuộc trung ương" : "tỉnh", "province", code, name,
          from: "", to: lastOldDay, list: oldList)
    }
    for district in districts {
      var (name, type) = typed(district["name"] ?? "", district["type"] ?? "")
      if type == "thành phố" { type = "thành phố thuộc tỉnh" }
      add(district["code"] ?? "", name, type, "district", district["province_code"] ?? "",
          district["province"] ?? "", from: "", to: lastOldDay, list: oldList)
    }
    for commune in communes {
      add(commune["code"] ?? "", commune["name"] ?? "", commune["type"] ?? "", "commune", commune["province_code"] ?? "",
          commune["province"] ?? "", from: reform, to: "", list: newCommuneList)
    }
    for commune in oldCommunes {
      let (name, type) = typed(commune["name"] ?? "", commune["type"] ?? "")
      add(commune["code"] ?? "", name, type, "commune", commune["province_code"] ?? "",
          commune["province"] ?? "", from: "", to: lastOldDay, parent: commune["district_code"] ?? "", list: oldList)
    }
    let units = CSVTable(
      header: ["code", "name", "type", "level", "province_code", "province", "valid_from", "valid_to", "parent_code", "code_list"],
      rows: rows)
    let provinceNames = Dictionary(uniqueKeysWithValues: provinces.map { ($0["code"] ?? "", $0["name"] ?? "") })
    return (units, crosswalk(oldCommunes: oldCommunes, newCommunes: communes, provinceNames: provinceNames))
  }

  /// A few official rows leave the type blank and write it into the name (“Thị Xã Buôn Hồ”,
  /// “Thị Trấn Ngọc Lặc”): the type is taken back out of the name.
  static func typed(_ name: String, _ type: String) -> (name: String, type: String) {
    guard type.isEmpty else { return (name, type) }
    let words = ["thành phố", "thị xã", "thị trấn", "quận", "huyện", "phường", "xã"]
    guard let word = words.first(where: { name.lowercased().hasPrefix($0 + " ") }) else { return (name, type) }
    return (String(name.dropFirst(word.count + 1)), word)
  }

  /// Old unit → new unit for communes, districts and provinces. `coverage` is `full` when the
  /// new unit's whole area comes from the old one, `partial` when it also took area from others;
  /// `shared_communes` counts the old communes (wholly or in part) behind the link.
  static func crosswalk(
    oldCommunes: [[String: String]], newCommunes: [[String: String]], provinceNames: [String: String]
  ) -> CSVTable {
    let newNames = Dictionary(uniqueKeysWithValues: newCommunes.map { ($0["code"] ?? "", ($0["name"] ?? "", $0["province_code"] ?? "")) })
    // For each new commune, the old communes, districts and provinces it took area from.
    var sources: [String: (communes: Set<String>, districts: Set<String>)] = [:]
    var links: [String: [String: (level: String, count: Int)]] = [:]  // old code → new code → link
    var provinceSources: [String: Set<String>] = [:]  // new province → old provinces
    var provinceLinks: [String: [String: Int]] = [:]  // old province → new province → communes
    for commune in oldCommunes {
      let successors = (commune["successor_codes"] ?? "").split(separator: "|").map(String.init)
      for new in successors where newNames[new] != nil {
        sources[new, default: ([], [])].communes.insert(commune["code"] ?? "")
        sources[new, default: ([], [])].districts.insert(commune["district_code"] ?? "")
        for (level, key) in [("commune", "code"), ("district", "district_code")] {
          let old = level + ":" + (commune[key] ?? "")
          links[old, default: [:]][new, default: (level, 0)].count += 1
        }
        let newProvince = newNames[new]?.1 ?? ""
        provinceSources[newProvince, default: []].insert(commune["province_code"] ?? "")
        provinceLinks[commune["province_code"] ?? "", default: [:]][newProvince, default: 0] += 1
      }
    }
    var rows: [[CSVCell]] = []
    for (old, targets) in links.sorted(by: { $0.key < $1.key }) {
      let parts = old.split(separator: ":", maxSplits: 1)
      let level = String(parts[0]), code = String(parts[1])
      for (new, link) in targets.sorted(by: { $0.key < $1.key }) {
        let from = sources[new]!
        let whole = level == "commune" ? from.communes.count == 1 : from.districts.count == 1
        rows.append([
          .value(level), .value(code), .value(new), .text(newNames[new]?.0 ?? ""), .value(newNames[new]?.1 ?? ""),
          .value(whole ? "full" : "partial"), .number(link.count),
        ])
      }
    }
    for (old, targets) in provinceLinks.sorted(by: { $0.key < $1.key }) {
      for (new, count) in targets.sorted(by: { $0.key < $1.key }) {
        rows.append([
          .value("province"), .value(old), .value(new), .text(provinceNames[new] ?? ""), .value(new),
          .value(provinceSources[new]?.count == 1 ? "full" : "partial"), .number(count),
        ])
      }
    }
    return CSVTable(
      header: ["old_level", "old_code", "new_code", "new_name", "new_province_code", "coverage", "shared_communes"],
      rows: rows)
  }
}
