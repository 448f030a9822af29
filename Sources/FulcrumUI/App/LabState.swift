import FulcrumCore

/// One strategy applied in the Lab: its spec and what the run showed.
public struct LabEntry: Sendable, Equatable {
  public var spec: String
  public var outcome: ComparisonOutcome

  public init(spec: String, outcome: ComparisonOutcome) {
    self.spec = spec
    self.outcome = outcome
  }
}

/// The Lab screen: the strategy picked, its parameter form and the history of runs.
public struct LabState: Sendable, Equatable {
  /// The pane the cursor keys move in.
  public enum Focus: Sendable, Equatable {
    case strategies
    case parameters
  }

  /// The selected line of the strategy list (always a strategy, never a heading).
  public var list = ScrollState(selected: StrategyChoices.firstItemLine)
  public var focus = Focus.strategies
  /// The selected parameter of the form.
  public var field = 0
  /// Strategies applied, oldest first; entries after `position` are there to redo.
  public var history: [LabEntry] = []
  /// How many history entries are applied: 0 shows none, `history.count` all.
  public var position = 0

  public init() {}

  /// The strategy the list has selected.
  public var strategy: String {
    StrategyChoices.name(atLine: list.selected) ?? StrategyChoices.names[0]
  }

  /// The entry shown: the last one applied, if any.
  public var current: LabEntry? { position > 0 ? history[position - 1] : nil }

  /// Adds an applied strategy, dropping anything there was to redo.
  public mutating func push(_ entry: LabEntry) {
    history.removeSubrange(position...)
    history.append(entry)
    position = history.count
  }
}

/// The Compare screen: ticked strategies, the panel selected and how the summary sorts.
public struct CompareState: Sendable, Equatable {
  /// The pane the cursor keys move in.
  public enum Focus: Sendable, Equatable {
    case strategies
    case panels
  }

  /// Metrics of the summary table, in `s` order: title and `Metrics.fields` name.
  public static let metrics: [(title: String, name: String)] = [
    ("bal.acc", "balancedAccuracy"), ("macro F1", "macroF1"), ("G-mean", "gMean"),
    ("MCC", "mcc"), ("accuracy", "accuracy"),
  ]

  public var list = ScrollState(selected: StrategyChoices.firstItemLine)
  public var focus = Focus.strategies
  /// Names of the ticked strategies, in the order they were ticked.
  public var ticked: [String] = []
  /// Specs of the ticked strategies (the Lab's parameters at the time they were ticked).
  public var specs: [String: String] = [:]
  /// Index into `ComparisonOutcome.all` of the selected panel.
  public var panel = 0
  /// Whether the selected panel fills the screen.
  public var zoomed = false
  /// Index into `metrics` of the column the summary sorts by.
  public var sortMetric = 0
  /// The last comparison and what it was asked for.
  public var outcome: ComparisonOutcome?
  public var request: ComparisonRequest?

  public init() {}

  /// The specs to compare, in tick order.
  public var tickedSpecs: [String] { ticked.map { specs[$0] ?? $0 } }
}

/// A Lab or Compare run in the background; only one runs at a time.
public struct RunningComparison: Sendable {
  /// Tells this job's events from those of jobs it replaced.
  public var id: Int
  public var request: ComparisonRequest
  public var started: Double
  public var progress: RunProgress?
  public var cancel: CancelFlag
}
