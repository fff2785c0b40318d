extension Array {
  /// The same elements in storage of their own count: an array grown by appending keeps room
  /// for up to as many again, and a corpus keeps every plan's items and mentions for its run.
  func withExactCapacity() -> [Element] {
    guard capacity > count else { return self }
    return withUnsafeBufferPointer { Array($0) }
  }
}
