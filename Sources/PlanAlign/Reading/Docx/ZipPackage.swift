import Foundation
import ZIPFoundation

/// A ZIP package (a Word or OpenDocument file) opened from memory with ZIPFoundation.
/// The only code that touches ZIPFoundation.
struct ZipPackage {
  /// Why a part could not be read.
  enum Failure: Error {
    /// The part unpacks to more than ``ZipPackage/partLimit`` bytes (a ZIP bomb or a huge file).
    case tooLarge(path: String)
    /// The part is damaged.
    case damaged(path: String)
  }

  /// The largest part read, unpacked: 200 MB.
  static let partLimit: UInt64 = 200 << 20

  private let archive: Archive

  /// Opens the package held in `data`.
  ///
  /// The bytes go through a temporary file: ZIPFoundation's in-memory archive keeps the bytes
  /// alive forever when they are not a ZIP (its memory stream is never closed on that error),
  /// which the fuzzer found; opening a file closes it on every path. The file is removed as
  /// soon as it is open.
  init(_ data: Data) throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("planalign-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).zip")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    archive = try Archive(url: url, accessMode: .read)
  }

  /// Whether the package has a part at `path`.
  func contains(_ path: String) -> Bool {
    archive[path] != nil
  }

  /// The bytes of the part at `path`; `nil` when there is none.
  func data(_ path: String) throws(Failure) -> Data? {
    guard let entry = archive[path] else { return nil }
    guard entry.uncompressedSize <= Self.partLimit else { throw .tooLarge(path: path) }
    var output = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: true) { chunk in
        output.append(chunk)
        if UInt64(output.count) > Self.partLimit { throw Failure.tooLarge(path: path) }
      }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .damaged(path: path)
    }
    return output
  }

  /// The part at `path` as UTF-8 text; `nil` when missing or unreadable.
  func text(_ path: String) -> String? {
    guard let data = try? data(path) else { return nil }
    return String(data: data, encoding: .utf8)
  }
}
