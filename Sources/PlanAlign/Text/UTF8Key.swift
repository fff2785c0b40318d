import Foundation

/// A string as a dictionary or set key, hashed and compared by its UTF-8 bytes.
///
/// Swift hashes a `String` by its characters in normalization form C, which it works out anew
/// for every non-ASCII string it hashes: a fifth of the cost of the page's string table, and of
/// keeping a plan's repeated texts once, went to it. Plan text is composed (NFC) when it is
/// read (see ``Swift/String/composed``), so two texts of a plan are canonically equivalent
/// exactly when their bytes are equal; texts from elsewhere that differ only in composition are
/// kept apart, each as it is written.
struct UTF8Key: Hashable, Sendable {
  /// The text.
  let text: String

  init(_ text: String) {
    self.text = text
  }

  func hash(into hasher: inout Hasher) {
    text.withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    lhs.text.withBytes { left in
      rhs.text.withBytes { right in
        left.count == right.count && (left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
      }
    }
  }
}
