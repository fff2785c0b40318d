/// The gazetteer's units by matching key of their names and aliases, in flat arrays: each key
/// is an entry, with its words and the positions of its units in slices of two shared arrays
/// (a national list has 20,000 keys: an array for each cost more to build, read back from the
/// cache and free than the lookups it served).
struct NameIndex: Sendable {
  /// Entry by key.
  private let entryOfKey: [String: Int32]
  /// Each entry's key, in the order the keys were first met.
  private let keys: [String]
  /// Entry `e`'s words are `words[wordStarts[e]..<wordStarts[e + 1]]`.
  private let words: [String]
  private let wordStarts: [Int32]
  /// Entry `e`'s unit positions, in unit order, are `positions[positionStarts[e]..<positionStarts[e + 1]]`.
  private let positions: [Int32]
  private let positionStarts: [Int32]
  /// The entries of each word count, in the order first met.
  private let entriesByWordCount: [Int: [Int32]]

  /// Indexes `spellings`: each unit's position and the words of one of its names, in unit order.
  init(_ spellings: [(position: Int, words: [String])]) {
    var entryOfKey: [String: Int32] = [:]
    var keys: [String] = [], words: [String] = [], wordStarts: [Int32] = [0]
    var pairs: [(entry: Int32, position: Int32)] = []
    pairs.reserveCapacity(spellings.count)
    for (position, spellingWords) in spellings where !spellingWords.isEmpty {
      let key = spellingWords.joined(separator: " ")
      let entry: Int32
      if let known = entryOfKey[key] {
        entry = known
      } else {
        entry = Int32(keys.count)
        entryOfKey[key] = entry
        keys.append(key)
        words += spellingWords
        wordStarts.append(Int32(words.count))
      }
      pairs.append((entry, Int32(position)))
    }
    // Positions grouped by entry, each group in unit order and without repeats (a unit whose
    // alias folds to its name counts once): a counting sort of the pairs, which are in unit order.
    var counts = [Int32](repeating: 0, count: keys.count + 1)
    var last = [Int32](repeating: -1, count: keys.count)
    var kept: [(entry: Int32, position: Int32)] = []
    kept.reserveCapacity(pairs.count)
    for pair in pairs where last[Int(pair.entry)] != pair.position {
      last[Int(pair.entry)] = pair.position
      kept.append(pair)
      counts[Int(pair.entry) + 1] += 1
    }
    for entry in 0..<keys.count { counts[entry + 1] += counts[entry] }
    var next = counts
    var positions = [Int32](repeating: 0, count: kept.count)
    for pair in kept {
      positions[Int(next[Int(pair.entry)])] = pair.position
      next[Int(pair.entry)] += 1
    }
    self.init(keys: keys, words: words, wordStarts: wordStarts, positions: positions, positionStarts: counts)!
  }

  /// An index from its arrays; `nil` when they do not fit together (a damaged cache file).
  init?(keys: [String], words: [String], wordStarts: [Int32], positions: [Int32], positionStarts: [Int32]) {
    guard wordStarts.count == keys.count + 1, positionStarts.count == keys.count + 1,
      wordStarts.first == 0, wordStarts.last == Int32(words.count),
      positionStarts.first == 0, positionStarts.last == Int32(positions.count),
      zip(wordStarts, wordStarts.dropFirst()).allSatisfy({ $0 < $1 }),
      zip(positionStarts, positionStarts.dropFirst()).allSatisfy({ $0 < $1 })
    else { return nil }
    var entryOfKey: [String: Int32] = [:]
    entryOfKey.reserveCapacity(keys.count)
    var byCount: [Int: [Int32]] = [:]
    for (entry, key) in keys.enumerated() {
      guard entryOfKey.updateValue(Int32(entry), forKey: key) == nil else { return nil }
      byCount[Int(wordStarts[entry + 1] - wordStarts[entry]), default: []].append(Int32(entry))
    }
    self.entryOfKey = entryOfKey
    self.keys = keys
    self.words = words
    self.wordStarts = wordStarts
    self.positions = positions
    self.positionStarts = positionStarts
    entriesByWordCount = byCount
  }

  /// The most words a key has (1 when there is none).
  var longestKeyWords: Int { entriesByWordCount.keys.max() ?? 1 }

  /// The positions of the units with this key, in unit order.
  func positions(ofKey key: String) -> ArraySlice<Int32> {
    guard let entry = entryOfKey[key] else { return [] }
    return positions(ofEntry: Int(entry))
  }

  /// The positions of the units of every key of `count` words whose `i`-th word `alike(i, word)`
  /// accepts for each `i`, keys in the order first met. Read from the flat arrays in place: a
  /// slice of each key's words and positions cost two retains and releases per key compared, and
  /// a fuzzy lookup compares every key of its length.
  func positions(ofKeysWithWordCount count: Int, where alike: (Int, String) -> Bool) -> [Int32] {
    var found: [Int32] = []
    guard let entries = entriesByWordCount[count] else { return found }
    words.withUnsafeBufferPointer { words in
      wordStarts.withUnsafeBufferPointer { wordStarts in
        for entry in entries {
          let start = Int(wordStarts[Int(entry)])
          var index = 0
          while index < count && alike(index, words[start + index]) { index += 1 }
          if index == count { found += positions(ofEntry: Int(entry)) }
        }
      }
    }
    return found
  }

  private func positions(ofEntry entry: Int) -> ArraySlice<Int32> {
    positions[Int(positionStarts[entry])..<Int(positionStarts[entry + 1])]
  }

  /// Writes the index for ``BuiltDataCache``.
  func encode(into writer: inout BinaryWriter) {
    writer.writeStrings(keys)
    writer.writeStrings(words)
    for numbers in [wordStarts, positions, positionStarts] {
      writer.writeInt(numbers.count)
      for number in numbers { writer.writeInt(Int(number)) }
    }
  }

  /// Reads what ``encode(into:)`` wrote, checking that positions name one of `unitCount` units.
  static func decode(from reader: inout BinaryReader, unitCount: Int) -> NameIndex? {
    guard let keys = reader.readStrings(), let words = reader.readStrings() else { return nil }
    var arrays: [[Int32]] = []
    for _ in 0..<3 {
      guard let count = reader.readCount() else { return nil }
      var numbers: [Int32] = []
      numbers.reserveCapacity(count)
      for _ in 0..<count {
        guard let number = reader.readInt(), number <= Int(Int32.max) else { return nil }
        numbers.append(Int32(number))
      }
      arrays.append(numbers)
    }
    guard arrays[1].allSatisfy({ Int($0) < unitCount }) else { return nil }
    return NameIndex(keys: keys, words: words, wordStarts: arrays[0], positions: arrays[1], positionStarts: arrays[2])
  }
}
