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
  public static func run(_ options: Options) -> Int32 {
    // FIXME: the event loop and screens are not written yet.
    print("the dashboard is not available yet")
    return 1
  }
}
