/// One copy of each text that many plans of a run repeat, shared by them for the rest of the
/// run. Plans copy whole passages from one another and from the plan above them: the same
/// section titles, tasks, lead units and times, word for word. A national corpus keeps every
/// plan's items until its reports are written, so each repeated text would otherwise be held
/// once per plan.
///
/// A shared text has the same bytes as the one it stands for, so nothing read from a plan
/// changes. Texts of up to 15 bytes are left alone (Swift keeps them inside the value, at no
/// cost); at most `capacity` texts are kept, beyond which texts stay the plan's own.
final class TextPool: Sendable {
  /// The texts kept, each as its own value (the year plays no part).
  private let kept: TextMemo<String>

  /// A pool keeping at most `capacity` texts.
  init(capacity: Int = 1 << 16) {
    kept = TextMemo(capacity: capacity)
  }

  /// The pool's copy of `text`, which it keeps when it has none yet.
  func shared(_ text: String) -> String {
    guard text.utf8.count > 15 else { return text }
    return kept.value(text, year: 0) { text }
  }
}

extension Plan {
  /// Replaces the texts of the plan's items and mentions with `pool`'s copies (see ``TextPool``).
  mutating func shareTexts(_ pool: TextPool) {
    for index in items.indices {
      items[index].shareTexts(pool)
    }
    for index in mentions.indices {
      mentions[index].shareText(pool)
    }
  }
}

extension ScheduledItem {
  /// Replaces the item's texts with `pool`'s copies.
  mutating func shareTexts(_ pool: TextPool) {
    section = pool.shared(section)
    task = pool.shared(task)
    lead = pool.shared(lead)
    executor = pool.shared(executor)
    partners = pool.shared(partners)
    deadlineText = pool.shared(deadlineText)
    context = pool.shared(context)
  }
}
