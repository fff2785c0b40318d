import Foundation

/// Numbers with a fixed count of decimals, as C's `printf("%.2f")` writes them: rounded from the
/// double's exact binary value to the nearest, a tie (a value such as 0.125, exactly between
/// two) to the even last digit, a negative value's sign kept even when it rounds to zero. The
/// same on every machine, and without Foundation's `String(format:)`, whose variadic arguments
/// and locale cost about 1.5 % of a run (a score on every campaign and task row).
enum DecimalText {
  /// `value` with `decimals` digits after the point (1 to 6).
  static func fixed(_ value: Double, decimals: Int) -> String {
    precondition((1...6).contains(decimals), "1 to 6 decimals")
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let magnitude = value.magnitude
    // Beyond 2^52 scaled, or not a number: the C library's own formatting.
    guard value.isFinite, magnitude * scale < 0x1p52 else { return String(format: "%.\(decimals)f", value) }
    let product = magnitude * scale
    // The part of the exact product the rounded one lost (exact: fused multiply-add).
    let lost = (-product).addingProduct(magnitude, scale)
    var units = product.rounded(.down)
    let fraction = product - units
    // Only a product ending in exactly .5 can be moved by what it lost: below .5 or above it,
    // the exact value is on the same side (half a unit in the last place is less than the gap).
    if fraction > 0.5 || (fraction == 0.5 && (lost > 0 || (lost == 0 && units.truncatingRemainder(dividingBy: 2) == 1))) {
      units += 1
    }
    let whole = UInt64(units)
    var divisor: UInt64 = 1
    for _ in 0..<decimals { divisor *= 10 }
    let digits = String(whole % divisor)
    let padding = String(repeating: "0", count: decimals - digits.count)
    return (value.sign == .minus ? "-" : "") + String(whole / divisor) + "." + padding + digits
  }

  /// `text`, a number as written above, with a decimal comma (`12,5`) for Vietnamese readers:
  /// its points become commas byte by byte, without Foundation's general string replacement.
  static func withDecimalComma(_ text: String) -> String {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] == UInt8(ascii: ".") { bytes[index] = UInt8(ascii: ",") }
    return String(decoding: bytes, as: UTF8.self)
  }
}
