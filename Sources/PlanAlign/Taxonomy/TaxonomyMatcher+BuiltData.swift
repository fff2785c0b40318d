extension PlanAligner {
  /// Writes both matchers for ``BuiltDataCache``.
  func encode(into writer: inout BinaryWriter) {
    campaigns.encode(into: &writer)
    tasks.encode(into: &writer)
  }

  /// Reads what ``encode(into:)`` wrote; `nil` when it is damaged.
  static func decode(from reader: inout BinaryReader) -> PlanAligner? {
    guard let campaigns = TaxonomyMatcher.decode(from: &reader), let tasks = TaxonomyMatcher.decode(from: &reader) else {
      return nil
    }
    return PlanAligner(campaigns: campaigns, tasks: tasks)
  }
}

extension TaxonomyMatcher {
  /// Writes the taxonomy and its aliases as matched (keys and numbered words: the costly part
  /// of building a matcher); the index and the weights are made again from them when read.
  func encode(into writer: inout BinaryWriter) {
    taxonomy.encode(into: &writer)
    writer.writeDouble(threshold)
    writer.writeStrings(spellings)
    writer.writeInt(patterns.count)
    for pattern in patterns {
      writer.writeInt(pattern.entry)
      writer.writeString(pattern.named.text)
      writer.writeString(pattern.exact)
      writer.writeString(pattern.folded)
      writer.writeInt(pattern.slots.count)
      for slot in pattern.slots {
        switch slot {
        case .word(let number): writer.writeInt(0); writer.writeInt(number)
        case .place: writer.writeInt(1)
        case .gap: writer.writeInt(2)
        case .year(let offset): writer.writeInt(3); writer.writeInt(offset + 1)
        }
      }
    }
  }

  /// Reads what ``encode(into:)`` wrote; `nil` when it is damaged.
  static func decode(from reader: inout BinaryReader) -> TaxonomyMatcher? {
    guard let taxonomy = Taxonomy.decode(from: &reader), let threshold = reader.readDouble(),
      let spellings = reader.readStrings(), let count = reader.readCount(elementSize: 20)
    else { return nil }
    var patterns: [Pattern] = []
    patterns.reserveCapacity(count)
    for _ in 0..<count {
      guard let entry = reader.readInt(), entry < taxonomy.entries.count, let text = reader.readString(),
        let exact = reader.readString(), let folded = reader.readString(), let slotCount = reader.readCount()
      else { return nil }
      var slots: [Slot] = []
      for _ in 0..<slotCount {
        switch reader.readInt() {
        case 0?:
          guard let number = reader.readInt(), number < spellings.count else { return nil }
          slots.append(.word(number))
        case 1?: slots.append(.place)
        case 2?: slots.append(.gap)
        case 3?:
          guard let offset = reader.readInt(), offset <= 2 else { return nil }
          slots.append(.year(offset: offset - 1))
        default: return nil
        }
      }
      let named = TaxonomyMatch.Alias(id: taxonomy.entries[entry].id, text: text)
      patterns.append(Pattern(entry: entry, named: named, exact: exact, folded: folded, slots: slots))
    }
    return TaxonomyMatcher(taxonomy: taxonomy, threshold: threshold, spellings: spellings, patterns: patterns)
  }
}

extension Taxonomy {
  /// Writes the entries for ``BuiltDataCache``.
  func encode(into writer: inout BinaryWriter) {
    writer.writeInt(entries.count)
    for entry in entries {
      writer.writeString(entry.id)
      writer.writeString(entry.nameVi)
      writer.writeString(entry.nameEn)
      writer.writeStrings(entry.aliases)
      writer.writeInt(entry.line)
    }
  }

  /// Reads what ``encode(into:)`` wrote; `nil` when it is damaged.
  static func decode(from reader: inout BinaryReader) -> Taxonomy? {
    guard let count = reader.readCount(elementSize: 20) else { return nil }
    var entries: [TaxonomyEntry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      guard let id = reader.readString(), let nameVi = reader.readString(), let nameEn = reader.readString(),
        let aliases = reader.readStrings(), let line = reader.readInt()
      else { return nil }
      entries.append(TaxonomyEntry(id: id, nameVi: nameVi, nameEn: nameEn, aliases: aliases, line: line))
    }
    return Taxonomy(entries: entries)
  }
}
