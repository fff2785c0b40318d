import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The list numbering of a Word document (`word/numbering.xml`, and the numbering paragraph
/// styles carry in `word/styles.xml`), turned into the labels Word shows: “1.”, “1.1.”, “a)”,
/// “II.”, “-”, “+”, “•”.
struct DocxNumbering {
  struct Level {
    var format = "decimal"
    var text = ""
    var start = 1
  }

  /// abstractNumId → level → definition.
  private var abstract: [String: [Int: Level]] = [:]
  /// numId → abstractNumId.
  private var instances: [String: String] = [:]
  /// numId → level → start override.
  private var overrides: [String: [Int: Int]] = [:]
  /// Paragraph style → (numId, level).
  private var styles: [String: (numId: String, level: Int)] = [:]
  /// Counters per numId and level.
  private var counters: [String: [Int: Int]] = [:]

  init(numbering: Data?, styles stylesData: Data?) {
    if let numbering {
      let reader = NumberingXML()
      XMLStream.parse(numbering, delegate: reader)
      abstract = reader.abstract
      instances = reader.instances
      overrides = reader.overrides
    }
    if let stylesData {
      let reader = StylesXML()
      XMLStream.parse(stylesData, delegate: reader)
      var resolved: [String: (String, Int)] = [:]
      for id in reader.styles.keys {
        var current: String? = id
        var hops = 0
        while let style = current, hops < 10 {
          if let numbering = reader.styles[style]?.numbering {
            resolved[id] = numbering
            break
          }
          current = reader.styles[style]?.basedOn
          hops += 1
        }
      }
      styles = resolved.mapValues { (numId: $0.0, level: $0.1) }
    }
  }

  /// The label for the next paragraph numbered (`numId`, `level`), or for one in `style`
  /// when the paragraph sets no numbering itself; `nil` when it is not numbered.
  mutating func label(numId: String?, level: Int?, style: String?) -> String? {
    var id = numId
    var ilvl = level
    if id == nil, let style, let numbering = styles[style] {
      id = numbering.numId
      ilvl = ilvl ?? numbering.level
    }
    guard let id, id != "0", let abstractId = instances[id], let levels = abstract[abstractId] else { return nil }
    let ilvl2 = max(0, min(ilvl ?? 0, 8))
    guard let definition = levels[ilvl2] else { return nil }
    var counts = counters[id] ?? [:]
    let start = overrides[id]?[ilvl2] ?? definition.start
    counts[ilvl2] = (counts[ilvl2] ?? (start - 1)) + 1
    for deeper in (ilvl2 + 1)..<9 { counts[deeper] = nil }
    counters[id] = counts
    if definition.format == "bullet" { return Self.bullet(definition.text) }
    if definition.format == "none" { return "" }
    var label = ""
    var characters = Array(definition.text)
    var index = 0
    while index < characters.count {
      if characters[index] == "%", index + 1 < characters.count, let digit = characters[index + 1].wholeNumberValue,
        (1...9).contains(digit)
      {
        let refLevel = digit - 1
        let format = levels[refLevel]?.format ?? "decimal"
        let value = counts[refLevel] ?? (overrides[id]?[refLevel] ?? levels[refLevel]?.start ?? 1)
        label += Self.format(value, as: format)
        index += 2
        continue
      }
      label.append(characters[index])
      index += 1
    }
    characters = []
    return label
  }

  /// A bullet as the text shows it: dashes and pluses stay; symbol-font glyphs become “•”.
  private static func bullet(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if ["-", "–", "—", "+", "•", "*", "·"].contains(trimmed) { return trimmed == "·" ? "•" : trimmed }
    return "•"
  }

  static func format(_ value: Int, as format: String) -> String {
    switch format {
    case "lowerLetter": return letters(value).lowercased()
    case "upperLetter": return letters(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperRoman": return roman(value)
    case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
    default: return "\(value)"
    }
  }

  private static func letters(_ value: Int) -> String {
    guard value > 0 else { return "" }
    let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return "\(value)" }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, numeral) in table {
      while rest >= amount {
        result += numeral
        rest -= amount
      }
    }
    return result
  }
}

/// Reads `numbering.xml`.
private final class NumberingXML: NSObject, XMLParserDelegate {
  var abstract: [String: [Int: DocxNumbering.Level]] = [:]
  var instances: [String: String] = [:]
  var overrides: [String: [Int: Int]] = [:]
  private var abstractId: String?
  private var numId: String?
  private var level: Int?
  private var overrideLevel: Int?

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let value = XMLStream.attribute("val", in: attributes)
    switch XMLStream.local(name) {
    case "abstractNum": abstractId = XMLStream.attribute("abstractNumId", in: attributes)
    case "lvl":
      if let abstractId, let ilvl = XMLStream.attribute("ilvl", in: attributes).flatMap(Int.init) {
        level = ilvl
        abstract[abstractId, default: [:]][ilvl] = DocxNumbering.Level()
      } else if numId != nil {
        level = nil
      }
    case "numFmt": update { $0.format = value ?? "decimal" }
    case "lvlText": update { $0.text = value ?? "" }
    case "start":
      if let numId, let overrideLevel, let start = value.flatMap(Int.init) {
        overrides[numId, default: [:]][overrideLevel] = start
      } else {
        update { $0.start = value.flatMap(Int.init) ?? 1 }
      }
    case "startOverride":
      if let numId, let overrideLevel, let start = value.flatMap(Int.init) {
        overrides[numId, default: [:]][overrideLevel] = start
      }
    case "num": numId = XMLStream.attribute("numId", in: attributes)
    case "abstractNumId": if let numId, let value { instances[numId] = value }
    case "lvlOverride": overrideLevel = XMLStream.attribute("ilvl", in: attributes).flatMap(Int.init)
    default: break
    }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch XMLStream.local(name) {
    case "abstractNum": abstractId = nil
    case "lvl": level = nil
    case "num": numId = nil
    case "lvlOverride": overrideLevel = nil
    default: break
    }
  }

  private func update(_ change: (inout DocxNumbering.Level) -> Void) {
    guard let abstractId, let level, numId == nil else { return }
    change(&abstract[abstractId, default: [:]][level, default: DocxNumbering.Level()])
  }
}

/// Reads the numbering and parent of each paragraph style in `styles.xml`.
private final class StylesXML: NSObject, XMLParserDelegate {
  var styles: [String: (basedOn: String?, numbering: (String, Int)?)] = [:]
  private var style: String?
  private var numId: String?
  private var level = 0

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch XMLStream.local(name) {
    case "style":
      style = XMLStream.attribute("styleId", in: attributes)
      numId = nil
      level = 0
      if let style { styles[style] = (nil, nil) }
    case "basedOn": if let style { styles[style]?.basedOn = XMLStream.attribute("val", in: attributes) }
    case "numId": numId = XMLStream.attribute("val", in: attributes)
    case "ilvl": level = XMLStream.attribute("val", in: attributes).flatMap(Int.init) ?? 0
    default: break
    }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if XMLStream.local(name) == "style", let style {
      if let numId { styles[style]?.numbering = (numId, level) }
      self.style = nil
    }
  }
}

/// Streams XML through Foundation's parser from an input stream (parsing from `Data` fails on
/// Linux above 10 MB, swift-corelibs-foundation #4851).
enum XMLStream {
  /// Parses `data` with `delegate`; returns whether the document was well formed.
  ///
  /// Bytes that are not text in the encoding the part declares are refused unparsed:
  /// Foundation's parser on Linux stops the process on an element name that is not UTF-8.
  @discardableResult
  static func parse(_ data: Data, delegate: XMLParserDelegate) -> Bool {
    guard isText(data) else { return false }
    let parser = XMLParser(stream: InputStream(data: data))
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    return parser.parse()
  }

  /// Whether `data` is UTF-16 with its byte-order mark, or else UTF-8 (the encoding Word writes).
  static func isText(_ data: Data) -> Bool {
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      return String(data: data, encoding: .utf16) != nil
    }
    return String(validating: data, as: UTF8.self) != nil
  }

  /// An element or attribute name without its namespace prefix.
  static func local(_ name: String) -> Substring {
    guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
    return name[name.index(after: colon)...]
  }

  /// The value of an attribute by its local name (`w:val` → `val`).
  static func attribute(_ name: String, in attributes: [String: String]) -> String? {
    if let value = attributes["w:" + name] { return value }
    for (key, value) in attributes where local(key) == name { return value }
    return nil
  }
}
