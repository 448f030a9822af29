import Foundation

/// Finds and loads a theme by name or path.
///
/// Theme folders are searched in order: `$FULCRUM_THEMES`, the user's
/// `$XDG_CONFIG_HOME/fulcrum/themes` (or `~/.config/fulcrum/themes`), `./themes`, then a
/// `themes` folder in the executable's folder or any folder above it (which finds the
/// repository's themes when running a build from `.build`).
public enum ThemeLocator {
  /// The theme loaded, and a one-line warning when the one asked for could not be used.
  public struct Outcome: Sendable {
    public var theme: Theme
    public var warning: String?
  }

  public static let defaultName = "dark"

  /// Loads `request` (a name such as `dark`, or a path to a `.theme` file).
  ///
  /// A missing default theme silently gives the built-in one; a missing named theme or a
  /// malformed file gives the built-in theme and a warning naming the file and line.
  public static func load(
    _ request: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Outcome {
    let name = request ?? defaultName
    guard let path = find(name, environment: environment) else {
      let warning =
        request == nil
        ? nil : "no theme named '\(name)' (see fulcrum themes); using the built-in theme"
      return Outcome(theme: .builtInDefault, warning: warning)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return Outcome(theme: .builtInDefault, warning: "\(path): cannot read the theme file")
    }
    let text = String(decoding: data, as: UTF8.self)
    let label = URL(fileURLWithPath: path).lastPathComponent
    do {
      var theme = try ThemeParser.parse(
        text, name: label, base: Theme.builtInDefault)
      // Errors name the file; the status bar and the theme cycle use the bare name.
      if label.hasSuffix(".theme") { theme.name = String(label.dropLast(6)) }
      return Outcome(theme: theme, warning: nil)
    } catch {
      return Outcome(
        theme: .builtInDefault, warning: error.message + "; using the built-in theme")
    }
  }

  /// The path of the theme called `name`, or `name` itself when it is a file path.
  public static func find(_ name: String, environment: [String: String]) -> String? {
    let manager = FileManager.default
    if name.contains("/") || name.hasSuffix(".theme") {
      return manager.fileExists(atPath: name) ? name : nil
    }
    for folder in searchFolders(environment: environment) {
      let candidate = (folder as NSString).appendingPathComponent(name + ".theme")
      if manager.fileExists(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Folders that may hold themes, most specific first.
  public static func searchFolders(environment: [String: String]) -> [String] {
    var folders: [String] = []
    if let explicit = environment["FULCRUM_THEMES"], !explicit.isEmpty {
      folders.append(explicit)
    }
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      folders.append(config + "/fulcrum/themes")
    } else if let home = environment["HOME"], !home.isEmpty {
      folders.append(home + "/.config/fulcrum/themes")
    }
    folders.append(FileManager.default.currentDirectoryPath + "/themes")
    if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
      var folder = executable.deletingLastPathComponent()
      while folder.path != "/" {
        folders.append(folder.appendingPathComponent("themes").path)
        folder = folder.deletingLastPathComponent()
      }
    }
    return folders
  }

  /// A theme file found in one of the search folders.
  public struct Entry: Sendable, Equatable {
    public var name: String
    public var path: String
  }

  /// Every theme in the search folders, sorted by name; where two folders hold a theme of
  /// the same name, the one in the folder searched first wins (as `load` picks it).
  public static func available(environment: [String: String]) -> [Entry] {
    var found: [String: String] = [:]
    for folder in searchFolders(environment: environment) {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in names where file.hasSuffix(".theme") && !file.hasPrefix(".") {
        let name = String(file.dropLast(6))
        if found[name] == nil { found[name] = (folder as NSString).appendingPathComponent(file) }
      }
    }
    return found.keys.sorted().map { Entry(name: $0, path: found[$0]!) }
  }
}
