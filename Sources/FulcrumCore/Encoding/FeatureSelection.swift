/// Which columns of a dataset a model sees, and which it is kept from.
///
/// The label and any excluded columns are never features. A categorical column is left
/// out as free text when it has more than `maximumTextLevels` distinct values and they
/// make up more than `maximumDistinctShare` of its non-missing rows (names, identifiers,
/// comments): one-hot encoding such a column would give the model a lookup table rather
/// than a pattern. The choice looks only at the column's values, never at the label, so
/// making it once for the whole table leaks nothing into the test folds.
public struct FeatureSelection: Sendable, Equatable {
  /// Level count above which a mostly-distinct text column is left out.
  public static let maximumTextLevels = 100
  /// Share of distinct values among non-missing rows above which a text column is left out.
  public static let maximumDistinctShare = 0.5

  /// Indices of the feature columns, in table order.
  public var columns: [Int]
  /// Names of the text columns left out for having too many distinct values.
  public var leftOut: [String]

  /// Chooses the features of `dataset`.
  ///
  /// - Parameter excluding: names of columns that must not be features (a predictions
  ///   column, sensitive columns, …), matched as `Dataset.columnIndex(named:)` does.
  /// - Throws: `.usage` when an excluded name is not a column.
  public init(dataset: Dataset, excluding: [String] = []) throws(FulcrumError) {
    var excluded: Set<Int> = [dataset.labelIndex]
    for name in excluding {
      guard let index = dataset.columnIndex(named: name) else {
        throw FulcrumError(.usage, "no column named '\(name)' to leave out of the features")
      }
      excluded.insert(index)
    }
    var columns: [Int] = []
    var leftOut: [String] = []
    for (index, column) in dataset.columns.enumerated() where !excluded.contains(index) {
      if FeatureSelection.isFreeText(column) {
        leftOut.append(column.name)
      } else {
        columns.append(index)
      }
    }
    self.columns = columns
    self.leftOut = leftOut
  }

  /// Whether `column` holds text with too many distinct values to be a feature.
  static func isFreeText(_ column: Column) -> Bool {
    guard let (codes, _) = column.categories else { return false }
    var seen = Set<UInt32>()
    var present = 0
    for code in codes where code != Column.missingCode {
      seen.insert(code)
      present += 1
    }
    return seen.count > maximumTextLevels
      && Double(seen.count) > maximumDistinctShare * Double(present)
  }
}
