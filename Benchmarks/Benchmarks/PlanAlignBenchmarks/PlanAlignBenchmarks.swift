import Benchmark
import Foundation
import PlanAlign

/// The seed data, read once.
private let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput], maxDuration: .seconds(5))

  let gazetteer = try! Gazetteer.load(Data(contentsOf: data.appendingPathComponent("units.csv")), source: "units.csv")
  let plans = try! PlanCorpus.scan(data.appendingPathComponent("plans")).files.map(\.url).map { url in
    (url.lastPathComponent, try! Data(contentsOf: url))
  }
  let campaigns = try! Taxonomy.load(Data(contentsOf: data.appendingPathComponent("taxonomy/campaigns.csv")), source: "c")
  let tasks = try! Taxonomy.load(Data(contentsOf: data.appendingPathComponent("taxonomy/tasks.csv")), source: "t")
  let ingestor = PlanIngestor(gazetteer: gazetteer)
  let read = plans.map { try! ingestor.ingest(data: $0.1, file: $0.0) }

  Benchmark("Ingest the five seed plans") { benchmark in
    for _ in benchmark.scaledIterations {
      for (file, bytes) in plans { blackHole(try? ingestor.ingest(data: bytes, file: file)) }
    }
  }

  Benchmark("Align the five seed plans") { benchmark in
    let aligner = PlanAligner(campaigns: campaigns, tasks: tasks)
    for _ in benchmark.scaledIterations {
      for plan in read { blackHole(aligner.align(plan)) }
    }
  }

  // Reading Word files and OCR, on the inputs Benchmarks/make-fixtures.sh makes (skipped when absent).
  let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".fixtures")
  let documents = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
    .filter { $0.hasSuffix(".docx") }.sorted().map { fixtures.appendingPathComponent($0) }
  let pages = Int((try? String(contentsOf: fixtures.appendingPathComponent("docx-pages"), encoding: .utf8))?
    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
  if !documents.isEmpty && pages > 0 {
    // One scaled iteration reads every page once, so throughput is pages per second.
    Benchmark("Read .docx pages", configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .one)) { benchmark in
      let reader = DocumentReader()
      for _ in benchmark.scaledIterations {
        for url in documents { blackHole(try? reader.read(contentsOf: url, file: url.lastPathComponent)) }
      }
    }
    print("Read .docx pages: one iteration is \(pages) pages; pages/s = \(pages) × iterations/s")
  }
  let scanned = fixtures.appendingPathComponent("scanned-page.pdf")
  if FileManager.default.fileExists(atPath: scanned.path) {
    Benchmark("OCR one scanned page", configuration: .init(metrics: [.wallClock, .cpuTotal], maxDuration: .seconds(30), maxIterations: 3)) { benchmark in
      let reader = DocumentReader(programs: ExternalPrograms(cacheDirectory: nil))
      for _ in benchmark.scaledIterations { blackHole(try? reader.read(contentsOf: scanned, file: "scanned-page.pdf")) }
    }
  }

  scalingBenchmarks(ingestor: ingestor)

  Benchmark("Whole run, five plans") { benchmark in
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-bench")
    for _ in benchmark.scaledIterations {
      blackHole(try? await RunJob(dataDirectory: data, outputDirectory: out).run())
    }
  }
}
