import Foundation

/// One canonical campaign or task type.
public struct TaxonomyEntry: Equatable, Sendable {
  /// Stable ID such as `good_deeds` or `year_review_conference`.
  public var id: String
  /// Canonical Vietnamese name.
  public var nameVi: String
  /// English name.
  public var nameEn: String
  /// Other names and key phrases. Slots: `<place>` (a place name of one to three words),
  /// `<gap>` (up to twenty words), `<plan_year>`, `<prev_year>`, `<next_year>`.
  public var aliases: [String]
  /// The CSV line the entry was read from.
  public var line: Int

  /// Creates an entry.
  public init(id: String, nameVi: String, nameEn: String, aliases: [String], line: Int = 0) {
    self.id = id
    self.nameVi = nameVi
    self.nameEn = nameEn
    self.aliases = aliases
    self.line = line
  }
}

/// A problem in a taxonomy file, with its line.
public struct TaxonomyProblem: Equatable, Sendable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// 1-based line, or 1 for the header.
  public var line: Int
  /// One sentence.
  public var message: String

  /// `file:line: error: message`.
  public var description: String { "\(file):\(line): error: \(message)" }
}

/// Problems that stop a taxonomy from loading.
public enum TaxonomyError: LocalizedError, Equatable, Sendable {
  /// The file breaks one or more rules; every problem is listed.
  case invalid([TaxonomyProblem])

  public var errorDescription: String? {
    switch self {
    case .invalid(let problems): return problems.map(\.description).joined(separator: "\n")
    }
  }
}

/// A taxonomy file (`campaigns.csv` or `tasks.csv`): `id`, `name_vi`, `name_en`, `aliases`
/// (separated by `|`), and an optional `note`.
public struct Taxonomy: Equatable, Sendable {
  /// The columns a taxonomy file may have.
  public static let columns: [String] = ["id", "name_vi", "name_en", "aliases", "note"]
  /// The ID for items that fit no specific type.
  public static let otherID = "other"

  /// Entries in file order (that order breaks ties and orders reports).
  public var entries: [TaxonomyEntry]

  /// Creates a taxonomy.
  public init(entries: [TaxonomyEntry]) {
    self.entries = entries
  }

  /// The entry with this ID.
  public func entry(_ id: String) -> TaxonomyEntry? {
    entries.first { $0.id == id }
  }

  /// Reads a taxonomy file, throwing every problem ``check(_:source:)`` finds.
  public static func load(_ data: Data, source: String) throws -> Taxonomy {
    let (taxonomy, problems) = try check(data, source: source)
    guard problems.isEmpty else { throw TaxonomyError.invalid(problems) }
    return taxonomy
  }

  /// Reads a taxonomy file and lists its problems: unknown or missing columns, empty IDs or
  /// names, duplicate IDs, and an alias (by matching key) claimed by two IDs.
  public static func check(_ data: Data, source: String) throws -> (Taxonomy, [TaxonomyProblem]) {
    let records = try CSVReader.records(from: data, source: source)
    var problems: [TaxonomyProblem] = []
    guard let header = records.first?.fields.map({ $0.trimmed }) else {
      return (Taxonomy(entries: []), [TaxonomyProblem(file: source, line: 1, message: "the file is empty")])
    }
    guard header.contains("id") else {
      let message = "the first row must be the header: \(columns.prefix(4).joined(separator: ", "))"
      return (Taxonomy(entries: []), [TaxonomyProblem(file: source, line: 1, message: message)])
    }
    for column in header where !columns.contains(column) {
      problems.append(TaxonomyProblem(file: source, line: 1, message: "unknown column “\(column)” (expected \(columns.joined(separator: ", ")))"))
    }
    for column in ["id", "name_vi", "name_en", "aliases"] where !header.contains(column) {
      problems.append(TaxonomyProblem(file: source, line: 1, message: "missing column “\(column)”"))
    }
    func value(_ record: CSVRecord, _ column: String) -> String {
      guard let index = header.firstIndex(of: column), index < record.fields.count else { return "" }
      return Markup.collapseSpaces(record.fields[index])
    }
    var entries: [TaxonomyEntry] = []
    var ids: [String: Int] = [:]
    var aliasOwners: [String: (id: String, line: Int)] = [:]
    for record in records.dropFirst() {
      let id = value(record, "id")
      let nameVi = value(record, "name_vi")
      if id.isEmpty {
        problems.append(TaxonomyProblem(file: source, line: record.line, message: "empty id"))
        continue
      }
      if let first = ids[id] {
        problems.append(TaxonomyProblem(file: source, line: record.line, message: "duplicate id “\(id)” (first on line \(first))"))
        continue
      }
      ids[id] = record.line
      if nameVi.isEmpty {
        problems.append(TaxonomyProblem(file: source, line: record.line, message: "“\(id)” has an empty name_vi"))
      }
      let aliases = value(record, "aliases").split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty }
      for alias in Set(([nameVi] + aliases).map(TextFolding.matchKey)) where !alias.isEmpty {
        if let owner = aliasOwners[alias], owner.id != id {
          problems.append(TaxonomyProblem(
            file: source, line: record.line,
            message: "alias “\(alias)” of “\(id)” is already claimed by “\(owner.id)” (line \(owner.line))"))
        } else {
          aliasOwners[alias] = (id, record.line)
        }
      }
      entries.append(TaxonomyEntry(id: id, nameVi: nameVi, nameEn: value(record, "name_en"), aliases: aliases, line: record.line))
    }
    return (Taxonomy(entries: entries), problems)
  }
}
