import Foundation
import Synchronization

/// Where a run keeps, out of memory, what it writes early and reads back late: the lines its
/// plans cite (see ``CitedLines``), which only the page quotes, and the page's data until it is
/// compressed. A file with no name, appended to as plans are read and read back in pieces.
/// Each plan's excerpts would otherwise be about a quarter of its memory, held from its reading
/// to the end of the run.
///
/// The file is unlinked as soon as it is made, so it goes when the run does, however it ends.
/// Plans are read concurrently: appends take their place in the file under a lock, then write
/// outside it.
public final class SpoolFile: Sendable {
  private let descriptor: Int32
  private let end = Mutex<Int64>(0)

  /// Opens a spool in `directory` (the system's temporary folder by default); throws when no
  /// file can be made there.
  public init(directory: URL = FileManager.default.temporaryDirectory) throws {
    var template = Array(directory.appendingPathComponent("planalign-spool-XXXXXX").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Writes `bytes` at the end of the spool; their offset, or `nil` when the write failed (a
  /// full disk: the caller keeps the bytes in memory instead).
  func append(_ bytes: [UInt8]) -> Int64? {
    let offset = end.withLock { end in
      defer { end += Int64(bytes.count) }
      return end
    }
    let written = bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let count = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
        guard count > 0 else { return false }
        done += count
      }
      return true
    }
    return written ? offset : nil
  }

  /// The `count` bytes at `offset`; `nil` when they cannot be read back.
  func bytes(at offset: Int64, count: Int) -> [UInt8]? {
    var bytes = [UInt8](repeating: 0, count: count)
    let read = bytes.withUnsafeMutableBytes { buffer in
      var done = 0
      while done < count {
        let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
        guard got > 0 else { return false }
        done += got
      }
      return true
    }
    return read ? bytes : nil
  }

  /// The `count` bytes at `offset` as text; `nil` when they cannot be read back.
  func text(at offset: Int64, count: Int) -> String? {
    bytes(at: offset, count: count).map { String(decoding: $0, as: UTF8.self) }
  }
}
