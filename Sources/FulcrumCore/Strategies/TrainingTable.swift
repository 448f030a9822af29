/// The training rows a strategy works on, already encoded as numbers.
///
/// Numeric features are row-major (`rowCount × featureCount`), raw or standardised — the
/// strategies do not assume either. Categorical features are codes, row-major
/// (`rowCount × categoryCount`), and are never averaged: synthetic rows take the most
/// frequent value among their neighbours. Labels are class indices into `classNames`.
///
/// Missing values: numeric NaN and `Column.missingCode` pass through strategies that only
/// copy, drop or weight rows; strategies that measure distances or statistics refuse
/// them with an error naming the feature and row, so impute first.
public struct TrainingTable: Sendable, Equatable {
  public var features: [Double]
  public var featureCount: Int
  public var featureNames: [String]
  public var categories: [UInt32]
  public var categoryCount: Int
  public var categoryNames: [String]
  public var labels: [Int]
  public var classNames: [String]
  /// Per-row weights; `nil` means every row weighs 1.
  public var weights: [Double]?
  /// Per-row sensitive group index (a missing value is the caller's own group).
  public var groups: [Int]?

  public init(
    features: [Double], featureCount: Int, labels: [Int], classNames: [String],
    categories: [UInt32] = [], categoryCount: Int = 0, weights: [Double]? = nil,
    groups: [Int]? = nil, featureNames: [String]? = nil, categoryNames: [String]? = nil
  ) {
    let rows = labels.count
    precondition(features.count == rows * featureCount, "features are not rows × featureCount")
    precondition(categories.count == rows * categoryCount, "categories are not rows × count")
    precondition(labels.allSatisfy { $0 >= 0 && $0 < classNames.count }, "label out of range")
    precondition(weights == nil || weights!.count == rows, "one weight per row")
    precondition(groups == nil || groups!.count == rows, "one group per row")
    self.features = features
    self.featureCount = featureCount
    self.featureNames = featureNames ?? (0..<featureCount).map { "feature \($0 + 1)" }
    self.categories = categories
    self.categoryCount = categoryCount
    self.categoryNames = categoryNames ?? (0..<categoryCount).map { "category \($0 + 1)" }
    self.labels = labels
    self.classNames = classNames
    self.weights = weights
    self.groups = groups
    precondition(self.featureNames.count == featureCount, "one name per feature")
    precondition(self.categoryNames.count == categoryCount, "one name per categorical feature")
  }

  public var rowCount: Int { labels.count }

  /// Rows per class, indexed like `classNames`.
  public var classCounts: [Int] {
    var counts = [Int](repeating: 0, count: classNames.count)
    for label in labels { counts[label] += 1 }
    return counts
  }

  /// The row indices of one class, in increasing order.
  public func rows(ofClass label: Int) -> [Int] {
    labels.indices.filter { labels[$0] == label }
  }

  /// The numeric features of one row.
  public func featureRow(_ row: Int) -> ArraySlice<Double> {
    features[(row * featureCount)..<((row + 1) * featureCount)]
  }

  /// A new set holding the given rows, in the order given.
  public func selecting(rows: [Int]) -> TrainingTable {
    var result = emptyCopy(reservingRows: rows.count)
    for row in rows { result.appendRow(copiedFrom: self, row: row) }
    return result
  }

  /// A set with the same columns, classes and names but no rows.
  func emptyCopy(reservingRows capacity: Int) -> TrainingTable {
    var result = self
    result.features = []
    result.features.reserveCapacity(capacity * featureCount)
    result.categories = []
    result.categories.reserveCapacity(capacity * categoryCount)
    result.labels = []
    result.labels.reserveCapacity(capacity)
    result.weights = weights == nil ? nil : []
    result.groups = groups == nil ? nil : []
    return result
  }

  /// Appends a copy of row `row` of `source` (which has the same columns).
  mutating func appendRow(copiedFrom source: TrainingTable, row: Int) {
    features.append(contentsOf: source.featureRow(row))
    let categoryBase = row * categoryCount
    categories.append(contentsOf: source.categories[categoryBase..<(categoryBase + categoryCount)])
    labels.append(source.labels[row])
    weights?.append(source.weights![row])
    groups?.append(source.groups![row])
  }

  /// Throws unless every numeric and categorical value used by `strategy` is present.
  func requireComplete(for strategy: String) throws(FulcrumError) {
    if featureCount > 0 {
      for (position, value) in features.enumerated() where value.isNaN {
        let name = featureNames[position % featureCount]
        throw FulcrumError(
          .dataError,
          "\(strategy): feature '\(name)' is missing in training row "
            + "\(position / featureCount + 1); impute missing values before this strategy"
            + " (it measures distances or statistics)")
      }
    }
    if categoryCount > 0 {
      for (position, code) in categories.enumerated() where code == Column.missingCode {
        let name = categoryNames[position % categoryCount]
        throw FulcrumError(
          .dataError,
          "\(strategy): feature '\(name)' is missing in training row "
            + "\(position / categoryCount + 1); impute missing values before this strategy"
            + " (it measures distances or statistics)")
      }
    }
  }
}
