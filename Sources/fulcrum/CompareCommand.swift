import FulcrumCore

extension Command {
  /// `fulcrum compare FILE -s SPEC…`: cross-validates the reference model without a
  /// strategy and with each given one, over the same folds, and lays them side by side.
  static let compare = Command(
    name: "compare", operands: "FILE", operandCount: 1...1,
    summary: "compare imbalance strategies side by side under cross-validation",
    options: [
      .strategy, .label, .model, .folds, .seed, .sensitive, .excludeSensitive, .positive,
      .reference, .format, .output, .force,
    ]
  ) { arguments throws(FulcrumError) in
    let texts = arguments.all(.strategy)
    guard !texts.isEmpty else {
      throw FulcrumError(
        .usage, "name at least one strategy with -s SPEC (see 'fulcrum strategies')")
    }
    // Every spec is checked before the file is read.
    var specs: [StrategySpec] = []
    for text in texts { specs.append(try StrategySpec.parse(text)) }
    let request = try evaluationRequest(arguments)
    guard let model = request.model else {
      throw FulcrumError(.usage, "compare trains a model on each strategy; --model none has none")
    }
    if request.sensitive.isEmpty, let spec = specs.first(where: { $0.name == "reweigh" }) {
      throw FulcrumError(
        .usage,
        "\(spec.text) balances sensitive groups: add --sensitive COL (for example --sensitive sex)"
      )
    }
    let format = ReportFormat(rawValue: arguments.value(.format) ?? "text")!
    let dataset = try DatasetLoader.load(
      path: arguments.operands[0],
      options: LoadOptions(label: arguments.value(.label), minimumClasses: 2))
    try checkOutput(arguments)
    let groups =
      request.sensitive.isEmpty
      ? nil : try SensitiveGroups(dataset: dataset, arguments: request.sensitive)
    let excluded = request.sensitiveAsFeatures ? [] : groups?.attributes.map(\.column) ?? []
    let comparison = StrategyComparison(
      specs: specs, model: model, folds: request.folds, seed: request.seed, sensitive: groups,
      positive: request.positive, reference: request.reference, excludedColumns: excluded)
    let names = ["baseline"] + specs.map(\.text)
    let progress = FoldProgress.start(folds: request.folds * names.count, title: "compare")
    var report = Report(describing: dataset)
    do {
      defer { progress?.finish() }
      var update: (@Sendable (ComparisonProgress) -> Void)? = nil
      if let progress {
        update = { progress.show($0, names: names) }
      }
      let result = try comparison.run(dataset, progress: update)
      // Nothing cancels a command-line run, so it always completes.
      report.results = result!.resultEntries
    }
    try emit(format.render(report), arguments)
    return 0
  }
}
