import Foundation

/// What a run has already worked out for a text in a plan year, shared by the plans aligned at
/// once. Plans copy whole passages from one another and from the plan above them (the same
/// tasks, movements and times, word for word), and matching a text to the taxonomy costs tens
/// of thousands of instructions where looking it up costs one hash of its bytes.
///
/// Only what depends on nothing but the text and the year is kept, so a kept value is the one
/// working it out again would give, whichever plan came first. At most `capacity` values are
/// kept; beyond that, texts are worked out anew, so memory stays bounded however varied the
/// plans are.
final class TextMemo<Value: Sendable>: @unchecked Sendable {
  private struct Key: Hashable {
    var text: UTF8Key
    var year: Int
  }

  private let lock = NSLock()
  private var values: [Key: Value] = [:]
  private let capacity: Int

  /// A memo keeping at most `capacity` values.
  init(capacity: Int = 1 << 15) {
    self.capacity = capacity
  }

  /// The value kept for `text` in `year`, or the one `make` works out (and the memo keeps).
  func value(_ text: String, year: Int, make: () -> Value) -> Value {
    let key = Key(text: UTF8Key(text), year: year)
    if let kept = lock.withLock({ values[key] }) { return kept }
    let value = make()
    lock.withLock {
      if values.count < capacity { values[key] = value }
    }
    return value
  }

  /// How many values are kept.
  var count: Int { lock.withLock { values.count } }
}
