/// One district's emulation-and-commendation plan, as read from its text.
public struct Plan: Sendable, Equatable {
  /// Stable slug: district key and plan year, e.g. `dong-da-2025`.
  public var id: String
  /// The file the plan was read from.
  public var sourceFile: String
  /// The issuing unit's name without its type word (from the gazetteer, or as the header names it).
  public var district: String
  /// The unit's type as the gazetteer lists it (quận, huyện, thị xã, thành phố thuộc tỉnh,
  /// phường, xã, tỉnh…), or as the text writes it; empty when neither says.
  public var unitType: String
  /// Province; empty when neither the gazetteer nor the text states it.
  public var province: String
  /// The year the plan is for, read from its title.
  public var year: Int
  /// Document number such as `152/KH-UBND`; empty when the header leaves it blank.
  public var documentNumber: String
  /// Issue date, when the header gives day, month and year.
  public var issuedOn: CalendarDate?
  /// The person who signs the plan; empty when not found.
  public var signer: String
  /// Every scheduled task, in source order.
  public var items: [ScheduledItem]
  /// Every named movement or contest, in source order.
  public var mentions: [CampaignMention]
  /// Findings about the plan text.
  public var warnings: [PlanWarning]
  /// The lines the plan's facts cite (items, mentions, warnings), by 1-based line number: the
  /// text as written (NFC) and where it sits in the original file, so a report can show and
  /// locate the sentence a fact came from. The rest of the text is not kept: a national corpus
  /// holds thousands of plans at once.
  public var citedLines = CitedLines()
  /// A fingerprint of the whole text (line count and two 64-bit hashes), so two files with
  /// the same text are recognised without keeping either text.
  public var textDigest: TextDigest
  /// The format the plan was read from.
  public var sourceFormat: SourceFormat = .text
  /// The issuer's official code, level (`province`, `district`, `commune`), province code and
  /// the code list they come from; empty when the gazetteer does not decide the unit.
  public var unitCode = ""
  public var unitLevel = ""
  public var provinceCode = ""
  public var codeList = ""
  /// Whether the issuer is a unit of the period from 1 July 2025 (`true`), before it (`false`),
  /// or not placed in the gazetteer (`nil`).
  public var unitIsNew: Bool?
  /// The body that issues the plan, as the header names it: ủy ban nhân dân, hội đồng thi đua -
  /// khen thưởng, đảng ủy or đoàn thể; empty when the header does not say.
  public var issuerKind = ""

  /// The issuing unit's identity across plans: its period, level and code, or its name when it
  /// has no code. Two units of one name (Quận and Phường Long Biên) are two units.
  public var unitKey: String {
    guard let unitIsNew, !unitCode.isEmpty else { return "name:" + district }
    return (unitIsNew ? "new:" : "old:") + unitLevel + ":" + unitCode
  }

  /// Creates a plan.
  public init(
    id: String, sourceFile: String, district: String, unitType: String, province: String,
    year: Int, documentNumber: String, issuedOn: CalendarDate?, signer: String,
    items: [ScheduledItem], mentions: [CampaignMention], warnings: [PlanWarning], lines: [String]
  ) {
    self.id = id
    self.sourceFile = sourceFile
    self.district = district
    self.unitType = unitType
    self.province = province
    self.year = year
    self.documentNumber = documentNumber
    self.issuedOn = issuedOn
    self.signer = signer
    self.items = items
    self.mentions = mentions
    self.warnings = warnings
    self.textDigest = TextDigest(lines)
  }

  /// Keeps the lines that items, mentions and warnings cite — as much of each as a report
  /// quotes (see ``CitedLine/excerpt(of:)``) — from the plan's text and each line's place in the
  /// original (same index, line number − 1); call once the facts are found. The excerpts go to
  /// `spool` when one is given (a run's: out of memory), and stay in the plan otherwise.
  public mutating func keepCitedLines(_ lines: [String], references: [SourceReference], spool: SpoolFile? = nil) {
    var cited = Set(items.map(\.location.line))
    cited.formUnion(mentions.map(\.location.line))
    cited.formUnion(warnings.compactMap(\.line))
    citedLines = CitedLines(
      cited.sorted().compactMap { line in
        guard lines.indices.contains(line - 1), references.indices.contains(line - 1) else { return nil }
        return (line, CitedLine(text: CitedLine.excerpt(of: lines[line - 1]), reference: references[line - 1]))
      }, spool: spool)
  }

  /// The unit as people name it: the type word a plan writes and the name (“thành phố Long
  /// Khánh”, not the gazetteer's “thành phố thuộc tỉnh Long Khánh”).
  public var unitName: String { Self.unitName(type: unitType, name: district) }

  /// The type word as plans write it before the name (“thành phố” for both kinds of city).
  static func unitName(type: String, name: String) -> String {
    let word = type.hasPrefix("thành phố") ? "thành phố" : type
    return [word, name].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The quotation of a cited 1-based line (see ``CitedLine/excerpt(of:)``), or an empty
  /// string when it is not kept.
  public func lineExcerpt(_ line: Int) -> String {
    citedLines[line]?.text ?? ""
  }

  /// Where a cited 1-based line sits in the original file, as a person finds it there
  /// (`dòng 12`, `tr. 3, dòng 12`, `đoạn 57`, `bảng 2, hàng 14`); empty when it is not kept.
  public func sourceReference(_ line: Int) -> String {
    citedLines.reference(of: line)?.label ?? ""
  }
}

/// A task the plan schedules: a table row, a bullet in a quarter section, or a prose
/// sentence that sets a time.
public struct ScheduledItem: Sendable, Equatable {
  /// The section path it sits in, e.g. `II. NỘI DUNG… > 1. Nhiệm vụ thực hiện trong Quý I/2024`.
  public var section: String
  /// The task text, markup and bullet marker removed.
  public var task: String
  /// Lead (chủ trì) unit, when a table gives it.
  public var lead: String
  /// Executing or advising unit (thực hiện, tham mưu), when a table gives it.
  public var executor: String
  /// Coordinating (phối hợp) units, when a table gives them.
  public var partners: String
  /// The time as written (“Trước ngày 15/03/2024”, “Quý I/2024”); empty when blank.
  public var deadlineText: String
  /// Where the deadline came from: the row's own time cell or sentence, or the section heading.
  public var deadlineSource: DeadlineSource
  /// Where the item starts.
  public var location: SourceLocation
  /// The earlier clauses of the sentence the item was cut from (“Hướng dẫn tổng kết năm 2021”
  /// before “; các đơn vị nộp hồ sơ … từ ngày 01/12 đến ngày 20/12”): what the clause continues,
  /// used to name its task when the clause alone names none. Empty for whole items.
  public var context = ""

  /// Creates an item.
  public init(
    section: String, task: String, lead: String = "", executor: String = "", partners: String = "",
    deadlineText: String, deadlineSource: DeadlineSource, location: SourceLocation
  ) {
    self.section = section
    self.task = task
    self.lead = lead
    self.executor = executor
    self.partners = partners
    self.deadlineText = deadlineText
    self.deadlineSource = deadlineSource
    self.location = location
  }
}

/// Where an item's time was found.
public enum DeadlineSource: String, Sendable, Equatable {
  /// A table's time column.
  case tableCell = "table"
  /// A time expression in the item's own sentence.
  case sentence
  /// Inherited from a heading or table group (“Quý I/2024”).
  case section
  /// A labelled line under the task (“- Thời gian thực hiện: Quý I/2026”).
  case field
  /// No time at all (a blank cell).
  case none
}

/// A named movement or contest as the plan writes it.
///
/// The name is kept as its place in the text when the text holds it (as it does when a plan
/// writes the movement with its lead-in): one string a mention instead of two, for each of a
/// national corpus's hundreds of thousands of mentions.
public struct CampaignMention: Sendable, Equatable {
  private var storedText: String
  private var storedName: Name

  /// The name: its UTF-8 bytes' place in the text, or a string of its own.
  private enum Name: Sendable, Equatable {
    case inText(start: UInt32, count: UInt32)
    case own(String)
  }

  /// The mention as written, with its lead-in (“phong trào thi đua “Người tốt, việc tốt””).
  public var text: String {
    get { storedText }
    set {
      let name = self.name
      storedText = newValue
      storedName = Self.name(name, in: newValue)
    }
  }

  /// The name alone, without lead-in or quotes (“Người tốt, việc tốt”).
  public var name: String {
    get {
      switch storedName {
      case .own(let name): return name
      case .inText(let start, let count):
        let bytes = storedText.utf8.dropFirst(Int(start)).prefix(Int(count))
        return bytes.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) }
          ?? String(decoding: bytes, as: UTF8.self)
      }
    }
    set { storedName = Self.name(newValue, in: storedText) }
  }

  /// Where it starts.
  public var location: SourceLocation

  /// Creates a mention.
  public init(text: String, name: String, location: SourceLocation) {
    self.storedText = text
    self.storedName = Self.name(name, in: text)
    self.location = location
  }

  /// `name` as its first place in `text` when the text holds its bytes (a string of up to 15
  /// bytes is kept as it is: Swift holds it inside the value at no cost).
  private static func name(_ name: String, in text: String) -> Name {
    let count = name.utf8.count
    guard count > 15, text.utf8.count <= UInt32.max, let start = text.utf8Offset(ofPhrase: name) else { return .own(name) }
    return .inText(start: UInt32(start), count: UInt32(count))
  }

  /// Replaces the mention's text (and a name of its own) with `pool`'s copy of the same bytes.
  mutating func shareText(_ pool: TextPool) {
    storedText = pool.shared(storedText)
    if case .own(let name) = storedName { storedName = .own(pool.shared(name)) }
  }

  public static func == (lhs: CampaignMention, rhs: CampaignMention) -> Bool {
    lhs.storedText == rhs.storedText && lhs.name == rhs.name && lhs.location == rhs.location
  }
}

/// A finding about a plan that does not stop it from being read.
public struct PlanWarning: Sendable, Equatable {
  /// How serious it is.
  public enum Severity: String, Sendable, Equatable, Comparable {
    /// Worth knowing; nothing is wrong.
    case info
    /// The plan says something inconsistent or incomplete.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .info && rhs == .warning
    }
  }

  /// Severity.
  public var severity: Severity
  /// Stable machine-readable code, e.g. `title_body_year_mismatch`.
  public var code: String
  /// One sentence for a person, in either language.
  public var message: Message
  /// The line it concerns, when there is one.
  public var line: Int?

  /// Creates a warning.
  public init(severity: Severity = .warning, code: String, message: Message, line: Int?) {
    self.severity = severity
    self.code = code
    self.message = message
    self.line = line
  }
}

/// A fingerprint of a plan's text: equal texts give equal digests; different texts give
/// different ones but with a chance of about one in 2¹²⁸.
public struct TextDigest: Hashable, Sendable {
  /// How many lines the text has.
  public var lineCount: Int
  private var digest: ByteDigest

  /// The digest of `lines` (each line's length and UTF-8 bytes).
  public init(_ lines: [String]) {
    lineCount = lines.count
    digest = ByteDigest()
    // A line's bytes are read from its storage, eight at a time (byte by byte, through the
    // UTF-8 view or not, cost several times the reading).
    for line in lines { line.withBytes { digest.add(UnsafeRawBufferPointer($0)) } }
  }
}
