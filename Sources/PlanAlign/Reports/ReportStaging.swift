import Foundation

/// A new set of reports, written one file at a time into a hidden folder beside the output
/// folder (see ``ReportWriter``) and put in place by ``commit()`` in one step. Each report can be
/// written as soon as it is ready and then forgotten, so a run never holds every report in
/// memory at once. A staging dropped without ``commit()`` is removed and leaves the output
/// folder as it was.
public final class ReportStaging {
  /// The output folder the reports replace.
  public let directory: URL
  private let staging: URL
  private let lock: OutputLock
  private let names: [String]
  private var committed = false
  private var done: Set<String> = []
  /// Guards `done`: a report may be written on a second thread (see ``streamInBackground(_:_:)``).
  private let doneLock = NSLock()

  /// The files written so far, in the order of the names given to ``init(directory:names:)``.
  public var written: [WrittenReport] {
    doneLock.withLock { names.filter(done.contains) }.map { WrittenReport(name: $0, url: directory.appendingPathComponent($0)) }
  }

  /// Locks `directory` and prepares to write the reports named `names` (the whole set the run
  /// will write: the folder must hold nothing else). Refuses, leaving everything in place, when
  /// `directory` holds files that are not reports.
  public init(directory: URL, names: [String]) throws(ReportError) {
    self.directory = directory
    self.names = names
    (staging, lock) = try ReportWriter.begin(directory, names: Set(names))
  }

  /// Writes a report whose bytes are at hand.
  public func write(_ name: String, data: Data) throws(ReportError) {
    try stream(name) { output in output.write(data) }
  }

  /// Writes a report by streaming its text to the file.
  public func stream(_ name: String, _ body: (inout ReportFileStream) -> Void) throws(ReportError) {
    precondition(names.contains(name), "a report not announced to the staging")
    // Errors name the report in the output folder, not in the hidden folder it is written to.
    do {
      var output = try ReportFileStream(path: staging.appendingPathComponent(name).path)
      body(&output)
      try output.close()
    } catch {
      throw .cannotWrite(path: directory.appendingPathComponent(name).path, reason: Self.reason(error))
    }
    doneLock.withLock { _ = done.insert(name) }
  }

  /// Starts writing report `name` as ``stream(_:_:)`` does, on a thread of its own, so a second
  /// core writes it while this one goes on with other reports; ``BackgroundReport/wait()`` ends it.
  /// `body` must only read what it is given.
  public func streamInBackground(
    _ name: String, _ body: @escaping @Sendable (inout ReportFileStream) -> Void
  ) -> BackgroundReport {
    // The staging outlives the thread: `wait()` is called before it is committed or dropped.
    nonisolated(unsafe) let staging = self
    return BackgroundReport { () throws(ReportError) in try staging.stream(name, body) }
  }

  /// Writes a report that a library writes to a path itself; `body` is given the path to
  /// write, and its error becomes the report's error.
  public func file(_ name: String, _ body: (String) throws -> Void) throws(ReportError) {
    precondition(names.contains(name), "a report not announced to the staging")
    let path = staging.appendingPathComponent(name).path
    try writing(name) { try body(path) }
    try seal(name, path: path)
  }

  /// Writes a report that a library writes to a path itself, in two steps: `start`, on this
  /// thread, writes into the path and returns what finishes the file (the workbook's close,
  /// which compresses it), which then runs on a thread of its own while the run goes on; the
  /// returned report's ``BackgroundReport/wait()`` throws what either step threw. Once the
  /// file is finished, the thread goes on with `then` (other reports still to write), whose
  /// failures are its own to keep.
  public func fileInBackground(
    _ name: String, then: (@Sendable () -> Void)? = nil, _ start: (String) throws -> @Sendable () throws -> Void
  ) throws(ReportError) -> BackgroundReport {
    precondition(names.contains(name), "a report not announced to the staging")
    let path = staging.appendingPathComponent(name).path
    var finish: (@Sendable () throws -> Void)?
    try writing(name) { finish = try start(path) }
    // The staging outlives the thread: `wait()` is called before it is committed or dropped.
    nonisolated(unsafe) let staging = self
    return BackgroundReport { [finish] () throws(ReportError) in
      try staging.writing(name) { try finish?() }
      try staging.seal(name, path: path)
      then?()
    }
  }

  /// Runs `body`, its error made the report's error.
  private func writing(_ name: String, _ body: () throws -> Void) throws(ReportError) {
    do {
      try body()
    } catch let error as ReportError {
      throw error
    } catch {
      throw .cannotWrite(path: directory.appendingPathComponent(name).path, reason: error.localizedDescription)
    }
  }

  /// Puts a file a library wrote on disk for good (fsync) and counts it as written.
  private func seal(_ name: String, path: String) throws(ReportError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0, fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      if descriptor >= 0 { _ = close(descriptor) }
      throw .cannotWrite(path: directory.appendingPathComponent(name).path, reason: reason)
    }
    _ = close(descriptor)
    doneLock.withLock { _ = done.insert(name) }
  }

  /// Puts the new set in place of the output folder in one step.
  public func commit() throws(ReportError) {
    precondition(!committed, "a staging is committed once")
    committed = true
    defer { lock.release() }
    try ReportWriter.swap(staging, into: directory)
  }

  private static func reason(_ error: ReportError) -> String {
    if case .cannotWrite(_, let reason) = error { return reason }
    return error.localizedDescription
  }

  deinit {
    if !committed {
      try? FileManager.default.removeItem(at: staging)
      lock.release()
    }
  }
}

/// A report a run wrote: its name and where it now is.
public struct WrittenReport: Equatable, Sendable {
  /// File name inside the output folder, e.g. `plans.csv`.
  public var name: String
  /// The file in the output folder.
  public var url: URL

  /// The file's bytes, read from disk.
  public func contents() throws -> Data { try Data(contentsOf: url) }
}

/// A report being written on a thread of its own (the page), while the run's
/// thread writes others.
public final class BackgroundReport: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var outcome: Result<Void, ReportError> = .success(())

  /// Starts `work` on a new thread. `work` must only read what it shares with the caller, and
  /// write reports through a ``ReportStaging`` that outlives ``wait()``.
  public init(_ work: @escaping @Sendable () throws(ReportError) -> Void) {
    let thread = Thread { [self] in
      outcome = Result { () throws(ReportError) in try work() }
      finished.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Waits until the work is done; throws what it threw. Call once.
  public func wait() throws(ReportError) {
    finished.wait()
    try outcome.get()
  }
}
