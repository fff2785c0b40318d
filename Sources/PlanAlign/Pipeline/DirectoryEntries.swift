import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One entry of a folder as the file system names it.
struct DirectoryEntry {
  /// The name as text: the name itself when it is UTF-8; otherwise each byte above 0x7F
  /// written `\xHH` (`k\xE9 ho\xE1ch.txt`), which is how it is reported.
  var name: String
  /// Where to open it: the entry itself, or for a name that is not UTF-8 a link to it with a
  /// name Foundation can hold (Foundation reads such names lossily and could never open them).
  var url: URL
}

/// Lists folders by the bytes of their names (`readdir`), so a plan saved under a legacy
/// encoding's file name is still read. Used by one scan at a time (hence `@unchecked Sendable`).
final class DirectoryLister: @unchecked Sendable {
  private var links: URL?
  private var linkCount = 0

  /// The entries of `directory` other than `.` and `..`, sorted by name; `nil` when it cannot be listed.
  func entries(of directory: URL) -> [DirectoryEntry]? {
    guard let handle = opendir(directory.path) else { return nil }
    defer { closedir(handle) }
    var entries: [DirectoryEntry] = []
    while let entry = readdir(handle) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
      if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
      if let name = String(validating: bytes, as: UTF8.self) {
        entries.append(DirectoryEntry(name: name, url: directory.appendingPathComponent(name)))
      } else {
        let name = Self.escaped(bytes)
        guard let link = link(to: Array(directory.path.utf8) + [0x2F] + bytes, named: name) else { continue }
        entries.append(DirectoryEntry(name: name, url: link))
      }
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// Removes the links made for names that are not UTF-8.
  deinit {
    if let links { try? FileManager.default.removeItem(at: links) }
  }

  /// A name with each byte above 0x7F written `\xHH`.
  static func escaped(_ bytes: [UInt8]) -> String {
    bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
  }

  private func link(to target: [UInt8], named name: String) -> URL? {
    if links == nil {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("planalign-names-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
      guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
      links = folder
    }
    linkCount += 1
    guard let link = links?.appendingPathComponent("\(linkCount)-\(name)") else { return nil }
    let made = (target + [0]).withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { symlink($0.baseAddress!, link.path) == 0 }
    }
    return made ? link : nil
  }
}
