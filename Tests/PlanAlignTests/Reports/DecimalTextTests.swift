import Foundation
import Testing

@testable import PlanAlign

/// Scores and day counts are written as C's printf writes them: the reports' numbers must not
/// change with the formatter.
@Suite struct DecimalTextTests {
  /// Ties between two decimals go to the even digit when the double is exactly the tie (0.125)
  /// and to the side the binary value lies on otherwise (1.005 is just below, 1.015 too, 0.145
  /// just above); a negative value keeps its sign even when it rounds to zero.
  @Test(arguments: [
    (0.125, 2, "0.12"), (0.375, 2, "0.38"), (0.625, 2, "0.62"), (0.875, 2, "0.88"), (2.5, 1, "2.5"),
    (1.005, 2, "1.00"), (1.015, 2, "1.01"), (0.145, 2, "0.14"), (0.285, 2, "0.28"), (0.9, 2, "0.90"),
    (1.0, 2, "1.00"), (0.0, 2, "0.00"), (-0.0, 1, "-0.0"), (-0.04, 1, "-0.0"), (-12.25, 1, "-12.2"),
    (-12.35, 1, "-12.3"), (158.25, 1, "158.2"), (206.75, 1, "206.8"), (0.999, 2, "1.00"), (1e20, 2, "100000000000000000000.00"),
  ])
  func roundsAsPrintfDoes(value: Double, decimals: Int, expected: String) {
    #expect(DecimalText.fixed(value, decimals: decimals) == expected)
    #expect(DecimalText.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value))
  }

  /// Every score a match can give (a ratio of small counts) and every half or quarter day of a
  /// year's deltas, against the C library.
  @Test func agreesWithPrintfOnScoresAndDays() {
    var mismatches: [String] = []
    for denominator in 1...200 {
      for numerator in 0...denominator {
        let value = Double(numerator) / Double(denominator)
        let ours = DecimalText.fixed(value, decimals: 2), theirs = String(format: "%.2f", value)
        if ours != theirs { mismatches.append("\(value): \(ours) ≠ \(theirs)") }
      }
    }
    for quarter in -1_460...1_460 {
      for value in [Double(quarter) / 4, Double(quarter) / 3, Double(quarter) * 0.1] {
        let ours = DecimalText.fixed(value, decimals: 1), theirs = String(format: "%.1f", value)
        if ours != theirs { mismatches.append("\(value): \(ours) ≠ \(theirs)") }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// Vietnamese readers see a decimal comma; the number is otherwise as written.
  @Test(arguments: [("0.85", "0,85"), ("-12.5", "-12,5"), ("158", "158"), ("", ""), ("1.000.5", "1,000,5")])
  func decimalComma(text: String, expected: String) {
    #expect(DecimalText.withDecimalComma(text) == expected)
  }
}
