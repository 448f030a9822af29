import Foundation
import FulcrumCore

extension Command {
  /// `fulcrum report FILE`: the dataset summary, class histogram and column table, then the
  /// evaluation of a reference model (or of given predictions) and, with sensitive
  /// columns, its fairness across groups.
  static let report = Command(
    name: "report", operands: "FILE", operandCount: 1...1,
    summary: "diagnose one dataset without a screen",
    options: [
      .label, .predicted, .model, .folds, .seed, .sensitive, .excludeSensitive, .positive,
      .reference, .weight, .failAbove, .failBelow, .format, .output, .force,
    ]
  ) { arguments throws(FulcrumError) in
    let format = ReportFormat(rawValue: arguments.value(.format) ?? "text")!
    let request = try evaluationRequest(arguments)
    // Only training needs two classes; given predictions or a plain summary need one.
    let trains = request.model != nil && request.predicted == nil
    let dataset = try DatasetLoader.load(
      path: arguments.operands[0],
      options: LoadOptions(label: arguments.value(.label), minimumClasses: trains ? 2 : 1))
    // Refuse an output that could not be written before spending time on the evaluation.
    try checkOutput(arguments)
    let progress = trains ? FoldProgress.start(folds: request.folds) : nil
    let report: Report
    do {
      defer { progress?.finish() }
      report = try Report(
        evaluating: dataset, request: request, progress: progress.map { $0.show })
    }
    try emit(format.render(report), arguments)
    let exceeded = report.results.flatMap(\.fairnessChecks).filter { $0.status == .exceeded }
    for check in exceeded {
      standardError("fulcrum: report: fairness limit exceeded: \(check.message)")
    }
    return exceeded.isEmpty ? 0 : 1
  }

  /// The evaluation the report options ask for, checked before the file is read.
  static func evaluationRequest(_ arguments: ParsedArguments) throws(FulcrumError)
    -> EvaluationRequest
  {
    var request = EvaluationRequest()
    request.predicted = arguments.value(.predicted)
    if request.predicted != nil {
      if let trainingOption = [Option.model, .folds, .seed, .excludeSensitive].first(where: {
        arguments.values[$0.name] != nil
      }) {
        throw FulcrumError(
          .usage,
          "--\(trainingOption.name) sets up training, but --predicted audits given predictions;"
            + " drop one of them")
      }
      request.model = nil
    } else if let spec = arguments.value(.model) {
      request.model = spec.lowercased() == "none" ? nil : try ReferenceModel(spec: spec)
    }
    if let folds = try arguments.integer(.folds) {
      guard folds >= 2 else {
        throw FulcrumError(.usage, "--folds must be at least 2 (got \(folds))")
      }
      request.folds = folds
    }
    if let text = arguments.value(.seed) {
      guard let seed = UInt64(text) else {
        throw FulcrumError(.usage, "--seed expects a whole number ≥ 0, not '\(text)'")
      }
      request.seed = seed
    }
    request.sensitive = arguments.all(.sensitive)
    request.sensitiveAsFeatures = !arguments.flag(.excludeSensitive)
    request.positive = arguments.value(.positive)
    request.reference = arguments.value(.reference)
    request.weightColumn = arguments.value(.weight)
    for text in arguments.all(.failAbove) {
      request.limits += try FairnessLimit.parse(text, direction: .above)
    }
    for text in arguments.all(.failBelow) {
      request.limits += try FairnessLimit.parse(text, direction: .below)
    }
    if !request.limits.isEmpty, request.sensitive.isEmpty {
      throw FulcrumError(
        .usage, "--fail-above and --fail-below check fairness; add --sensitive COL")
    }
    if request.sensitive.isEmpty {
      for option in [Option.positive, .reference, .excludeSensitive]
      where arguments.values[option.name] != nil {
        throw FulcrumError(
          .usage, "--\(option.name) only matters with --sensitive COL; add one or drop it")
      }
    }
    return request
  }

  /// Sends a command's result to `--output` (atomically, `--force` to replace) or to
  /// standard output when there is none or it is `-`. The operands are the inputs, which
  /// are never overwritten, even with `--force`.
  static func emit(_ text: String, _ arguments: ParsedArguments) throws(FulcrumError) {
    guard let path = arguments.value(.output), path != "-" else {
      standardOutput(text)
      return
    }
    try checkOutput(arguments)
    try OutputFile.write(text, to: path, replacing: arguments.flag(.force))
  }

  /// Throws when `--output` names an input, or an existing file without `--force`.
  static func checkOutput(_ arguments: ParsedArguments) throws(FulcrumError) {
    guard let path = arguments.value(.output), path != "-" else { return }
    if let input = arguments.operands.first(where: { sameFile($0, path) }) {
      throw FulcrumError(.cannotCreate, "\(path): is the input \(input); choose another --output")
    }
    if !arguments.flag(.force), FileManager.default.fileExists(atPath: path) {
      throw FulcrumError(.cannotCreate, "\(path): already exists; add --force to replace it")
    }
  }

  /// Whether two paths name the same existing file (same device and inode).
  private static func sameFile(_ first: String, _ second: String) -> Bool {
    let manager = FileManager.default
    guard let a = try? manager.attributesOfItem(atPath: first),
      let b = try? manager.attributesOfItem(atPath: second),
      let deviceA = a[.systemNumber] as? Int, let deviceB = b[.systemNumber] as? Int,
      let inodeA = a[.systemFileNumber] as? Int, let inodeB = b[.systemFileNumber] as? Int
    else { return false }
    return deviceA == deviceB && inodeA == inodeB
  }
}
