import Foundation
import PlanAlign

/// Any bytes as a CSV file staff edited: records with their lines, or an error naming the line;
/// then as a taxonomy and as a gazetteer, which must refuse what they cannot use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(bytes: start, count: count)
  if let records = try? CSVReader.records(from: data, source: "fuzz.csv") {
    var line = 0
    for record in records {
      if record.line <= line { fatalError("record lines go backwards: \(record.line) after \(line)") }
      line = record.line
    }
  }
  _ = try? Taxonomy.load(data, source: "fuzz.csv")
  _ = try? Gazetteer.load(data, source: "fuzz.csv")
  return 0
}
