import Foundation
import FulcrumCore

/// The command palette, search, export, theme switching and the mouse.
extension DashboardApp {
  /// Why `action` cannot run on the current screen now, or nil when it can.
  public func unavailableReason(_ action: Action) -> String? {
    switch action {
    case .export:
      if state.currentEntry?.isLoading == true { return "wait until the dataset has loaded" }
      // Every screen can export once a dataset is loaded. Building the report to find out
      // would summarise every column on the main thread each time the help is drawn.
      return state.currentDataset == nil ? "load a dataset first" : nil
    case .search:
      return searchableCount() == nil ? searchUnavailableReason() : nil
    case .searchNext, .searchPrevious:
      return state.search == nil ? "search with / first" : nil
    case .open:
      return state.entries.isEmpty ? "no datasets to open" : nil
    case .cycleTheme:
      return state.themeNames.count < 2 ? "only one theme is installed" : nil
    case .undo, .redo, .cycleSort, .zoomPanel, .evaluate, .cancelJob, .toggleItem:
      return labReason(action)
    default:
      return nil
    }
  }

  /// The reasons for every action of the current screen that cannot run now.
  public func unavailableReasons() -> [Action: String] {
    var reasons: [Action: String] = [:]
    for binding in keymap.bindings(on: state.screen) {
      if let reason = unavailableReason(binding.action) { reasons[binding.action] = reason }
    }
    return reasons
  }

  /// Runs one of the habit actions, or says in the status bar why it cannot.
  func performHabit(_ action: Action) {
    if let reason = unavailableReason(action) {
      state.message = ("\(action.rawValue): \(reason)", .warning)
      return
    }
    switch action {
    case .commandPalette: state.mode = .palette(CommandPalette(entries: paletteEntries()))
    case .search: state.mode = .search(PromptLine(label: "/"))
    case .searchNext: stepSearch(by: 1)
    case .searchPrevious: stepSearch(by: -1)
    case .export: state.mode = .exportPath(PromptLine(label: "Export to: ", text: exportName()))
    case .cycleTheme: cycleTheme()
    default: break
    }
  }

  /// Every named action in the keymap, once each: the current screen's and the global
  /// ones first, then those of other screens, marked with the screen they work on.
  public func paletteEntries() -> [CommandPalette.Entry] {
    var seen: Set<Action> = [.commandPalette]
    var entries: [CommandPalette.Entry] = []
    for binding in keymap.bindings(on: state.screen) {
      guard seen.insert(binding.action).inserted else { continue }
      entries.append(
        CommandPalette.Entry(
          action: binding.action, keys: binding.keys, help: binding.help,
          unavailable: unavailableReason(binding.action)))
    }
    for binding in keymap.bindings {
      guard case .screen(let screen) = binding.scope, seen.insert(binding.action).inserted
      else { continue }
      entries.append(
        CommandPalette.Entry(
          action: binding.action, keys: binding.keys, help: binding.help,
          unavailable: "only on the \(screen.title) screen"))
    }
    return entries
  }

  /// A key typed while a palette or prompt is open.
  func handleInput(_ key: Key) {
    switch state.mode {
    case .normal:
      return
    case .palette(var palette):
      switch key {
      case .escape: state.mode = .normal
      case .enter:
        state.mode = .normal
        guard let entry = palette.selectedEntry else { return }
        state.message = nil
        if let reason = entry.unavailable ?? unavailableReason(entry.action) {
          state.message = ("\(entry.action.rawValue): \(reason)", .warning)
        } else {
          perform(entry.action)
        }
      default:
        if palette.handle(key) { state.mode = .palette(palette) }
      }
    case .search(var prompt):
      switch key {
      case .escape: state.mode = .normal
      case .enter:
        state.mode = .normal
        startSearch(prompt.text)
      default:
        if prompt.edit(key) { state.mode = .search(prompt) }
      }
    case .exportPath(var prompt):
      switch key {
      case .escape:
        state.mode = .normal
        state.message = ("export cancelled", .status)
      case .enter:
        state.mode = .normal
        export(to: prompt.text)
      default:
        if prompt.edit(key) { state.mode = .exportPath(prompt) }
      }
    case .parameter(let strategy, let name, let original):
      editParameter(key, strategy: strategy, name: name, original: original)
    case .confirmOverwrite(let path, let contents):
      state.mode = .normal
      if key == .character("y") || key == .character("Y") {
        write(contents, to: path, replacing: true)
      } else {
        state.message = ("kept \(path) as it was; nothing exported", .status)
      }
    }
  }

  /// Draws the open palette or prompt over the screen.
  func drawInput(on surface: Surface) {
    switch state.mode {
    case .normal: break
    case .palette(let palette): palette.draw(on: surface)
    case .search(let prompt), .exportPath(let prompt): prompt.draw(on: surface)
    case .confirmOverwrite(let path, _):
      PromptLine(label: "\(path) exists. Replace it? (y/n) ").draw(on: surface)
    case .parameter: break
    }
  }

  // MARK: Search

  /// Why the current screen cannot be searched.
  private func searchUnavailableReason() -> String {
    if state.screen == .datasets { return "no datasets to search" }
    if state.screen == .overview || state.screen == .data { return "load a dataset first" }
    return "nothing to search on this screen"
  }

  /// How many lines the current screen can search, or nil when it has nothing to search.
  /// Screens without a list of their own (added later) say so instead of searching.
  private func searchableCount() -> Int? {
    if state.screen == .datasets { return state.entries.isEmpty ? nil : state.entries.count }
    if state.screen == .overview { return state.currentDataset?.summaries.count }
    if state.screen == .data { return state.currentDataset?.dataset.rowCount }
    return nil
  }

  /// Finds `query` on the current screen and shows the first match at or after the
  /// selection.
  public func startSearch(_ query: String) {
    guard !query.isEmpty else {
      state.search = nil
      return
    }
    let (matches, truncated) = findMatches(query.lowercased())
    let position = selectionPosition()
    let first =
      matches.firstIndex {
        $0.row > position.row || ($0.row == position.row && ($0.column ?? 0) >= position.column)
      } ?? 0
    let search = SearchState(
      query: query, screen: state.screen, matches: matches, current: first,
      truncated: truncated)
    state.search = search
    show(search)
  }

  /// Moves to the next (`delta` 1) or previous (-1) match, wrapping around; on another
  /// screen than the search was made on, searches that screen afresh.
  public func stepSearch(by delta: Int) {
    guard var search = state.search else { return }
    guard search.screen == state.screen else {
      startSearch(search.query)
      return
    }
    if !search.matches.isEmpty {
      let count = search.matches.count
      search.current = ((search.current + delta) % count + count) % count
    }
    state.search = search
    show(search)
  }

  private func show(_ search: SearchState) {
    state.message = (search.summary, search.matches.isEmpty ? .warning : .status)
    guard search.matches.indices.contains(search.current) else { return }
    let match = search.matches[search.current]
    if state.screen == .datasets { state.datasets.selected = match.row }
    if state.screen == .overview { state.overview.selected = match.row }
    if state.screen == .data {
      state.dataRows.selected = match.row
      if let column = match.column { state.dataColumn = column }
    }
  }

  private func selectionPosition() -> (row: Int, column: Int) {
    if state.screen == .datasets { return (state.datasets.selected, 0) }
    if state.screen == .overview { return (state.overview.selected, 0) }
    if state.screen == .data { return (state.dataRows.selected, state.dataColumn) }
    return (0, 0)
  }

  /// Every place `needle` (already lower-cased) occurs on the current screen, in reading
  /// order, up to `SearchState.limit`.
  private func findMatches(_ needle: String) -> ([SearchState.Match], Bool) {
    if state.screen == .datasets {
      let names = state.entries.map(\.name)
      return (DataSearch.rows(of: needle, in: names), false)
    }
    if state.screen == .overview {
      let names = state.currentDataset?.summaries.map(\.name) ?? []
      return (DataSearch.rows(of: needle, in: names), false)
    }
    if state.screen == .data, let dataset = state.currentDataset?.dataset {
      return DataSearch.matches(of: needle, in: dataset, limit: SearchState.limit)
    }
    return ([], false)
  }

  // MARK: Export

  /// The report of what the current screen shows, or nil when there is nothing to report.
  public func currentReport() -> Report? {
    if state.screen == .compare, let report = comparisonReport() { return report }
    if state.screen == .lab, let report = labReport() { return report }
    return state.currentDataset.map { Report(describing: $0.dataset) }
  }

  /// A file name to start the export prompt with: the dataset's name and `-report.md`.
  private func exportName() -> String {
    var stem = state.currentEntry?.name ?? "fulcrum"
    for suffix in [".gz", ".csv", ".tsv", ".arff"] where stem.lowercased().hasSuffix(suffix) {
      stem = String(stem.dropLast(suffix.count))
    }
    if state.screen == .compare, state.compare.outcome != nil { return stem + "-comparison.md" }
    if state.screen == .lab, state.lab.current != nil { return stem + "-lab.md" }
    return stem + "-report.md"
  }

  /// Writes the current report to `rawPath`; the extension picks JSON or Markdown. An
  /// existing file is only replaced after the user confirms.
  public func export(to rawPath: String) {
    var path = rawPath.trimmingCharacters(in: .whitespaces)
    if path.hasPrefix("~/"), let home = environment["HOME"] {
      path = home + path.dropFirst()
    }
    guard !path.isEmpty else {
      state.message = ("export cancelled: no file named", .status)
      return
    }
    let lowered = path.lowercased()
    let format: ReportFormat
    if lowered.hasSuffix(".json") {
      format = .json
    } else if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
      format = .markdown
    } else {
      state.message = ("export: name a .json or .md file (the extension picks the format)", .bad)
      return
    }
    guard let report = currentReport() else {
      state.message = ("export: load a dataset first", .warning)
      return
    }
    if let input = state.entries.first(where: { OutputFile.isSameFile($0.path, path) }) {
      state.message = ("export: \(path) is the data file \(input.name); choose another name", .bad)
      return
    }
    let contents = format.render(report)
    if FileManager.default.fileExists(atPath: path) {
      state.mode = .confirmOverwrite(path: path, contents: contents)
      return
    }
    write(contents, to: path, replacing: false)
  }

  private func write(_ contents: String, to path: String, replacing: Bool) {
    do throws(FulcrumError) {
      try OutputFile.write(contents, to: path, replacing: replacing)
      state.message = ("exported to \(path)", .good)
    } catch {
      state.message = (error.message, .bad)
    }
  }

  // MARK: Themes

  /// Switches to the theme after the current one in `themeNames`.
  public func cycleTheme() {
    let names = state.themeNames
    guard !names.isEmpty else { return }
    let index = names.firstIndex(of: state.theme.name).map { ($0 + 1) % names.count } ?? 0
    let outcome = ThemeLocator.load(names[index], environment: environment)
    var theme = outcome.theme
    // A broken theme file shows the built-in colours, but the cycle moves on past it.
    theme.name = names[index]
    state.theme = theme
    if let warning = outcome.warning {
      state.message = (warning, .warning)
    } else {
      state.message = ("theme \(names[index]) (\(index + 1) of \(names.count))", .status)
    }
  }

  // MARK: Help

  /// Moves through a help taller than the terminal with the usual movement keys.
  func scrollHelp(_ action: Action, height: Int) {
    let overlay = HelpOverlay(
      screen: state.screen, keymap: keymap, unavailable: unavailableReasons())
    let limit = overlay.maximumTop(height: height, charset: .unicode)
    let page = max(1, height - 6)
    switch action {
    case .moveDown: state.helpTop += 1
    case .moveUp: state.helpTop -= 1
    case .pageDown: state.helpTop += page
    case .pageUp: state.helpTop -= page
    case .first: state.helpTop = 0
    case .last: state.helpTop = limit
    default: return
    }
    state.helpTop = min(max(0, state.helpTop), limit)
  }

  // MARK: Mouse

  /// A click selects the line under the pointer (or the tab clicked); the wheel scrolls.
  func handleMouse(_ event: MouseEvent, width: Int, height: Int) {
    guard state.mode.isNormal, !state.showingHelp else { return }
    switch event.kind {
    case .wheelUp:
      for _ in 0..<3 { perform(.moveUp) }
    case .wheelDown:
      for _ in 0..<3 { perform(.moveDown) }
    case .press:
      if event.row == 0, let screen = tabScreen(at: event.col, width: width) {
        state.screen = screen
        return
      }
      guard event.row >= 2, event.row < height - 2, let selected = state.selectionRow else {
        return
      }
      let delta = event.row - selected
      for _ in 0..<min(abs(delta), height) { perform(delta > 0 ? .moveDown : .moveUp) }
    }
  }

  /// The screen whose tab covers column `col` of the top row (laid out as `drawTabs` does).
  private func tabScreen(at col: Int, width terminalWidth: Int) -> ScreenID? {
    var x = 1
    let labels = ScreenID.tabLabels(active: state.screen, width: terminalWidth)
    for (screen, label) in zip(ScreenID.allCases, labels) {
      let width = DisplayText.width(label)
      if col >= x, col < x + width { return screen }
      x += width + 1
    }
    return nil
  }
}
