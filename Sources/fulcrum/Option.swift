/// A command-line option, declared once and used both to parse arguments and to print help.
struct Option: Sendable, Hashable {
  /// The long name without dashes: `label` for `--label`.
  let name: String
  /// An optional one-letter alias: `s` for `-s`.
  let short: Character?
  /// What the value is called in help (`COL`); nil for a flag that takes no value.
  let valueName: String?
  /// Whether the option may be given more than once (each value is kept).
  let repeatable: Bool
  /// The accepted values, when the option takes one of a fixed set.
  let choices: [String]
  let help: String

  /// An option that is present or absent.
  static func flag(_ name: String, short: Character? = nil, help: String) -> Option {
    Option(name: name, short: short, valueName: nil, repeatable: false, choices: [], help: help)
  }

  /// An option that takes a value (`--label COL`, `--label=COL`).
  static func value(
    _ name: String, _ valueName: String, short: Character? = nil, choices: [String] = [],
    repeatable: Bool = false, help: String
  ) -> Option {
    Option(
      name: name, short: short, valueName: valueName, repeatable: repeatable, choices: choices,
      help: help)
  }

  var takesValue: Bool { valueName != nil }

  /// How the option is written in help: `-s, --strategy SPEC`, `--format text|json`.
  var synopsis: String {
    var text = short.map { "-\($0), " } ?? ""
    text += "--" + name
    if let valueName {
      text += " " + (choices.isEmpty ? valueName : choices.joined(separator: "|"))
    }
    return text
  }
}
