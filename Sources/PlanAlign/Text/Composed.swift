import Foundation

extension String {
  /// The text in Unicode normalization form C, as `precomposedStringWithCanonicalMapping` gives
  /// it, but returned as it is, without Foundation's round trip through UTF-16, when every scalar
  /// is one that normalization leaves alone whatever surrounds it (see ``staysComposed(_:)``):
  /// plans typed in Unicode are nearly always composed already, and this runs on every plan.
  var composed: String {
    // Read from the stored UTF-8, ASCII bytes passed over one by one (the scalar view's
    // iterator cost most of the check).
    let stays = withBytes { bytes in
      var index = 0
      while index < bytes.count {
        if bytes[index] < 0x80 {
          index += 1
        } else if !Self.staysComposed(TextFolding.nextScalar(bytes, &index)) {
          return false
        }
      }
      return true
    }
    return stays ? self : precomposedStringWithCanonicalMapping
  }

  /// Whether NFC keeps `scalar` unchanged next to any other scalar of these ranges: a starter
  /// that neither decomposes nor composes with a following starter. ASCII, Latin-1 and Latin
  /// Extended-A and B (below the combining marks at U+0300), the precomposed letters of Latin
  /// Extended Additional (U+1E00–U+1EFF, Vietnamese's “ạ ẩ ố ự”) and general punctuation from
  /// U+2002 (U+2000 and U+2001 decompose to U+2002 and U+2003); and three blocks scanned
  /// and Word-made text brings: currency signs (OCR reads “ê” as “€”), the Latin ligatures
  /// (“ﬁ”) and the private use area (Word's Symbol-font bullets), none of which has a
  /// canonical decomposition.
  static func staysComposed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2002...0x206F).contains(value)
      || (0x20A0...0x20CF).contains(value) || (0xFB00...0xFB06).contains(value) || (0xE000...0xF8FF).contains(value)
  }
}
