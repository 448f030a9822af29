import FulcrumCore

/// A subcommand: its name, what it takes, and what it does with parsed arguments.
struct Command: Sendable {
  /// The word after `fulcrum`; empty for the dashboard, which runs without one.
  let name: String
  /// How the positional arguments are written in usage, e.g. `FILE` or `[FILE…]`.
  let operands: String
  /// How many positional arguments are accepted.
  let operandCount: ClosedRange<Int>
  /// One line for the command list.
  let summary: String
  /// The options this command accepts, besides `--help` and `--version`.
  let options: [Option]
  let run: @Sendable (ParsedArguments) throws(FulcrumError) -> Int32

  init(
    name: String, operands: String = "", operandCount: ClosedRange<Int> = 0...0,
    summary: String, options: [Option] = [],
    run: @escaping @Sendable (ParsedArguments) throws(FulcrumError) -> Int32
  ) {
    self.name = name
    self.operands = operands
    self.operandCount = operandCount
    self.summary = summary
    self.options = options
    self.run = run
  }

  /// Every option the parser accepts for this command.
  var acceptedOptions: [Option] { options + [.help, .version] }

  /// `fulcrum report FILE [options]`.
  var synopsis: String {
    (["fulcrum", name, operands].filter { !$0.isEmpty } + ["[options]"]).joined(separator: " ")
  }

  /// The name as it appears in messages: `fulcrum report`, or `fulcrum` for the dashboard.
  var displayName: String { name.isEmpty ? "fulcrum" : "fulcrum " + name }

  /// How an error message starts when it is about this command (`report: `), empty for
  /// the dashboard since every message already starts with `fulcrum:`.
  var subject: String { name.isEmpty ? "" : name + ": " }
}
