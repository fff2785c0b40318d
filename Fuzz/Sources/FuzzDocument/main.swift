import Foundation
import PlanAlign

let reader = DocumentReader()

/// Any bytes as a plan file: text in any encoding, or a Word package (.docx bytes: ZIP and
/// WordprocessingML), read into the document model or refused with an error. PDF and old Word
/// files go to external programs and are left to the reading tests.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  if bytes.starts(with: Array("%PDF".utf8)) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || bytes.starts(with: Array("{\\rtf".utf8)) {
    return -1
  }
  _ = try? reader.read(data: Data(bytes), file: "fuzz")
  return 0
}
