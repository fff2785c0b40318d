import Foundation

/// Writes the built gazetteer, crosswalk and taxonomy matchers for ``BuiltDataCache``: numbers as 32-bit
/// little-endian words, strings as their length and UTF-8. A string may be written in a slot
/// (a column: the province, the type): when it equals the slot's previous string it is written
/// as a mark, and read back as that same string, sharing its storage (a province's name is
/// stored once for its communes, which follow one another).
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []
  private var slots: [String?] = Array(repeating: nil, count: BinaryReader.slotCount)

  /// Writes the text the file starts with.
  mutating func writeMagic(_ text: String) {
    bytes += text.utf8
  }

  /// Writes a count, a position or a small number (below 2³²).
  mutating func writeInt(_ value: Int) {
    precondition(value >= 0 && value < Int(BinaryReader.repeatMark), "a built-data number out of range")
    withUnsafeBytes(of: UInt32(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Writes a string, in `slot` (below ``BinaryReader/slotCount``) if given.
  mutating func writeString(_ value: String, slot: Int? = nil) {
    if let slot {
      if slots[slot] == value {
        withUnsafeBytes(of: BinaryReader.repeatMark.littleEndian) { bytes.append(contentsOf: $0) }
        return
      }
      slots[slot] = value
    }
    writeInt(value.utf8.count)
    bytes += value.utf8
  }

  /// Writes a number with a fraction, exactly (its 64 bits).
  mutating func writeDouble(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Writes a list of strings with its count.
  mutating func writeStrings(_ values: [String]) {
    writeInt(values.count)
    for value in values { writeString(value) }
  }

  /// The bytes written.
  var data: Data { Data(bytes) }
}

/// Reads what ``BinaryWriter`` wrote, checking every length and every string's UTF-8: a
/// damaged file reads as `nil`, never as wrong text or a crash.
struct BinaryReader {
  /// How many slots strings can be written in.
  static let slotCount = 8
  /// The length word that stands for the slot's previous string.
  static let repeatMark = UInt32.max

  private let bytes: [UInt8]
  private var offset = 0
  private var slots: [String?] = Array(repeating: nil, count: slotCount)

  /// A reader of `data`.
  init(_ data: Data) {
    bytes = [UInt8](data)
  }

  /// Whether everything has been read.
  var isAtEnd: Bool { offset == bytes.count }

  /// Reads the text the file starts with; `false` when it starts otherwise.
  mutating func readMagic(_ text: String) -> Bool {
    let expected = Array(text.utf8)
    guard bytes.count >= expected.count, bytes[..<expected.count].elementsEqual(expected) else { return false }
    offset = expected.count
    return true
  }

  /// Reads a number written by ``BinaryWriter/writeInt(_:)``.
  mutating func readInt() -> Int? {
    readWord().flatMap { $0 == Self.repeatMark ? nil : Int($0) }
  }

  /// Reads a number written by ``BinaryWriter/writeDouble(_:)``.
  mutating func readDouble() -> Double? {
    guard bytes.count - offset >= 8 else { return nil }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
    offset += 8
    return Double(bitPattern: UInt64(littleEndian: value))
  }

  /// Reads a count no larger than what the rest of the file could hold at `size` bytes each.
  mutating func readCount(elementSize size: Int = 4) -> Int? {
    guard let count = readInt(), count <= (bytes.count - offset) / max(size, 1) else { return nil }
    return count
  }

  /// Reads a string written by ``BinaryWriter/writeString(_:slot:)`` with the same slot.
  mutating func readString(slot: Int? = nil) -> String? {
    guard let length = readWord() else { return nil }
    if length == Self.repeatMark {
      guard let slot else { return nil }
      return slots[slot]
    }
    guard Int(length) <= bytes.count - offset else { return nil }
    let string = bytes.withUnsafeBufferPointer { buffer in
      String(exactUTF8: UnsafeBufferPointer(rebasing: buffer[offset..<offset + Int(length)]))
    }
    offset += Int(length)
    if let slot { slots[slot] = string }
    return string
  }

  /// Reads a list written by ``BinaryWriter/writeStrings(_:)``.
  mutating func readStrings() -> [String]? {
    guard let count = readCount() else { return nil }
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count {
      guard let value = readString() else { return nil }
      values.append(value)
    }
    return values
  }

  private mutating func readWord() -> UInt32? {
    guard bytes.count - offset >= 4 else { return nil }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    offset += 4
    return UInt32(littleEndian: value)
  }
}
