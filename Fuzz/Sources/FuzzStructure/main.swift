import Foundation
import PlanAlign

/// The committed gazetteer, loaded once.
let gazetteer: Gazetteer = {
  let units = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/units.csv")
  guard let data = FileManager.default.contents(atPath: units.path), let gazetteer = try? Gazetteer.load(data, source: units.path)
  else { fatalError("cannot read \(units.path)") }
  return gazetteer
}()
let ingestor = PlanIngestor(gazetteer: gazetteer)

/// Any text as a plan: structure (headings, lists, tables, labels), metadata and issuer,
/// schedule and campaign mentions, or a clear refusal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStructure(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  _ = try? ingestor.ingest(text: text, file: "fuzz.txt")
  return 0
}
