/// A table after a strategy, in the columns of the table it came from (see `Resampling`),
/// plus a `weight` column when the strategy weighted rows.
public struct ResampledTable: Sendable {
  /// Column names, in order.
  public var header: [String]
  /// One row per output row; nil is a missing value.
  public var rows: [[String?]]
  /// What the strategy did and could not do.
  public var notes: [String]
  /// Rows per class before and after, indexed like the table's classes.
  public var classNames: [String]
  public var countsBefore: [Int]
  public var countsAfter: [Int]

  init(
    dataset: Dataset, rows sources: [Int], input: TrainingTable, outcome: StrategyOutcome,
    encoding: StrategyEncoding, unlabelled: Int
  ) {
    let output = outcome.trainingSet
    let numericPosition = Dictionary(
      uniqueKeysWithValues: encoding.numericColumns.enumerated().map { ($1, $0) })
    let categoricalPosition = Dictionary(
      uniqueKeysWithValues: encoding.categoricalColumns.enumerated().map { ($1, $0) })
    let pooled: FeatureTransform? =
      if case .pool = outcome.featureTransform { outcome.featureTransform } else { nil }
    // Pooled features take the place of the grid's first column; the others are dropped.
    var layout: [Int?] = []
    var header: [String] = []
    for (index, column) in dataset.columns.enumerated() {
      if pooled != nil, let position = numericPosition[index] {
        if position == 0 {
          layout += output.featureNames.map { _ in nil }
          header += output.featureNames
        }
        continue
      }
      layout.append(index)
      header.append(column.name)
    }
    let weights = output.weights
    if weights != nil {
      let names = Set(header)
      header.append(names.contains("weight") ? "strategy weight" : "weight")
    }
    let inputWidth = input.featureCount
    let outputWidth = output.featureCount
    var rows: [[String?]] = []
    rows.reserveCapacity(output.rowCount)
    for row in 0..<output.rowCount {
      var source: Int? = nil
      switch outcome.origins[row] {
      case .original(let index), .copy(of: let index): source = index
      case .synthetic: source = nil
      }
      var cells: [String?] = []
      cells.reserveCapacity(header.count)
      var pooledCells: [String?] = []
      if let pooled, let source {
        pooledCells = Self.pooledRaw(
          dataset, row: sources[source], columns: encoding.numericColumns, transform: pooled
        ).map { formatNumber($0) }
      }
      var nextPooled = 0
      for index in layout {
        guard let index else {
          cells.append(nextPooled < pooledCells.count ? pooledCells[nextPooled] : nil)
          nextPooled += 1
          continue
        }
        let column = dataset.columns[index]
        if index == dataset.labelIndex {
          cells.append(output.classNames[output.labels[row]])
        } else if let position = numericPosition[index] {
          let value = output.features[row * outputWidth + position]
          if let source, value == input.features[source * inputWidth + position] {
            cells.append(column.text(at: sources[source]))
          } else {
            let scale = encoding.numericScales[position]
            cells.append(formatNumber(value * scale.scale + scale.mean))
          }
        } else if let position = categoricalPosition[index] {
          let code = output.categories[row * output.categoryCount + position]
          if let source, code == input.categories[source * input.categoryCount + position] {
            cells.append(column.text(at: sources[source]))
          } else {
            let levels = encoding.categoricals[position].levels
            cells.append(Int(code) < levels.count ? levels[Int(code)] : nil)
          }
        } else {
          cells.append(source.flatMap { column.text(at: sources[$0]) })
        }
      }
      if let weights { cells.append(formatNumber(weights[row])) }
      rows.append(cells)
    }
    self.header = header
    self.rows = rows
    var notes = outcome.notes
    if unlabelled > 0 {
      notes.append("\(unlabelled) rows without a label left out")
    }
    self.notes = notes
    classNames = output.classNames
    countsBefore = input.classCounts
    countsAfter = output.classCounts
  }

  /// A row's grid values on their own scale (a missing value as the column mean), pooled.
  private static func pooledRaw(
    _ dataset: Dataset, row: Int, columns: [Int], transform: FeatureTransform
  ) -> [Double] {
    let raw = columns.map { index -> Double in
      let value = dataset.columns[index].numbers![row]
      if value.isFinite { return value }
      let finite = dataset.columns[index].numbers!.filter(\.isFinite)
      return finite.isEmpty ? 0 : finite.reduce(0, +) / Double(finite.count)
    }
    return transform.apply(to: raw, featureCount: raw.count)
  }

  /// The table as CSV text, header first.
  public func csv() -> String {
    var text = CSVWriter.line(header)
    for row in rows { text += CSVWriter.line(row) }
    return text
  }
}
