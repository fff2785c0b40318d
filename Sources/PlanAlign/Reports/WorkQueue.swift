import Foundation

/// Hands out pieces of work (sheets, report files) one at a time to the threads doing them,
/// in a given order, and keeps what failed: each thread asks for the next piece when it is done
/// with one, so two threads end together whatever the pieces cost.
final class WorkQueue<Failure: Error>: @unchecked Sendable {
  private let lock = NSLock()
  private let order: [Int]
  private var taken = 0
  private var failures: [Int: Failure] = [:]

  /// A queue handing out `order` (indices of the pieces), in that order.
  init(order: [Int]) {
    self.order = order
  }

  /// The next piece to do, or `nil` when every piece has been taken or one has failed.
  func next() -> Int? {
    lock.withLock {
      guard taken < order.count, failures.isEmpty else { return nil }
      taken += 1
      return order[taken - 1]
    }
  }

  /// Keeps the failure of piece `index`; no piece is handed out after it.
  func failed(_ index: Int, _ error: Failure) {
    lock.withLock { failures[index] = error }
  }

  /// The failure of the first piece (by index) that failed.
  var firstFailure: Failure? {
    lock.withLock { failures.keys.min().flatMap { failures[$0] } }
  }
}
