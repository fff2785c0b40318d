import Foundation

extension String {
  /// The characters of `characters` as one string, their UTF-8 put together at once.
  /// `String(characters)` appends a slice Character by Character through the generic path,
  /// which cost tens of thousands of instructions for each sentence the extractors cut out.
  init(joining characters: ArraySlice<Character>) {
    // A few characters fit a small string, made without a buffer.
    if characters.count < 8 {
      self.init(characters)
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(characters.count + characters.count / 2)
    // Each character's scalars are encoded in place: appending a character's UTF-8 view went
    // through the generic sequence copy, most of the cost of cutting a sentence out.
    for character in characters {
      for scalar in character.unicodeScalars { UTF8.encode(scalar) { bytes.append($0) } }
    }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  /// `words` joined by single spaces, their bytes copied into one buffer: the standard
  /// library's `joined(separator:)` appends word by word through its generic path, which cost
  /// about as much as folding the words of a task into its match key.
  init(spaceJoining words: [String]) {
    guard words.count > 1 else {
      self = words.first ?? ""
      return
    }
    let length = words.reduce(words.count - 1) { $0 + $1.utf8.count }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var offset = 0
      for (index, word) in words.enumerated() {
        if index > 0 {
          buffer[offset] = 0x20
          offset += 1
        }
        offset += word.withBytes { bytes in
          guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
          UnsafeMutableRawPointer(buffer.baseAddress! + offset).copyMemory(from: base, byteCount: bytes.count)
          return bytes.count
        }
      }
      return offset
    }
  }

  /// Calls `body` with the string's UTF-8 bytes, read in place: a small string's from the
  /// stack, a native one's from its storage (`withUTF8` needs a mutable copy, which measured
  /// slower for the short words and keys that are most of what is searched).
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(utf8).withUnsafeBufferPointer(body)
  }
}

extension String {
  /// `bytes` as a string when they are valid UTF-8, `nil` otherwise. Decoding repairs invalid
  /// UTF-8, so the text is the bytes only when its own bytes are the same; this is several
  /// times cheaper than the generic `String(validating:as:)`. A caller that already knows
  /// whether the bytes are ASCII (always valid) passes it and the check is skipped for them.
  init?(exactUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) {
    let text = String(decoding: bytes, as: UTF8.self)
    if !(isASCII ?? !bytes.contains { $0 >= 0x80 }) {
      let same = text.withBytes { own in
        own.count == bytes.count && (bytes.isEmpty || memcmp(own.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
      }
      guard same else { return nil }
    }
    self = text
  }
}

extension Array where Element == UInt8 {
  /// Appends the UTF-8 of `text`, copied from its storage at once (appending its UTF-8 view
  /// goes through the generic sequence copy: the cost of most CSV rows).
  mutating func append(utf8Of text: String) {
    text.withBytes { append(contentsOf: $0) }
  }

  /// Appends the UTF-8 of `text`, a part of a string, copied at once when it is contiguous.
  mutating func append(utf8Of text: Substring) {
    if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: text.utf8) }
  }
}


extension UInt8 {
  /// Whether the byte is ASCII whitespace: the space and U+0009–U+000D (Unicode's White_Space
  /// among ASCII).
  @inline(__always) var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension Unicode.Scalar {
  /// `properties.isWhitespace`, told without Unicode's table for ASCII.
  @inline(__always) var isWhitespace: Bool {
    value < 0x80 ? UInt8(value).isASCIIWhitespace : properties.isWhitespace
  }
}

extension String {
  /// Whether every character is whitespace (`allSatisfy(\.isWhitespace)`; true when empty):
  /// told from the first byte that is not ASCII whitespace when it is ASCII, as in nearly every
  /// line, and by characters otherwise.
  var isBlank: Bool {
    let ascii = withBytes { bytes -> Bool? in
      for byte in bytes where !byte.isASCIIWhitespace { return byte < 0x80 ? false : nil }
      return true
    }
    return ascii ?? allSatisfy(\.isWhitespace)
  }
}
