/// Turns table columns into model features, learning everything from training rows only.
///
/// Numeric columns: a missing value (or an infinite one, which no model can use) becomes
/// the training mean, then the column is
/// standardised with the training mean and population standard deviation (computed after
/// imputation, as an imputer followed by a scaler would); a constant column keeps scale 1.
/// Categorical columns: one-hot over the levels seen in training, in level order, plus a
/// `(missing)` column when training rows have missing values; a level never seen in
/// training (or a missing value when training had none) encodes as all zeros. Nothing
/// about the rows being transformed changes the encoding, so a test fold cannot leak
/// into it.
public struct FeatureEncoder: Sendable {
  /// The level name given to missing values of a categorical column.
  public static let missingLevel = "(missing)"

  enum Part: Sendable {
    case numeric(column: Int, slot: Int, mean: Double, scale: Double)
    /// `slots[code]` is the output offset of a level, or -1 for a level unseen in training.
    case categorical(column: Int, slots: [Int], missingSlot: Int?)
  }

  let parts: [Part]
  /// Feature names, one per output column.
  public let names: [String]

  /// Learns the encoding of `selection`'s columns from `rows` of `dataset`.
  ///
  /// - Complexity: O(rows · columns).
  public init(fitting dataset: Dataset, selection: FeatureSelection, rows: [Int]) {
    var parts: [Part] = []
    var names: [String] = []
    for index in selection.columns {
      let column = dataset.columns[index]
      switch column.storage {
      case .numeric(let values):
        let (mean, scale) = FeatureEncoder.standardisation(values, rows: rows)
        parts.append(.numeric(column: index, slot: names.count, mean: mean, scale: scale))
        names.append(column.name)
      case .categorical(let codes, let levels):
        var seen = Array(repeating: false, count: levels.count)
        var hasMissing = false
        for row in rows {
          let code = codes[row]
          if code == Column.missingCode { hasMissing = true } else { seen[Int(code)] = true }
        }
        var slots = Array(repeating: -1, count: levels.count)
        for (code, level) in levels.enumerated() where seen[code] {
          slots[code] = names.count
          names.append("\(column.name)=\(level)")
        }
        var missingSlot: Int? = nil
        if hasMissing {
          missingSlot = names.count
          names.append("\(column.name)=\(FeatureEncoder.missingLevel)")
        }
        parts.append(.categorical(column: index, slots: slots, missingSlot: missingSlot))
      }
    }
    self.parts = parts
    self.names = names
  }

  /// Mean of the finite values and population standard deviation after mean imputation.
  static func standardisation(_ values: [Double], rows: [Int]) -> (mean: Double, scale: Double) {
    var sum = 0.0
    var present = 0
    for row in rows where values[row].isFinite {
      sum += values[row]
      present += 1
    }
    guard present > 0 else { return (0, 1) }
    let mean = sum / Double(present)
    var squares = 0.0
    for row in rows where values[row].isFinite {
      let deviation = values[row] - mean
      squares += deviation * deviation
    }
    let deviation = (squares / Double(rows.count)).squareRoot()
    // A constant column would divide by zero; like scikit-learn, leave it unscaled.
    return (mean, deviation > 0 ? deviation : 1)
  }

  /// Encodes `rows` of `dataset` (the training rows or any others) with what was learnt.
  ///
  /// - Complexity: O(rows · features).
  public func transform(_ dataset: Dataset, rows: [Int]) -> FeatureMatrix {
    let width = names.count
    var values = Array(repeating: 0.0, count: rows.count * width)
    for part in parts {
      switch part {
      case .numeric(let index, let slot, let mean, let scale):
        let source = dataset.columns[index].numbers!
        for (position, row) in rows.enumerated() {
          let value = source[row]
          values[position * width + slot] = value.isFinite ? (value - mean) / scale : 0
        }
      case .categorical(let index, let slots, let missingSlot):
        let codes = dataset.columns[index].categories!.codes
        for (position, row) in rows.enumerated() {
          let code = codes[row]
          let slot = code == Column.missingCode ? missingSlot : slots[Int(code)]
          if let slot, slot >= 0 { values[position * width + slot] = 1 }
        }
      }
    }
    return FeatureMatrix(values: values, rowCount: rows.count, names: names)
  }
}
