#if canImport(Glibc)
  import Glibc
#endif

/// A file's bytes read with one `open`, one `fstat` and as few `read`s as its size needs.
///
/// Foundation's `URL.resourceValues` for a file's size looks up the owner's name on every
/// call (it opens `/etc/passwd` and `/etc/group`), and `Data(contentsOf:)` then opens the
/// file again: for a national corpus, thousands of needless opens.
enum FileBytes {
  /// Why a file's bytes were not read.
  enum Failure: Error, Equatable {
    /// It could not be opened or read (missing, a folder, no permission).
    case unreadable
    /// It is larger than the limit; the size in bytes.
    case tooLarge(Int)
  }

  /// The bytes of the file at `path`, refused unread when it holds more than `limit` bytes.
  static func read(path: String, limit: Int) throws(Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { throw .unreadable }
    let size = Int(status.st_size)
    guard size <= limit else { throw .tooLarge(size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    var failed = false
    bytes.withUnsafeMutableBytes { buffer in
      while filled < size {
        let count = Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
        if count > 0 {
          filled += count
        } else if count == 0 || errno != EINTR {
          failed = count < 0
          break
        }
      }
    }
    guard !failed else { throw .unreadable }
    // A file that shrank while being read is what it now holds; one that grew is read to the end.
    bytes.removeSubrange(filled...)
    var reading = false
    repeat {
      reading = try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 * 1024) { (more) throws(Failure) -> Bool in
        let count = Glibc.read(descriptor, more.baseAddress!, more.count)
        if count < 0 && errno == EINTR { return true }
        guard count >= 0 else { throw .unreadable }
        bytes += more[..<count]
        guard bytes.count <= limit else { throw .tooLarge(bytes.count) }
        return count > 0
      }
    } while reading
    return bytes
  }
}
