/// A dense, row-major matrix of model features with a name for every column.
public struct FeatureMatrix: Sendable, Equatable {
  /// Row i occupies `values[i*columnCount ..< (i+1)*columnCount]`.
  public var values: [Double]
  public var rowCount: Int
  public var columnCount: Int
  /// One name per column: a numeric column's name, or `column=level` for one-hot columns.
  public var names: [String]

  public init(values: [Double], rowCount: Int, names: [String]) {
    precondition(values.count == rowCount * names.count, "values do not fill the matrix")
    self.values = values
    self.rowCount = rowCount
    self.columnCount = names.count
    self.names = names
  }

  public subscript(row: Int, column: Int) -> Double {
    get { values[row * columnCount + column] }
    set { values[row * columnCount + column] = newValue }
  }

  /// The values of one row, as a new array indexed from 0.
  public func row(_ row: Int) -> [Double] {
    Array(values[row * columnCount..<(row + 1) * columnCount])
  }

  /// A matrix of the given rows, in the order given (repeats allowed).
  public func rows(_ indices: [Int]) -> FeatureMatrix {
    var picked: [Double] = []
    picked.reserveCapacity(indices.count * columnCount)
    for index in indices {
      picked.append(contentsOf: values[index * columnCount..<(index + 1) * columnCount])
    }
    return FeatureMatrix(values: picked, rowCount: indices.count, names: names)
  }
}
