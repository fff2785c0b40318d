extension Message {
  /// The wording of a message, in Vietnamese and English. `{1}`, `{2}`… stand for the message's
  /// values in order. Each key has both wordings: the switch in ``wording`` is exhaustive.
  public enum Key: String, Sendable, Hashable, CaseIterable {
    // What a plan says, or fails to say (warnings.csv).
    case signerMissing, docNumberMissing, docNumberBlank, issueDateMissing, issueDateInvalid, issueDateIncomplete
    case titleBodyYearMismatch, issuerTypeDiffers, issuerWithoutDiacritics, issuerSpelling, issuerAmbiguous
    case unitUnknown, provinceUnknown
    // Its schedule.
    case deadlineInvalid, deadlineUnparsed, deadlineBeforePlanYear, deadlineLongAfterPlanYear, deadlineBeforeIssue
    case issueDateInconsistent, coverageGap, rangeInvalid, timeUnreadable, yearNotThePlans, dateWithoutYear
    case notAPlanYear, noSuchMonth, noSuchQuarter, notADate
    // Across plans.
    case duplicateFile, planVersions, planNumber, planDate
    // How a file was read.
    case convertedFromEncoding, legacyFontsConverted, pagesReadByOCR, convertedByLibreOffice
    // Why a file was not read.
    case cannotReadFile, fileEmpty, notAPlan, unsupportedFormat, missingProgram, tooLarge
    case fileMissing, fileIsFolder, permissionDenied, cannotOpen, notRegularFile, damagedPackage
    case wordTextTooLarge, wordDamaged, wordXMLDamaged, fileTooLarge, rowTooWide, lineTooLong
    case imageFile, excelWorkbook, powerPointFile, zipArchive, notATextDocument, fileExtension
    case notUnicodeText, unknownEncoding, noTitle, noIssuer
    case conversionUnreadable, programNotStarted, programTimedOut, pdfDamaged, libreOfficeCannotOpen
    case pdfPassword, wordPassword
    case programCannotRead, exitStatus, temporaryFolder, temporaryCopy, libreOfficeCannotConvert
    // The run.
    case skippedFile, coverageGapSummary, runSummary, failedFile
    // Words from elsewhere (the system, a program), passed on as they are.
    case detail

    /// The wording in each language.
    public var wording: (vi: String, en: String) {
      switch self {
      case .signerMissing: return ("không tìm thấy tên người ký sau phần chữ ký", "no signer's name found after the signature block")
      case .docNumberMissing: return ("phần đầu văn bản không có số hiệu (“Số: …”)", "the header has no document number (“Số: …”)")
      case .docNumberBlank: return ("số hiệu văn bản để trống (“Số: /{1}”)", "the document number is left blank (“Số: /{1}”)")
      case .issueDateMissing: return ("phần đầu văn bản không ghi ngày ban hành", "the header gives no issue date")
      case .issueDateInvalid: return ("ngày ban hành “{1}” không phải là ngày có thật", "the issue date “{1}” is not a real date")
      case .issueDateIncomplete: return ("ngày ban hành “{1}” để trống ngày hoặc tháng", "the issue date “{1}” leaves the day or month blank")
      case .titleBodyYearMismatch:
        return ("tiêu đề ghi kế hoạch năm {1} nhưng nội dung ban hành kế hoạch năm {2}",
                "the title gives the plan year {1} but the text issues the plan for {2}")
      case .issuerTypeDiffers:
        return ("văn bản gọi đơn vị ban hành là “{1} {2}”; danh mục đơn vị hành chính ghi {3} {2} (mã {4})",
                "the text calls the issuer “{1} {2}”; the gazetteer lists {3} {2} (code {4})")
      case .issuerWithoutDiacritics:
        return ("tên đơn vị ban hành viết không dấu, “{1}”; đọc là “{2}”", "the issuer is written without diacritics, “{1}”; read as “{2}”")
      case .issuerSpelling:
        return ("tên đơn vị ban hành viết là “{1}”; danh mục đơn vị hành chính ghi “{2}”", "the issuer is written “{1}”; the gazetteer name is “{2}”")
      case .issuerAmbiguous:
        return ("“{1}” là tên của nhiều đơn vị và văn bản không nói rõ đơn vị nào: {2}; để trống mã",
                "“{1}” names several units and the text does not say which: {2}; left without a code")
      case .unitUnknown:
        return ("“{1}” không có trong danh mục đơn vị hành chính; lấy tên như phần đầu văn bản ghi",
                "“{1}” is not in the gazetteer; taken as the header names it")
      case .provinceUnknown: return ("văn bản không nêu tỉnh/thành phố; để trống", "the text does not state the province; left blank")
      case .deadlineInvalid: return ("{1} (“{2}”)", "{1} (“{2}”)")
      case .deadlineUnparsed: return ("không đọc được thời hạn “{1}”", "cannot read the time “{1}”")
      case .deadlineBeforePlanYear:
        return ("thời hạn {1} trước năm kế hoạch {2} (“{3}”)", "deadline {1} is before the plan year {2} (“{3}”)")
      case .deadlineLongAfterPlanYear:
        return ("thời hạn {1} sau năm kế hoạch {2} hơn một năm (“{3}”)", "deadline {1} is more than a year after the plan year {2} (“{3}”)")
      case .deadlineBeforeIssue:
        return ("thời hạn {1} trước cả ngày ban hành kế hoạch {2} (“{3}”)", "deadline {1} falls before the plan's own issue date {2} (“{3}”)")
      case .issueDateInconsistent:
        return ("phần đầu ghi ngày ban hành {1} nhưng dòng {2} dẫn kế hoạch là ngày {3}",
                "the header dates the plan {1} but line {2} cites it as of {3}")
      case .coverageGap:
        return ("{1}/{2} kế hoạch có lịch “{3}” ({4}); kế hoạch này không có", "{1} of {2} plans schedule “{3}” ({4}); this plan does not")
      case .rangeInvalid: return ("khoảng “{1}” không phải là một khoảng thời gian hợp lệ", "the range “{1}” is not a valid period")
      case .timeUnreadable: return ("không đọc được “{1}”", "cannot read “{1}”")
      case .yearNotThePlans: return ("năm {1} không thể là năm của kế hoạch ({2})", "the year {1} cannot be the plan's ({2})")
      case .dateWithoutYear: return ("“{1}” không có năm đọc được", "“{1}” has no readable year")
      case .notAPlanYear: return ("năm {1} không phải năm kế hoạch", "the year {1} is not a plan year")
      case .noSuchMonth: return ("không có tháng {1}", "month {1} does not exist")
      case .noSuchQuarter: return ("không có quý {1}", "quarter {1} does not exist")
      case .notADate: return ("{1} không phải là ngày có thật", "{1} is not a date")
      case .duplicateFile:
        return ("{1} có nội dung trùng với kế hoạch này nên không đưa vào báo cáo", "{1} has the same text as this plan and is left out of the reports")
      case .planVersions:
        return ("hai bản kế hoạch năm {1} của đơn vị này có nội dung khác nhau: {2} ({3}) và {4} ({5}); cả hai đều được so sánh",
                "two versions of this unit's {1} plan with different text: {2} ({3}) and {4} ({5}); both are compared")
      case .planNumber: return ("số {1}", "no. {1}")
      case .planDate: return ("ngày {1}", "dated {1}")
      case .convertedFromEncoding: return ("đã chuyển từ bảng mã {1} sang Unicode", "converted from {1} to Unicode")
      case .legacyFontsConverted: return ("chữ dùng phông cũ ({1}) đã chuyển sang Unicode", "text in legacy fonts ({1}) converted to Unicode")
      case .pagesReadByOCR:
        return ("{1}/{2} trang được đọc bằng nhận dạng chữ (Tesseract, tiếng Việt); cần soát lại tên và ngày tháng",
                "{1} of {2} pages read by OCR (Tesseract, Vietnamese); check names and dates")
      case .convertedByLibreOffice: return ("đã chuyển từ tệp .{1} bằng LibreOffice", "converted from .{1} by LibreOffice")
      case .cannotReadFile: return ("không đọc được tệp: {1}", "cannot read the file: {1}")
      case .fileEmpty: return ("tệp không có nội dung", "the file is empty")
      case .notAPlan: return ("không phải kế hoạch: {1}", "not a plan: {1}")
      case .unsupportedFormat:
        return ("định dạng không đọc được ({1}); kế hoạch được đọc từ tệp .docx, .doc, .odt, .rtf, .pdf và tệp văn bản",
                "unsupported format ({1}); plans are read from .docx, .doc, .odt, .rtf, .pdf and text files")
      case .missingProgram:
        return ("cần chương trình {1} để đọc tệp này nhưng máy chưa cài (cài bằng lệnh: apt-get install {2})",
                "{1} is needed to read this file and is not installed (install it with: apt-get install {2})")
      case .tooLarge: return ("quá lớn so với một kế hoạch: {1}", "too large to be a plan: {1}")
      case .fileMissing: return ("tệp không tồn tại hoặc là liên kết hỏng", "the file does not exist or is a broken link")
      case .fileIsFolder: return ("đây là thư mục, không phải tệp", "it is a folder, not a file")
      case .permissionDenied: return ("không có quyền đọc", "permission denied")
      case .cannotOpen: return ("không mở được tệp", "the file cannot be opened")
      case .notRegularFile: return ("không phải tệp thông thường (ống, socket hoặc thiết bị)", "not a regular file (a pipe, socket or device)")
      case .damagedPackage: return ("tệp ZIP hoặc Word bị hỏng", "the file is a damaged ZIP or Word package")
      case .wordTextTooLarge: return ("phần chữ của tệp Word lớn hơn 200 MB", "the Word file's text is larger than 200 MB")
      case .wordDamaged: return ("tệp Word bị hỏng", "the Word file is damaged")
      case .wordXMLDamaged:
        return ("tệp Word bị hỏng (phần chữ không phải XML hợp lệ); hãy mở bằng Word và lưu lại",
                "the Word file is damaged (its text is not well-formed XML); open it in Word and save it again")
      case .fileTooLarge: return ("tệp nặng {1} MB; không đọc kế hoạch trên {2} MB", "the file is {1} MB; plans above {2} MB are not read")
      case .rowTooWide: return ("{1} có {2} ô; không đọc hàng bảng quá {3} ô", "{1} has {2} cells; a table row of more than {3} is not read")
      case .lineTooLong:
        return ("{1} (đoạn thứ {2}) dài {3} KB; không đọc dòng dài quá {4} KB", "{1} (piece {2}) is {3} KB long; lines above {4} KB are not read")
      case .imageFile: return ("ảnh {1}; hãy quét kế hoạch thành PDF", "{1} image; scan plans to PDF")
      case .excelWorkbook: return ("bảng tính Excel", "Excel workbook")
      case .powerPointFile: return ("tệp PowerPoint", "PowerPoint file")
      case .zipArchive: return ("tệp nén ZIP", "ZIP archive")
      case .notATextDocument: return ("không phải văn bản", "not a text document")
      case .fileExtension: return ("tệp .{1}", ".{1}")
      case .notUnicodeText:
        return ("tệp không phải văn bản UTF-8 hoặc UTF-16 (byte lỗi ở vị trí {1})", "the file is not UTF-8 or UTF-16 text (invalid byte at offset {1})")
      case .unknownEncoding:
        return ("văn bản dùng bảng mã PlanAlign không biết (UTF-8, UTF-16, Windows-1258, TCVN3, VNI, VISCII); hãy mở bằng Word và lưu thành .docx, hoặc lưu thành văn bản UTF-8",
                "the text is in no encoding PlanAlign knows (UTF-8, UTF-16, Windows-1258, TCVN3, VNI, VISCII); open it in Word and save it as .docx, or as text in UTF-8")
      case .noTitle:
        return ("mấy dòng đầu không có tiêu đề “Kế hoạch … thi đua, khen thưởng năm …”", "no title “Kế hoạch … thi đua, khen thưởng năm …” in the opening lines")
      case .noIssuer:
        return ("phần đầu không nêu đơn vị ban hành (“UBND quận …”, “…, ngày …”)", "no issuing unit named in the header (“UBND quận …”, “…, ngày …”)")
      case .conversionUnreadable: return ("LibreOffice không tạo ra được tệp Word đọc được", "LibreOffice did not produce a readable Word file")
      case .programNotStarted: return ("không chạy được {1}: {2}", "{1} could not be started: {2}")
      case .programTimedOut: return ("{1} chạy quá {2} giây nên đã bị dừng", "{1} took longer than {2} s and was stopped")
      case .pdfDamaged:
        return ("tệp PDF bị hỏng hoặc không phải PDF; hãy lưu lại từ bản gốc ({1}: {2})",
                "the PDF is damaged or not a PDF; save it again from the original ({1}: {2})")
      case .pdfPassword:
        return ("tệp PDF được khoá bằng mật khẩu; hãy mở bằng mật khẩu rồi lưu một bản không có mật khẩu",
                "the PDF is locked with a password; open it with the password and save a copy without one")
      case .wordPassword:
        return ("tệp Word được khoá bằng mật khẩu; hãy mở bằng mật khẩu rồi lưu một bản không có mật khẩu",
                "the Word file is locked with a password; open it with the password and save a copy without one")
      case .libreOfficeCannotOpen:
        return ("LibreOffice không mở được tệp, có thể tệp bị hỏng; hãy lưu lại từ bản gốc ({1}: {2})",
                "LibreOffice could not open the file; it may be damaged; save it again from the original ({1}: {2})")
      case .programCannotRead:
        return ("{1} không đọc được tệp; hãy lưu lại từ bản gốc ({1}: {2})", "{1} could not read the file; save it again from the original ({1}: {2})")
      case .exitStatus: return ("mã thoát {1}", "exit status {1}")
      case .temporaryFolder: return ("không tạo được thư mục tạm: {1}", "cannot create a temporary folder: {1}")
      case .temporaryCopy: return ("không ghi được bản sao tạm: {1}", "cannot write a temporary copy: {1}")
      case .libreOfficeCannotConvert:
        return ("LibreOffice không chuyển được tệp (tệp bị hỏng hoặc có mật khẩu?)", "LibreOffice could not convert the file (is it damaged or password-protected?)")
      case .skippedFile: return ("bỏ qua: tệp ẩn hoặc tệp khóa của Office", "skipped: a hidden file or an Office lock file")
      case .coverageGapSummary:
        return ("{1} lần một kế hoạch thiếu nhiệm vụ mà đa số kế hoạch có lịch, ở {2} kế hoạch (coverage_gap trong warnings.csv)",
                "{1} times a plan lacks a task most plans schedule, in {2} plans (coverage_gap in warnings.csv)")
      case .runSummary: return ("đã đọc {1} kế hoạch, {2} tệp lỗi; báo cáo trong {3}", "{1} plans read, {2} failed; reports in {3}")
      case .failedFile: return ("{1}: {2}", "{1}: {2}")
      case .detail: return ("{1}", "{1}")
      }
    }
  }
}
