import Foundation
import PlanAlign

let parser = DeadlineParser(planYear: 2024)

/// Any text as a table's time cell or a sentence: deadlines, windows, recurring times or
/// `unparsed`, never a crash; every date it returns is a real date.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeadlines(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  for deadline in parser.parse(text).deadlines {
    if let start = deadline.start, let end = deadline.end, start > end {
      fatalError("window ends before it starts: \(deadline)")
    }
  }
  return 0
}
