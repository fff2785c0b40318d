import Foundation

/// Reads one plan file into a ``Plan``: decoding, structure, metadata, scheduled items,
/// campaign mentions and warnings, each with its source line.
public struct PlanIngestor: Sendable {
  /// The gazetteer used to name the district.
  public let gazetteer: Gazetteer

  /// Creates an ingestor.
  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// Reads the file at `url`; `file` is the name used in provenance and messages.
  public func ingest(contentsOf url: URL, file: String) throws(IngestionError) -> Plan {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .unreadable(file: file, reason: (error as NSError).localizedDescription)
    }
    return try ingest(data: data, file: file)
  }

  /// Reads a plan from its bytes.
  public func ingest(data: Data, file: String) throws(IngestionError) -> Plan {
    let text: String
    do {
      text = try TextDecoding.decode(data)
    } catch TextDecodingError.empty {
      throw .empty(file: file)
    } catch {
      throw .undecodable(file: file, reason: error.localizedDescription)
    }
    return try ingest(text: text, file: file)
  }

  /// Reads a plan from decoded text.
  public func ingest(text: String, file: String) throws(IngestionError) -> Plan {
    let lines = TextDecoding.lines(text)
    let blocks = DocumentParser.parse(lines)
    let metadata: PlanMetadata
    do {
      metadata = try MetadataExtractor(file: file, lines: lines, blocks: blocks, gazetteer: gazetteer).extract()
    } catch let error as IngestionError {
      throw error
    } catch {
      throw .notAPlan(file: file, reason: error.localizedDescription)
    }
    var schedule = ScheduleExtractor(file: file)
    let (items, taskCells) = schedule.extract(from: blocks)
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
    return Plan(
      id: TextFolding.slug(metadata.district) + "-\(metadata.year)",
      sourceFile: file, district: metadata.district, unitType: metadata.unitType,
      province: metadata.province, year: metadata.year, documentNumber: metadata.documentNumber,
      issuedOn: metadata.issuedOn, signer: metadata.signer, items: items, mentions: mentions,
      warnings: metadata.warnings, lines: lines)
  }
}
