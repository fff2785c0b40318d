/// District and province: looked up in the gazetteer by matching key, weighted by where the
/// name appears (the “…, ngày” header line, after a unit type word); a district missing from
/// the gazetteer is taken as the header names it.
extension MetadataExtractor {
  func resolveDistrict(_ meta: inout PlanMetadata, placeDate: Block?) throws {
    var scores: [District: (score: Int, order: Int)] = [:]
    var spellings: [District: [(line: Int, written: String)]] = [:]
    var order = 0
    for block in blocks where block.region != .recipients {
      let words = block.words
      let isHeader = placeDate.map { $0.line == block.line } ?? false
      var index = 0
      while index < words.count {
        var matched = false
        for length in stride(from: min(gazetteer.longestNameWords, words.count - index), through: 1, by: -1) {
          let key = words[index..<index + length].map(\.key).joined(separator: " ")
          let found = gazetteer.districts(matchingKey: key)
          guard !found.isEmpty else { continue }
          let unitBefore = index > 0 ? Self.unitType(endingAt: index, in: words) : nil
          for district in found {
            var score = 1
            if isHeader { score += 10 }
            if let unitBefore { score += unitBefore == district.unitType ? 4 : 2 }
            let previous = scores[district] ?? (0, order)
            scores[district] = (previous.score + score, previous.order)
            order += 1
            let written = String(Array(block.text)[words[index].start..<words[index + length - 1].end])
            spellings[district, default: []].append((block.line(atOffset: words[index].start), written))
          }
          index += length
          matched = true
          break
        }
        if !matched { index += 1 }
      }
    }
    if let best = scores.max(by: { ($0.value.score, -$0.value.order) < ($1.value.score, -$1.value.order) }) {
      let district = best.key
      meta.district = district.name
      meta.unitType = district.unitType
      meta.province = district.province
      var reported: Set<String> = []
      for spelling in spellings[district] ?? [] {
        let exact = TextFolding.exactKey(spelling.written)
        guard exact != TextFolding.exactKey(district.name), reported.insert(exact).inserted else { continue }
        let bare = spelling.written.unicodeScalars.allSatisfy { $0.isASCII }
        meta.warnings.append(
          PlanWarning(
            severity: bare ? .info : .warning, code: "district_spelling",
            message: bare
              ? "the district is written without diacritics, “\(spelling.written)”; read as “\(district.name)”"
              : "the district is written “\(spelling.written)”; the gazetteer name is “\(district.name)”",
            line: spelling.line))
      }
      if meta.province.isEmpty { meta.province = statedProvince(excluding: district.name) ?? "" }
    } else {
      guard let named = unknownDistrict(placeDate: placeDate) else {
        throw IngestionError.notAPlan(file: file, reason: "no district named in the header or text")
      }
      meta.district = named.name
      meta.unitType = named.unitType
      meta.warnings.append(
        PlanWarning(
          code: "district_unknown",
          message: "district “\(named.name)” is not in the gazetteer; taken as the header names it",
          line: named.line))
      meta.province = statedProvince(excluding: named.name) ?? ""
    }
    if meta.province.isEmpty {
      meta.warnings.append(
        PlanWarning(code: "province_unknown", message: "the text does not state the province; left blank", line: nil))
    }
  }

  typealias Word = TextWord

  static func words(_ text: String) -> [Word] {
    TextFolding.words(in: Array(text))
  }

  /// The unit type named by the word(s) just before `index`, e.g. “quận” in “quận Long Biên”.
  static func unitType(endingAt index: Int, in words: [Word]) -> String? {
    if index >= 2 {
      let pair = words[index - 2].key + " " + words[index - 1].key
      if let type = Gazetteer.unitTypes[pair] { return type }
    }
    return Gazetteer.unitTypes[words[index - 1].key]
  }

  /// For a district missing from the gazetteer: the place of the “…, ngày …” line, or a
  /// header line such as “HUYỆN TỊNH BIÊN”.
  func unknownDistrict(placeDate: Block?) -> (name: String, unitType: String, line: Int)? {
    var unitType = ""
    var name = ""
    var line = 0
    for block in blocks.prefix(8) where block.region == .preamble {
      let words = block.words
      for index in words.indices.dropFirst() {
        guard let type = Self.unitType(endingAt: index, in: words) else { continue }
        let nameWords = words[index...].prefix { $0.original.first?.isUppercase ?? false }.prefix(4)
        guard !nameWords.isEmpty else { continue }
        unitType = type
        name = Self.titleCased(nameWords.map(\.original))
        line = block.line(atOffset: words[index].start)
        break
      }
      if !name.isEmpty { break }
    }
    if let placeDate, let comma = Array(placeDate.text).firstIndex(of: ",") {
      let before = Self.words(String(Array(placeDate.text)[..<comma]))
      let place = before.reversed().prefix { word in
        word.original.first?.isUppercase == true && !word.original.contains(where: \.isNumber)
          && !["KH", "UBND", "HĐND", "HĐTĐKT", "TB", "BC", "QĐ", "CT"].contains(word.original)
      }.reversed()
      if !place.isEmpty && name.isEmpty {
        name = Self.titleCased(place.map(\.original))
        line = placeDate.line
      }
    }
    guard !name.isEmpty else { return nil }
    if unitType.isEmpty {
      let key = TextFolding.matchKey(name)
      for block in blocks {
        let words = block.words
        for index in words.indices.dropFirst() where words[index].key == key.split(separator: " ").first.map(String.init) {
          let candidate = words[index..<min(words.count, index + key.split(separator: " ").count)].map(\.key).joined(separator: " ")
          if candidate == key, let type = Self.unitType(endingAt: index, in: words) {
            unitType = type
            break
          }
        }
        if !unitType.isEmpty { break }
      }
    }
    return (name, unitType, line)
  }

  /// “TỊNH BIÊN” → “Tịnh Biên”; mixed-case words stay as written.
  static func titleCased(_ words: [String]) -> String {
    words.map { word in
      guard word == word.uppercased(), let first = word.first else { return word }
      return String(first) + word.dropFirst().lowercased()
    }.joined(separator: " ")
  }

  /// A province the text states: capitalised words after “tỉnh”, or after “thành phố”/“Thủ đô”
  /// when they are not the district itself. The most frequent wins.
  func statedProvince(excluding district: String) -> String? {
    let districtKey = TextFolding.matchKey(district)
    var counts: [String: (count: Int, written: String, order: Int)] = [:]
    var order = 0
    for block in blocks {
      let words = block.words
      for index in words.indices {
        let lead = words[index].key
        let isProvinceWord = lead == "tinh" || lead == "do"
          || (lead == "pho" && index > 0 && words[index - 1].key == "thanh")
        guard isProvinceWord, words[index].original.first?.isLowercase ?? false || lead == "do" else { continue }
        if lead == "do", !(index > 0 && words[index - 1].key == "thu") { continue }
        let name = words[(index + 1)...].prefix { $0.original.first?.isUppercase ?? false && $0.original.count > 1 }
          .prefix(3)
        guard name.count >= 2 else { continue }
        let key = name.map(\.key).joined(separator: " ")
        guard key != districtKey, gazetteer.districts(matchingKey: key).isEmpty else { continue }
        let written = name.map(\.original).joined(separator: " ")
        let previous = counts[key] ?? (0, written, order)
        counts[key] = (previous.count + 1, previous.written, previous.order)
        order += 1
      }
    }
    return counts.values.max { ($0.count, -$0.order) < ($1.count, -$1.order) }?.written
  }

}
