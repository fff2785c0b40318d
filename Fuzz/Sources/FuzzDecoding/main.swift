import Foundation
import PlanAlign

/// Any bytes as a plan's text file: decoded (UTF-8, UTF-16, Windows-1258, TCVN3, VNI…) and
/// split into lines, or refused with an error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoding(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(bytes: start, count: count)
  if let text = try? TextDecoding.decode(data) {
    _ = TextDecoding.lines(text)
  }
  return 0
}
