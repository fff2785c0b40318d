import Foundation

/// The gazetteer, the crosswalk and the taxonomy matchers as they are once built from their CSV
/// files, kept in the cache folder between runs (`gazetteer-KEY.bin`, `crosswalk-KEY.bin`,
/// `taxonomy-KEY.bin`).
///
/// Reading `units.csv` and indexing its 14,000 names costs more than reading a city's plans;
/// a run whose data files and program are those of an earlier run reads the built form instead.
/// The key is a digest of the files' bytes and of the program file (its size and time), so an
/// edited CSV file or a new build of the tool is never answered from an older cache. A cache
/// file that cannot be read back whole is ignored and written again; a folder that cannot be
/// written to only means no cache.
struct BuiltDataCache: Sendable {
  /// The folder the built files go in.
  var directory: URL

  /// The built form named `kind` for `sources` (the bytes it is built from), or `nil` when
  /// none was written for exactly these bytes and this program.
  func load<Value>(_ kind: String, sources: [Data], decode: (inout BinaryReader) -> Value?) -> Value? {
    guard let url = url(kind, sources), let data = try? Data(contentsOf: url) else { return nil }
    var reader = BinaryReader(data)
    guard reader.readMagic(Self.magic + kind), let value = decode(&reader), reader.isAtEnd else { return nil }
    return value
  }

  /// Writes the built form of `kind` for `sources`, under a temporary name then renamed, so a
  /// reader never sees half a file; the oldest of this kind beyond ``kept`` are removed.
  func store(_ kind: String, sources: [Data], encode: (inout BinaryWriter) -> Void) {
    guard let url = url(kind, sources) else { return }
    var writer = BinaryWriter()
    writer.writeMagic(Self.magic + kind)
    encode(&writer)
    let manager = FileManager.default
    guard (try? manager.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return }
    let temporary = url.appendingPathExtension("\(UUID().uuidString).part")
    guard (try? writer.data.write(to: temporary)) != nil else { return }
    guard rename(temporary.path, url.path) == 0 else {
      try? manager.removeItem(at: temporary)
      return
    }
    // The newest few of each kind are kept: two builds of the tool, or two data folders, used
    // in turn each find their own, and the folder does not grow with every edit.
    let siblings = ((try? manager.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasPrefix(kind + "-") && $0.hasSuffix(".bin") }
      .map { name -> (name: String, time: Date) in
        let time = (try? manager.attributesOfItem(atPath: directory.appendingPathComponent(name).path))?[.modificationDate]
        return (name, time as? Date ?? .distantPast)
      }
      .sorted { ($0.time, $0.name) > ($1.time, $1.name) }
    for old in siblings.dropFirst(Self.kept) where old.name != url.lastPathComponent {
      try? manager.removeItem(at: directory.appendingPathComponent(old.name))
    }
  }

  /// The value of `kind` built from `sources`: read from `cache` when it holds one, else made
  /// by `build` and written to it. Without a cache, `build` alone.
  static func value<Value>(
    _ kind: String, sources: [Data], in cache: BuiltDataCache?,
    decode: (inout BinaryReader) -> Value?, encode: (Value) -> (inout BinaryWriter) -> Void,
    build: () throws -> Value
  ) rethrows -> Value {
    if let cached = cache?.load(kind, sources: sources, decode: decode) { return cached }
    let value = try build()
    cache?.store(kind, sources: sources, encode: encode(value))
    return value
  }

  /// How many built files of each kind are kept.
  static let kept = 4

  /// Written first in every file: the format, which changes when the layout does.
  static let magic = "planalign built data 1 "

  private func url(_ kind: String, _ sources: [Data]) -> URL? {
    guard let program = Self.programIdentity else { return nil }
    var digest = ByteDigest()
    digest.add(Data((Self.magic + kind + program).utf8))
    for source in sources { digest.add(source) }
    return directory.appendingPathComponent("\(kind)-\(digest.hex).bin")
  }

  /// The running program's size and modification time: a rebuilt tool (whose folding rules may
  /// have changed) reads no cache written by another build. `nil` when it cannot be told.
  static let programIdentity: String? = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber, let time = attributes[.modificationDate] as? Date
    else { return nil }
    return "\(size.int64Value) \(time.timeIntervalSince1970.bitPattern)"
  }()
}
