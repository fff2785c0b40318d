/// Equal strings kept once: a plan's items repeat their section path, lead unit, partners and
/// time as written ("Văn phòng HĐND và UBND quận", "Tháng 01/2024") dozens of times, and a
/// corpus keeps every item until its reports are written. Strings are the same when their bytes
/// are (``UTF8Key``): plan text is composed when read, so that is when they are equal.
struct StringPool {
  private var strings: Set<UTF8Key> = []

  /// `text`, or the string of the same bytes already in the pool, whose storage it then shares.
  mutating func intern(_ text: String) -> String {
    // Strings of up to 15 UTF-8 bytes are stored inline and cost nothing to keep.
    guard text.utf8.count > 15 else { return text }
    if let kept = strings.firstIndex(of: UTF8Key(text)) { return strings[kept].text }
    let kept = text.compacted
    strings.insert(UTF8Key(kept))
    return kept
  }
}

extension String {
  /// The same text in storage of exactly its length: a string grown by appending, or cut from
  /// a longer one by removing characters, can keep room for several times its length, and a
  /// corpus keeps each of its items' and mentions' texts for the whole run. Strings of up to
  /// 15 UTF-8 bytes are stored inline and returned as they are.
  var compacted: String {
    guard utf8.count > 15 else { return self }
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      _ = buffer.initialize(fromContentsOf: utf8)
      return utf8.count
    }
  }
}
