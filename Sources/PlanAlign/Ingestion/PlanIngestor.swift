import Foundation

/// Reads one plan file into a ``Plan``: decoding, structure, metadata, scheduled items,
/// campaign mentions and warnings, each with its source line.
public struct PlanIngestor: Sendable {
  /// The gazetteer used to name the district.
  public let gazetteer: Gazetteer
  /// Where the plans' cited lines are kept (see ``Plan/keepCitedLines(_:references:spool:)``);
  /// `nil` keeps them in each plan.
  public var excerpts: SpoolFile?

  /// Creates an ingestor.
  public init(gazetteer: Gazetteer, excerpts: SpoolFile? = nil) {
    self.gazetteer = gazetteer
    self.excerpts = excerpts
  }

  /// The plan's readable ID: the unit as people name it and the year (`quan-long-bien-2024`,
  /// `phuong-long-bien-2026`, `thanh-pho-long-khanh-2024`), with the province when the
  /// gazetteer holds namesakes of that type in that period (`phuong-hoang-mai-nghe-an-2026`).
  func planID(_ metadata: PlanMetadata) -> String {
    var parts = [Plan.unitName(type: metadata.unitType, name: metadata.district)]
    let key = TextFolding.matchKey(metadata.district)
    let namesakes = gazetteer.units(matchingKey: key).filter {
      $0.type == metadata.unitType && $0.isNew == (metadata.unitIsNew ?? true) && TextFolding.matchKey($0.name) == key
    }
    if Set(namesakes.map(\.provinceCode)).count > 1, !metadata.province.isEmpty { parts.append(metadata.province) }
    let name = TextFolding.slug(parts.filter { !$0.isEmpty }.joined(separator: " "))
    return (name.isEmpty ? "plan" : name) + "-\(metadata.year)"
  }

  /// Reads the file at `url`; `file` is the name used in provenance and messages.
  public func ingest(contentsOf url: URL, file: String, reader: DocumentReader = DocumentReader()) throws(IngestionError) -> Plan {
    let document = try reader.read(contentsOf: url, file: file)
    return try ingest(document: document, file: file)
  }

  /// Reads a plan from the bytes of a text file.
  public func ingest(data: Data, file: String) throws(IngestionError) -> Plan {
    let document: Document
    do {
      document = try TextReader.read([UInt8](data))
    } catch {
      throw IngestionError(file: file, decoding: error)
    }
    return try ingest(document: document, file: file)
  }

  /// Reads a plan from decoded text.
  public func ingest(text: String, file: String) throws(IngestionError) -> Plan {
    try ingest(document: Document(format: .text, elements: TextReader.elements(TextDecoding.lines(text))), file: file)
  }

  /// Reads a plan from a document of any format.
  public func ingest(document: Document, file: String) throws(IngestionError) -> Plan {
    try finish(Self.draft(document: document, file: file))
  }

  /// What a plan holds before its issuer is looked up: its structure, scheduled items and
  /// campaign mentions, which need no gazetteer, so they can be read while it loads.
  public struct Draft: Sendable {
    let file: String
    let document: Document
    let blocks: [Block]
    let items: [ScheduledItem]
    let mentions: [CampaignMention]
  }

  /// Reads `document`'s structure, scheduled items and mentions (see ``Draft``).
  public static func draft(document: Document, file: String) -> Draft {
    let blocks = DocumentParser.parse(document.elements)
    var schedule = ScheduleExtractor(file: file)
    var (items, taskCells) = schedule.extract(from: blocks)
    var pool = StringPool()
    for index in items.indices {
      items[index].section = pool.intern(items[index].section)
      items[index].lead = pool.intern(items[index].lead)
      items[index].partners = pool.intern(items[index].partners)
      items[index].executor = pool.intern(items[index].executor)
      items[index].deadlineText = pool.intern(items[index].deadlineText)
      items[index].task = items[index].task.compacted
      items[index].context = items[index].context.compacted
    }
    let extractor = MentionExtractor(file: file)
    var mentions: [CampaignMention] = []
    for block in blocks where block.region != .recipients {
      switch block.kind {
      case .heading, .bullet, .paragraph: mentions += extractor.mentions(in: block)
      case .tableRow: break
      }
    }
    for cell in taskCells { mentions += extractor.mentions(in: cell) }
    mentions.sort { $0.location < $1.location }
    return Draft(file: file, document: document, blocks: blocks, items: items, mentions: mentions)
  }

  /// The plan `draft` is the start of: its issuer and metadata read with the gazetteer.
  public func finish(_ draft: Draft) throws(IngestionError) -> Plan {
    let (file, document) = (draft.file, draft.document)
    let elements = document.elements
    let lines = elements.map(\.text)
    let metadata: PlanMetadata
    do {
      metadata = try MetadataExtractor(file: file, elements: elements, blocks: draft.blocks, gazetteer: gazetteer).extract()
    } catch let error as IngestionError {
      throw error
    } catch {
      throw .notAPlan(file: file, reason: Message(.detail, .text(error.localizedDescription)))
    }
    var warnings = metadata.warnings
    warnings.insert(contentsOf: document.notes.map { PlanWarning(severity: .info, code: "read_note", message: $0, line: nil) }, at: 0)
    var plan = Plan(
      id: planID(metadata),
      sourceFile: file, district: metadata.district, unitType: metadata.unitType,
      province: metadata.province, year: metadata.year, documentNumber: metadata.documentNumber,
      issuedOn: metadata.issuedOn, signer: metadata.signer, items: draft.items, mentions: draft.mentions,
      warnings: warnings, lines: lines)
    plan.items = plan.items.withExactCapacity()
    plan.mentions = plan.mentions.withExactCapacity()
    plan.sourceFormat = document.format
    plan.unitCode = metadata.unitCode
    plan.unitLevel = metadata.unitLevel
    plan.provinceCode = metadata.provinceCode
    plan.codeList = metadata.codeList
    plan.unitIsNew = metadata.unitIsNew
    plan.issuerKind = metadata.issuerKind
    plan.warnings += ScheduleLinter.issueDateConsistency(plan, lines: lines)
    plan.keepCitedLines(lines, references: elements.map(\.reference), spool: excerpts)
    return plan
  }
}
