import Foundation

/// Writes the analysts' workbook in constant memory: each sheet goes to disk as its rows are
/// made, so a run makes a report table part by part, writes it, and forgets it.
public final class WorkbookWriter {
  private let workbook: XLSXWorkbook
  private let styles: WorkbookReport.Styles

  /// A sheet still to be written: its name, and what makes it when its turn comes.
  public struct PendingSheet: Sendable {
    /// The sheet's name (``WorkbookSheet/name``).
    public var name: String
    /// Makes the sheet; its rows are made as they are written.
    public var make: @Sendable () -> WorkbookSheet

    /// A sheet named `name`, made by `make`.
    public init(name: String, make: @escaping @Sendable () -> WorkbookSheet) {
      self.name = name
      self.make = make
    }
  }

  /// Starts a workbook at `path`; `created` is stored as the document's creation time.
  public init(path: String, created: Date) throws(XLSXError) {
    workbook = try XLSXWorkbook(path: path, created: created)
    styles = WorkbookReport.Styles(workbook)
  }

  /// Adds `sheets` after those already added, in the order given, and writes them on two
  /// threads at once (this one and another), each taking the next sheet when it is done with
  /// one, in the order of `firstWritten` (indices into `sheets`, the largest first so the two
  /// end together; sheets it leaves out come after, in their order). The workbook's bytes do
  /// not depend on which thread wrote a sheet. Throws the first failure in sheet order.
  public func add(_ sheets: [PendingSheet], firstWritten: [Int] = []) throws(XLSXError) {
    var targets: [XLSXSheet] = []
    for sheet in sheets { targets.append(try workbook.addSheet(sheet.name)) }
    var seen: Set<Int> = []
    let order = (firstWritten + sheets.indices).filter { sheets.indices.contains($0) && seen.insert($0).inserted }
    let queue = WorkQueue<XLSXError>(order: order)
    // The sheets, their targets and the formats are only read from here on; each sheet is
    // written by one thread.
    nonisolated(unsafe) let shared = (targets, styles)
    let work: @Sendable () -> Void = {
      while let index = queue.next() {
        let sheet = sheets[index].make()
        do throws(XLSXError) {
          try WorkbookReport.write(sheet, into: shared.0[index], styles: shared.1)
        } catch {
          queue.failed(index, error)
        }
      }
    }
    let helper = BackgroundReport { work() }
    work()
    try? helper.wait()  // `work` throws nothing: its failures are in the queue
    if let failure = queue.firstFailure { throw failure }
  }

  /// Finishes the file.
  public func close() throws(XLSXError) {
    try workbook.close()
  }
}
