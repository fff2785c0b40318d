import Foundation

/// The one place PlanAlign runs other programs (LibreOffice, poppler's pdftotext and
/// pdftoppm, Tesseract): it finds them on `PATH`, gives each a temporary folder and a time
/// limit, caches OCR output by the file's content, and turns every failure into a one-line
/// ``IngestionError`` that names what to install.
public struct ExternalPrograms: Sendable {
  /// Where OCR text is cached, keyed by the PDF's content; `nil` disables the cache.
  public var cacheDirectory: URL?
  /// Time limit for one program run, in seconds.
  public var timeout: TimeInterval
  /// Told of slow work as it goes (“plan.pdf: OCR page 3 of 9”), for a progress line.
  public var progress: (@Sendable (String) -> Void)?

  /// Creates the runner.
  public init(cacheDirectory: URL? = nil, timeout: TimeInterval = 300, progress: (@Sendable (String) -> Void)? = nil) {
    self.cacheDirectory = cacheDirectory
    self.timeout = timeout
    self.progress = progress
  }

  /// Debian packages that provide each program.
  static let packages: [String: String] = [
    "soffice": "libreoffice-writer", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils", "tesseract": "tesseract-ocr tesseract-ocr-vie",
  ]

  /// The full path of `program` on `PATH`, or `nil`.
  static func locate(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(program)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `program` with `arguments`; returns its standard output. Throws when the program is
  /// missing, fails or runs past the time limit.
  func run(_ program: String, _ arguments: [String], file: String, environment: [String: String] = [:]) throws(IngestionError) -> Data {
    guard let executable = Self.locate(program) else {
      throw .missingProgram(file: file, program: program, package: Self.packages[program] ?? program)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    let collected = OutputCollector()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      collected.output = output.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      collected.errors = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    do {
      try process.run()
    } catch {
      throw .conversionFailed(file: file, reason: Message(.programNotStarted, .text(program), .text(error.localizedDescription)))
    }
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      kill(process.processIdentifier, SIGKILL)
      _ = finished.wait(timeout: .now() + 5)
      group.wait()
      throw .conversionFailed(file: file, reason: Message(.programTimedOut, .text(program), .count(Int(timeout))))
    }
    group.wait()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: collected.errors, as: UTF8.self)
        .split(whereSeparator: \.isNewline).first.map { String($0.prefix(200)) } ?? ""
      // Staff read this: say what it means for the file, and keep the program's words as detail.
      // poppler says “Incorrect password” of a PDF locked against opening.
      if program.hasPrefix("pdf"), message.lowercased().contains("password") {
        throw .unreadable(file: file, reason: Message(.pdfPassword))
      }
      let what: Message.Key = program.hasPrefix("pdf") ? .pdfDamaged : program == "soffice" ? .libreOfficeCannotOpen : .programCannotRead
      let detail: Message.Value = message.isEmpty ? .message(Message(.exitStatus, "\(process.terminationStatus)")) : .text(message)
      throw .conversionFailed(file: file, reason: Message(what, .text(program), detail))
    }
    return collected.output
  }

  /// A fresh temporary folder, removed by the caller with ``removeTemporary(_:)``.
  static func temporaryFolder() throws(IngestionError) -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planalign-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw .conversionFailed(file: folder.path, reason: Message(.temporaryFolder, .text(error.localizedDescription)))
    }
    return folder
  }

  /// A copy of a plan's bytes as `plan.<suffix>` in a fresh temporary folder, for a program
  /// that reads files; remove the folder with ``removeTemporary(_:)``.
  static func temporaryCopy(_ data: Data, suffix: String, file: String) throws(IngestionError) -> (folder: URL, copy: URL) {
    let folder = try temporaryFolder()
    let copy = folder.appendingPathComponent("plan.\(suffix)")
    do {
      try data.write(to: copy)
    } catch {
      removeTemporary(folder)
      throw .conversionFailed(file: file, reason: Message(.temporaryCopy, .text(error.localizedDescription)))
    }
    return (folder, copy)
  }

  static func removeTemporary(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Converts a .doc, .odt or .rtf file to .docx with LibreOffice (headless, its own profile so
  /// several conversions can run at once).
  func convertToDocx(_ data: Data, suffix: String, file: String) throws(IngestionError) -> Data {
    let (folder, input) = try Self.temporaryCopy(data, suffix: suffix, file: file)
    defer { Self.removeTemporary(folder) }
    let profile = folder.appendingPathComponent("profile")
    _ = try run(
      "soffice",
      [
        "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--nolockcheck",
        "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.path, input.path,
      ], file: file, environment: ["HOME": folder.path])
    let output = folder.appendingPathComponent("plan.docx")
    guard let converted = try? Data(contentsOf: output) else {
      throw .conversionFailed(file: file, reason: Message(.libreOfficeCannotConvert))
    }
    return converted
  }
}

/// Output gathered from a child process's pipes on other threads.
private final class OutputCollector: @unchecked Sendable {
  var output = Data()
  var errors = Data()
}
