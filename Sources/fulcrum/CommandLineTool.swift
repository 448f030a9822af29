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
      try standardOutput(text)
      return 0
    }
    if parsed.flag(.version) {
      try standardOutput("fulcrum \(fulcrumVersion)\n")
      return 0
    }
    try ArgumentParser.checkOperands(parsed, for: command)
    return try command.run(parsed)
  }
}

/// Writes `text` to standard output as is.
///
/// Goes through write(2) rather than `FileHandle.write`, which traps on an error: a full
/// disk or a closed descriptor must end in an error line and a failing exit status, so a
/// script never takes a truncated report for a complete one.
/// - Throws: `.cannotCreate` when standard output does not take every byte.
func standardOutput(_ text: String) throws(FulcrumError) {
  let bytes = Array(text.utf8)
  var written = 0
  while written < bytes.count {
    let count = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      let reason = String(cString: strerror(errno)).lowercased()
      throw FulcrumError(.cannotCreate, "standard output: cannot write the report (\(reason))")
    }
    written += count
  }
}

/// Writes one line to standard error.
///
/// A failure is ignored: there is nowhere left to report it, and the exit status still
/// says what went wrong (`FileHandle.write` would trap instead).
func standardError(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  var written = 0
  while written < bytes.count {
    let count = bytes[written...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR { continue }
    guard count > 0 else { return }
    written += count
  }
}
