/// Applies one strategy to every labelled row of a table, encoded as in cross-validation,
/// and turns the result back into the table's own columns (`fulcrum resample`).
///
/// The encoding is fitted on all labelled rows. Rows the strategy kept or repeated are
/// written with their original values; synthetic rows get their numbers back on the
/// original scale (the standardisation undone) and their categories as level text;
/// columns the model does not see (free text, excluded columns) are empty in them. A
/// strategy that scales or caps features writes the changed values of every row; one
/// that pools a grid writes the pooled features in place of the grid's columns.
public struct Resampling: Sendable {
  public var spec: StrategySpec
  public var seed: UInt64
  /// Groups for `reweigh`; nil without sensitive columns.
  public var sensitive: SensitiveGroups?
  /// Columns kept out of the strategy's features besides the label.
  public var excludedColumns: [String]

  public init(
    spec: StrategySpec, seed: UInt64 = 0, sensitive: SensitiveGroups? = nil,
    excludedColumns: [String] = []
  ) {
    self.spec = spec
    self.seed = seed
    self.sensitive = sensitive
    self.excludedColumns = excludedColumns
  }

  /// Applies the strategy to `dataset`.
  ///
  /// - Throws: `.usage` for a strategy the data cannot take, `.dataError` when it fails.
  public func apply(_ dataset: Dataset) throws(FulcrumError) -> ResampledTable {
    if sensitive == nil, spec.name == "reweigh" {
      throw FulcrumError(
        .usage,
        "\(spec.text) needs a sensitive column to balance: add --sensitive COLUMN "
          + "(for example --sensitive sex)")
    }
    let strategy = try spec.makeStrategy(firstPass: LogisticFirstPass.model)
    let codes = dataset.labelCodes
    let rows = codes.indices.filter { codes[$0] != Column.missingCode }
    let selection = try FeatureSelection(dataset: dataset, excluding: excludedColumns)
    let encoder = FeatureEncoder(fitting: dataset, selection: selection, rows: rows)
    let encoding = StrategyEncoding(encoder: encoder, dataset: dataset)
    let training = TrainingSet(
      features: encoder.transform(dataset, rows: rows), labels: rows.map { Int(codes[$0]) },
      classCount: dataset.classNames.count)
    let table = encoding.table(
      training, classNames: dataset.classNames,
      groups: sensitive.map { groups in rows.map { groups.rowGroups[$0] } })
    var generator = SeededGenerator(seed: seed)
    let outcome: StrategyOutcome
    do {
      outcome = try strategy.apply(to: table, using: &generator)
    } catch {
      let message =
        error.message.hasPrefix(spec.name) ? error.message : "\(spec.text): \(error.message)"
      throw FulcrumError(error.kind, message)
    }
    return ResampledTable(
      dataset: dataset, rows: rows, input: table, outcome: outcome, encoding: encoding,
      unlabelled: codes.count - rows.count)
  }
}
