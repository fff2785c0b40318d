import Foundation
import Testing

@testable import PlanAlign

/// The issuer read from the places that name it, resolved against the units of the plan's
/// period; never guessed from body text.
@Suite struct IssuerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var header: String
    var year: Int
    var place: String? = nil
    var preamble: String = ""
    /// Expected name, type, code and province; a nil code means no code (with `warning`).
    var name: String
    var type: String
    var code: String?
    var province: String
    var warning: String? = nil
    var testDescription: String { header.replacingOccurrences(of: "\n", with: " / ") + " (\(year))" }
  }

  static func plan(_ c: Case) throws -> Plan {
    let place = c.place.map { "\($0), ngày 05 tháng 01 năm \(c.year)\n\n" } ?? ""
    let text = """
      \(c.header)

      Số: 12/KH-UBND

      \(place)KẾ HOẠCH
      Công tác thi đua, khen thưởng năm \(c.year)

      \(c.preamble)

      I. NỘI DUNG

      - Tổ chức Hội nghị tổng kết trước ngày 15/3/\(c.year).

      Nơi nhận:
      - Như trên;

      CHỦ TỊCH

      Trần Văn An
      """
    return try TestSupport.plan(text)
  }

  /// Each unit in four hands: the two-line authority block, one line, the Emulation Council,
  /// and without diacritics.
  static func forms(_ type: String, _ name: String, year: Int, code: String, province: String, typeListed: String? = nil) -> [Case] {
    let upper = "\(type) \(name)".uppercased()
    let bare = String(upper.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark })
      .replacingOccurrences(of: "Đ", with: "D")
    let listed = typeListed ?? type
    return [
      Case(header: "ỦY BAN NHÂN DÂN\n\(upper)", year: year, name: name, type: listed, code: code, province: province),
      Case(header: "UBND \(upper)", year: year, name: name, type: listed, code: code, province: province),
      Case(header: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\n\(upper)", year: year, name: name, type: listed, code: code, province: province),
      Case(header: "UY BAN NHAN DAN\n\(bare)", year: year, name: name, type: listed, code: code, province: province,
           warning: "district_spelling"),
    ]
  }

  static let cases: [Case] =
    forms("quận", "Long Biên", year: 2024, code: "004", province: "Hà Nội")
    + forms("quận", "Cầu Giấy", year: 2023, code: "005", province: "Hà Nội")
    + forms("huyện", "Gia Lâm", year: 2022, code: "018", province: "Hà Nội")
    + forms("thị xã", "Sơn Tây", year: 2021, code: "269", province: "Hà Nội")
    + forms("thành phố", "Long Khánh", year: 2024, code: "732", province: "Đồng Nai", typeListed: "thành phố thuộc tỉnh")
    + forms("quận", "Hải Châu", year: 2023, code: "492", province: "Đà Nẵng")
    + forms("phường", "Long Biên", year: 2026, code: "00145", province: "Hà Nội")
    + forms("phường", "Bạch Mai", year: 2026, code: "00292", province: "Hà Nội")
    + forms("xã", "Bát Tràng", year: 2026, code: "00577", province: "Hà Nội")
    + forms("phường", "Sơn Tây", year: 2026, code: "09574", province: "Hà Nội")
    + forms("tỉnh", "Nghệ An", year: 2026, code: "40", province: "Nghệ An")
    + forms("đặc khu", "Phú Quốc", year: 2026, code: "31078", province: "An Giang")
    + [
      // The header flattened into one line with the national motto beside it.
      Case(header: "ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", year: 2021,
           name: "Hoàng Mai", type: "quận", code: "008", province: "Hà Nội"),
      // OCR damage in the type word and the name.
      Case(header: "UBND quéan Thanh Xuan", year: 2024, name: "Thanh Xuân", type: "quận", code: "009", province: "Hà Nội",
           warning: "district_spelling"),
      Case(header: "ỦY BAN NHÂN DÂN\nQUẬN THANH XUẦN", year: 2024, name: "Thanh Xuân", type: "quận", code: "009",
           province: "Hà Nội", warning: "district_spelling"),
      // Mixed case, the issuing sentence of the preamble only.
      Case(header: "", year: 2024, preamble: "UBND quận Ba Đình ban hành Kế hoạch công tác thi đua, khen thưởng năm 2024 như sau:",
           name: "Ba Đình", type: "quận", code: "001", province: "Hà Nội"),
      Case(header: "", year: 2021, preamble: "Hội đồng Thi đua - Khen thưởng quận Hoàng Mai ban hành Kế hoạch như sau:",
           name: "Hoàng Mai", type: "quận", code: "008", province: "Hà Nội"),
      // The place of the date line alone.
      Case(header: "", year: 2025, place: "Đống Đa", name: "Đống Đa", type: "quận", code: "006", province: "Hà Nội"),
      // A higher authority above the issuer.
      Case(header: "UBND TỈNH ĐỒNG NAI\nUBND THÀNH PHỐ BIÊN HÒA", year: 2024, name: "Biên Hòa", type: "thành phố thuộc tỉnh",
           code: "731", province: "Đồng Nai"),
      // The same name before and after the reform.
      Case(header: "UBND QUẬN LONG BIÊN", year: 2025, name: "Long Biên", type: "quận", code: "004", province: "Hà Nội"),
      // Phường Hoàng Mai is in Hà Nội and in Nghệ An.
      Case(header: "UBND PHƯỜNG HOÀNG MAI", year: 2026, name: "Hoàng Mai", type: "phường", code: nil, province: "",
           warning: "issuer_ambiguous"),
      Case(header: "UBND THÀNH PHỐ HÀ NỘI\nUBND PHƯỜNG HOÀNG MAI", year: 2026, name: "Hoàng Mai", type: "phường",
           code: "00331", province: "Hà Nội"),
      Case(header: "UBND TỈNH NGHỆ AN\nUBND PHƯỜNG HOÀNG MAI", year: 2026, name: "Hoàng Mai", type: "phường",
           code: "17110", province: "Nghệ An"),
      // Province and city level.
      Case(header: "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", year: 2026, name: "Hà Nội", type: "thành phố trực thuộc trung ương",
           code: "01", province: "Hà Nội"),
      Case(header: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nTHÀNH PHỐ HÀ NỘI", year: 2024, name: "Hà Nội",
           type: "thành phố trực thuộc trung ương", code: "01", province: "Hà Nội"),
      // A huyện that became a thị xã before the reform.
      Case(header: "UBND TỈNH AN GIANG\nUBND HUYỆN TỊNH BIÊN", year: 2022, name: "Tịnh Biên", type: "thị xã", code: "890",
           province: "An Giang", warning: "issuer_type_differs"),
      // A Party committee's plan names its unit the same way.
      Case(header: "ĐẢNG ỦY PHƯỜNG BẠCH MAI", year: 2026, name: "Bạch Mai", type: "phường", code: "00292", province: "Hà Nội"),
      // No huyện exists after the reform: the xã An Minh of the date line is a namesake, not the issuer.
      Case(header: "ỦY BAN NHÂN DÂN\nHUYỆN AN MINH", year: 2026, place: "An Minh", name: "An Minh", type: "huyện",
           code: nil, province: "", warning: "district_unknown"),
      // Names of the Central Highlands keep an apostrophe, in any of its forms; case aside, the
      // name is as listed, with no spelling to report.
      Case(header: "ỦY BAN NHÂN DÂN\nXÃ EA H’LEO", year: 2026, name: "Ea H'Leo", type: "xã", code: "24184", province: "Đắk Lắk"),
      Case(header: "UBND XÃ CƯ M'GAR", year: 2026, name: "Cư M'gar", type: "xã", code: "24280", province: "Đắk Lắk"),
      // A unit the gazetteer does not have.
      Case(header: "UBND PHƯỜNG HOA SEN ĐỎ", year: 2026, name: "Hoa Sen Đỏ", type: "phường", code: nil, province: "",
           warning: "district_unknown"),
      // Body sentences in the preamble name no issuer; the header does.
      Case(header: "ỦY BAN NHÂN DÂN\nQUẬN HẢI CHÂU", year: 2025,
           preamble: "Năm 2025 kỷ niệm 50 năm giải phóng miền Nam, thống nhất đất nước; nhân dân phường, xã tích cực thi đua; cán bộ các phường, xã học tập.",
           name: "Hải Châu", type: "quận", code: "492", province: "Đà Nẵng"),
      Case(header: "", year: 2024, place: "Tây Hồ",
           preamble: "Thực hiện Kế hoạch số 282/KH-UBND ngày 30/11/2023 của UBND Thành phố Hà Nội về công tác thi đua, khen thưởng năm 2024;",
           name: "Tây Hồ", type: "quận", code: "003", province: "Hà Nội"),
    ]

  @Test(arguments: cases)
  func theIssuerIsReadFromTheHeader(_ c: Case) throws {
    let plan = try Self.plan(c)
    #expect(plan.district == c.name)
    #expect(plan.unitType == c.type)
    #expect(plan.unitCode == (c.code ?? ""))
    #expect(plan.province == c.province)
    let codes = plan.warnings.map(\.code).filter { $0.hasPrefix("issuer") || $0.hasPrefix("district") }
    #expect(codes == (c.warning.map { [$0] } ?? []))
  }

  @Test(arguments: [
    ("ỦY BAN NHÂN DÂN\nQUẬN LONG BIÊN", "ủy ban nhân dân"),
    ("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nHUYỆN GIA LÂM", "hội đồng thi đua - khen thưởng"),
    ("HĐTĐKT QUẬN CẦU GIẤY", "hội đồng thi đua - khen thưởng"),
    ("ĐẢNG ỦY PHƯỜNG BẠCH MAI", "đảng ủy"),
    ("LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN", "đoàn thể"),
    // The issuing body is the lower line; the upper one is the body it belongs to.
    ("ỦY BAN NHÂN DÂN QUẬN LONG BIÊN\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "hội đồng thi đua - khen thưởng"),
    ("ĐẢNG ỦY PHƯỜNG LONG BIÊN\nỦY BAN NHÂN DÂN PHƯỜNG LONG BIÊN", "ủy ban nhân dân"),
    ("", ""),
  ])
  func theIssuersKindComesFromTheAuthorityBlock(header: String, kind: String) throws {
    let c = Case(header: header, year: 2024, place: "Long Biên", name: "", type: "", code: nil, province: "")
    #expect(try Self.plan(c).issuerKind == kind)
  }

  /// Body text that names places is never taken for the issuer.
  @Test(arguments: [
    "Năm 2024 là năm thống nhất đất nước và nhân dân phường tích cực thi đua.",
    "Cán bộ các phường, xã tham gia học tập; nhân dân phường Bạch Mai hưởng ứng.",
    "Thực hiện Kế hoạch số 02/KH-UBND ngày 04/01/2024 của UBND tỉnh Đồng Nai về công tác thi đua;",
  ])
  func bodySentencesGiveNoIssuer(preamble: String) {
    let c = Case(header: "", year: 2024, preamble: preamble, name: "", type: "", code: nil, province: "")
    #expect(throws: IngestionError.self) { try Self.plan(c) }
  }
}

/// The signer's name is read below the signature's title, also when the plan has no “Nơi nhận”
/// list and its schedule table runs into its last lines.
@Suite struct SignerTests {
  static func plan(ending: String) -> String {
    """
    ỦY BAN NHÂN DÂN
    QUẬN HOÀN KIẾM
    Số: 15/KH-UBND
    Hoàn Kiếm, ngày 08 tháng 01 năm 2024

    KẾ HOẠCH
    Công tác thi đua, khen thưởng năm 2024

    I. MỤC ĐÍCH, YÊU CẦU
    Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ năm 2024.

    II. TIẾN ĐỘ THỰC HIỆN
    TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành
    1\tTổ chức Hội nghị tổng kết công tác thi đua, khen thưởng\tPhòng Nội vụ\tTrước ngày 20/01/2024
    2\tSơ kết 6 tháng phong trào thi đua\tPhòng Nội vụ\tTháng 7/2024
    \(ending)
    """
  }

  @Test(arguments: [
    // No recipients' list: the name under the title, after the table.
    ("CHỦ TỊCH\n\nPhạm Thị Hoa", "Phạm Thị Hoa"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Quang Minh", "Nguyễn Quang Minh"),
    // With the list, as before.
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Thu Trang", "Lê Thu Trang"),
    // No name at all: none is made up from the table's cells.
    ("CHỦ TỊCH", ""),
  ])
  func theSignerFollowsTheSchedule(ending: String, signer: String) throws {
    let plan = try TestSupport.plan(Self.plan(ending: ending))
    #expect(plan.signer == signer)
    #expect(plan.items.count == 2)
  }
}
