#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why glibc's iconv could not convert.
enum IconvError: Error, Equatable {
  /// `iconv_open` does not know the encoding.
  case unsupported(String)
  /// A byte sequence is not valid in the source encoding (offset of the first bad byte).
  case invalidInput(offset: Int)
}

/// A converter between byte encodings, by default to UTF-8 (glibc `iconv_open`, `iconv`,
/// `iconv_close`). The only code that calls iconv; the descriptor is closed in `deinit`.
final class Iconv {
  private let descriptor: iconv_t
  private let source: String

  /// Opens a converter from `source` (an iconv name such as `TCVN5712-1`) to `target`.
  init(from source: String, to target: String = "UTF-8") throws(IconvError) {
    let descriptor = iconv_open(target, source)
    guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { throw .unsupported(source) }
    self.descriptor = descriptor
    self.source = source
  }

  deinit {
    iconv_close(descriptor)
  }

  /// Converts `bytes` to a string (`iconv`); the converter must target UTF-8.
  func convert(_ bytes: [UInt8]) throws(IconvError) -> String {
    String(decoding: try convertBytes(bytes), as: UTF8.self)
  }

  /// Converts `bytes` to the target encoding (`iconv`).
  func convertBytes(_ bytes: [UInt8]) throws(IconvError) -> [UInt8] {
    if bytes.isEmpty { return [] }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
    let result: (Int, Int, Int32) = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        var outLeft = outBuffer.count
        iconv(descriptor, nil, nil, nil, nil)
        let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        var failed = status == -1 ? errno : 0
        // Flush what a stateful decoder holds back (Windows-1258 waits for a combining tone).
        if failed == 0, iconv(descriptor, nil, nil, &outPointer, &outLeft) == -1 { failed = errno }
        return (inBuffer.count - inLeft, outBuffer.count - outLeft, failed)
      }
    }
    let (consumed, produced, failure) = result
    guard failure == 0 else { throw .invalidInput(offset: consumed) }
    return output[0..<produced].map { UInt8(bitPattern: $0) }
  }
}
