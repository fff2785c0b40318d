import Foundation
import Testing

@testable import PlanAlign

/// The committed gazetteer of units before and after the 2025 reform, and its crosswalk.
@Suite struct GazetteerDataTests {
  static func rows(_ name: String) throws -> [[String: String]] {
    let url = TestSupport.dataDirectory.appendingPathComponent(name)
    return try CSVReader.table(from: Data(contentsOf: url), source: name, required: []).rows.map(\.values)
  }

  @Test func unitsHoldEveryLevelOfBothPeriods() throws {
    let units = try Self.rows("units.csv")
    func count(_ level: String, new: Bool) -> Int {
      units.filter { $0["level"] == level && ($0["valid_from"] == "2025-07-01") == new }.count
    }
    #expect(count("province", new: true) == 34)
    #expect(count("province", new: false) == 63)
    #expect(count("district", new: false) == 691)
    #expect(count("commune", new: true) == 3_321)
    #expect(count("commune", new: false) == 10_047)
    let newCommunes = units.filter { $0["level"] == "commune" && $0["valid_from"] == "2025-07-01" }
    #expect(newCommunes.filter { $0["type"] == "xã" }.count == 2_621)
    #expect(newCommunes.filter { $0["type"] == "phường" }.count == 687)
    #expect(newCommunes.filter { $0["type"] == "đặc khu" }.count == 13)
    #expect(newCommunes.filter { $0["province"] == "Hà Nội" }.count == 126)
    // Names do not identify units: Phường Hoàng Mai is in Hà Nội and in Nghệ An.
    #expect(Set(newCommunes.filter { $0["name"] == "Hoàng Mai" }.map { $0["province"] ?? "" }) == ["Hà Nội", "Nghệ An"])
    #expect(units.contains { $0["code"] == "01" && $0["type"] == "thành phố trực thuộc trung ương" && $0["valid_from"] == "2025-07-01" })
    #expect(units.contains { $0["name"] == "Long Khánh" && $0["type"] == "thành phố thuộc tỉnh" && $0["valid_to"] == "2025-06-30" })
  }

  @Test func theCrosswalkLinksQuanLongBienToItsSuccessors() throws {
    let links = try Self.rows("crosswalk.csv").filter { $0["old_level"] == "district" && $0["old_code"] == "004" }
    let names = Dictionary(uniqueKeysWithValues: links.map { ($0["new_name"] ?? "", $0["coverage"] ?? "") })
    // Phường Long Biên (2026) took part of Quận Long Biên and parts of neighbouring wards.
    #expect(names["Long Biên"] == "partial")
    #expect(names["Bồ Đề"] == "full")
    #expect(names.count >= 5)
  }

  /// The committed files are what `planalign gazetteer build` makes from the official lists,
  /// when those lists are at hand (`../shared/gazetteer/`).
  @Test func theCommittedGazetteerIsUpToDate() throws {
    let official = TestSupport.root.deletingLastPathComponent().appendingPathComponent("shared/gazetteer")
    guard FileManager.default.fileExists(atPath: official.appendingPathComponent("communes-2025.csv").path) else { return }
    let built = try GazetteerBuilder.build(from: official)
    let writer = CSVWriter(byteOrderMark: false)
    for (name, table) in [("units.csv", built.units), ("crosswalk.csv", built.crosswalk)] {
      let committed = try Data(contentsOf: TestSupport.dataDirectory.appendingPathComponent(name))
      #expect(writer.data(table) == committed, "Data/\(name) is stale: run `swift run planalign gazetteer build`")
    }
  }
}
