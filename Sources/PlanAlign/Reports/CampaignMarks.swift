/// For one campaign, each plan's first mention of it (`nil` where the plan does not name it),
/// in the plans' order: kept as the mention's index in its plan (a few bytes a plan) and read
/// from the plan when asked, not as a copy of each mention — the matrix of a national corpus
/// is tens of campaigns by thousands of plans, made for the CSV file, the sheet and the page.
public struct CampaignMarks: RandomAccessCollection, Sendable {
  private let plans: [AlignedPlan]
  private let mentions: [Int32]
  /// How many plans name the campaign.
  public let namedCount: Int

  /// The marks of `campaign` (a taxonomy ID) across `plans`.
  public init(_ plans: [AlignedPlan], campaign: String) {
    self.plans = plans
    // By index: a closure given each plan copied it whole (its plan, items and outcomes
    // retained and released) for every campaign of the matrix.
    mentions = plans.indices.map { index in
      plans[index].mentions.firstIndex { $0.match?.id == campaign }.map { Int32($0) } ?? -1
    }
    namedCount = mentions.count { $0 >= 0 }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { mentions.count }

  /// Plan `index`'s first mention of the campaign, or `nil`.
  public subscript(index: Int) -> CampaignMention? {
    let mention = mentions[index]
    return mention < 0 ? nil : plans[index].plan.mentions[Int(mention)]
  }
}
