// swift-tools-version:6.0
// libFuzzer targets for PlanAlign's readers and parsers, kept out of the main package because
// they build only with the fuzzer sanitizer. Build and run them with scripts/fuzz.sh.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootPackage = root.lastPathComponent.lowercased()

let package = Package(
  name: "PlanAlignFuzz",
  dependencies: [.package(path: "..")],
  targets: ["FuzzDecoding", "FuzzDocument", "FuzzStructure", "FuzzDeadlines", "FuzzCSV"].map { name in
    .executableTarget(name: name, dependencies: [.product(name: "PlanAlign", package: rootPackage)])
  }
)
