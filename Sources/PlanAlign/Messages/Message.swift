/// A language the reports and messages are written in.
public enum Language: String, Sendable, CaseIterable {
  /// Vietnamese, the default: the people who run PlanAlign and read its reports.
  case vi
  /// English.
  case en

  /// The language for a code such as `--lang` takes; Vietnamese unless `en`.
  public init(code: String) { self = code == "en" ? .en : .vi }
}

/// A sentence for a person, kept as the key of its wording and the values that go into it, so
/// that it is told in the reader's language: a warning in `warnings.csv`, on the page and on
/// the terminal, the reason a file could not be read.
///
/// The wordings are in ``Message/Key``, each in Vietnamese and English; values are plan text,
/// counts and dates, written as the language writes them (`13/01/2021`, `7.000`).
public struct Message: Sendable, Hashable, CustomStringConvertible {
  /// One value of a message. Not `indirect`: each value is held in the message's array rather
  /// than boxed on its own (a national corpus keeps tens of thousands of warnings).
  public enum Value: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// Text as it stands: a quotation from a plan, a file name, a program's own words.
    case text(String)
    /// A count, with the language's thousands separator.
    case count(Int)
    /// A date, `dd/mm/yyyy` in Vietnamese and ISO in English.
    case date(CalendarDate)
    /// A name that has a form in each language (a taxonomy entry).
    case names(vi: String, en: String)
    /// Another message: the detail of a failure.
    case message(Message)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }

    /// The value as `language` writes it.
    public func text(_ language: Language) -> String {
      switch self {
      case .text(let text): return text
      case .count(let count): return Self.grouped(count, separator: language == .vi ? "." : ",")
      case .date(let date): return date.written(in: language)
      case .names(let vi, let en): return language == .en && !en.isEmpty ? en : vi
      case .message(let message): return message.text(language)
      }
    }

    static func grouped(_ count: Int, separator: String) -> String {
      let digits = String(count.magnitude)
      guard digits.count > 3 else { return count < 0 ? "-" + digits : digits }
      var result = ""
      for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
        result.append(digit)
      }
      return count < 0 ? "-" + result : result
    }
  }

  /// Which wording.
  public var key: Key
  /// The values for the wording's `{1}`, `{2}`… in order.
  public var values: [Value]

  /// A message with wording `key` and its values.
  public init(_ key: Key, _ values: Value...) {
    self.key = key
    self.values = values
  }

  /// The message in `language`.
  public func text(_ language: Language) -> String {
    let template = language == .vi ? key.wording.vi : key.wording.en
    guard !values.isEmpty else { return template }
    // The braces are found in the UTF-8 (a wording is ours, and a brace is never part of a
    // longer character): searching the characters was most of writing a warning.
    var result = ""
    let utf8 = template.utf8
    var literal = utf8.startIndex
    var cursor = literal
    while let open = utf8[cursor...].firstIndex(of: UInt8(ascii: "{")) {
      cursor = utf8.index(after: open)
      guard let close = utf8[cursor...].firstIndex(of: UInt8(ascii: "}")), let number = Int(template[cursor..<close]),
        values.indices.contains(number - 1)
      else { continue }
      result += template[literal..<open]
      result += values[number - 1].text(language)
      literal = utf8.index(after: close)
      cursor = literal
    }
    return result + template[literal...]
  }

  /// The Vietnamese text.
  public var description: String { text(.vi) }
}

extension CalendarDate {
  /// The date as readers of `language` write it: `13/01/2021` in Vietnamese, ISO `2021-01-13`
  /// in English.
  public func written(in language: Language) -> String {
    guard language == .vi else { return description }
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return "\(two(day))/\(two(month))/\(year)"
  }
}
