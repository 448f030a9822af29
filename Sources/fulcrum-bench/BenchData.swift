import Foundation
import FulcrumCore

/// A `SyntheticData` table written to a temporary CSV file (which the reference scripts
/// read) and loaded back the way `fulcrum` loads any file.
struct BenchData {
  var path: String
  var dataset: Dataset

  init(_ settings: SyntheticData, name: String) throws(FulcrumError) {
    let weights = settings.classWeights.map { formatNumber($0) }.joined(separator: "-")
    path =
      NSTemporaryDirectory()
      + "fulcrum-bench-\(name)-\(settings.rows)x\(settings.features)-\(weights)"
      + "-noise\(formatNumber(settings.noise)).csv"
    try settings.writeCSV(toFile: path)
    dataset = try DatasetLoader.load(path: path, options: LoadOptions(label: "label"))
  }

  /// The features as they are (not standardised) with the class indices, for a strategy
  /// timed on its own.
  var trainingTable: TrainingTable {
    let features = dataset.columns.indices.filter { $0 != dataset.labelIndex }
    var values = [Double](repeating: 0, count: dataset.rowCount * features.count)
    for (position, index) in features.enumerated() {
      let column = dataset.columns[index].numbers!
      for row in 0..<dataset.rowCount { values[row * features.count + position] = column[row] }
    }
    return TrainingTable(
      features: values, featureCount: features.count,
      labels: dataset.labelCodes.map { Int($0) }, classNames: dataset.classNames)
  }
}
