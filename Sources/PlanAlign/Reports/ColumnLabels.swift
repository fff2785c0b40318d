/// Headings for the report columns and sheets in the reader's language. The CSV files keep
/// their snake_case keys; the workbook shows these above them.
public enum ColumnLabels {
  /// The heading for column `key` in `language` (`vi` or `en`); the key itself when unknown
  /// (a matrix column named after a plan or campaign).
  public static func heading(_ key: String, language: String) -> String {
    guard let pair = columns[key] else { return key }
    return language == "en" ? pair.en : pair.vi
  }

  /// The sheet name for report `key` (the CSV file's name without `.csv`).
  public static func sheet(_ key: String, language: String) -> String {
    guard let pair = sheets[key] else { return key }
    return language == "en" ? pair.en : pair.vi
  }

  private static let sheets: [String: (vi: String, en: String)] = [
    "plans": ("Kế hoạch", "Plans"),
    "items": ("Mục kế hoạch", "Items"),
    "mentions": ("Nêu phong trào", "Mentions"),
    "campaigns": ("Phong trào", "Campaigns"),
    "campaign_matrix": ("Ma trận", "Matrix"),
    "tasks": ("Nhiệm vụ", "Tasks"),
    "timing": ("Thời hạn", "Timing"),
    "timing_yoy": ("So với năm trước", "Year over year"),
    "warnings": ("Cảnh báo", "Warnings"),
    "unmatched": ("Chưa khớp", "Unmatched"),
  ]

  private static let columns: [String: (vi: String, en: String)] = [
    "plan_id": ("Mã kế hoạch", "Plan ID"),
    "district": ("Đơn vị", "Unit"),
    "unit_type": ("Loại đơn vị", "Unit type"),
    "province": ("Tỉnh/thành phố", "Province"),
    "plan_year": ("Năm kế hoạch", "Plan year"),
    "doc_number": ("Số hiệu văn bản", "Document number"),
    "issued_on": ("Ngày ban hành", "Issued on"),
    "signer": ("Người ký", "Signer"),
    "source_file": ("Tệp gốc", "Source file"),
    "campaign_mentions": ("Số lần nêu phong trào", "Campaign mentions"),
    "scheduled_items": ("Số mục kế hoạch", "Scheduled items"),
    "warnings": ("Số cảnh báo", "Warnings"),
    "campaigns_named": ("Số phong trào nêu", "Campaigns named"),
    "vs_reference": ("So với lịch chuẩn", "Vs reference"),
    "reference": ("Lịch chuẩn", "Reference"),
    "dated_items": ("Số mục có thời hạn", "Dated items"),
    "source_format": ("Định dạng", "Format"),
    "unit_code": ("Mã đơn vị", "Unit code"),
    "unit_level": ("Cấp", "Level"),
    "province_code": ("Mã tỉnh", "Province code"),
    "code_list": ("Danh mục mã", "Code list"),
    "issuer_kind": ("Cơ quan ban hành", "Issuer"),
    "section": ("Mục", "Section"),
    "task": ("Nhiệm vụ", "Task"),
    "lead": ("Chủ trì", "Lead"),
    "partners": ("Phối hợp", "Partners"),
    "deadline_text": ("Thời gian (nguyên văn)", "Time as written"),
    "source_line": ("Dòng", "Line"),
    "executor": ("Thực hiện", "Executor"),
    "deadline_from": ("Thời gian lấy từ", "Time taken from"),
    "source_ref": ("Vị trí trong tệp", "Source reference"),
    "mention": ("Câu nêu", "Mention"),
    "name": ("Tên phong trào", "Name"),
    "severity": ("Mức", "Severity"),
    "code": ("Mã cảnh báo", "Code"),
    "message": ("Nội dung", "Message"),
    "campaign_id": ("Mã phong trào", "Campaign ID"),
    "campaign": ("Phong trào", "Campaign"),
    "mentions": ("Số lần nêu", "Mentions"),
    "first_mention": ("Lần nêu đầu", "First mention"),
    "match": ("Cách khớp", "Match"),
    "score": ("Điểm khớp", "Score"),
    "task_id": ("Mã loại nhiệm vụ", "Task type ID"),
    "task_type": ("Loại nhiệm vụ", "Task type"),
    "also_named": ("Cũng khớp", "Also named"),
    "deadline_kind": ("Kiểu thời hạn", "Deadline kind"),
    "due_start": ("Từ ngày", "Due start"),
    "due_end": ("Hạn", "Due end"),
    "year_inferred": ("Năm suy ra", "Year inferred"),
    "approximate_window": ("Khoảng ước lượng", "Approximate window"),
    "rule": ("Lặp lại", "Recurrence"),
    "day_of_year": ("Ngày thứ (trong năm)", "Day of year"),
    "median_day": ("Trung vị (ngày)", "Median day"),
    "delta_days": ("Chênh lệch (ngày)", "Delta (days)"),
    "flag": ("Ghi chú", "Flag"),
    "reference_due": ("Hạn chuẩn", "Reference due"),
    "reference_delta_days": ("So với hạn chuẩn (ngày)", "Vs reference (days)"),
    "previous_year": ("Năm trước đó", "Previous year"),
    "yoy_delta_days": ("Chênh so với năm trước (ngày)", "Change from previous (days)"),
    "lineage": ("Đơn vị kế thừa", "Lineage"),
    "coverage": ("Phạm vi kế thừa", "Coverage"),
    "kind": ("Loại", "Kind"),
    "text": ("Nội dung", "Text"),
    "best_id": ("Mã gần nhất", "Best candidate"),
    "plans": ("Số kế hoạch", "Plans"),
    "campaign_count": ("Số phong trào", "Campaigns"),
    "total": ("Tổng", "Total"),
  ]
}
