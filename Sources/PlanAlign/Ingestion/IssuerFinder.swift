/// A place in the plan's header that names the issuing unit: a type word and a name as
/// written (“QUẬN LONG BIÊN”, “UBND phường Bạch Mai ban hành”, “… năm 2022 của huyện Gia Lâm”,
/// the place of “Long Biên, ngày …”).
struct IssuerMention: Equatable {
  /// The type word (“quận”, “phường”, “thành phố”…), or `nil` when the text gives none.
  var type: String?
  /// The name's words as written, longest reading first (a flattened header may run on).
  var words: [String]
  var line: Int
  /// How much the place says: the authority block 5, the issuing sentence 4, the title 3, the
  /// place of the date line 2.
  var weight: Int
}

/// Finds the issuer where plans name it — the authority block above the title, the sentence
/// that issues the plan, the title, the place of the date line — and nowhere else: body text
/// names many units, and none of them is the issuer.
enum IssuerFinder {
  /// Phrases that name an authority: Ủy ban nhân dân, UBND, Hội đồng Thi đua - Khen thưởng,
  /// HĐTĐKT, a Party committee, a mass organisation.
  static let authorities: [[String]] = [
    ["uy", "ban", "nhan", "dan"], ["ubnd"], ["hoi", "dong", "thi", "dua", "khen", "thuong"], ["hdtdkt"],
    ["hd", "tdkt"], ["hoi", "dong", "thi", "dua"], ["dang", "uy"], ["ban", "thuong", "vu"],
    ["lien", "doan", "lao", "dong"], ["mat", "tran", "to", "quoc"],
  ]

  static func mentions(_ blocks: [Block], placeDate: Block?) -> [IssuerMention] {
    var found: [IssuerMention] = []
    let preamble = blocks.prefix { $0.region == .preamble }
    let titleIndex = title(in: preamble)
      ?? preamble.firstIndex { !TextFolding.hasAtMost($0.text, characters: 20) && TextFolding.matchKey($0.text).contains("thi dua") }
    for (index, block) in preamble.enumerated() {
      let words = block.words
      let isHeader = titleIndex.map { index < $0 } ?? (index < 6)
      let isTitle = titleIndex.map { index == $0 || index == $0 + 1 } ?? false
      if isHeader, let type = typeLength(words, at: 0) {
        // “QUẬN LONG BIÊN” on its own line under “ỦY BAN NHÂN DÂN”.
        if let mention = mention(block, words, typeAt: 0, typeLength: type, weight: 5) { found.append(mention) }
      }
      for position in words.indices {
        guard let length = authorityLength(words, at: position) else { continue }
        let typeAt = position + length
        guard let type = typeLength(words, at: typeAt) else { continue }
        let cited = position > 0 && words[position - 1].key == "cua"
        if cited && !isHeader { continue }  // “Kế hoạch số 02 của UBND tỉnh …” cites another plan
        let issues = words.count > typeAt + type + 1
          && words[(typeAt + type)...].prefix(6).map(\.key).joined(separator: " ").contains("ban hanh")
        let weight = isHeader ? 5 : (issues ? 4 : 2)
        if let mention = mention(block, words, typeAt: typeAt, typeLength: type, weight: weight) { found.append(mention) }
      }
      if isTitle {
        // “Công tác thi đua, khen thưởng năm 2022 của huyện Gia Lâm”, “… trên địa bàn phường X”.
        for position in words.indices.dropFirst() where words[position - 1].key == "cua" || words[position - 1].key == "ban" {
          guard let type = typeLength(words, at: position) else { continue }
          if let mention = mention(block, words, typeAt: position, typeLength: type, weight: 3) { found.append(mention) }
        }
      }
    }
    if let placeDate, let place = placeName(placeDate) { found.append(place) }
    return found
  }

  /// What kind of body issues the plan, from the authority block above the title: the People's
  /// Committee, the Emulation and Commendation Council, a Party committee or a mass
  /// organisation; empty when the header does not say.
  static func issuerKind(_ blocks: [Block]) -> String {
    let kinds: [(String, [String])] = [
      ("hội đồng thi đua - khen thưởng", ["hoi dong thi dua", "hdtdkt", "hd tdkt"]),
      ("ủy ban nhân dân", ["uy ban nhan dan", "ubnd"]),
      ("đảng ủy", ["dang uy", "quan uy", "huyen uy", "thi uy", "thanh uy", "tinh uy", "ban thuong vu"]),
      ("đoàn thể", [
        "mat tran to quoc", "hoi lien hiep phu nu", "doan thanh nien", "lien doan lao dong", "hoi cuu chien binh",
        "hoi nong dan",
      ]),
    ]
    let preamble = blocks.prefix { $0.region == .preamble }
    let end = title(in: preamble) ?? min(preamble.count, 6)
    // The issuing body is the lowest authority line: above it stands the body it belongs to
    // (“ỦY BAN NHÂN DÂN PHƯỜNG BẠCH MAI” over “HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG”, “ĐẢNG ỦY XÃ” over
    // “ỦY BAN NHÂN DÂN XÃ”).
    var issuer = ""
    for block in preamble.prefix(end) {
      let key = " " + TextFolding.matchKey(block.text) + " "
      if let kind = kinds.first(where: { $0.1.contains { key.hasPrefix(" " + $0 + " ") } }) { issuer = kind.0 }
    }
    return issuer
  }

  /// The index of the block that opens the title (“KẾ HOẠCH”), if there is one.
  private static func title(in preamble: ArraySlice<Block>) -> Int? {
    preamble.firstIndex { TextFolding.matchKey($0.text, startsWith: "ke hoach") }
  }

  /// The length of an authority phrase starting at `position`, if one does.
  private static func authorityLength(_ words: [TextWord], at position: Int) -> Int? {
    // A word similar to a phrase's first word starts with the same letter: most words of a
    // preamble start with none of those letters and are compared with nothing.
    guard let first = words[position].key.utf8.first, authorityInitials.contains(first) else { return nil }
    return authorities.first { phrase in
      position + phrase.count <= words.count
        && phrase.indices.allSatisfy { TaxonomyMatcher.similar(words[position + $0].key, phrase[$0]) }
    }?.count
  }

  /// The first letters of the authority phrases' first words.
  private static let authorityInitials = Set(authorities.compactMap { $0.first?.utf8.first })

  /// The length (1 or 2 words) of a unit type word at `position`: quận, huyện, thị xã, thành
  /// phố, TP, tỉnh, phường, xã, thị trấn, đặc khu; OCR damage tolerated (“quéan”).
  static func typeLength(_ words: [TextWord], at position: Int) -> Int? {
    guard position < words.count else { return nil }
    if position + 1 < words.count, Gazetteer.unitTypes[words[position].key + " " + words[position + 1].key] != nil {
      return 2
    }
    if Gazetteer.unitTypes[words[position].key] != nil || words[position].key == "tp" { return 1 }
    // A misread type word (“quéan”), but not a name that looks like one (“Quảng”).
    let key = words[position].key
    if key != "quang", ["quan", "huyen", "phuong"].contains(where: { TaxonomyMatcher.similar(key, $0) }) { return 1 }
    return nil
  }

  static func typeName(_ words: [TextWord], at position: Int, length: Int) -> String {
    let key = words[position..<position + length].map(\.key).joined(separator: " ")
    if let type = Gazetteer.unitTypes[key] { return type }
    if key == "tp" { return "thành phố" }
    return ["quận", "huyện", "phường"].first { TaxonomyMatcher.similar(key, TextFolding.matchKey($0)) } ?? key
  }

  /// The capitalised words after the type word, up to punctuation or four words.
  private static func mention(
    _ block: Block, _ words: [TextWord], typeAt: Int, typeLength: Int, weight: Int
  ) -> IssuerMention? {
    let characters = Array(block.text)
    var name: [String] = []
    var position = typeAt + typeLength
    while position < words.count && name.count < 4 {
      let word = words[position]
      let written = word.written(in: characters)
      guard written.first?.isUppercase == true, !written.contains(where: \.isNumber) else { break }
      if position > typeAt + typeLength {
        let gap = characters[words[position - 1].end..<word.start]
        if gap.contains(where: { ",;:.()".contains($0) }) { break }
      }
      name.append(written)
      position += 1
    }
    guard !name.isEmpty else { return nil }
    return IssuerMention(
      type: typeName(words, at: typeAt, length: typeLength), words: name,
      line: block.line(atOffset: words[typeAt].start), weight: weight)
  }

  /// The place of “<Place>, ngày … tháng … năm …”, without the document number before it.
  private static func placeName(_ block: Block) -> IssuerMention? {
    let characters = Array(block.text)
    guard let comma = characters.firstIndex(of: ",") else { return nil }
    let before = TextFolding.words(in: Array(characters[..<comma]))
    let place = before.reversed().prefix { word in
      let written = word.written(in: characters)
      return written.first?.isUppercase == true && !written.contains(where: \.isNumber)
        && word.key != "so" && !["KH", "UBND", "HĐND", "HĐTĐKT", "TB", "BC", "QĐ", "CT"].contains(written)
    }.reversed().map { $0.written(in: characters) }
    guard !place.isEmpty, place.count <= 4 else { return nil }
    return IssuerMention(type: nil, words: Array(place), line: block.line, weight: 2)
  }
}
