import FulcrumCore

extension Command {
  /// `fulcrum report FILE`: the dataset summary, class histogram and column table.
  static let report = Command(
    name: "report", operands: "FILE", operandCount: 1...1,
    summary: "diagnose one dataset without a screen",
    options: [.label, .format, .output, .force]
  ) { arguments throws(FulcrumError) in
    let format = ReportFormat(rawValue: arguments.value(.format) ?? "text")!
    let dataset = try DatasetLoader.load(
      path: arguments.operands[0], options: LoadOptions(label: arguments.value(.label)))
    try emit(format.render(Report(describing: dataset)), arguments)
    return 0
  }

  /// Sends a command's result to `--output` (atomically, `--force` to replace) or to
  /// standard output when there is none or it is `-`.
  static func emit(_ text: String, _ arguments: ParsedArguments) throws(FulcrumError) {
    guard let path = arguments.value(.output), path != "-" else {
      standardOutput(text)
      return
    }
    try OutputFile.write(text, to: path, replacing: arguments.flag(.force))
  }
}
