import Foundation
import FulcrumCore

/// Entry point of the terminal dashboard.
public enum Dashboard {
  /// What the command line passes to the dashboard.
  public struct Options: Sendable {
    /// Files to open; empty opens the list of bundled samples.
    public var paths: [String]
    public var label: String?
    /// Folder of the bundled samples, if one was found.
    public var samplesDirectory: String?
    public var theme: String?
    public var noColor: Bool
    /// Whether to ask the terminal for mouse clicks and the wheel.
    public var mouse = false

    public init(
      paths: [String], label: String? = nil, samplesDirectory: String? = nil,
      theme: String? = nil, noColor: Bool = false
    ) {
      self.paths = paths
      self.label = label
      self.samplesDirectory = samplesDirectory
      self.theme = theme
      self.noColor = noColor
    }
  }

  /// Runs the dashboard on the terminal until the user quits; returns the exit code.
  ///
  /// Draws on `/dev/tty` and never writes to standard output. Problems that stop the
  /// dashboard from starting (no terminal, `TERM=dumb`, an unknown `TERM`) go to standard
  /// error as one line, with exit code 2. After a signal the code is 128 + its number.
  public static func run(_ options: Options) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    let noColor = options.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    let themeOutcome = ThemeLocator.load(options.theme, environment: environment)
    let state = DashboardState(
      entries: entries(for: options), screen: options.paths.isEmpty ? .datasets : .overview)

    let session: TerminalSession
    do {
      session = try TerminalSession(noColor: noColor)
    } catch {
      FileHandle.standardError.write(Data(("fulcrum: " + error.message + "\n").utf8))
      // Starting the dashboard without a usable terminal is a usage problem.
      return FulcrumError.Kind.usage.rawValue
    }
    let signals = SignalWatcher(wakeDescriptor: session.wakeWrite)
    let jobs = JobQueue(wakeDescriptor: session.wakeWrite)
    // At mono depth each role falls back to its theme's monochrome attributes.
    state.theme = themeOutcome.theme
    state.themeNames = ThemeLocator.available(environment: environment).map(\.name)
    session.surface.apply(theme: state.theme, depth: session.depth)
    if options.mouse { session.enableMouse() }
    let app = DashboardApp(state: state, jobs: jobs, label: options.label)
    if let warning = themeOutcome.warning { state.message = (warning, .warning) }
    if !options.paths.isEmpty {
      state.current = 0
      for index in options.paths.indices { app.load(index) }
    }
    let status = EventLoop(app: app, session: session, jobs: jobs, signals: signals).run()
    session.close()
    jobs.detach()
    signals.stop()
    return status
  }

  /// The given files first, then the bundled samples not already among them.
  static func entries(for options: Options) -> [DatasetEntry] {
    var entries = options.paths.map {
      DatasetEntry(path: $0, origin: .file, byteSize: DatasetEntry.fileSize($0))
    }
    var folder = options.samplesDirectory
    if folder == nil {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: "samples", isDirectory: &isFolder),
        isFolder.boolValue
      {
        folder = "samples"
      }
    }
    if let folder {
      let given = Set(options.paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
      entries += DatasetEntry.samples(in: folder).filter {
        !given.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path)
      }
    }
    return entries
  }
}
