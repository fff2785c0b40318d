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
    for character in characters { bytes.append(contentsOf: character.utf8) }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  /// Calls `body` with the string's UTF-8 bytes, read in place: a small string's from the
  /// stack, a native one's from its storage (`withUTF8` needs a mutable copy, which measured
  /// slower for the short words and keys that are most of what is searched).
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(utf8).withUnsafeBufferPointer(body)
  }
}
