/// The header facts of a plan.
struct PlanMetadata: Equatable {
  var district = ""
  var unitType = ""
  var unitCode = ""
  var unitLevel = ""
  var province = ""
  var provinceCode = ""
  var codeList = ""
  var unitIsNew: Bool?
  var issuerKind = ""
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
  let elements: [DocumentElement]
  let blocks: [Block]
  let gazetteer: Gazetteer

  func extract() throws -> PlanMetadata {
    var meta = PlanMetadata()
    let header = Array(blocks.prefix { $0.region == .preamble }.prefix(12))
    guard let title = header.first(where: isTitle), let year = Self.year(after: "nam", in: title.text)
    else {
      throw IngestionError.notAPlan(
        file: file, reason: Message(.noTitle))
    }
    meta.year = year
    let placeDate = header.first(where: Self.isPlaceDate)
    readDocumentNumber(&meta, header: header)
    readIssueDate(&meta, placeDate: placeDate)
    try resolveDistrict(&meta, placeDate: placeDate)
    meta.issuerKind = IssuerFinder.issuerKind(blocks)
    meta.signer = findSigner()
    if meta.signer.isEmpty {
      meta.warnings.append(PlanWarning(code: "signer_missing", message: Message(.signerMissing), line: nil))
    }
    checkPreambleYear(&meta)
    return meta
  }

  /// “<Place>, ngày … tháng … năm …”: a short line whose “ngày” follows a comma.
  static func isPlaceDate(_ block: Block) -> Bool {
    guard TextFolding.hasAtMost(block.text, characters: 159) else { return false }
    let folded = TextFolding.foldedText(block.text)
    guard let range = folded.range(of: ", ngay") else { return false }
    let rest = folded[range.upperBound...]
    return rest.contains("thang") || numericDate(rest) != nil
  }

  /// A date written in figures at the start of `text` (“ 12/01/2026”, “12-01-2026”,
  /// “12.01.2026”) as day, month and year; `nil` otherwise.
  static func numericDate(_ text: Substring) -> (day: Int, month: Int, year: Int)? {
    let parts = text.drop { $0 == " " }.prefix { $0.isASCII && ($0.isNumber || "/.- ".contains($0)) }
      .split(whereSeparator: { "/.- ".contains($0) })
    guard parts.count >= 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return (day, month, year)
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

  // MARK: Number, date, signer

  private func readDocumentNumber(_ meta: inout PlanMetadata, header: [Block]) {
    // The slash first, looked for byte by byte: it rules out most header lines without folding them.
    guard let block = header.first(where: { $0.text.utf8.contains(0x2F) && TextFolding.matchKey($0.text).hasPrefix("so ") }),
      let colon = block.text.firstIndex(where: { $0 == ":" || $0 == " " })
    else {
      meta.warnings.append(
        PlanWarning(code: "doc_number_missing", message: Message(.docNumberMissing), line: nil))
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
          code: "doc_number_blank", message: Message(.docNumberBlank, "\(suffix)"),
          line: block.line))
    } else {
      meta.documentNumber = "\(number)/\(suffix)"
    }
  }

  private func readIssueDate(_ meta: inout PlanMetadata, placeDate: Block?) {
    guard let placeDate else {
      meta.warnings.append(PlanWarning(code: "issue_date_missing", message: Message(.issueDateMissing), line: nil))
      return
    }
    let tokens = TextFolding.matchTokens(placeDate.text)
    guard let start = tokens.firstIndex(of: "ngay") else { return }
    func number(after word: String) -> Int? {
      guard let position = tokens[start...].firstIndex(of: word), position + 1 < tokens.count else { return nil }
      return Int(tokens[position + 1])
    }
    var day = number(after: "ngay"), month = number(after: "thang"), year = number(after: "nam")
    if month == nil {
      // “Hồng Hà, ngày 12/01/2026”: the date in figures.
      let folded = TextFolding.foldedText(placeDate.text)
      if let range = folded.range(of: ", ngay"), let figures = Self.numericDate(folded[range.upperBound...]) {
        (day, month, year) = (figures.day, figures.month, figures.year)
      }
    }
    let written = Self.datePhrase(placeDate.text)
    if let day, let month, let year {
      if let date = CalendarDate(year: year, month: month, day: day) {
        meta.issuedOn = date
      } else {
        meta.warnings.append(
          PlanWarning(code: "issue_date_invalid", message: Message(.issueDateInvalid, .text(written)), line: placeDate.line))
      }
    } else {
      meta.warnings.append(
        PlanWarning(
          code: "issue_date_incomplete",
          message: Message(.issueDateIncomplete, .text(written)), line: placeDate.line))
    }
  }

  private static func datePhrase(_ text: String) -> String {
    let folded = TextFolding.foldedText(text)
    guard let range = folded.range(of: "ngay") else { return text }
    let offset = folded.distance(from: folded.startIndex, to: range.lowerBound)
    return String(text.dropFirst(offset)).trimmed
  }

  private func findSigner() -> String {
    let recipients = elements.firstIndex { TextFolding.matchKey($0.text, startsWith: "noi nhan") }
    let start = recipients ?? max(0, elements.count - 40)
    var end = elements.count
    if let appendix = elements[start...].firstIndex(where: { TextFolding.matchKey($0.text, startsWith: "phu luc") }) {
      end = appendix
    }
    let isTableRow = { (element: DocumentElement) -> Bool in if case .tableRow = element.kind { true } else { false } }
    // After “Nơi nhận” the signature comes before any table (an appendix). Without it, the last
    // lines may still hold the end of the schedule's table, with the signature below it: the
    // lines outside tables are read.
    if recipients != nil, let table = elements[start..<end].firstIndex(where: isTableRow) {
      end = min(end, table)
    }
    // From the end: the signature is the last name, and the lines above it need no reading.
    return elements[start..<end].reversed().lazy.filter { !isTableRow($0) }.map { Markup.plainText($0.text) }
      .first(where: Self.isPersonName) ?? ""
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
      // Only a block with the word “hành” can hold the phrase: its words' keys, read once, are
      // the text's tokens (a key of several tokens, which a rare word has, holds a space).
      let mayHold = block.words.isEmpty || block.words.contains { $0.key == "hanh" || $0.key.utf8.contains(0x20) }
      guard mayHold else { continue }
      let tokens = TextFolding.matchTokens(block.text)
      for index in tokens.indices where tokens[index] == "ban" && index + 1 < tokens.count && tokens[index + 1] == "hanh" {
        let window = tokens[index..<min(tokens.count, index + 14)]
        guard window.contains("hoach"), window.contains("dua"),
          let nam = window.firstIndex(of: "nam"), nam + 1 < tokens.count,
          let year = Int(tokens[nam + 1]), tokens[nam + 1].count == 4, year != meta.year
        else { continue }
        let line = block.lineStarts.map(\.line).first { elements.indices.contains($0 - 1) && TextFolding.matchKey(elements[$0 - 1].text).contains("nam \(year)") } ?? block.line
        meta.warnings.append(
          PlanWarning(
            code: "title_body_year_mismatch",
            message: Message(.titleBodyYearMismatch, "\(meta.year)", "\(year)"),
            line: line))
      }
    }
  }
}
