// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "PlanAlign",
  products: [
    .library(name: "PlanAlign", targets: ["PlanAlign"]),
    .executable(name: "planalign", targets: ["planalign"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),
    .target(
      name: "PlanAlign",
      dependencies: ["CLibCSV"]
    ),
    .executableTarget(
      name: "planalign",
      dependencies: [
        "PlanAlign",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PlanAlignTests",
      dependencies: ["PlanAlign", "planalign"],
      exclude: ["Fixtures", "Snapshots"]
    ),
  ]
)
