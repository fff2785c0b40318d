/// A plan with each campaign mention and scheduled item matched to the shared taxonomy.
public struct AlignedPlan: Sendable {
  /// The plan.
  public var plan: Plan
  /// One outcome per `plan.mentions`, in the same order.
  public var mentions: [MatchOutcome]
  /// One outcome per `plan.items`, in the same order.
  public var items: [MatchOutcome]
  /// One parse of each item's time text, in the same order.
  public var deadlines: [ParsedDeadlines]

  /// Creates an aligned plan.
  public init(plan: Plan, mentions: [MatchOutcome], items: [MatchOutcome], deadlines: [ParsedDeadlines]) {
    self.plan = plan
    self.mentions = mentions
    self.items = items
    self.deadlines = deadlines
  }

  /// The task ID of item `index`; `other` when it matched nothing.
  public func taskID(_ index: Int) -> String {
    items[index].match?.id ?? Taxonomy.otherID
  }

  /// How many campaigns of the taxonomy the plan names (each once, however often it is named):
  /// `campaigns_named` in `plans.csv`, a row's count in the campaign matrix.
  public var campaignsNamed: Int { Set(mentions.compactMap { $0.match?.id }).count }

  /// How many scheduled items have a time that reads as a date, month, quarter or range:
  /// `dated_items` in `plans.csv`; the others have no time or one that is recurring or unread.
  public var datedItems: Int { deadlines.filter { $0.deadlines.contains(where: \.isDated) }.count }
}

/// Aligns plans to the campaign and task taxonomies. Each matcher indexes its taxonomy once;
/// plans are aligned independently of one another (the matches they share, of texts they
/// repeat, are those each would have had alone).
public struct PlanAligner: Sendable {
  /// Matcher for campaign mentions.
  public let campaigns: TaxonomyMatcher
  /// Matcher for scheduled items.
  public let tasks: TaxonomyMatcher
  /// The run's matches of movement names, of task texts, and readings of times, each by text
  /// and plan year: a text copied into many plans is matched, or read, once.
  private let campaignMatches = TextMemo<MatchOutcome>()
  private let taskMatches = TextMemo<MatchOutcome>()
  private let readings = TextMemo<ParsedDeadlines>()

  /// Creates an aligner from the two taxonomies.
  public init(campaigns: Taxonomy, tasks: Taxonomy) {
    self.init(
      campaigns: TaxonomyMatcher(taxonomy: campaigns, threshold: 0.75), tasks: TaxonomyMatcher(taxonomy: tasks, threshold: 0.9))
  }

  /// An aligner of two matchers already built (read back from the cache).
  init(campaigns: TaxonomyMatcher, tasks: TaxonomyMatcher) {
    self.campaigns = campaigns
    self.tasks = tasks
  }

  /// Matches every mention by its name and every item by its task text, and reads each
  /// item's time.
  ///
  /// Plans name the same movements, and write the same tasks and times (“Quý I/2024”, “Tháng
  /// 12”), many times over, within a plan and from plan to plan: each distinct text is matched,
  /// and each distinct time read, once per plan year in a run (see ``TextMemo``). Items of one
  /// time then share one reading, and the reports their rows, in memory.
  public func align(_ plan: Plan) -> AlignedPlan {
    let year = plan.year
    return AlignedPlan(
      plan: plan,
      mentions: plan.mentions.map { mention in
        let name = mention.name
        return campaignMatches.value(name, year: year) { campaigns.match(name, planYear: year) }
      },
      items: plan.items.map { item in
        let outcome = taskMatches.value(item.task, year: year) { tasks.match(item.task, planYear: year) }
        // A clause that names no task continues the sentence before it (“Hướng dẫn tổng kết
        // năm 2021; các đơn vị nộp hồ sơ … trước ngày 20/12”): that sentence names it.
        guard outcome.match == nil, !item.context.isEmpty else { return outcome }
        let context = taskMatches.value(item.context, year: year) { tasks.match(item.context, planYear: year) }
        return context.match == nil ? outcome : context
      },
      deadlines: plan.items.map { item in
        readings.value(item.deadlineText, year: year) { DeadlineParser(planYear: year).parse(item.deadlineText) }
      })
  }
}
