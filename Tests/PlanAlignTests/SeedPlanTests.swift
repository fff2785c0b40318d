import Foundation
import Testing

@testable import PlanAlign

/// What a careful reading of each seed plan says it contains (`Fixtures/seeds/*.json`).
struct SeedExpectation: Decodable, CustomTestStringConvertible {
  struct Warning: Decodable {
    var code: String
    var line: Int?
  }

  struct Item: Decodable {
    var line: Int
    var taskPrefix: String
    var deadline: String
    var lead: String
    var partners: String
    var executor: String?
    var section: String?
  }

  var file: String
  var id: String
  var district: String
  var unitType: String
  var province: String
  var year: Int
  var documentNumber: String
  var issuedOn: String?
  var signer: String
  var scheduledItems: Int
  var warnings: [Warning]
  var items: [Item]
  /// `[line, start of the name]` for every campaign mention.
  var mentions: [[Mention]]

  enum Mention: Decodable {
    case line(Int)
    case text(String)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let line = try? container.decode(Int.self) {
        self = .line(line)
      } else {
        self = .text(try container.decode(String.self))
      }
    }
  }

  var expectedMentions: [(line: Int, name: String)] {
    mentions.compactMap { pair in
      guard pair.count == 2, case .line(let line) = pair[0], case .text(let name) = pair[1] else {
        return nil
      }
      return (line, name)
    }
  }

  var testDescription: String { file }

  static let all: [SeedExpectation] = {
    let folder = TestSupport.fixtures.appendingPathComponent("seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
      let data = try? Data(contentsOf: folder.appendingPathComponent(name))
      return data.flatMap { try? JSONDecoder().decode(SeedExpectation.self, from: $0) }
    }
  }()
}

@Suite struct SeedPlanTests {
  @Test func everySeedHasAnExpectation() {
    #expect(SeedExpectation.all.count == 5)
  }

  @Test(arguments: SeedExpectation.all)
  func metadata(_ expected: SeedExpectation) throws {
    let plan = try TestSupport.seedPlan(expected.file)
    #expect(plan.id == expected.id)
    #expect(plan.district == expected.district)
    #expect(plan.unitType == expected.unitType)
    #expect(plan.province == expected.province)
    #expect(plan.year == expected.year)
    #expect(plan.documentNumber == expected.documentNumber)
    #expect(plan.issuedOn?.description == expected.issuedOn)
    #expect(plan.signer == expected.signer)
    let warnings = plan.warnings.map { "\($0.code)@\($0.line.map(String.init) ?? "-")" }
    let expectedWarnings = expected.warnings.map { "\($0.code)@\($0.line.map(String.init) ?? "-")" }
    #expect(warnings.sorted() == expectedWarnings.sorted())
  }

  @Test(arguments: SeedExpectation.all)
  func scheduledItems(_ expected: SeedExpectation) throws {
    let plan = try TestSupport.seedPlan(expected.file)
    #expect(plan.items.count == expected.scheduledItems)
    for sample in expected.items {
      let candidates = plan.items.filter { $0.location.line == sample.line && $0.task.hasPrefix(sample.taskPrefix) }
      #expect(candidates.count == 1, "no single item at line \(sample.line) starting “\(sample.taskPrefix)”")
      guard let item = candidates.first else { continue }
      #expect(item.deadlineText == sample.deadline)
      #expect(item.lead == sample.lead)
      #expect(item.partners == sample.partners)
      if let executor = sample.executor { #expect(item.executor == executor) }
      if let section = sample.section { #expect(item.section == section) }
      #expect(item.location.file == expected.file)
    }
  }

  @Test(arguments: SeedExpectation.all)
  func campaignMentions(_ expected: SeedExpectation) throws {
    let plan = try TestSupport.seedPlan(expected.file)
    let found = plan.mentions.map { "\($0.location.line): \($0.name)" }
    let wanted = expected.expectedMentions
    #expect(plan.mentions.count == wanted.count, "found:\n\(found.joined(separator: "\n"))")
    var unmatched = plan.mentions
    for mention in wanted {
      if let index = unmatched.firstIndex(where: { $0.location.line == mention.line && $0.name.hasPrefix(mention.name) }) {
        unmatched.remove(at: index)
      } else {
        Issue.record("missing mention at line \(mention.line): “\(mention.name)…”")
      }
    }
    #expect(unmatched.isEmpty, "unexpected: \(unmatched.map { "\($0.location.line): \($0.name)" })")
  }

  @Test func everyFactPointsAtItsOwnLine() throws {
    for expected in SeedExpectation.all {
      let plan = try TestSupport.seedPlan(expected.file)
      // The lines of the file itself: a fact's line number must lead a reader to it.
      let url = TestSupport.dataDirectory.appendingPathComponent("plans").appendingPathComponent(expected.file)
      let lines = TextDecoding.lines(try TextDecoding.decodeAnyEncoding([UInt8](Data(contentsOf: url))).text)
      func lineText(_ number: Int) -> String { lines.indices.contains(number - 1) ? lines[number - 1] : "" }
      for mention in plan.mentions {
        let line = TextFolding.matchKey(lineText(mention.location.line))
        let head = TextFolding.matchTokens(mention.text).prefix(2).joined(separator: " ")
        #expect(line.contains(head), "\(expected.file):\(mention.location.line) does not hold “\(mention.text)”")
      }
      for item in plan.items where item.deadlineSource == .tableCell {
        #expect(lineText(item.location.line).contains(item.lead), "\(expected.file):\(item.location.line)")
        // The page quotes the line's start (a table row's cells joined), at most 180 characters.
        let excerpt = plan.lineExcerpt(item.location.line)
        let quoted = TextFolding.matchTokens(excerpt).dropLast().joined(separator: " ")
        let written = TextFolding.matchKey(Markup.plainText(lineText(item.location.line)))
        #expect(!quoted.isEmpty && written.hasPrefix(quoted), "\(expected.file):\(item.location.line): \(quoted)")
        #expect(excerpt.count <= CitedLine.excerptLength + 1)
      }
    }
  }
}
