import Foundation
import FulcrumCore

/// Picks the command a command line names, runs it, and turns errors into exit codes.
enum CommandLineTool {
  /// The subcommands, in the order help lists them.
  static let commands: [Command] = [
    .report, .compare, .resample, .strategies, .samples, .themes,
  ]

  /// Runs `arguments` (without the program name) and returns the exit code.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      return try dispatch(arguments)
    } catch {
      standardError(
        "fulcrum: " + error.message.split(whereSeparator: \.isNewline).joined(separator: " "))
      return error.exitCode
    }
  }

  private static func dispatch(_ arguments: [String]) throws(FulcrumError) -> Int32 {
    var command = Command.dashboard
    var rest = arguments[...]
    if let first = arguments.first, let named = commands.first(where: { $0.name == first }) {
      command = named
      rest = rest.dropFirst()
    }
    let parsed = try ArgumentParser.parse(Array(rest), for: command)
    if parsed.flag(.help) {
      let isOverview = command.name.isEmpty
      let text =
        isOverview
        ? UsageText.overview(dashboard: command, commands: commands)
        : UsageText.help(for: command)
      standardOutput(text)
      return 0
    }
    if parsed.flag(.version) {
      standardOutput("fulcrum \(fulcrumVersion)\n")
      return 0
    }
    try ArgumentParser.checkOperands(parsed, for: command)
    return try command.run(parsed)
  }
}

/// Writes `text` to standard output as is.
func standardOutput(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}

/// Writes one line to standard error.
func standardError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
