import Foundation
import Testing

@testable import PlanAlign

/// Reading a plan's bytes: the whole file, a limit checked before reading, and a reason staff
/// understand when a path cannot be read.
@Suite struct FileBytesTests {
  private static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-bytes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test(arguments: [0, 1, 4095, 16 * 1024, 16 * 1024 + 1, 300_001])
  func aFileIsReadWhole(size: Int) throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("ke-hoach.txt")
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
    try Data(bytes).write(to: url)
    #expect(try FileBytes.read(path: url.path, limit: 1_000_000) == bytes)
  }

  @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("lon.txt")
    try Data(repeating: 0x61, count: 2_001).write(to: url)
    #expect(throws: FileBytes.Failure.tooLarge(2_001)) { try FileBytes.read(path: url.path, limit: 2_000) }
    #expect(try FileBytes.read(path: url.path, limit: 2_001).count == 2_001)
  }

  @Test func aMissingFileAndAFolderAreUnreadable() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: FileBytes.Failure.unreadable) { try FileBytes.read(path: folder.path, limit: 1_000) }
    #expect(throws: FileBytes.Failure.unreadable) {
      try FileBytes.read(path: folder.appendingPathComponent("khong-co.txt").path, limit: 1_000)
    }
  }

  /// The reader names the reason in the staff's words: a folder named like a plan, a missing file.
  @Test func theReaderSaysWhyAPathCannotBeRead() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let inner = folder.appendingPathComponent("ke-hoach-2024.txt")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    let cases: [(URL, Message.Key)] = [(inner, .fileIsFolder), (folder.appendingPathComponent("mat.txt"), .fileMissing)]
    for (url, reason) in cases {
      #expect(throws: IngestionError.unreadable(file: "f.txt", reason: Message(reason))) {
        try DocumentReader().read(contentsOf: url, file: "f.txt")
      }
    }
  }

  /// A plan read from disk is the plan read from the same bytes in memory.
  @Test func aPlanFromDiskIsThePlanFromItsBytes() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("tinh-bien.txt")
    let data = Data(BadInputTests.tinhBien.utf8)
    try data.write(to: url)
    let fromDisk = try DocumentReader().read(contentsOf: url, file: "tinh-bien.txt")
    let fromMemory = try DocumentReader().read(data: data, file: "tinh-bien.txt")
    #expect(fromDisk == fromMemory)
    #expect(fromDisk.elements.count == BadInputTests.tinhBien.split(separator: "\n", omittingEmptySubsequences: false).count)
  }
}
