/// Where a fact came from: the plan file and its 1-based line.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The plan file's name as given to the tool (for example `long-bien-2024.txt`).
  public var file: String
  /// The 1-based line number in that file.
  public var line: Int

  /// Creates a location.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line) < (rhs.file, rhs.line)
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}

/// A calendar day without time zone, written ISO 8601 (`2024-01-29`).
///
/// Stored in 8 bytes (not three `Int`s, 24): a national corpus holds several dates for each of
/// its hundreds of thousands of items and timing rows.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  private var storedYear: Int32
  private var storedMonth: UInt8
  private var storedDay: UInt8

  /// Four-digit year.
  public var year: Int {
    get { Int(storedYear) }
    set { storedYear = Int32(clamping: newValue) }
  }
  /// Month, 1–12.
  public var month: Int {
    get { Int(storedMonth) }
    set { storedMonth = UInt8(clamping: newValue) }
  }
  /// Day of month, 1–31.
  public var day: Int {
    get { Int(storedDay) }
    set { storedDay = UInt8(clamping: newValue) }
  }

  /// Creates a date when the day exists in that month and year; otherwise `nil` (also for a
  /// year beyond ±2 billion, which no plan writes).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
      let storedYear = Int32(exactly: year)
    else {
      return nil
    }
    self.storedYear = storedYear
    self.storedMonth = UInt8(month)
    self.storedDay = UInt8(day)
  }

  /// Number of days in a month, leap years included.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Gregorian leap year rule.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.storedYear, lhs.storedMonth, lhs.storedDay) < (rhs.storedYear, rhs.storedMonth, rhs.storedDay)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
    return "\(y)-\(m)-\(d)"
  }
}
