/// Help text generated from the command and option tables, so it cannot drift from what
/// the parser accepts.
enum UsageText {
  /// Help for one command: synopsis, summary and its options.
  static func help(for command: Command) -> String {
    var lines = ["usage: \(command.synopsis)", "", command.summary, "", "options:"]
    lines += optionLines(command.acceptedOptions)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Help for `fulcrum` itself: the dashboard's usage, then every subcommand.
  static func overview(dashboard: Command, commands: [Command]) -> String {
    var lines = [
      "Fulcrum \(fulcrumVersion): diagnose class imbalance and bias in classification data.",
      "",
      "usage:",
    ]
    let all = [dashboard] + commands
    let width = all.map(\.synopsis.count).max() ?? 0
    for command in all {
      lines.append("  " + command.synopsis.padding(to: width) + "  " + command.summary)
    }
    lines += ["", "options of the dashboard:"]
    lines += optionLines(dashboard.acceptedOptions)
    lines += ["", "Run 'fulcrum COMMAND --help' for the options of a command."]
    return lines.joined(separator: "\n") + "\n"
  }

  private static func optionLines(_ options: [Option]) -> [String] {
    let width = options.map(\.synopsis.count).max() ?? 0
    return options.map { option in
      let repeated = option.repeatable ? " (repeatable)" : ""
      return "  " + option.synopsis.padding(to: width) + "  " + option.help + repeated
    }
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, width - count))
  }
}
