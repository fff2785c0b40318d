extension String {
  /// The characters of `characters` as one string, their UTF-8 put together at once.
  /// `String(characters)` appends a slice Character by Character through the generic path,
  /// which cost tens of thousands of instructions for each sentence the extractors cut out.
  init(joining characters: ArraySlice<Character>) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(characters.count + characters.count / 2)
    for character in characters { bytes.append(contentsOf: character.utf8) }
    self = String(decoding: bytes, as: UTF8.self)
  }
}
