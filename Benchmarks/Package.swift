// swift-tools-version:6.1
// Benchmarks for PlanAlign, kept out of the main package so CI and the test command do not
// build the benchmark harness. Run: cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .lastPathComponent.lowercased()

let package = Package(
  name: "PlanAlignBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PlanAlignBenchmarks",
      dependencies: [
        .product(name: "PlanAlign", package: rootPackage),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/PlanAlignBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
