// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "PlanAlign",
  products: [
    .library(name: "PlanAlign", targets: ["PlanAlign"]),
    .executable(name: "planalign", targets: ["planalign"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),
    .systemLibrary(
      name: "CLibXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    .target(name: "CPlatform"),
    .target(
      name: "PlanAlign",
      dependencies: ["CLibCSV", "CLibXLSXWriter", "CPlatform", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
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
      dependencies: ["PlanAlign", "planalign", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures", "Snapshots"]
    ),
  ]
)
