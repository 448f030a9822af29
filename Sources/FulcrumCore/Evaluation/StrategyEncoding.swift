/// The one place where encoded model features and a strategy's `TrainingTable` meet.
///
/// The order is that of a scaler → sampler → model pipeline: the `FeatureEncoder` is fitted
/// on the training rows (imputation, standardisation, one-hot levels) before the strategy
/// runs, and is not refitted afterwards. A strategy therefore sees standardised numeric
/// features, and each categorical column as one code per row (so SMOTE-family strategies
/// vote on a level rather than averaging one-hot columns); after it, the codes are one-hot
/// encoded again with the same levels. A missing categorical value is a level of its own,
/// code `levels.count`, as it has its own one-hot column.
struct StrategyEncoding: Sendable {
  /// A categorical column: its name, the encoder slot of each level (-1 when the level
  /// was not seen in training) and of missing values.
  struct Categorical: Sendable {
    var name: String
    var levels: [String]
    var slots: [Int]
    var missingSlot: Int?
  }

  let encoder: FeatureEncoder
  /// Encoder slots of the numeric features, in encoder order.
  let numericSlots: [Int]
  let numericNames: [String]
  /// Mean and scale of each numeric feature, to undo the standardisation.
  let numericScales: [(mean: Double, scale: Double)]
  /// Table column of each numeric feature and of each categorical column.
  let numericColumns: [Int]
  let categoricalColumns: [Int]
  let categoricals: [Categorical]

  init(encoder: FeatureEncoder, dataset: Dataset) {
    var numericSlots: [Int] = []
    var numericScales: [(mean: Double, scale: Double)] = []
    var numericColumns: [Int] = []
    var categoricalColumns: [Int] = []
    var categoricals: [Categorical] = []
    for part in encoder.parts {
      switch part {
      case .numeric(let column, let slot, let mean, let scale):
        numericSlots.append(slot)
        numericScales.append((mean, scale))
        numericColumns.append(column)
      case .categorical(let column, let slots, let missingSlot):
        let source = dataset.columns[column]
        categoricalColumns.append(column)
        categoricals.append(
          Categorical(
            name: source.name, levels: source.categories!.levels, slots: slots,
            missingSlot: missingSlot))
      }
    }
    self.encoder = encoder
    self.numericSlots = numericSlots
    self.numericNames = numericSlots.map { encoder.names[$0] }
    self.numericScales = numericScales
    self.numericColumns = numericColumns
    self.categoricalColumns = categoricalColumns
    self.categoricals = categoricals
  }

  /// The training rows as a strategy sees them. Weights stay nil when every row weighs 1.
  func table(_ training: TrainingSet, classNames: [String], groups: [Int]?) -> TrainingTable {
    let rows = training.labels.count
    let width = training.features.columnCount
    let values = training.features.values
    var features = [Double](repeating: 0, count: rows * numericSlots.count)
    var categories = [UInt32](repeating: 0, count: rows * categoricals.count)
    for row in 0..<rows {
      let base = row * width
      for (position, slot) in numericSlots.enumerated() {
        features[row * numericSlots.count + position] = values[base + slot]
      }
      for (position, categorical) in categoricals.enumerated() {
        categories[row * categoricals.count + position] = Self.code(
          of: categorical, in: values, base: base)
      }
    }
    let unweighted = training.weights.allSatisfy { $0 == 1 }
    return TrainingTable(
      features: features, featureCount: numericSlots.count, labels: training.labels,
      classNames: classNames, categories: categories, categoryCount: categoricals.count,
      weights: unweighted ? nil : training.weights, groups: groups, featureNames: numericNames,
      categoryNames: categoricals.map(\.name))
  }

  /// The level code whose one-hot column is set; `levels.count` for the missing column or
  /// a row with none set (a level unseen when the encoding was fitted).
  private static func code(of categorical: Categorical, in values: [Double], base: Int) -> UInt32 {
    for (code, slot) in categorical.slots.enumerated() where slot >= 0 && values[base + slot] != 0 {
      return UInt32(code)
    }
    return UInt32(categorical.levels.count)
  }

  /// A strategy's output as model features: its numeric features, then each categorical
  /// code one-hot with the fitted levels. When the numeric features keep their count they
  /// go back to their encoder slots, so the model sees the columns of a plain fit.
  func features(_ table: TrainingTable) -> FeatureMatrix {
    let keepsLayout = table.featureCount == numericSlots.count
    let names = keepsLayout ? encoder.names : outputNames(numeric: table.featureNames)
    let oneHot = oneHotSlots(keepsLayout: keepsLayout, numericCount: table.featureCount)
    let width = names.count
    var values = [Double](repeating: 0, count: table.rowCount * width)
    for row in 0..<table.rowCount {
      let base = row * width
      for position in 0..<table.featureCount {
        let slot = keepsLayout ? numericSlots[position] : position
        values[base + slot] = table.features[row * table.featureCount + position]
      }
      for position in 0..<categoricals.count {
        let code = Int(table.categories[row * table.categoryCount + position])
        let slots = oneHot[position]
        if code < slots.count, slots[code] >= 0 { values[base + slots[code]] = 1 }
      }
    }
    return FeatureMatrix(values: values, rowCount: table.rowCount, names: names)
  }

  /// Brings encoded rows (a test fold) through the strategy's feature transform into the
  /// layout `features(_:)` gives.
  /// `featureNames` are the numeric feature names of the strategy's output.
  func transformTest(
    _ matrix: FeatureMatrix, by transform: FeatureTransform, featureNames: [String]
  ) -> FeatureMatrix {
    guard transform != .identity else { return matrix }
    let numericCount = numericSlots.count
    var numeric = [Double](repeating: 0, count: matrix.rowCount * numericCount)
    var categories = [UInt32](repeating: 0, count: matrix.rowCount * categoricals.count)
    for row in 0..<matrix.rowCount {
      let base = row * matrix.columnCount
      for (position, slot) in numericSlots.enumerated() {
        numeric[row * numericCount + position] = matrix.values[base + slot]
      }
      for (position, categorical) in categoricals.enumerated() {
        categories[row * categoricals.count + position] = Self.code(
          of: categorical, in: matrix.values, base: base)
      }
    }
    let transformed = transform.apply(to: numeric, featureCount: numericCount)
    let count = transform.featureCount(from: numericCount)
    precondition(featureNames.count == count, "feature names do not match the transform")
    let table = TrainingTable(
      features: transformed, featureCount: count,
      labels: [Int](repeating: 0, count: matrix.rowCount), classNames: ["?"],
      categories: categories, categoryCount: categoricals.count, featureNames: featureNames,
      categoryNames: categoricals.map(\.name))
    return features(table)
  }

  /// Model feature names when the numeric features changed count: the strategy's numeric
  /// names, then the one-hot names.
  private func outputNames(numeric: [String]) -> [String] {
    var names = numeric
    for categorical in categoricals {
      for slot in categorical.slots where slot >= 0 { names.append(encoder.names[slot]) }
      if let slot = categorical.missingSlot { names.append(encoder.names[slot]) }
    }
    return names
  }

  /// For each categorical column, the output column of each code (missing last); -1 for a
  /// level without a column.
  private func oneHotSlots(keepsLayout: Bool, numericCount: Int) -> [[Int]] {
    var next = numericCount
    return categoricals.map { categorical in
      var slots = categorical.slots + [categorical.missingSlot ?? -1]
      if !keepsLayout {
        for code in slots.indices where slots[code] >= 0 {
          slots[code] = next
          next += 1
        }
      }
      return slots
    }
  }
}

extension TrainingTable {
  /// The categorical codes of one row.
  func categoryRow(_ row: Int) -> ArraySlice<UInt32> {
    categories[(row * categoryCount)..<((row + 1) * categoryCount)]
  }
}
