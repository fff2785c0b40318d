/// A plan with each campaign mention and scheduled item matched to the shared taxonomy.
public struct AlignedPlan: Sendable {
  /// The plan.
  public var plan: Plan
  /// One outcome per `plan.mentions`, in the same order.
  public var mentions: [MatchOutcome]
  /// One outcome per `plan.items`, in the same order.
  public var items: [MatchOutcome]

  /// Creates an aligned plan.
  public init(plan: Plan, mentions: [MatchOutcome], items: [MatchOutcome]) {
    self.plan = plan
    self.mentions = mentions
    self.items = items
  }
}

/// Aligns plans to the campaign and task taxonomies. Each matcher indexes its taxonomy once;
/// plans are aligned independently of one another.
public struct PlanAligner: Sendable {
  /// Matcher for campaign mentions.
  public let campaigns: TaxonomyMatcher
  /// Matcher for scheduled items.
  public let tasks: TaxonomyMatcher

  /// Creates an aligner from the two taxonomies.
  public init(campaigns: Taxonomy, tasks: Taxonomy) {
    self.campaigns = TaxonomyMatcher(taxonomy: campaigns, threshold: 0.75)
    self.tasks = TaxonomyMatcher(taxonomy: tasks, threshold: 0.9)
  }

  /// Matches every mention by its name and every item by its task text.
  public func align(_ plan: Plan) -> AlignedPlan {
    AlignedPlan(
      plan: plan,
      mentions: plan.mentions.map { campaigns.match($0.name, planYear: plan.year) },
      items: plan.items.map { tasks.match($0.task, planYear: plan.year) })
  }
}
