import Foundation

/// A report file being written: text goes through a buffer straight to disk, so a report of
/// hundreds of megabytes never sits whole in memory. The first write error is kept and thrown
/// by ``close()``.
public struct ReportFileStream: UTF8OutputStream {
  private let output: Output

  /// Opens `path` for writing, replacing any file there.
  init(path: String) throws(ReportError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
    output = Output(descriptor: descriptor, path: path)
  }

  /// Appends `string`.
  public mutating func write(_ string: String) {
    output.append(string)
  }

  /// Appends UTF-8 bytes as they are.
  public mutating func write(utf8 bytes: [UInt8]) {
    bytes.withUnsafeBytes { output.append($0) }
  }

  /// Appends raw bytes.
  public mutating func write(_ data: Data) {
    data.withUnsafeBytes { output.append($0) }
  }

  /// Writes what is buffered, flushes the file to disk and closes it.
  func close() throws(ReportError) {
    try output.close()
  }

  /// The descriptor and its buffer; a class, so the stream can be copied into `inout`
  /// parameters and the descriptor is closed exactly once, in `deinit` at the latest.
  private final class Output {
    private var descriptor: Int32
    private let path: String
    // The buffer is memory of its own, not an array: a page or a CSV file is written in tens of
    // thousands of short pieces, and an array property is checked for exclusive access and
    // uniqueness on each.
    private let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
    private var count = 0
    private var failure: String?
    private static let capacity = 1 << 18

    init(descriptor: Int32, path: String) {
      self.descriptor = descriptor
      self.path = path
    }

    func append(_ string: String) {
      string.withBytes { append(UnsafeRawBufferPointer($0)) }
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
      if count + bytes.count > Self.capacity { drain() }
      if bytes.count >= Self.capacity {
        put(bytes)
      } else if let source = bytes.baseAddress {
        (buffer + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
      }
    }

    func close() throws(ReportError) {
      drain()
      if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
      if descriptor >= 0 { _ = Foundation.close(descriptor) }
      descriptor = -1
      if let failure { throw .cannotWrite(path: path, reason: failure) }
    }

    private func drain() {
      put(UnsafeRawBufferPointer(start: buffer, count: count))
      count = 0
    }

    private func put(_ bytes: UnsafeRawBufferPointer) {
      guard failure == nil, descriptor >= 0, var start = bytes.baseAddress else { return }
      var left = bytes.count
      while left > 0 {
        let written = Foundation.write(descriptor, start, left)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        start += written
        left -= written
      }
    }

    deinit {
      if descriptor >= 0 { _ = Foundation.close(descriptor) }
      buffer.deallocate()
    }
  }
}
