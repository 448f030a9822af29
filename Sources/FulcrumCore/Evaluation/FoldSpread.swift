/// Mean and spread of one metric over the folds.
///
/// The standard deviation is the population one (divisor n, as NumPy's `np.std`), which
/// is what scikit-learn users see from `scores.std()`. Folds where the metric is
/// undefined are left out; with none defined, mean and deviation are nil.
public struct MetricSpread: Sendable, Equatable, Codable {
  public var name: String
  public var mean: Double?
  public var standardDeviation: Double?
  /// The value of each fold, in fold order.
  public var values: [Double?]

  public init(name: String, values: [Double?]) {
    self.name = name
    self.values = values
    let defined = values.compactMap { $0 }
    guard !defined.isEmpty else { return }
    let average = defined.reduce(0, +) / Double(defined.count)
    let squares = defined.reduce(0) { $0 + ($1 - average) * ($1 - average) }
    mean = average
    standardDeviation = (squares / Double(defined.count)).squareRoot()
  }

  // Written by hand so that an undefined value is `null` rather than a missing key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(mean, forKey: .mean)
    try container.encode(standardDeviation, forKey: .standardDeviation)
    try container.encode(values, forKey: .values)
  }
}

/// Every summary metric computed per fold, with mean and standard deviation.
public struct FoldSpread: Sendable, Equatable, Codable {
  public var folds: Int
  /// One entry per metric, in `Metrics.fields` order.
  public var metrics: [MetricSpread]

  /// Summarises the metrics of each fold.
  public init(_ perFold: [Metrics]) {
    folds = perFold.count
    metrics = Metrics.fields.map { name, keyPath in
      MetricSpread(name: name, values: perFold.map { $0[keyPath: keyPath] })
    }
  }

  /// The spread of the metric called `name`, e.g. `balancedAccuracy`.
  public subscript(name: String) -> MetricSpread? {
    metrics.first { $0.name == name }
  }
}
