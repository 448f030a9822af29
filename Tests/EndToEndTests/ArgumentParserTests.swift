import FulcrumCore
import Testing

@testable import fulcrum

/// The option table and parser, checked without running the binary.
@Suite("Argument parser")
struct ArgumentParserTests {
  static let seed = Option.value("seed", "N", help: "random seed")
  static let strategy = Option.value(
    "strategy", "SPEC", short: "s", repeatable: true, help: "a strategy to compare")
  static let command = Command(
    name: "try", operands: "FILE…", operandCount: 1...3, summary: "a command for tests",
    options: [.label, .format, .force, seed, strategy]
  ) { _ throws(FulcrumError) in 0 }

  private func parse(_ arguments: [String]) throws(FulcrumError) -> ParsedArguments {
    try ArgumentParser.parse(arguments, for: Self.command)
  }

  @Test("reads values written with a space, an equals sign or after a short letter")
  func spellings() throws {
    let parsed = try parse(["a.csv", "--label", "y", "--format=json", "-ssmote", "-s", "tomek"])
    #expect(parsed.operands == ["a.csv"])
    #expect(parsed.value(.label) == "y")
    #expect(parsed.value(.format) == "json")
    #expect(parsed.all(Self.strategy) == ["smote", "tomek"])
    #expect(!parsed.flag(.force))
  }

  @Test("keeps `-` as an operand and treats everything after `--` as operands")
  func operands() throws {
    let parsed = try parse(["-", "--force", "--", "--label", "-x"])
    #expect(parsed.operands == ["-", "--label", "-x"])
    #expect(parsed.flag(.force))
    #expect(parsed.value(.label) == nil)
  }

  @Test("takes a value that starts with a dash, and the last of a repeated single option")
  func values() throws {
    let parsed = try parse(["f", "--seed", "-3", "--label", "a", "--label", "b"])
    #expect(try parsed.integer(Self.seed) == -3)
    #expect(parsed.value(.label) == "b")
  }

  @Test("rejects unknown options, missing values, values on flags and unlisted choices")
  func errors() {
    #expect(
      throws: FulcrumError(
        .usage, "try: unknown option --sed (did you mean --seed?); see 'fulcrum try --help'")
    ) {
      try parse(["f", "--sed", "1"])
    }
    #expect(throws: FulcrumError(.usage, "try: --seed needs a value (N); see 'fulcrum try --help'"))
    {
      try parse(["f", "--seed"])
    }
    #expect(throws: FulcrumError(.usage, "try: --force takes no value; see 'fulcrum try --help'")) {
      try parse(["f", "--force=yes"])
    }
    #expect(throws: FulcrumError.self) { try parse(["f", "--format", "yaml"]) }
    #expect(throws: FulcrumError.self) { try parse(["f", "-q"]) }
  }

  @Test("checks the number of operands against the command")
  func operandCount() throws {
    #expect(throws: FulcrumError.self) {
      try ArgumentParser.checkOperands(try parse([]), for: Self.command)
    }
    #expect(throws: FulcrumError.self) {
      try ArgumentParser.checkOperands(try parse(["a", "b", "c", "d"]), for: Self.command)
    }
    try ArgumentParser.checkOperands(try parse(["a", "b"]), for: Self.command)
  }

  @Test("a number option names itself when its value is not a number")
  func numbers() throws {
    let parsed = try parse(["f", "--seed", "ten"])
    #expect(throws: FulcrumError(.usage, "--seed expects a whole number, not 'ten'")) {
      try parsed.integer(Self.seed)
    }
  }

  @Test("help is generated from the same option table")
  func help() {
    let text = UsageText.help(for: Self.command)
    #expect(text.hasPrefix("usage: fulcrum try FILE… [options]\n\na command for tests\n"))
    #expect(text.contains("  -s, --strategy SPEC          a strategy to compare (repeatable)\n"))
    #expect(text.contains("  --format text|json|markdown  output format (default: text)\n"))
  }
}
