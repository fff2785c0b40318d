/// The header facts of a plan.
struct PlanMetadata: Equatable {
  var district = ""
  var unitType = ""
  var province = ""
  var year = 0
  var documentNumber = ""
  var issuedOn: CalendarDate?
  var signer = ""
  var warnings: [PlanWarning] = []
}

/// Reads district, province, plan year, document number, issue date and signer from the text.
/// Nothing is taken from the file name.
struct MetadataExtractor {
  let file: String
  let lines: [String]
  let blocks: [Block]
  let gazetteer: Gazetteer

  func extract() throws -> PlanMetadata {
    var meta = PlanMetadata()
    let header = Array(blocks.prefix { $0.region == .preamble }.prefix(8))
    guard let title = header.first(where: isTitle), let year = Self.year(after: "nam", in: title.text)
    else {
      throw IngestionError.notAPlan(
        file: file, reason: "no title “Kế hoạch … thi đua, khen thưởng năm …” in the opening lines")
    }
    meta.year = year
    let placeDate = header.first(where: Self.isPlaceDate)
    try resolveDistrict(&meta, placeDate: placeDate)
    readDocumentNumber(&meta, header: header)
    readIssueDate(&meta, placeDate: placeDate)
    meta.signer = findSigner()
    if meta.signer.isEmpty {
      meta.warnings.append(PlanWarning(code: "signer_missing", message: "no signer's name found after the signature block", line: nil))
    }
    checkPreambleYear(&meta)
    return meta
  }

  /// “<Place>, ngày … tháng … năm …”: a short line whose “ngày” follows a comma.
  static func isPlaceDate(_ block: Block) -> Bool {
    guard block.text.count < 160 else { return false }
    let folded = String(TextFolding.foldAligned(Array(block.text)))
    guard let range = folded.range(of: ", ngay") else { return false }
    return folded[range.upperBound...].contains("thang")
  }

  private func isTitle(_ block: Block) -> Bool {
    let key = TextFolding.matchKey(block.text)
    return key.contains("thi dua") && key.contains("khen th") && Self.year(after: "nam", in: block.text) != nil
  }

  /// The first four-digit year (1900–2099) written after the folded word `word`.
  static func year(after word: String, in text: String) -> Int? {
    let tokens = TextFolding.matchTokens(text)
    for index in tokens.indices.dropLast() where tokens[index] == word {
      if let year = Int(tokens[index + 1]), tokens[index + 1].count == 4, (1900...2099).contains(year) {
        return year
      }
    }
    return nil
  }

  // MARK: District and province

  private func resolveDistrict(_ meta: inout PlanMetadata, placeDate: Block?) throws {
    var scores: [District: (score: Int, order: Int)] = [:]
    var spellings: [District: [(line: Int, written: String)]] = [:]
    var order = 0
    for block in blocks where block.region != .recipients {
      let words = Self.words(block.text)
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

  private struct Word {
    var key: String
    var start: Int
    var end: Int
    var original: String
  }

  private static func words(_ text: String) -> [Word] {
    let characters = Array(text)
    var words: [Word] = []
    var start: Int?
    for index in 0...characters.count {
      let isWord = index < characters.count && (characters[index].isLetter || characters[index].isNumber)
      if isWord, start == nil { start = index }
      if !isWord, let begin = start {
        let original = String(characters[begin..<index])
        words.append(Word(key: TextFolding.matchKey(original), start: begin, end: index, original: original))
        start = nil
      }
    }
    return words
  }

  /// The unit type named by the word(s) just before `index`, e.g. “quận” in “quận Long Biên”.
  private static func unitType(endingAt index: Int, in words: [Word]) -> String? {
    if index >= 2 {
      let pair = words[index - 2].key + " " + words[index - 1].key
      if let type = Gazetteer.unitTypes[pair] { return type }
    }
    return Gazetteer.unitTypes[words[index - 1].key]
  }

  /// For a district missing from the gazetteer: the place of the “…, ngày …” line, or a
  /// header line such as “HUYỆN TỊNH BIÊN”.
  private func unknownDistrict(placeDate: Block?) -> (name: String, unitType: String, line: Int)? {
    var unitType = ""
    var name = ""
    var line = 0
    for block in blocks.prefix(8) where block.region == .preamble {
      let words = Self.words(block.text)
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
        let words = Self.words(block.text)
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
  private static func titleCased(_ words: [String]) -> String {
    words.map { word in
      guard word == word.uppercased(), let first = word.first else { return word }
      return String(first) + word.dropFirst().lowercased()
    }.joined(separator: " ")
  }

  /// A province the text states: capitalised words after “tỉnh”, or after “thành phố”/“Thủ đô”
  /// when they are not the district itself. The most frequent wins.
  private func statedProvince(excluding district: String) -> String? {
    let districtKey = TextFolding.matchKey(district)
    var counts: [String: (count: Int, written: String, order: Int)] = [:]
    var order = 0
    for block in blocks {
      let words = Self.words(block.text)
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

  // MARK: Number, date, signer

  private func readDocumentNumber(_ meta: inout PlanMetadata, header: [Block]) {
    guard let block = header.first(where: { TextFolding.matchKey($0.text).hasPrefix("so ") && $0.text.contains("/") }),
      let colon = block.text.firstIndex(where: { $0 == ":" || $0 == " " })
    else {
      meta.warnings.append(
        PlanWarning(code: "doc_number_missing", message: "the header has no document number (“Số: …”)", line: nil))
      return
    }
    let rest = block.text[block.text.index(after: colon)...]
    guard let slash = rest.firstIndex(of: "/") else { return }
    let number = rest[..<slash].filter { !$0.isWhitespace }
    var suffix = ""
    for word in rest[rest.index(after: slash)...].split(separator: " ", omittingEmptySubsequences: true) {
      let isCode = word.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "." }
      guard isCode else { break }
      suffix += word
    }
    suffix = suffix.trimmingTrailingPunctuation
    if number.isEmpty || !number.contains(where: \.isNumber) {
      meta.warnings.append(
        PlanWarning(
          code: "doc_number_blank", message: "the document number is left blank (“Số: /\(suffix)”)",
          line: block.line))
    } else {
      meta.documentNumber = "\(number)/\(suffix)"
    }
  }

  private func readIssueDate(_ meta: inout PlanMetadata, placeDate: Block?) {
    guard let placeDate else {
      meta.warnings.append(PlanWarning(code: "issue_date_missing", message: "the header gives no issue date", line: nil))
      return
    }
    let tokens = TextFolding.matchTokens(placeDate.text)
    guard let start = tokens.firstIndex(of: "ngay") else { return }
    func number(after word: String) -> Int? {
      guard let position = tokens[start...].firstIndex(of: word), position + 1 < tokens.count else { return nil }
      return Int(tokens[position + 1])
    }
    let day = number(after: "ngay"), month = number(after: "thang"), year = number(after: "nam")
    let written = Self.datePhrase(placeDate.text)
    if let day, let month, let year {
      if let date = CalendarDate(year: year, month: month, day: day) {
        meta.issuedOn = date
      } else {
        meta.warnings.append(
          PlanWarning(code: "issue_date_invalid", message: "the issue date “\(written)” is not a real date", line: placeDate.line))
      }
    } else {
      meta.warnings.append(
        PlanWarning(
          code: "issue_date_incomplete",
          message: "the issue date “\(written)” leaves the day or month blank", line: placeDate.line))
    }
  }

  private static func datePhrase(_ text: String) -> String {
    let folded = String(TextFolding.foldAligned(Array(text)))
    guard let range = folded.range(of: "ngay") else { return text }
    let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
    return String(text.dropFirst(offset)).trimmed
  }

  private func findSigner() -> String {
    let keys = lines.map(TextFolding.matchKey)
    let start = keys.firstIndex { $0.hasPrefix("noi nhan") } ?? max(0, lines.count - 40)
    var end = lines.count
    if let appendix = keys[start...].firstIndex(where: { $0.hasPrefix("phu luc") }) { end = appendix }
    if let table = lines[start..<end].firstIndex(where: { TableRowSplitter.cells(of: $0) != nil }) {
      end = min(end, table)
    }
    return lines[start..<end].map(Markup.plainText).last(where: Self.isPersonName) ?? ""
  }

  /// Two to five capitalised words of letters only, such as “Nguyễn Mạnh Hà” or “Vo Dang Dung”.
  static func isPersonName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (2...5).contains(words.count), text.count <= 40 else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isUppercase, word.count >= 2 || first.isLetter else { return false }
      return word.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
    }
  }

  // MARK: Lints

  /// The preamble's “ban hành Kế hoạch công tác thi đua, khen thưởng năm Y” must match the title.
  private func checkPreambleYear(_ meta: inout PlanMetadata) {
    for block in blocks where block.region == .preamble {
      let tokens = TextFolding.matchTokens(block.text)
      for index in tokens.indices where tokens[index] == "ban" && index + 1 < tokens.count && tokens[index + 1] == "hanh" {
        let window = tokens[index..<min(tokens.count, index + 14)]
        guard window.contains("hoach"), window.contains("dua"),
          let nam = window.firstIndex(of: "nam"), nam + 1 < tokens.count,
          let year = Int(tokens[nam + 1]), tokens[nam + 1].count == 4, year != meta.year
        else { continue }
        let line = block.lineStarts.map(\.line).first { lines.indices.contains($0 - 1) && TextFolding.matchKey(lines[$0 - 1]).contains("nam \(year)") } ?? block.line
        meta.warnings.append(
          PlanWarning(
            code: "title_body_year_mismatch",
            message: "the title gives the plan year \(meta.year) but the text issues the plan for \(year)",
            line: line))
      }
    }
  }
}
