import FulcrumCore

/// The options shared by the commands. A command lists the ones it accepts; `help` and
/// `version` are accepted everywhere.
extension Option {
  static let help = Option.flag("help", short: "h", help: "show this help and exit")
  static let version = Option.flag("version", help: "print the version and exit")

  static let label = Option.value(
    "label", "COL",
    help: "the label column (default: label, class, target, y, outcome, else the last)")
  static let format = Option.value(
    "format", "FORMAT", choices: ReportFormat.allCases.map(\.rawValue),
    help: "output format (default: text)")
  static let output = Option.value(
    "output", "PATH", short: "o", help: "write to PATH instead of standard output")
  static let force = Option.flag("force", help: "replace the --output file if it exists")
  static let theme = Option.value(
    "theme", "NAME|PATH",
    help: "colour theme: a name from 'fulcrum themes' or a .theme file (default: dark)")
  static let noColor = Option.flag("no-color", help: "draw without colour (as NO_COLOR does)")
}
