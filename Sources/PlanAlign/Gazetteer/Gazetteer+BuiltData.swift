import Foundation

extension Gazetteer {
  /// Writes the units and the index of their names for ``BuiltDataCache``.
  func encode(into writer: inout BinaryWriter) {
    writer.writeInt(units.count)
    for unit in units {
      // Each field in a slot of its own: a unit's type, level, province and list are most
      // often the previous unit's.
      let fields = [unit.code, unit.name, unit.type, unit.level, unit.provinceCode, unit.province, unit.codeList]
      for (slot, field) in fields.enumerated() { writer.writeString(field, slot: slot) }
      writer.writeInt(unit.isNew ? 1 : 0)
      writer.writeStrings(unit.aliases)
    }
    names.encode(into: &writer)
  }

  /// Reads what ``encode(into:)`` wrote; `nil` when it is damaged.
  static func decode(from reader: inout BinaryReader) -> Gazetteer? {
    guard let unitCount = reader.readCount(elementSize: 36) else { return nil }
    var units: [AdministrativeUnit] = []
    units.reserveCapacity(unitCount)
    for _ in 0..<unitCount {
      guard let code = reader.readString(slot: 0), let name = reader.readString(slot: 1),
        let type = reader.readString(slot: 2), let level = reader.readString(slot: 3),
        let provinceCode = reader.readString(slot: 4), let province = reader.readString(slot: 5),
        let codeList = reader.readString(slot: 6), let isNew = reader.readInt(), isNew <= 1,
        let aliases = reader.readStrings()
      else { return nil }
      units.append(
        AdministrativeUnit(
          code: code, name: name, type: type, level: level, provinceCode: provinceCode, province: province,
          isNew: isNew == 1, codeList: codeList, aliases: aliases))
    }
    guard let names = NameIndex.decode(from: &reader, unitCount: unitCount) else { return nil }
    return Gazetteer(units: units, names: names)
  }
}

extension Crosswalk {
  /// Writes the links for ``BuiltDataCache``, new codes in order.
  func encode(into writer: inout BinaryWriter) {
    writer.writeInt(byNewCode.count)
    for (code, links) in byNewCode.sorted(by: { $0.key < $1.key }) {
      writer.writeString(code)
      writer.writeInt(links.count)
      for link in links {
        writer.writeString(link.oldLevel, slot: 0)
        writer.writeString(link.oldCode)
        writer.writeString(link.coverage, slot: 1)
      }
    }
  }

  /// Reads what ``encode(into:)`` wrote; `nil` when it is damaged.
  static func decode(from reader: inout BinaryReader) -> Crosswalk? {
    guard let codes = reader.readCount(elementSize: 8) else { return nil }
    var links: [String: [Link]] = [:]
    links.reserveCapacity(codes)
    for _ in 0..<codes {
      guard let code = reader.readString(), links[code] == nil, let count = reader.readCount(elementSize: 12) else {
        return nil
      }
      var list: [Link] = []
      list.reserveCapacity(count)
      for _ in 0..<count {
        guard let level = reader.readString(slot: 0), let old = reader.readString(), let coverage = reader.readString(slot: 1)
        else {
          return nil
        }
        list.append(Link(oldLevel: level, oldCode: old, coverage: coverage))
      }
      links[code] = list
    }
    return Crosswalk(links: links)
  }
}
