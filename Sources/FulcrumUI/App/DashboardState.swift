/// Everything the dashboard shows, apart from the terminal itself.
public final class DashboardState {
  public var screen: ScreenID
  /// Screens to return to with `q`, most recent last.
  public var history: [ScreenID] = []
  public var entries: [DatasetEntry]
  /// The entry Overview and Data show.
  public var current: Int?
  public var datasets = ScrollState()
  public var overview = ScrollState()
  public var dataRows = ScrollState()
  /// Selected column of the Data table (index into the dataset's columns).
  public var dataColumn = 0
  /// First column shown in the Data table.
  public var dataFirstColumn = 0
  /// Model screen choices and the evaluation behind the Model and Fairness screens.
  public var evaluation = EvaluationState()
  public var fairness = FairnessState()
  public var lab = LabState()
  public var compare = CompareState()
  /// Parameter values typed in the Lab, shared with the Compare screen's ticks.
  public var choices = StrategyChoices()
  /// The Lab or Compare run in the background, if any.
  public var comparison: RunningComparison?
  /// The last Lab or Compare run that failed: the screen it was for and why.
  public var comparisonFailure: (screen: ScreenID, message: String)?
  var lastComparisonID = 0
  public var showingHelp = false
  /// First line of the help shown, when it is taller than the terminal.
  public var helpTop = 0
  /// A one-line message for the status bar, with its role.
  public var message: (text: String, role: Role)?
  public var wantsToQuit = false
  /// Rows of list or table visible on the current screen, set while drawing, for paging.
  public var pageSize = 10
  /// Whether keys go to the screen or to an open palette or prompt.
  public var mode: InputMode = .normal
  /// The last search, for `n` and `N`.
  public var search: SearchState?
  /// The colour theme; the event loop hands a new one to the terminal.
  public var theme: Theme = .builtInDefault
  /// Names of the themes `t` cycles through, in order.
  public var themeNames: [String] = []
  /// Terminal row of the selected line drawn on the last frame, for mouse clicks.
  public var selectionRow: Int?

  public init(entries: [DatasetEntry], screen: ScreenID = .datasets) {
    self.entries = entries
    self.screen = screen
  }

  public var currentEntry: DatasetEntry? {
    guard let current, entries.indices.contains(current) else { return nil }
    return entries[current]
  }

  public var currentDataset: LoadedDataset? { currentEntry?.loaded }
}
