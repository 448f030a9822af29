import FulcrumCore

/// Splits a command line into options and operands by the command's option table.
///
/// Accepted spellings: `--name value`, `--name=value`, `-n value`, `-nvalue`; `--` ends
/// the options; a lone `-` is an operand (standard input).
enum ArgumentParser {
  static func parse(_ arguments: [String], for command: Command) throws(FulcrumError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      if argument == "--" {
        parsed.operands += remaining
        break
      }
      guard argument.hasPrefix("-"), argument != "-" else {
        parsed.operands.append(argument)
        continue
      }
      let (option, attached) = try lookUp(argument, in: command)
      var value: String?
      if option.takesValue {
        guard let given = attached ?? remaining.popFirst() else {
          throw usage("--\(option.name) needs a value (\(option.valueName!))", command)
        }
        value = given
      } else if attached != nil {
        throw usage("--\(option.name) takes no value", command)
      }
      if let value, !option.choices.isEmpty, !option.choices.contains(value) {
        let choices = option.choices.joined(separator: ", ")
        throw usage("--\(option.name) must be one of \(choices), not '\(value)'", command)
      }
      if option.repeatable {
        parsed.values[option.name, default: []].append(value ?? "")
      } else {
        parsed.values[option.name] = [value ?? ""]
      }
    }
    return parsed
  }

  /// Checks the operand count once `--help` and `--version` have had their chance.
  static func checkOperands(_ parsed: ParsedArguments, for command: Command)
    throws(FulcrumError)
  {
    let count = parsed.operands.count
    if count < command.operandCount.lowerBound {
      throw usage("needs \(command.operands)", command)
    }
    if count > command.operandCount.upperBound {
      let extra = parsed.operands[command.operandCount.upperBound]
      throw usage("does not take '\(extra)'", command)
    }
  }

  /// The option an argument names, and a value attached to it (`--name=value`, `-nvalue`).
  private static func lookUp(_ argument: String, in command: Command) throws(FulcrumError)
    -> (Option, String?)
  {
    let options = command.acceptedOptions
    if argument.hasPrefix("--") {
      let body = argument.dropFirst(2)
      let name = String(body.prefix { $0 != "=" })
      let attached = body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
      if let option = options.first(where: { $0.name == name }) { return (option, attached) }
      throw unknown("--" + name, suggestion: closest(name, among: options), command)
    }
    let letter = argument.dropFirst().first!
    let rest = String(argument.dropFirst(2))
    guard let option = options.first(where: { $0.short == letter }) else {
      throw unknown("-\(letter)", suggestion: nil, command)
    }
    if !option.takesValue, !rest.isEmpty {
      throw usage("-\(letter) takes no value", command)
    }
    return (option, rest.isEmpty ? nil : rest)
  }

  private static func unknown(_ spelling: String, suggestion: Option?, _ command: Command)
    -> FulcrumError
  {
    let hint = suggestion.map { " (did you mean --\($0.name)?)" } ?? ""
    return usage("unknown option \(spelling)\(hint)", command)
  }

  /// A usage error that points to the command's help.
  static func usage(_ message: String, _ command: Command) -> FulcrumError {
    FulcrumError(.usage, "\(command.subject)\(message); see '\(command.displayName) --help'")
  }

  /// The option whose name is a small edit away from `name`, if any.
  private static func closest(_ name: String, among options: [Option]) -> Option? {
    let scored = options.map { ($0, editDistance(name, $0.name)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  /// Levenshtein distance: insertions, deletions and substitutions of one character.
  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
