/// Equal strings kept once: a plan's items repeat their section path, lead unit, partners and
/// time as written ("Văn phòng HĐND và UBND quận", "Tháng 01/2024") dozens of times, and a
/// corpus keeps every item until its reports are written.
struct StringPool {
  private var strings: Set<String> = []

  /// `text`, or the equal string already in the pool, whose storage it then shares.
  mutating func intern(_ text: String) -> String {
    // Strings of up to 15 UTF-8 bytes are stored inline and cost nothing to keep.
    guard text.utf8.count > 15 else { return text }
    if let kept = strings.firstIndex(of: text) { return strings[kept] }
    strings.insert(text)
    return text
  }
}
