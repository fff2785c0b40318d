import Foundation
import Testing

@testable import PlanAlign

@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r\nlf", "\"cr\r\nlf\""),
    (" padded ", "\" padded \""),
    ("", ""),
    ("Đống Đa", "Đống Đa"),
  ])
  func quotesOnlyWhenNeeded(input: String, expected: String) {
    #expect(CSVWriter.field(input) == expected)
  }

  @Test(arguments: [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
    ("+84 912", "'+84 912"),
    ("- Trước ngày 10/6/2024", "'- Trước ngày 10/6/2024"),
    ("@cmd", "'@cmd"),
    ("\tTab", "'\tTab"),
    ("\rCR", "'\rCR"),
    ("Trước ngày 15/03/2024", "Trước ngày 15/03/2024"),
  ])
  func neutralisesFormulasInTextCells(input: String, expected: String) {
    #expect(CSVCell.text(input).rendered == expected)
  }

  @Test func numbersAreNotPrefixedButIDsAndHeadersAre() {
    #expect(CSVCell.number(-12).rendered == "-12")
    #expect(CSVCell.value("-12").rendered == "-12")
    #expect(CSVCell.value("0.90").rendered == "0.90")
    #expect(CSVCell.value("2024-03-15").rendered == "2024-03-15")
    // Taxonomy IDs come from a file staff edit.
    #expect(CSVCell.value("=HYPERLINK(\"x\")").rendered == "'=HYPERLINK(\"x\")")
    let table = CSVTable(header: ["campaign", "=HYPERLINK(1) 2024"], rows: [])
    #expect(String(decoding: CSVWriter(byteOrderMark: false).data(table), as: UTF8.self) == "campaign,'=HYPERLINK(1) 2024\r\n")
  }

  @Test func writesBOMAndCRLF() {
    let table = CSVTable(header: ["a", "b"], rows: [[.text("x"), .number(1)]])
    let bytes = [UInt8](CSVWriter().data(table))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "a,b\r\nx,1\r\n")
    let plain = CSVWriter(byteOrderMark: false).data(table)
    #expect(String(decoding: plain, as: UTF8.self) == "a,b\r\nx,1\r\n")
  }

  /// `--csv-sep ';'`: the separator and decimal mark a Vietnamese-locale spreadsheet expects;
  /// text holding a semicolon is quoted, a comma no longer needs to be, dates and IDs unchanged.
  @Test func semicolonSeparatedFilesUseDecimalCommas() {
    let table = CSVTable(
      header: ["task", "score", "median_day", "due_end", "unit_code"],
      rows: [[.text("Cán bộ, công chức; người lao động"), .decimal("0.85"), .decimal("12.5"), .date("2024-03-31"), .value("00070")]])
    #expect(
      String(decoding: CSVWriter(byteOrderMark: false, separator: ";").data(table), as: UTF8.self)
        == "task;score;median_day;due_end;unit_code\r\n\"Cán bộ, công chức; người lao động\";0,85;12,5;2024-03-31;00070\r\n")
    #expect(
      String(decoding: CSVWriter(byteOrderMark: false, separator: "\t").data(table), as: UTF8.self)
        == "task\tscore\tmedian_day\tdue_end\tunit_code\r\nCán bộ, công chức; người lao động\t0.85\t12.5\t2024-03-31\t00070\r\n")
  }

  @Test func readsBackWhatItWrites() throws {
    let awkward = ["Cán bộ, công chức", "“quoted” and \"straight\"", "line\nbreak", " spaced ", "", "plain"]
    let table = CSVTable(header: ["text"], rows: awkward.map { [.text($0)] })
    let records = try CSVReader.records(from: CSVWriter().data(table), source: "roundtrip.csv")
    #expect(records.map { $0.fields.first ?? "?" } == ["text"] + awkward.map { $0.isEmpty ? "" : $0 })
  }
}

@Suite struct CSVReaderTests {
  @Test func keepsSpacesAndEmptyFieldsInPlace() throws {
    let records = try CSVReader.records(from: Data("a, b ,,d\n".utf8), source: "t.csv")
    #expect(records == [CSVRecord(fields: ["a", " b ", "", "d"], line: 1)])
  }

  @Test func recordsKnowTheirLine() throws {
    let text = "h1,h2\n\n\"multi\nline\",x\nlast,y"
    let records = try CSVReader.records(from: Data(text.utf8), source: "t.csv")
    #expect(records.map(\.line) == [1, 3, 5])
  }

  /// Old Mac spreadsheets end lines with a lone CR; libcsv ends records there, and so do the
  /// line numbers in messages (the fuzzer found records sharing a line).
  @Test(arguments: ["\r", "\r\n", "\n"])
  func everyLineEndCountsAsALine(end: String) throws {
    let text = ["id,name", "\"a\(end)b\",x", ",", "(", "last,y"].joined(separator: end)
    let records = try CSVReader.records(from: Data(text.utf8), source: "t.csv")
    #expect(records.map(\.line) == [1, 2, 4, 5, 6])
  }

  @Test func stripsUTF8BOM() throws {
    let records = try CSVReader.records(from: Data([0xEF, 0xBB, 0xBF] + Array("id,name\r\n".utf8)), source: "t.csv")
    #expect(records.first?.fields == ["id", "name"])
  }

  @Test(arguments: [
    ("a,b\nc\"d,e\n", "bad.csv:2: malformed CSV: a quote inside an unquoted field, or text after a closing quote"),
    ("a,b\n\"open,e\n", "bad.csv:2: malformed CSV: a quoted field is never closed"),
    ("a,\"b\"x\n", "bad.csv:1: malformed CSV: a quote inside an unquoted field, or text after a closing quote"),
  ])
  func reportsMalformedCSVWithLineAndReason(text: String, message: String) {
    #expect(throws: CSVError.self) { try CSVReader.records(from: Data(text.utf8), source: "bad.csv") }
    do {
      _ = try CSVReader.records(from: Data(text.utf8), source: "bad.csv")
    } catch {
      #expect(error.localizedDescription == message)
    }
  }

  @Test func rejectsUnknownAndMissingColumns() {
    let data = Data("name,colour\nx,y\n".utf8)
    #expect(throws: CSVError.missingColumn(source: "g.csv", column: "unit_type")) {
      try CSVReader.table(from: data, source: "g.csv", required: ["name", "unit_type"])
    }
    #expect(throws: CSVError.unknownColumn(source: "g.csv", column: "colour")) {
      try CSVReader.table(from: data, source: "g.csv", required: ["name"], known: ["name"])
    }
  }

  /// A field whose bytes are not UTF-8 fails the file at its line: a byte no UTF-8 has, a lead
  /// byte without its continuation, and a cut four-byte sequence (which decoding would repair
  /// into a character of the same length); valid Vietnamese passes.
  @Test(arguments: [
    ([0xFF] as [UInt8], 2 as Int?),
    ([0xC3, 0x28], 2),
    ([0xF0, 0x90, 0x80], 2),
    (Array("Hà Nội".utf8), nil),
  ])
  func fieldsThatAreNotUTF8FailAtTheirLine(field: [UInt8], line: Int?) {
    let data = Data(Array("code,name\n01,".utf8) + field + Array("\n".utf8))
    do {
      let records = try CSVReader.records(from: data, source: "units.csv")
      #expect(line == nil)
      #expect(records.last?.fields == ["01", String(decoding: field, as: UTF8.self)])
    } catch {
      #expect(error as? CSVError == .notUTF8(source: "units.csv", line: line ?? 0))
    }
  }
}
