import Benchmark
import Foundation
import PlanAlign

/// The seed data, read once.
private let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput], maxDuration: .seconds(5))

  let gazetteer = try! Gazetteer.load(Data(contentsOf: data.appendingPathComponent("districts.csv")), source: "districts.csv")
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

  Benchmark("Whole run, five plans") { benchmark in
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-bench")
    for _ in benchmark.scaledIterations {
      blackHole(try? await RunJob(dataDirectory: data, outputDirectory: out).run())
    }
  }
}
