/// District and province: looked up in the gazetteer by matching key, weighted by where the
/// name appears (the “…, ngày” header line, after a unit type word); a district missing from
/// the gazetteer is taken as the header names it.
extension MetadataExtractor {
  /// Resolves the issuer from the header's mentions (see ``IssuerFinder``) against the units of
  /// the plan's period: before 1 July 2025 the old provinces, districts and communes, after it
  /// the new ones. Several units of one name are told apart by the province the text states;
  /// when that does not decide, or no unit has the name, the unit is kept as the text names it,
  /// with no code and a warning. Nothing is guessed.
  func resolveDistrict(_ meta: inout PlanMetadata, placeDate: Block?) throws {
    let mentions = IssuerFinder.mentions(blocks, placeDate: placeDate)
    let isNewPeriod = meta.year >= 2026 || (meta.year == 2025 && (meta.issuedOn.map { $0.month >= 7 } ?? false))
    let stated = statedProvinces()
    var scores: [AdministrativeUnit: (score: Int, first: Int)] = [:]
    var spellings: [AdministrativeUnit: [(line: Int, written: String)]] = [:]
    var typeMismatch: [AdministrativeUnit: String] = [:]
    var ambiguous: (mention: IssuerMention, units: [AdministrativeUnit])?
    var unresolved: [IssuerMention] = []
    for (order, mention) in mentions.enumerated() {
      guard let (units, length, typeDiffers) = candidates(for: mention, isNew: isNewPeriod) else {
        unresolved.append(mention)
        continue
      }
      var chosen = units
      if chosen.count > 1 {
        let inStated = chosen.filter { stated.contains(TextFolding.matchKey($0.province)) }
        if !inStated.isEmpty { chosen = inStated }
      }
      guard chosen.count == 1, let unit = chosen.first else {
        if ambiguous == nil || mention.weight > ambiguous!.mention.weight { ambiguous = (mention, chosen) }
        continue
      }
      let previous = scores[unit] ?? (0, order)
      scores[unit] = (previous.score + mention.weight, previous.first)
      spellings[unit, default: []].append((mention.line, mention.words.prefix(length).joined(separator: " ")))
      if typeDiffers, let type = mention.type { typeMismatch[unit] = type }
    }
    // Equal evidence: the lower unit is the issuer (“UBND TỈNH AN GIANG” above “UBND HUYỆN …”).
    let rank = ["province": 0, "district": 1, "commune": 2]
    let best = scores.max(by: {
      ($0.value.score, rank[$0.key.level] ?? 0, -$0.value.first) < ($1.value.score, rank[$1.key.level] ?? 0, -$1.value.first)
    })
    // A superior authority above an issuer the gazetteer cannot place is not the issuer; nor is
    // a namesake found from the date line's place alone when the authority block names a unit
    // (“UBND huyện An Minh” in 2026, when no huyện exists) the gazetteer cannot place.
    let bestIsPlaceOnly = best.map { $0.value.score <= 2 } ?? false
    let lowerUnplaced = (unresolved + (ambiguous.map { [$0.mention] } ?? [])).filter { mention in
      mention.weight >= 4
        && (bestIsPlaceOnly || (rank[Self.level(of: mention.type) ?? ""] ?? -1) > (best.map { rank[$0.key.level] ?? 0 } ?? 2))
    }
    if let best, lowerUnplaced.isEmpty {
      let unit = best.key
      meta.district = unit.name
      meta.unitType = unit.type
      meta.unitCode = unit.code
      meta.unitLevel = unit.level
      meta.province = unit.level == "province" ? unit.name : unit.province
      meta.provinceCode = unit.provinceCode
      meta.codeList = unit.codeList
      meta.unitIsNew = unit.isNew
      if let written = typeMismatch[unit] {
        meta.warnings.append(
          PlanWarning(
            severity: .info, code: "issuer_type_differs",
            message: Message(.issuerTypeDiffers, .text(written), .text(unit.name), .text(unit.type), .text(unit.code)),
            line: spellings[unit]?.first?.line))
      }
      var reported: Set<String> = []
      // Compared as words, letter case aside: a written name is its words, so the apostrophe
      // of “Ea H'Leo” is not a difference of spelling.
      func spellingKey(_ name: String) -> String {
        TextFolding.exactKey(String(name.map { Self.apostrophes.contains($0) ? " " : $0 }))
      }
      let canonical = spellingKey(unit.name)
      for spelling in (spellings[unit] ?? []).sorted(by: { $0.line < $1.line }) {
        let exact = spellingKey(spelling.written)
        guard exact != canonical, reported.insert(exact).inserted else { continue }
        let bare = spelling.written.unicodeScalars.allSatisfy { $0.isASCII }
        meta.warnings.append(
          PlanWarning(
            severity: bare ? .info : .warning, code: "district_spelling",
            message: bare
              ? Message(.issuerWithoutDiacritics, .text(spelling.written), .text(unit.name))
              : Message(.issuerSpelling, .text(spelling.written), .text(unit.name)),
            line: spelling.line))
      }
      return
    }
    // Named but not decided: keep the unit as the text names it.
    let named = lowerUnplaced.first ?? ambiguous?.mention ?? mentions.filter { $0.type != nil }.max { $0.weight < $1.weight }
      ?? mentions.first
    guard let named else {
      throw IngestionError.notAPlan(file: file, reason: Message(.noIssuer))
    }
    meta.district = Self.titleCased(named.words)
    meta.unitType = named.type ?? ""
    meta.province = stated.isEmpty ? "" : (statedProvince(excluding: meta.district) ?? "")
    if let ambiguous, ambiguous.mention == named, ambiguous.units.count > 1 {
      let places = ambiguous.units.map { "\($0.type) \($0.name), \($0.province) (\($0.code))" }.joined(separator: "; ")
      meta.warnings.append(
        PlanWarning(
          code: "issuer_ambiguous",
          message: Message(.issuerAmbiguous, .text(named.words.joined(separator: " ")), .text(places)),
          line: named.line))
    } else {
      meta.warnings.append(
        PlanWarning(
          code: "district_unknown",
          message: Message(.unitUnknown, "\(meta.unitType.isEmpty ? "" : meta.unitType + " ")\(meta.district)"),
          line: named.line))
    }
    if meta.province.isEmpty {
      meta.warnings.append(
        PlanWarning(code: "province_unknown", message: Message(.provinceUnknown), line: nil))
    }
  }

  /// The marks written inside a name (“Ea H'Leo”, “Cư M’gar”), none of them a letter.
  static let apostrophes: Set<Character> = ["'", "’", "ʼ", "‘", "`"]

  /// The units a mention may name, in the plan's period: the longest reading of its words that
  /// names a unit of a fitting type; then the same name with another type (a huyện that became
  /// a thị xã); then, for the authority block only, a name with one misread letter.
  private func candidates(
    for mention: IssuerMention, isNew: Bool
  ) -> (units: [AdministrativeUnit], length: Int, typeDiffers: Bool)? {
    // A typed authority line may run on past the name (a flattened header); the place of the
    // date line is the name exactly.
    let shortest = mention.type == nil ? mention.words.count : 1
    for fuzzy in [false, true] where !fuzzy || mention.weight >= 4 {
      for length in stride(from: mention.words.count, through: shortest, by: -1) {
        let key = TextFolding.matchKey(mention.words.prefix(length).joined(separator: " "))
        let named = (fuzzy ? gazetteer.units(resembling: key) : gazetteer.units(matchingKey: key))
          .filter { $0.isNew == isNew }
        guard !named.isEmpty else { continue }
        if let found = pick(named, for: mention, isNew: isNew, exact: !fuzzy) { return (found.0, length, found.1) }
      }
    }
    return nil
  }

  /// The units of `named` whose type fits the mention; failing that, for an exactly written name
  /// of the district level, the same name with another type (a huyện that became a thị xã).
  private func pick(
    _ named: [AdministrativeUnit], for mention: IssuerMention, isNew: Bool, exact: Bool
  ) -> ([AdministrativeUnit], Bool)? {
    let typed = named.filter { unit in mention.type.map { unit.shortType == $0 } ?? true }
    if !typed.isEmpty {
      guard mention.type == nil else { return (typed, false) }
      // The place of the date line: the unit level that issues plans in the period.
      let level = typed.filter { $0.level == (isNew ? "commune" : "district") }
      return (level.isEmpty ? typed : level, false)
    }
    guard exact, Self.level(of: mention.type) == "district" || mention.type == "thành phố" else { return nil }
    let sameLevel = named.filter { $0.level == "district" }
    return sameLevel.isEmpty ? nil : (sameLevel, true)
  }

  /// The level a type word names (“thành phố” may be either, so it names none).
  static func level(of type: String?) -> String? {
    switch type {
    case "quận", "huyện", "thị xã": return "district"
    case "phường", "xã", "thị trấn", "đặc khu": return "commune"
    case "tỉnh": return "province"
    default: return nil
    }
  }

  /// Match keys of the provinces the text states (“tỉnh Đồng Nai”, “Thành phố Hà Nội”, “Thủ đô
  /// Hà Nội”) that are provinces in the gazetteer.
  func statedProvinces() -> Set<String> {
    var found: Set<String> = []
    for block in blocks {
      let words = block.words
      for index in words.indices {
        let lead = words[index].key
        guard Self.mayBeProvinceWord(lead) else { continue }
        let isProvinceWord = lead == "tinh" || (lead == "do" && index > 0 && words[index - 1].key == "thu")
          || (lead == "pho" && index > 0 && words[index - 1].key == "thanh")
        guard isProvinceWord else { continue }
        for length in 1...3 where index + length < words.count {
          let key = words[(index + 1)...(index + length)].map(\.key).joined(separator: " ")
          if gazetteer.units(matchingKey: key).contains(where: { $0.level == "province" }) { found.insert(key) }
        }
      }
    }
    return found
  }

  /// Whether `key` may be “tinh”, “do” or “pho”, the words before a province's name: most words
  /// differ from all three in their first letter or their length, and are compared with none.
  private static func mayBeProvinceWord(_ key: String) -> Bool {
    let letters = key.utf8.count
    guard let first = key.utf8.first else { return false }
    return (first == 0x74 && letters == 4) || (first == 0x64 && letters == 2) || (first == 0x70 && letters == 3)
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
      var characters: BlockText?
      for index in words.indices {
        let lead = words[index].key
        guard Self.mayBeProvinceWord(lead) else { continue }
        let isProvinceWord = lead == "tinh" || lead == "do"
          || (lead == "pho" && index > 0 && words[index - 1].key == "thanh")
        guard isProvinceWord else { continue }
        // The block's characters are made only for blocks naming a province word.
        let text = characters ?? block.characterText
        characters = text
        guard text[words[index].start].isLowercase || lead == "do" else { continue }
        if lead == "do", !(index > 0 && words[index - 1].key == "thu") { continue }
        let name = words[(index + 1)...].prefix { text[$0.start].isUppercase && $0.end - $0.start > 1 }
          .prefix(3)
        guard name.count >= 2 else { continue }
        let key = name.map(\.key).joined(separator: " ")
        guard key != districtKey else { continue }
        let written = name.map { text.text($0.start..<$0.end) }.joined(separator: " ")
        let previous = counts[key] ?? (0, written, order)
        counts[key] = (previous.count + 1, previous.written, previous.order)
        order += 1
      }
    }
    return counts.values.max { ($0.count, -$0.order) < ($1.count, -$1.order) }?.written
  }

}
