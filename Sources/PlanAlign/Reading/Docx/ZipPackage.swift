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
  init(_ data: Data) throws {
    archive = try Archive(data: data, accessMode: .read)
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
