import Foundation
import Testing

@testable import PlanAlign

/// The gazetteer, the crosswalk and the taxonomy matchers read back from the cache are the ones
/// built from the CSV files, a damaged cache file is never believed, and a run gives the same
/// reports with a cache, without one, and from a cache it wrote itself.
@Suite struct BuiltDataCacheTests {
  static func encoded(_ gazetteer: Gazetteer) -> Data {
    var writer = BinaryWriter()
    gazetteer.encode(into: &writer)
    return writer.data
  }

  @Test func theGazetteerReadBackFindsWhatTheBuiltOneFinds() throws {
    let built = TestSupport.gazetteer
    var reader = BinaryReader(Self.encoded(built))
    let read = try #require(Gazetteer.decode(from: &reader))
    #expect(reader.isAtEnd)
    #expect(read.units == built.units)
    #expect(read.longestNameWords == built.longestNameWords)
    // Every name's key finds the same units, in the same order.
    for unit in built.units {
      let key = TextFolding.matchKey(unit.name)
      #expect(read.units(matchingKey: key) == built.units(matchingKey: key), "\(unit.name)")
    }
    // A name misread by OCR (“Hoàng Mal” for Hoàng Mai) and one with a letter too many.
    for key in ["hoang mal", "long bien", "dong daa", "cau giay"] {
      #expect(read.units(resembling: key) == built.units(resembling: key), "\(key)")
    }
    #expect(read.units(matchingKey: "long bien").map(\.code).contains("004"))
    // Written again, the same bytes: nothing is lost or reordered on the way.
    #expect(Self.encoded(read) == Self.encoded(built))
  }

  @Test func aUnitsAliasesAndARepeatedNameAreKept() throws {
    let units = [
      AdministrativeUnit(code: "00001", name: "Phúc Xá", type: "phường", level: "commune", provinceCode: "01",
                         province: "Hà Nội", isNew: false, aliases: ["Phuc Xa", "Phúc Xá cũ"]),
      AdministrativeUnit(code: "00002", name: "Tân Hòa", type: "xã", level: "commune", provinceCode: "01",
                         province: "Hà Nội", isNew: true),
      AdministrativeUnit(code: "20001", name: "Tân Hoà", type: "xã", level: "commune", provinceCode: "20",
                         province: "Lạng Sơn", isNew: true),
    ]
    let built = Gazetteer(units: units)
    var reader = BinaryReader(Self.encoded(built))
    let read = try #require(Gazetteer.decode(from: &reader))
    #expect(read.units == units)
    #expect(read.units(matchingKey: "tan hoa").map(\.code) == ["00002", "20001"])
    #expect(read.units(matchingKey: "phuc xa cu").map(\.code) == ["00001"])
    #expect(read.units(matchingKey: "phuc xa").map(\.code) == ["00001"])
  }

  @Test func aDamagedFileReadsAsNothing() throws {
    let units = Array(TestSupport.gazetteer.units.prefix(200))
    let data = Self.encoded(Gazetteer(units: units))
    // Cut anywhere: never a gazetteer, never a crash.
    for length in stride(from: 0, to: data.count, by: 97) {
      var reader = BinaryReader(data.prefix(length))
      #expect(Gazetteer.decode(from: &reader) == nil || !reader.isAtEnd, "cut at \(length)")
    }
    // A byte that makes a name invalid UTF-8.
    var bytes = [UInt8](data)
    let name = Array("Hà Nội".utf8)
    let at = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
    bytes[at + 3] = 0xFF
    var reader = BinaryReader(Data(bytes))
    #expect(Gazetteer.decode(from: &reader) == nil)
  }

  @Test func aRunReadsTheSameReportsFromTheCache() async throws {
    let data = try TestSupport.dataDirectory(plans: [
      ("long-bien-2024.txt", try TestSupport.seedData("long-bien-2024.txt")),
      ("hoang-mai-2021.txt", try TestSupport.seedData("hoang-mai-2021.txt")),
    ])
    let cache = try TestSupport.temporaryDirectory()
    func run(cache: URL?) async throws -> [Data] {
      let job = RunJob(dataDirectory: data, outputDirectory: try TestSupport.temporaryDirectory(), cacheDirectory: cache)
      return try await job.run().reports.map { try $0.contents() }
    }
    let uncached = try await run(cache: nil)
    #expect(try await run(cache: cache) == uncached)
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
    #expect(files.count == 3)
    #expect(files.map { $0.prefix { $0 != "-" } } == ["crosswalk", "gazetteer", "taxonomy"])
    // Read from the cache.
    #expect(try await run(cache: cache) == uncached)
    let fromCache = try await RunJob(
      dataDirectory: data, outputDirectory: try TestSupport.temporaryDirectory(), cacheDirectory: cache
    ).run()
    #expect(fromCache.plans.first { $0.sourceFile == "long-bien-2024.txt" }?.unitCode == "004")
    // A damaged cache file is ignored and written again.
    for file in files { try Data("not a gazetteer".utf8).write(to: cache.appendingPathComponent(file)) }
    #expect(try await run(cache: cache) == uncached)
    let rewritten = try Data(contentsOf: cache.appendingPathComponent(files[1]))
    #expect(rewritten.count > 100_000)
    // An edited gazetteer is never answered from the cache of the old one.
    let units = data.appendingPathComponent("units.csv")
    var text = try String(contentsOf: units, encoding: .utf8)
    text = text.replacingOccurrences(of: ",Long Biên,quận,", with: ",Long Biên Mới,quận,")
    try text.write(to: units, atomically: true, encoding: .utf8)
    let edited = try await RunJob(
      dataDirectory: data, outputDirectory: try TestSupport.temporaryDirectory(), cacheDirectory: cache
    ).run()
    // The plan no longer resolves to the old district's code (004), as it did from the cache.
    #expect(edited.plans.first { $0.sourceFile == "long-bien-2024.txt" }?.unitCode != "004")
    // Both gazetteers are kept (a few of each kind are), the new one beside the old.
    let after = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("gazetteer-") }
    #expect(Set(after).count == 2 && after.contains(files[1]))
  }

  static func encoded(_ aligner: PlanAligner) -> Data {
    var writer = BinaryWriter()
    aligner.encode(into: &writer)
    return writer.data
  }

  /// The committed taxonomies' matchers, built from the CSV files.
  static func builtAligner() throws -> PlanAligner {
    let folder = TestSupport.dataDirectory.appendingPathComponent("taxonomy")
    let load = { (name: String) in
      try Taxonomy.load(try Data(contentsOf: folder.appendingPathComponent(name)), source: name)
    }
    return PlanAligner(campaigns: try load("campaigns.csv"), tasks: try load("tasks.csv"))
  }

  @Test func theMatchersReadBackMatchAsTheBuiltOnesDo() throws {
    let built = try Self.builtAligner()
    var reader = BinaryReader(Self.encoded(built))
    let read = try #require(PlanAligner.decode(from: &reader))
    #expect(reader.isAtEnd)
    #expect(read.campaigns.taxonomy == built.campaigns.taxonomy && read.tasks.taxonomy == built.tasks.taxonomy)
    #expect(read.campaigns.threshold == 0.75 && read.tasks.threshold == 0.9)
    // Every seed plan aligned by both: the same outcomes, scores and aliases.
    for file in ["long-bien-2024.txt", "hoang-mai-2021.txt", "thanh-xuan-2024.txt", "long-khanh-2024.txt", "dong-da-2025.txt"] {
      let plan = try TestSupport.seedPlan(file)
      let (fromRead, fromBuilt) = (read.align(plan), built.align(plan))
      #expect(fromRead.items == fromBuilt.items, "\(file)")
      #expect(fromRead.mentions == fromBuilt.mentions, "\(file)")
      #expect(fromBuilt.items.contains { $0.match != nil } && fromBuilt.mentions.contains { $0.match != nil })
    }
    // Misspelt, with a year slot, and nothing like an alias.
    for text in ["Hội nghị tổng kết công tác thi đua khen thưởng năm 2024", "phong trao thi dua nguoi tot viec tot", "Mua sắm bàn ghế"] {
      #expect(read.tasks.match(text, planYear: 2024) == built.tasks.match(text, planYear: 2024))
      #expect(read.campaigns.match(text, planYear: 2024) == built.campaigns.match(text, planYear: 2024))
    }
    #expect(Self.encoded(read) == Self.encoded(built))
  }

  @Test func aDamagedMatcherFileReadsAsNothing() throws {
    let data = Self.encoded(try Self.builtAligner())
    for length in stride(from: 0, to: data.count, by: 61) {
      var reader = BinaryReader(data.prefix(length))
      #expect(PlanAligner.decode(from: &reader) == nil || !reader.isAtEnd, "cut at \(length)")
    }
  }

  /// A taxonomy file with a problem stops the run as before and leaves nothing in the cache; an
  /// edited one is read afresh.
  @Test func anInvalidOrEditedTaxonomyIsNeverTakenFromTheCache() async throws {
    let data = try TestSupport.dataDirectory(plans: [("long-bien-2024.txt", try TestSupport.seedData("long-bien-2024.txt"))])
    let cache = try TestSupport.temporaryDirectory()
    let campaigns = data.appendingPathComponent("taxonomy/campaigns.csv")
    let original = try String(contentsOf: campaigns, encoding: .utf8)
    let job = RunJob(dataDirectory: data, outputDirectory: try TestSupport.temporaryDirectory(), cacheDirectory: cache)
    try (original + "good_deeds,Trùng mã,Duplicate,trùng mã\n").write(to: campaigns, atomically: true, encoding: .utf8)
    await #expect(throws: TaxonomyError.self) { try await job.run() }
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("taxonomy-") }.isEmpty)
    try original.write(to: campaigns, atomically: true, encoding: .utf8)
    let before = try await job.run()
    #expect(before.aligned[0].mentions.contains { $0.match?.id == "good_deeds" })
    // An entry renamed: the next run matches with the new ID, although a cache of the old file is there.
    let edited = original.replacingOccurrences(of: "\ngood_deeds,", with: "\ngood_deeds_x,")
    #expect(edited != original)
    try edited.write(to: campaigns, atomically: true, encoding: .utf8)
    let after = try await job.run()
    #expect(after.aligned[0].mentions.contains { $0.match?.id == "good_deeds_x" })
    #expect(!after.aligned[0].mentions.contains { $0.match?.id == "good_deeds" })
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix("taxonomy-") }.count == 2)
  }
}
