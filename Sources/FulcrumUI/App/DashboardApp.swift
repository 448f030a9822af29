import Dispatch
import Foundation
import FulcrumCore

/// The dashboard without the terminal: it turns keys into actions, applies job results
/// and draws the current screen onto any `Surface`.
public final class DashboardApp {
  /// The smallest terminal the layout needs.
  public static let minimumWidth = 40
  public static let minimumHeight = 10

  public let state: DashboardState
  public let keymap: Keymap
  let jobs: JobQueue
  let label: String?
  /// Seconds on a monotonic clock; replaceable so tests draw the same frame every time.
  var clock: () -> Double
  /// Where themes are looked up when `t` switches theme; replaceable in tests.
  public var environment = ProcessInfo.processInfo.environment
  /// Runs the Lab's and Compare screen's comparisons; replaceable so tests use fixed
  /// results.
  public var comparisonRunner: ComparisonRunner = DashboardApp.strategyComparison

  public init(
    state: DashboardState, keymap: Keymap = .standard, jobs: JobQueue, label: String?,
    clock: @escaping () -> Double = DashboardApp.monotonicSeconds
  ) {
    self.state = state
    self.keymap = keymap
    self.jobs = jobs
    self.label = label
    self.clock = clock
  }

  public static func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// Whether a background job is running, so the loop keeps the spinner turning.
  public var isBusy: Bool {
    state.entries.contains { $0.isLoading } || state.evaluation.running != nil
      || state.comparison != nil
  }

  /// Starts loading entry `index` unless it is loaded or loading already.
  public func load(_ index: Int) {
    guard state.entries.indices.contains(index) else { return }
    switch state.entries[index].status {
    case .loaded, .loading: return
    case .notLoaded, .failed:
      state.entries[index].status = .loading(started: clock())
      // `--label` names a column of the files given on the command line; bundled samples
      // keep their own conventional label.
      let entry = state.entries[index]
      jobs.startLoading(
        entry: index, path: entry.path, label: entry.origin == .file ? label : nil)
    }
  }

  /// Handles one key press; `width` and `height` are the terminal's current size.
  public func handle(_ key: Key, width: Int, height: Int) {
    if key == .resize { return }
    if width < DashboardApp.minimumWidth || height < DashboardApp.minimumHeight {
      // The layout is hidden; only leaving works.
      if let action = keymap.action(for: key, on: state.screen), action == .back || action == .quit
      {
        state.wantsToQuit = true
      }
      return
    }
    if case .mouse(let event) = key {
      handleMouse(event, width: width, height: height)
      return
    }
    if !state.mode.isNormal {
      // ^C still quits from inside a palette or prompt; every other key is typing.
      if keymap.action(for: key, on: state.screen) == .quit {
        state.wantsToQuit = true
      } else {
        handleInput(key)
      }
      return
    }
    guard let action = keymap.action(for: key, on: state.screen) else { return }
    state.message = nil
    if state.showingHelp {
      if action == .help || action == .back { state.showingHelp = false }
      if action == .quit { state.wantsToQuit = true }
      scrollHelp(action, height: height)
      return
    }
    perform(action)
  }

  /// Carries out `action` on the current screen.
  public func perform(_ action: Action) {
    performAction(action)
    ensureEvaluation()
  }

  private func performAction(_ action: Action) {
    switch action {
    case .quit: state.wantsToQuit = true
    case .help:
      state.showingHelp = true
      state.helpTop = 0
    case .back:
      if state.screen == .compare, state.compare.zoomed {
        state.compare.zoomed = false
        // A run for the previous dataset must not land in the new one's history.
        state.comparison?.cancel.cancel()
        state.comparison = nil
      } else if isComparingOnScreen {
        cancelComparison()
      } else if isEvaluatingOnScreen {
        cancelEvaluation()
      } else if let previous = state.history.popLast() {
        state.screen = previous
      } else {
        state.wantsToQuit = true
      }
    case .showModel: state.screen = .model
    case .showFairness: state.screen = .fairness
    case .showLab: state.screen = .lab
    case .showCompare: state.screen = .compare
    case .nextScreen: state.screen = state.screen.next
    case .previousScreen: state.screen = state.screen.previous
    case .showDatasets: state.screen = .datasets
    case .showOverview: state.screen = .overview
    case .showData: state.screen = .data
    case .commandPalette, .search, .searchNext, .searchPrevious, .export, .cycleTheme:
      performHabit(action)
    case .open:
      guard state.screen == .datasets, !state.entries.isEmpty else { return }
      let index = state.datasets.selected
      if state.current != index {
        state.overview = ScrollState()
        state.dataRows = ScrollState()
        state.dataColumn = 0
        state.dataFirstColumn = 0
        state.evaluation.classes = ScrollState()
        state.fairness = FairnessState()
        state.lab.history = []
        state.lab.position = 0
        state.compare.outcome = nil
        state.compare.request = nil
        state.compare.zoomed = false
        // A run for the previous dataset must not land in the new one's history.
        state.comparison?.cancel.cancel()
        state.comparison = nil
      }
      state.current = index
      load(index)
      state.history.append(.datasets)
      state.screen = .overview
    default:
      _ = screenPerform(action)
    }
  }

  private func screenPerform(_ action: Action) -> Bool {
    switch state.screen {
    case .datasets: DatasetsScreen.perform(action, state: state)
    case .overview: OverviewScreen.perform(action, state: state)
    case .data: DataScreen.perform(action, state: state)
    case .model: ModelScreen.perform(action, app: self)
    case .fairness: FairnessScreen.perform(action, app: self)
    case .lab: LabScreen.perform(action, app: self)
    case .compare: CompareScreen.perform(action, app: self)
    }
  }

  /// Applies results posted by background jobs.
  public func apply(_ events: [JobEvent]) {
    for event in events {
      switch event {
      case .loaded(let index, let loaded):
        state.entries[index].status = .loaded(loaded)
      case .failed(let index, let message):
        state.entries[index].status = .failed(message)
        state.message = (message, .bad)
      case .evaluationProgress, .evaluated, .evaluationFailed, .evaluationCancelled:
        applyEvaluation(event)
      case .comparisonProgress, .compared, .comparisonFailed, .comparisonCancelled:
        applyComparison(event)
      }
    }
    ensureEvaluation()
  }

  /// Draws the whole screen.
  public func draw(on target: Surface) {
    // The probe notes where the screen draws its selected line, for mouse clicks.
    let probe = SelectionProbe(base: target)
    let surface: Surface = probe
    surface.clear()
    if surface.width < DashboardApp.minimumWidth || surface.height < DashboardApp.minimumHeight {
      drawTooSmall(on: surface)
      return
    }
    drawTabs(on: surface)
    let body = surface.region(
      Rect(
        row: 2, col: 0, height: surface.height - 4,
        width: surface.width))
    let now = clock()
    switch state.screen {
    case .datasets: DatasetsScreen.draw(state, on: body, clock: now)
    case .overview: OverviewScreen.draw(state, on: body, clock: now)
    case .data: DataScreen.draw(state, on: body, clock: now)
    case .model: ModelScreen.draw(self, on: body, clock: now)
    case .fairness: FairnessScreen.draw(self, on: body, clock: now)
    case .lab: LabScreen.draw(self, on: body, clock: now)
    case .compare: CompareScreen.draw(self, on: body, clock: now)
    }
    // Taken before the status bar and any overlay draw their own highlights.
    state.selectionRow = probe.selectionRow
    statusBar(charset: surface.charset, now: now).draw(on: surface)
    drawInput(on: surface)
    if state.showingHelp {
      var overlay = HelpOverlay(
        screen: state.screen, keymap: keymap, unavailable: unavailableReasons())
      overlay.top = state.helpTop
      overlay.draw(on: surface)
    }
  }

  private func drawTabs(on surface: Surface) {
    var x = 1
    let labels = ScreenID.tabLabels(active: state.screen, width: surface.width)
    for (screen, label) in zip(ScreenID.allCases, labels) {
      let role: Role = screen == state.screen ? .tabActive : .tab
      x += surface.put(label, row: 0, col: x, role: role) + 1
    }
    let name = "fulcrum"
    let nameWidth = DisplayText.width(name)
    if x + nameWidth + 1 < surface.width {
      surface.put(name, row: 0, col: surface.width - nameWidth - 1, role: .muted)
    }
    surface.fill(
      Rect(row: 1, col: 0, height: 1, width: surface.width),
      glyph: surface.charset.horizontal, role: .border)
  }

  private func statusBar(charset: Charset, now: Double) -> StatusBar {
    var location = state.screen.title
    if state.screen != .datasets, let entry = state.currentEntry {
      location += " \(charset.separator) " + entry.name
    }
    var activity = ""
    var role = Role.status
    let loading = state.entries.filter(\.isLoading)
    if let first = loading.first, case .loading(let started) = first.status {
      let frames = charset.spinner
      let elapsed = max(0, now - started)
      activity =
        "\(frames[Int(elapsed * 10) % frames.count]) loading \(first.name) "
        + Formatting.seconds(elapsed)
      if loading.count > 1 { activity += " (+\(loading.count - 1))" }
    } else if let comparing = comparisonActivity(now: now, charset: charset) {
      activity = comparing
    } else if let evaluating = evaluationActivity(now: now, charset: charset) {
      activity = evaluating
    } else if let message = state.message {
      activity = message.text
      role = message.role
    }
    return StatusBar(
      location: location, activity: activity, activityRole: role,
      hints: keymap.hints(on: state.screen, charset: charset))
  }

  private func drawTooSmall(on surface: Surface) {
    let lines = [
      "Terminal too small",
      "\(surface.width)x\(surface.height), need \(DashboardApp.minimumWidth)x"
        + "\(DashboardApp.minimumHeight)",
      "Enlarge it, or q to quit",
    ]
    let top = max(0, (surface.height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let width = DisplayText.width(line)
      surface.put(
        line, row: top + index, col: max(0, (surface.width - width) / 2),
        role: index == 0 ? .warning : .text)
    }
  }
}
