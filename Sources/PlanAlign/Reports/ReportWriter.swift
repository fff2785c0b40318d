import CPlatform
import Foundation

/// Writes a run's reports so that the output folder always holds one complete set: the old
/// one or the new one, never a mix, whatever stops the run (an error, a full disk, `kill -9`).
///
/// The new set is written into a hidden folder beside the output folder (`.Reports.new-<pid>`),
/// each file flushed to disk, and then swapped with the output folder in one step (Linux
/// `renameat2(RENAME_EXCHANGE)`); the old set, now in the hidden folder, is removed. Hidden
/// folders left by a run that was killed are removed by the next run. Runs on one output folder
/// take turns: each holds a lock file beside it (`.Reports.lock`) while it writes.
public enum ReportWriter {
  /// Writes every file as the new content of `directory`.
  ///
  /// Refuses, leaving everything in place, when `directory` holds files that are not reports.
  public static func write(_ files: [ReportFile], to directory: URL) throws(ReportError) {
    let staging = try ReportStaging(directory: directory, names: files.map(\.name))
    for file in files { try staging.write(file.name, data: file.data) }
    try staging.commit()
  }

  /// Locks the output folder, removes what killed runs left and checks that the folder holds
  /// only reports; returns the new hidden folder to write into and the lock.
  static func begin(_ directory: URL, names: Set<String>) throws(ReportError) -> (staging: URL, lock: OutputLock) {
    let manager = FileManager.default
    let parent = directory.deletingLastPathComponent()
    let name = directory.lastPathComponent
    do {
      try manager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: parent.path, reason: error.localizedDescription)
    }
    let lock = try OutputLock(parent.appendingPathComponent(".\(name).lock"))
    removeLeftovers(in: parent, of: name)
    do {
      try checkOnlyReports(in: directory, expected: names)
    } catch {
      lock.release()
      throw error
    }
    let staging = parent.appendingPathComponent(".\(name).new-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      lock.release()
      throw .cannotWrite(path: directory.path, reason: error.localizedDescription)
    }
    return (staging, lock)
  }

  /// Puts the written set (`staging`) in place of `directory` in one step.
  static func swap(_ staging: URL, into directory: URL) throws(ReportError) {
    let manager = FileManager.default
    let parent = directory.deletingLastPathComponent()
    let name = directory.lastPathComponent
    syncDirectory(staging)
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        try? manager.removeItem(at: staging)
        throw .cannotWrite(path: directory.path, reason: "a file of that name is in the way")
      }
      if planalign_exchange_paths(staging.path, directory.path) != 0 {
        // A file system that cannot exchange: two renames, with the old set kept aside until
        // the new one is in place (the next run finds and removes a leftover).
        let aside = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        guard rename(directory.path, aside.path) == 0, rename(staging.path, directory.path) == 0 else {
          let reason = String(cString: strerror(errno))
          if !manager.fileExists(atPath: directory.path) { _ = rename(aside.path, directory.path) }
          try? manager.removeItem(at: staging)
          throw .cannotWrite(path: directory.path, reason: reason)
        }
        try? manager.removeItem(at: aside)
      } else {
        try? manager.removeItem(at: staging)
      }
    } else if rename(staging.path, directory.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(at: staging)
      throw .cannotWrite(path: directory.path, reason: reason)
    }
    syncDirectory(parent)
  }

  /// Hidden folders of earlier runs that were stopped before they could clean up.
  private static func removeLeftovers(in parent: URL, of name: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
    for entry in names where entry.hasPrefix(".\(name).new-") || entry.hasPrefix(".\(name).old-") {
      try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
    }
  }

  /// The output folder may hold only reports (and the temporary files of older versions).
  private static func checkOnlyReports(in directory: URL, expected: Set<String>) throws(ReportError) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let foreign = names.filter { !expected.contains($0) && !($0.hasPrefix(".") && $0.hasSuffix(".tmp")) }.sorted()
    guard foreign.isEmpty else {
      let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
      throw .foreignFiles(path: directory.path, names: shown)
    }
  }

  static func syncDirectory(_ url: URL) {
    let descriptor = open(url.path, O_RDONLY | O_DIRECTORY)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}

/// An exclusive lock on a file beside the output folder, held while a run writes.
final class OutputLock {
  private var descriptor: Int32

  init(_ url: URL) throws(ReportError) {
    descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: url.path, reason: String(cString: strerror(errno)))
    }
    // Another run writing the same folder: wait for it to finish.
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let reason = String(cString: strerror(errno))
        _ = close(descriptor)
        descriptor = -1
        throw .cannotWrite(path: url.path, reason: "cannot lock the output folder: \(reason)")
      }
    }
  }

  func release() {
    guard descriptor >= 0 else { return }
    _ = flock(descriptor, LOCK_UN)
    _ = close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
