/// A block's text by character offset, for the extractors that look at single characters and
/// cut spans out: its scalars when each is a character of its own (nearly every block), so a
/// `Character` is made only for the few characters asked about; its characters otherwise.
///
/// A literal compared with a character here is a character of one scalar (“, ;, ., –…). Among
/// the scalars that are each a character (see ``TextFolding/isWholeCharacter(_:)``) none is
/// canonically equivalent to another, so comparing scalars is comparing characters.
struct BlockText: Sendable {
  private enum Storage: Sendable {
    case scalars([Unicode.Scalar])
    case characters([Character])
  }

  private let storage: Storage
  /// The number of characters.
  let count: Int

  /// The text of `scalars`, each a character of its own.
  init(scalars: [Unicode.Scalar]) {
    storage = .scalars(scalars)
    count = scalars.count
  }

  /// The text of `characters`.
  init(characters: [Character]) {
    storage = .characters(characters)
    count = characters.count
  }

  /// The character at `offset`, made when asked.
  subscript(offset: Int) -> Character {
    switch storage {
    case .scalars(let scalars): return ScalarCharacters.character(scalars[offset])
    case .characters(let characters): return characters[offset]
    }
  }

  /// The first scalar of the character at `offset` (the character itself when it is one scalar).
  func firstScalar(at offset: Int) -> Unicode.Scalar {
    switch storage {
    case .scalars(let scalars): return scalars[offset]
    case .characters(let characters): return characters[offset].unicodeScalars.first!
    }
  }

  /// The character at `offset` when it is a single scalar; `nil` otherwise.
  func singleScalar(at offset: Int) -> Unicode.Scalar? {
    switch storage {
    case .scalars(let scalars): return scalars[offset]
    case .characters(let characters):
      let scalars = characters[offset].unicodeScalars
      return scalars.count == 1 ? scalars.first : nil
    }
  }

  /// Whether the character at `offset` is `literal`, a character of one scalar.
  func isCharacter(_ literal: Unicode.Scalar, at offset: Int) -> Bool {
    switch storage {
    case .scalars(let scalars): return scalars[offset] == literal
    case .characters(let characters): return characters[offset] == Character(literal)
    }
  }

  /// Whether a character in `range` is one of `literals`, each a character of one scalar.
  func contains(anyOf literals: [Unicode.Scalar], in range: Range<Int>) -> Bool {
    range.contains { offset in literals.contains { isCharacter($0, at: offset) } }
  }

  /// The scalars of ``TextFolding/foldedText(_:)`` of the characters, one per character. A
  /// scalar that is a character of its own is never a combining mark, so it folds as its
  /// character does.
  var foldedScalars: [Unicode.Scalar] {
    switch storage {
    case .scalars(let scalars): return scalars.map(TextFolding.foldScalar)
    case .characters(let characters): return characters.map(TextFolding.foldedScalar)
    }
  }

  /// The characters in `range` as a string.
  func text(_ range: Range<Int>) -> String {
    switch storage {
    case .scalars(let scalars): return String(joiningScalars: scalars[range])
    case .characters(let characters): return String(joining: characters[range])
    }
  }
}

extension String {
  /// The scalars as one string, their UTF-8 written into it at once.
  init(joiningScalars scalars: ArraySlice<Unicode.Scalar>) {
    let length = scalars.reduce(0) { $0 + UTF8.width($1) }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var offset = 0
      for scalar in scalars {
        UTF8.encode(scalar) {
          buffer[offset] = $0
          offset += 1
        }
      }
      return offset
    }
  }
}
