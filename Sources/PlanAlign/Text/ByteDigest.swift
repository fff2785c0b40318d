import Foundation

/// A 128-bit digest of bytes (two independent 64-bit lanes over 8-byte words): names a cache
/// file after its sources, tells a plan's text from another's. Not cryptographic; the bytes
/// are the user's own files.
struct ByteDigest: Hashable, Sendable {
  private var first: UInt64 = 0xcbf2_9ce4_8422_2325
  private var second: UInt64 = 0x9e37_79b9_7f4a_7c15

  /// Adds `data` and its length.
  mutating func add(_ data: Data) {
    data.withUnsafeBytes { add($0) }
  }

  /// Adds `raw` and its length.
  mutating func add(_ raw: UnsafeRawBufferPointer) {
    mix(UInt64(raw.count))
    var offset = 0
    while offset + 8 <= raw.count {
      mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    var tail: UInt64 = 0
    for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
    mix(tail)
  }

  private mutating func mix(_ word: UInt64) {
    first = (first ^ word) &* 0x0000_0100_0000_01b3
    first ^= first >> 29
    second = (second &+ word &+ 1) &* 0xbf58_476d_1ce4_e5b9
    second ^= second >> 31
  }

  /// The digest as 32 hexadecimal digits.
  var hex: String {
    [first, second].map { value in
      let digits = String(value, radix: 16)
      return String(repeating: "0", count: 16 - digits.count) + digits
    }.joined()
  }
}
