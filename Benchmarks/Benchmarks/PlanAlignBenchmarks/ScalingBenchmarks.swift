import Benchmark
import Foundation
import PlanAlign

/// The inputs that once made a stage quadratic, each at a size and at twice that size: the
/// work (allocations are counted exactly; CPU time beside them) must at most about double.
/// Each is the body of an otherwise ordinary plan, so every stage sees it.
func scalingBenchmarks(ingestor: PlanIngestor) {
  let header = """
    ỦY BAN NHÂN DÂN
    QUẬN BA ĐÌNH
    Số: 01/KH-UBND
    Ba Đình, ngày 10 tháng 01 năm 2024
    KẾ HOẠCH
    Công tác thi đua, khen thưởng năm 2024
    I. MỤC ĐÍCH, YÊU CẦU

    """
  let inputs: [(name: String, size: Int, body: (Int) -> String)] = [
    ("quotation marks", 50_000, { String(repeating: "“", count: $0) }),
    ("“<a” on one line", 50_000, { String(repeating: "<a", count: $0) }),
    ("one paragraph of wrapped lines", 5_000, { count in
      (0..<count).map { _ in "tổ chức phong trào thi đua yêu nước trên địa bàn" }.joined(separator: "\n")
    }),
    ("a unit name repeated", 6_000, { String(repeating: "quận Ba Đình, ", count: $0) }),
    ("nested numbering", 5_000, { count in
      (0..<count).map { line in (0...(line % 8)).map { _ in "1" }.joined(separator: ".") + ". Tổ chức hội nghị" }
        .joined(separator: "\n")
    }),
  ]
  for input in inputs {
    for factor in [1, 2] {
      let size = input.size * factor
      let plan = Data((header + input.body(size)).utf8)
      Benchmark(
        "Scaling: \(input.name) ×\(size)",
        configuration: .init(metrics: [.cpuTotal, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 3)
      ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? ingestor.ingest(data: plan, file: "scaling.txt")) }
      }
    }
  }
}
