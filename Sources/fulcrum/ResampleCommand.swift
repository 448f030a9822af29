import FulcrumCore

extension Command {
  /// `fulcrum resample FILE -s SPEC -o OUT`: applies one strategy to every labelled row
  /// and writes the result as CSV in the file's own columns.
  static let resample = Command(
    name: "resample", operands: "FILE", operandCount: 1...1,
    summary: "apply one strategy to a whole file and write the result as CSV",
    options: [.strategy, .label, .strategySeed, .reweighGroups, .output, .force]
  ) { arguments throws(FulcrumError) in
    let texts = arguments.all(.strategy)
    guard texts.count == 1 else {
      throw FulcrumError(
        .usage,
        texts.isEmpty
          ? "name the strategy to apply with -s SPEC (see 'fulcrum strategies')"
          : "resample applies one strategy; got \(texts.count) -s options")
    }
    let spec = try StrategySpec.parse(texts[0])
    guard let output = arguments.value(.output) else {
      throw FulcrumError(.usage, "name the CSV file to write with -o OUT (- for standard output)")
    }
    var seed: UInt64 = 0
    if let text = arguments.value(.strategySeed) {
      guard let value = UInt64(text) else {
        throw FulcrumError(.usage, "--seed expects a whole number ≥ 0, not '\(text)'")
      }
      seed = value
    }
    let sensitive = arguments.all(.reweighGroups)
    if sensitive.isEmpty, spec.name == "reweigh" {
      throw FulcrumError(
        .usage,
        "\(spec.text) balances sensitive groups: add --sensitive COL (for example --sensitive sex)"
      )
    }
    let dataset = try DatasetLoader.load(
      path: arguments.operands[0],
      options: LoadOptions(label: arguments.value(.label), minimumClasses: 1))
    try checkOutput(arguments)
    let groups =
      sensitive.isEmpty ? nil : try SensitiveGroups(dataset: dataset, arguments: sensitive)
    let table = try Resampling(spec: spec, seed: seed, sensitive: groups).apply(dataset)
    try emit(table.csv(), arguments)
    let counts = table.classNames.indices.map { index in
      "\(table.classNames[index]) \(table.countsBefore[index]) → \(table.countsAfter[index])"
    }
    if output != "-" {
      standardError(
        "fulcrum: resample: wrote \(table.rows.count) rows to \(output) "
          + "(\(counts.joined(separator: ", ")))"
      )
    }
    for note in table.notes { standardError("fulcrum: resample: \(note)") }
    return 0
  }
}
