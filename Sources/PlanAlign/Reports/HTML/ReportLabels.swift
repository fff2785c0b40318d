/// The page's own words in Vietnamese (default) or English.
public struct ReportLabels: Sendable {
  /// `vi` or `en`.
  public var language: String
  var title: String
  var intro: String
  var plans: String
  var district: String
  var province: String
  var planYear: String
  var docNumber: String
  var issuedOn: String
  var campaigns: String
  var datedTasks: String
  var scheduledItems: String
  var plansNote: String
  var warnings: String
  var source: String
  var matrix: String
  var matrixNote: String
  var campaign: String
  var planCount: String
  var unmatched: String
  var noUnmatched: String
  var timeline: String
  var timelineNote: String
  var median: String
  var early: String
  var late: String
  var timingTable: String
  var task: String
  var plan: String
  var dueDate: String
  var day: String
  var medianDay: String
  var delta: String
  var flag: String
  var referenceDelta: String
  var filter: String
  var severity: String
  var message: String
  var line: String
  var failed: String
  var months: [String]
  var mentionedAt: String
  var yes: String
  var needsScript: String
  var more: String
  var shown: String
  var all: String
  var unitType: String
  var unitFilter: String
  var spreadNote: String
  /// Why the timeline and the timing table are empty.
  var noTiming: String
  var pickNote: String
  var units: String
  var perHalfMonth: String
  var middleHalf: String
  var pickedUnits: String
  var referencesUsed: String
  var dueDates: String
  var review: String
  var reviewNote: String
  var noReview: String
  var unit: String
  var shift: String
  var coverage: String
  var coverages: [String: String]
  var level: String
  var levels: [String: String]
  /// Timing flags and comparisons with the reference, by code.
  var flags: [String: String]
  /// The warnings table's code column.
  var code = "Mã"
  /// Severities as the page's readers name them (`warning` → `cảnh báo`).
  var severities = ["error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"]

  /// Vietnamese.
  public static let vi = ReportLabels(
    language: "vi", title: "So sánh kế hoạch công tác thi đua, khen thưởng",
    intro: "Các phong trào thi đua và tiến độ nhiệm vụ của từng kế hoạch, quy về một danh mục chung.",
    plans: "Kế hoạch", district: "Đơn vị", province: "Tỉnh/thành phố", planYear: "Năm", docNumber: "Số hiệu",
    issuedOn: "Ngày ban hành", campaigns: "Phong trào", datedTasks: "Có thời hạn", scheduledItems: "Mục kế hoạch",
    plansNote: "Phong trào: số phong trào trong danh mục mà kế hoạch có nêu (cột campaigns_named của plans.csv). "
      + "Mục kế hoạch: số nhiệm vụ trong bảng tiến độ (scheduled_items). Có thời hạn: số mục có thời hạn đọc được "
      + "thành ngày, tháng, quý hoặc khoảng thời gian (dated_items); các mục còn lại không ghi thời hạn, làm thường xuyên "
      + "hoặc ghi thời hạn không đọc được. Cảnh báo: số cảnh báo và lưu ý (warnings), liệt kê ở cuối trang.",
    warnings: "Cảnh báo",
    source: "Tệp gốc", matrix: "Phong trào thi đua theo kế hoạch",
    matrixNote: "● kế hoạch có nêu phong trào; di chuột hoặc chọn ô để xem câu trích và vị trí trong tệp. Cột cuối: số phong trào kế hoạch nêu (campaigns_named); hàng cuối: số kế hoạch nêu phong trào.",
    campaign: "Phong trào", planCount: "Số kế hoạch", unmatched: "Nội dung chưa khớp danh mục",
    noUnmatched: "không có", timeline: "Tiến độ trong năm",
    timelineNote: "Mỗi dòng một loại nhiệm vụ; điểm là một ngày, thanh là tháng, quý hoặc khoảng thời gian; vạch đứng là trung vị.",
    median: "trung vị", early: "sớm", late: "muộn", timingTable: "Bảng thời hạn", task: "Nhiệm vụ", plan: "Kế hoạch",
    dueDate: "Hạn", day: "Ngày thứ", medianDay: "Trung vị", delta: "Chênh lệch (ngày)", flag: "Ghi chú",
    referenceDelta: "So với lịch chuẩn", filter: "Lọc", severity: "Mức", message: "Nội dung", line: "Dòng",
    failed: "Không đọc được", months: ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"],
    mentionedAt: "dòng", yes: "có",
    needsScript: "Bảng chi tiết, câu trích và bộ lọc cần bật JavaScript; số liệu đầy đủ có trong các tệp CSV và planalign.xlsx.",
    more: "Xem thêm", shown: "Đang hiện {1}/{2} dòng", all: "Tất cả", unitType: "Loại đơn vị",
    unitFilter: "Tìm đơn vị (gõ không dấu cũng được)",
    spreadNote: "Mỗi dòng một loại nhiệm vụ: cột là số hạn trong từng nửa tháng, khung là khoảng giữa (một nửa số hạn), vạch đứng là trung vị, n là số hạn.",
    noTiming: "Chưa có thời hạn nào để so sánh: trang chỉ so các loại nhiệm vụ mà ít nhất hai kế hoạch ghi thời hạn, hoặc mà lịch chuẩn có ghi. Thời hạn của từng kế hoạch có trong tasks.csv.",
    pickNote: " Chọn đơn vị ở bộ lọc để thấy hạn của đơn vị đó (●).",
    units: "đơn vị", perHalfMonth: "số hạn trong nửa tháng", middleHalf: "một nửa số hạn ở giữa",
    pickedUnits: "hạn của đơn vị đang chọn",
    referencesUsed: "Cột “So với lịch chuẩn”: số ngày hạn của đơn vị sớm (−) hoặc muộn (+) hơn hạn cùng loại nhiệm vụ trong lịch chuẩn; lịch chuẩn dùng: ",
    dueDates: "hạn",
    review: "Đơn vị qua các năm",
    reviewNote: "Mỗi đơn vị có kế hoạch của từ hai năm trở lên, kể cả kế hoạch của quận, huyện, xã cũ mà đơn vị mới nhận địa bàn từ ngày 1/7/2025: hạn (trung vị các mục cùng loại trong kế hoạch) và số ngày dịch chuyển so với năm trước (+ muộn hơn, − sớm hơn).",
    noReview: "Chưa có đơn vị nào có kế hoạch của từ hai năm trở lên.",
    unit: "Đơn vị", shift: "Thay đổi so với năm trước (ngày)", coverage: "Phạm vi",
    coverages: ["partial": "một phần địa bàn", "full": "toàn bộ địa bàn"],
    level: "Cấp", levels: ["province": "tỉnh, thành phố", "district": "huyện, quận, thị xã, thành phố thuộc tỉnh", "commune": "xã, phường, đặc khu"],
    flags: ["only_plan": "chỉ một kế hoạch", "after_reference": "sau lịch chuẩn", "earlier": "sớm hơn", "same_day": "cùng ngày",
            "later": "muộn hơn"])

  /// English.
  public static let en = ReportLabels(
    language: "en", title: "Emulation and commendation plans compared",
    intro: "Each plan's campaigns and task schedule, aligned to one shared taxonomy.",
    plans: "Plans", district: "District", province: "Province", planYear: "Year", docNumber: "Number",
    issuedOn: "Issued", campaigns: "Campaigns", datedTasks: "Dated", scheduledItems: "Scheduled items",
    plansNote: "Campaigns: how many campaigns of the taxonomy the plan names (campaigns_named in plans.csv). "
      + "Scheduled items: tasks in the plan's schedule (scheduled_items). Dated: items whose time reads as a date, "
      + "month, quarter or range (dated_items); the others give no time, recur, or give a time that cannot be read. "
      + "Warnings: warnings and notes (warnings), listed at the end of the page.",
    warnings: "Warnings", source: "Source",
    matrix: "Campaign coverage", matrixNote: "● the plan names the campaign; hover or focus a mark for the mention and where it is in the file. Last column: campaigns the plan names (campaigns_named); last row: plans naming the campaign.",
    campaign: "Campaign", planCount: "Plans", unmatched: "Mentions the taxonomy does not cover", noUnmatched: "none",
    timeline: "Timeline", timelineNote: "One row per task type; a point is a day, a bar a month, quarter or range; the vertical tick is the median.",
    median: "median", early: "early", late: "late", timingTable: "Timing", task: "Task", plan: "Plan", dueDate: "Due",
    day: "Day", medianDay: "Median", delta: "Delta (days)", flag: "Flag", referenceDelta: "Vs reference",
    filter: "Filter", severity: "Severity", message: "Message", line: "Line", failed: "Could not read",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    mentionedAt: "line", yes: "yes",
    needsScript: "The detail tables, quotations and filters need JavaScript; the CSV files and planalign.xlsx hold all the data.",
    more: "Show more", shown: "Showing {1} of {2} rows", all: "All", unitType: "Type of unit", unitFilter: "Find a unit",
    spreadNote: "One row per task type: bars count the deadlines in each half month, the box holds the middle half of them, the tick is the median, n counts deadlines.",
    noTiming: "No due dates to compare: the page compares task types that at least two plans give a date for, or that the reference schedule dates. Each plan's own due dates are in tasks.csv.",
    pickNote: " Pick units with the filters to see their own deadlines (●).",
    units: "units", perHalfMonth: "deadlines per half month", middleHalf: "middle half of deadlines",
    pickedUnits: "deadlines of the units picked",
    referencesUsed: "“Vs reference”: days the unit's due date falls before (−) or after (+) the reference's for the same task type; references: ",
    dueDates: "due dates",
    review: "Units across the years",
    reviewNote: "Each unit with plans of two years or more, including the plans of the old districts and communes whose area the new unit took over on 1 July 2025: the due date (the middle one of the plan's items of the type) and the shift in days from the year before (+ later, − earlier).",
    noReview: "No unit has plans of two years or more.",
    unit: "Unit", shift: "Shift from the year before (days)", coverage: "Area",
    coverages: ["partial": "part of the area", "full": "the whole area"],
    level: "Level", levels: ["province": "province", "district": "district", "commune": "commune"],
    flags: ["only_plan": "only plan", "after_reference": "after the reference", "earlier": "earlier", "same_day": "same day", "later": "later"],
    code: "Code", severities: ["error": "error", "warning": "warning", "info": "info"])

  /// The language of messages on the page.
  var messages: Language { Language(code: language) }

  /// A severity (`error`, `warning`, `info`) in the page's language.
  func severity(_ raw: String) -> String { severities[raw] ?? raw }

  /// The labels for a language code; Vietnamese unless `en`.
  public static func forLanguage(_ code: String) -> ReportLabels { code == "en" ? .en : .vi }

  /// A task or campaign's display name.
  func name(_ entry: TaxonomyEntry?) -> String {
    guard let entry else { return "" }
    return language == "en" && !entry.nameEn.isEmpty ? entry.nameEn : entry.nameVi
  }

  /// A date as readers of the page's language write it: `13/01/2021` in Vietnamese, ISO
  /// `2021-01-13` in English. Sorting uses the ISO form.
  func date(_ date: CalendarDate) -> String { date.written(in: messages) }
}
