import FulcrumCore

/// The one table of key bindings: it drives key dispatch, the `?` help and the
/// status-bar hints, so the three can never disagree.
public struct Keymap: Sendable {
  /// Where a binding applies.
  public enum Scope: Hashable, Sendable {
    case global
    case screen(ScreenID)
  }

  /// Keys that trigger one action in one scope, with the help line that explains it.
  public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: Scope
    public var help: String
    /// Short text for the hint line, or nil to leave the binding out of the hints.
    public var hint: String?
  }

  public var bindings: [Binding]

  public init(bindings: [Binding]) {
    self.bindings = bindings
  }

  /// The action `key` triggers on `screen`; a screen's own bindings win over global ones.
  public func action(for key: Key, on screen: ScreenID) -> Action? {
    let own = bindings.first { $0.scope == .screen(screen) && $0.keys.contains(key) }
    return (own ?? bindings.first { $0.scope == .global && $0.keys.contains(key) })?.action
  }

  /// The bindings active on `screen`: its own first, then the global ones.
  public func bindings(on screen: ScreenID) -> [Binding] {
    bindings.filter { $0.scope == .screen(screen) } + bindings.filter { $0.scope == .global }
  }

  /// Key and hint pairs for the hint line of `screen`.
  public func hints(on screen: ScreenID, charset: Charset) -> [(key: String, text: String)] {
    bindings(on: screen).compactMap { binding in
      guard let hint = binding.hint, let key = binding.keys.first else { return nil }
      return (key.label(charset: charset), hint)
    }
  }

  /// The dashboard's bindings.
  public static let standard = Keymap(
    bindings: [
      Binding(
        keys: [.enter], action: .open, scope: .screen(.datasets),
        help: "load the selected dataset and show its overview", hint: "open"),
      Binding(
        keys: [.left, .character("h")], action: .moveLeft, scope: .screen(.data),
        help: "move to the column on the left", hint: nil),
      Binding(
        keys: [.right, .character("l")], action: .moveRight, scope: .screen(.data),
        help: "move to the column on the right", hint: nil),
      Binding(
        keys: [.character("m")], action: .nextModel, scope: .screen(.model),
        help: "next model: logistic, naive-bayes, knn, tree", hint: "model"),
      Binding(
        keys: [.character("f")], action: .nextFolds, scope: .screen(.model),
        help: "next folds: 3, 5, 10", hint: "folds"),
      Binding(
        keys: [.character("s")], action: .nextSeed, scope: .screen(.model),
        help: "next shuffling seed", hint: "seed"),
      Binding(
        keys: [.character("S")], action: .previousSeed, scope: .screen(.model),
        help: "previous shuffling seed", hint: nil),
      Binding(
        keys: [.character("n")], action: .toggleNormalised, scope: .screen(.model),
        help: "counts or row percentages", hint: "normalise"),
      Binding(
        keys: [.character("r")], action: .evaluate, scope: .screen(.model),
        help: "run the evaluation again", hint: nil),
      Binding(
        keys: [.character("x")], action: .cancelJob, scope: .screen(.model),
        help: "cancel the evaluation", hint: nil),
      Binding(
        keys: [.character(" ")], action: .toggleItem, scope: .screen(.fairness),
        help: "tick a column as sensitive", hint: "tick"),
      Binding(
        keys: [.enter], action: .setReference, scope: .screen(.fairness),
        help: "make the group the reference", hint: "reference"),
      Binding(
        keys: [.left, .character("h")], action: .moveLeft, scope: .screen(.fairness),
        help: "move to the list of columns", hint: nil),
      Binding(
        keys: [.right, .character("l")], action: .moveRight, scope: .screen(.fairness),
        help: "move to the table of groups", hint: "columns/groups"),
      Binding(
        keys: [.character("p")], action: .nextPositive, scope: .screen(.fairness),
        help: "next positive class", hint: nil),
      Binding(
        keys: [.character("x")], action: .cancelJob, scope: .screen(.fairness),
        help: "cancel the evaluation", hint: nil),
      Binding(
        keys: [.enter], action: .editParameter, scope: .screen(.lab),
        help: "edit the selected parameter (from the list: go to the form)", hint: "edit"),
      Binding(
        keys: [.left, .character("h")], action: .moveLeft, scope: .screen(.lab),
        help: "move to the list of strategies", hint: nil),
      Binding(
        keys: [.right, .character("l")], action: .moveRight, scope: .screen(.lab),
        help: "move to the parameter form", hint: nil),
      Binding(
        keys: [.character("r")], action: .evaluate, scope: .screen(.lab),
        help: "run the strategy against the baseline", hint: "run"),
      Binding(
        keys: [.character("x")], action: .cancelJob, scope: .screen(.lab),
        help: "cancel the run", hint: nil),
      Binding(
        keys: [.character("u")], action: .undo, scope: .screen(.lab),
        help: "undo: show the strategy applied before", hint: "undo"),
      Binding(
        keys: [.control("r")], action: .redo, scope: .screen(.lab),
        help: "redo the strategy undone last", hint: nil),
      Binding(
        keys: [.character(" ")], action: .toggleItem, scope: .screen(.compare),
        help: "tick or untick the strategy (with the Lab's parameters)", hint: "tick"),
      Binding(
        keys: [.character("r")], action: .evaluate, scope: .screen(.compare),
        help: "compare the ticked strategies over the same folds", hint: "run"),
      Binding(
        keys: [.character("s")], action: .cycleSort, scope: .screen(.compare),
        help: "sort the summary by the next metric", hint: "sort"),
      Binding(
        keys: [.enter], action: .zoomPanel, scope: .screen(.compare),
        help: "open the selected panel full size (Esc closes it)", hint: "zoom"),
      Binding(
        keys: [.left, .character("h")], action: .moveLeft, scope: .screen(.compare),
        help: "previous panel (from the first: the list)", hint: nil),
      Binding(
        keys: [.right, .character("l")], action: .moveRight, scope: .screen(.compare),
        help: "next panel (from the list: the panels)", hint: "list/panels"),
      Binding(
        keys: [.character("x")], action: .cancelJob, scope: .screen(.compare),
        help: "cancel the comparison", hint: nil),
      Binding(
        keys: [.up, .character("k")], action: .moveUp, scope: .global,
        help: "move up one line", hint: nil),
      Binding(
        keys: [.down, .character("j")], action: .moveDown, scope: .global,
        help: "move down one line", hint: "move"),
      Binding(
        keys: [.pageUp, .control("b")], action: .pageUp, scope: .global,
        help: "move up one page", hint: nil),
      Binding(
        keys: [.pageDown, .control("f")], action: .pageDown,
        scope: .global, help: "move down one page", hint: nil),
      Binding(
        keys: [.character("g"), .home], action: .first, scope: .global,
        help: "go to the first line", hint: nil),
      Binding(
        keys: [.character("G"), .end], action: .last, scope: .global,
        help: "go to the last line", hint: nil),
      Binding(
        keys: [.tab], action: .nextScreen, scope: .global,
        help: "next screen", hint: "screen"),
      Binding(
        keys: [.backTab], action: .previousScreen, scope: .global,
        help: "previous screen", hint: nil),
      Binding(
        keys: [.character("1")], action: .showDatasets, scope: .global,
        help: "Datasets: loaded files and bundled samples", hint: nil),
      Binding(
        keys: [.character("2")], action: .showOverview, scope: .global,
        help: "Overview: columns and class balance", hint: nil),
      Binding(
        keys: [.character("3")], action: .showData, scope: .global,
        help: "Data: the rows of the table", hint: nil),
      Binding(
        keys: [.character("4")], action: .showModel, scope: .global,
        help: "Model: cross-validated confusion matrix and metrics", hint: nil),
      Binding(
        keys: [.character("5")], action: .showFairness, scope: .global,
        help: "Fairness: rates by sensitive group", hint: nil),
      Binding(
        keys: [.character("6")], action: .showLab, scope: .global,
        help: "Lab: try one strategy against the baseline", hint: nil),
      Binding(
        keys: [.character("7")], action: .showCompare, scope: .global,
        help: "Compare: several strategies side by side", hint: nil),
      Binding(
        keys: [.character("?")], action: .help, scope: .global,
        help: "show or hide this help", hint: "help"),
      Binding(
        keys: [.character("q"), .escape], action: .back, scope: .global,
        help: "go back (or stop this screen's job); quit from the first screen",
        hint: "back/quit"),
      Binding(
        keys: [.control("c")], action: .quit, scope: .global,
        help: "quit at once", hint: nil),
      // Habits users bring from other terminal programs: palette, search, export, themes.
      Binding(
        keys: [.character(":")], action: .commandPalette, scope: .global,
        help: "command palette: type to find any action, Enter runs it", hint: "commands"),
      Binding(
        keys: [.character("e")], action: .export, scope: .global,
        help: "export this screen's report to a file (.json or .md)", hint: nil),
      Binding(
        keys: [.character("t")], action: .cycleTheme, scope: .global,
        help: "switch to the next colour theme", hint: nil),
    ] + searchBindings(on: [.datasets, .overview, .data]))

  /// `/`, `n` and `N` on the screens that have a list or table to search; elsewhere `n`
  /// is free for the screen's own use (the Model screen's row percentages).
  private static func searchBindings(on screens: [ScreenID]) -> [Binding] {
    screens.flatMap { screen in
      [
        Binding(
          keys: [.character("/")], action: .search, scope: .screen(screen),
          help: "search the list or table on this screen", hint: nil),
        Binding(
          keys: [.character("n")], action: .searchNext, scope: .screen(screen),
          help: "next search match", hint: nil),
        Binding(
          keys: [.character("N")], action: .searchPrevious, scope: .screen(screen),
          help: "previous search match", hint: nil),
      ]
    }
  }
}
