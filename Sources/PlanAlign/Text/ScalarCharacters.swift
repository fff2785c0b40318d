/// The `Character`s of scalars that are each a character of their own, taken from a table made
/// once for the scalars plan text is nearly all written in (ASCII, the Latin letters Vietnamese
/// uses, general punctuation): making a `Character` goes through a new string each time, which
/// cost about a hundred instructions for each character an extractor looks at.
enum ScalarCharacters {
  /// U+0000–U+024F, then U+1E00–U+1EFF, then U+2000–U+206F.
  private static let table: [Character] = (Array(0x0000...0x024F) + Array(0x1E00...0x1EFF) + Array(0x2000...0x206F))
    .map { Character(Unicode.Scalar(UInt32($0))!) }

  /// `Character(scalar)`.
  static func character(_ scalar: Unicode.Scalar) -> Character {
    let value = scalar.value
    if value < 0x0250 { return table[Int(value)] }
    if (0x1E00...0x1EFF).contains(value) { return table[0x0250 + Int(value - 0x1E00)] }
    if (0x2000...0x206F).contains(value) { return table[0x0350 + Int(value - 0x2000)] }
    return Character(scalar)
  }
}
