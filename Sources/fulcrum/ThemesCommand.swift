import Foundation
import FulcrumCore
import FulcrumUI

extension Command {
  /// `fulcrum themes`: the colour themes the dashboard can use, and where each one is.
  static let themes = Command(
    name: "themes", summary: "list the dashboard's colour themes (for --theme)"
  ) { _ throws(FulcrumError) in
    let environment = ProcessInfo.processInfo.environment
    let found = ThemeLocator.available(environment: environment)
    guard !found.isEmpty else {
      try standardOutput(
        "No theme files found; the dashboard uses its built-in dark theme.\n"
          + "Put NAME.theme files in \(userFolder(environment)) to add themes.\n")
      return 0
    }
    let width = found.map(\.name.count).max() ?? 0
    var lines = ["Themes (\(ThemeLocator.defaultName) is the default; t cycles them):"]
    for entry in found {
      let padding = String(repeating: " ", count: width - entry.name.count)
      lines.append("  \(entry.name)\(padding)  \(entry.path)")
    }
    lines += ["", "Your own themes go in \(userFolder(environment))."]
    try standardOutput(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// Where the user's own themes are looked for.
  private static func userFolder(_ environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      return config + "/fulcrum/themes"
    }
    return "~/.config/fulcrum/themes"
  }
}
