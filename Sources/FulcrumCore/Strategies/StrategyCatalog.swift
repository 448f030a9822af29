/// Every strategy Fulcrum knows: the one table that the spec parser reads and the
/// `strategies` listing prints.
public enum StrategyCatalog {
  public static let declarations: [StrategyDeclaration] = [
    StrategyDeclaration("baseline", .baseline, "train on the data as it is", []) { _ in
      Baseline()
    },
    StrategyDeclaration(
      "random-over", .sampling,
      "bootstrap rows of the classes to grow; optionally smoothed with Gaussian noise",
      [growTarget, ratio, shrinkage]
    ) { arguments throws(FulcrumError) in
      RandomOverSampler(target: try arguments.target(), shrinkage: arguments.real("shrinkage"))
    },
    StrategyDeclaration(
      "random-under", .sampling, "drop random rows of the classes to shrink, without replacement",
      [shrinkTarget, ratio]
    ) { arguments throws(FulcrumError) in
      RandomUnderSampler(target: try arguments.target())
    },
    StrategyDeclaration(
      "smote", .sampling,
      "new rows between a row and one of its k nearest same-class neighbours",
      [neighbors(5), growTarget, ratio]
    ) { arguments throws(FulcrumError) in
      SMOTE(k: arguments.integer("k"), target: try arguments.target())
    },
    StrategyDeclaration(
      "borderline-smote", .sampling,
      "SMOTE seeded only from rows near the class border (borderline-1)",
      [
        neighbors(5),
        ParameterDeclaration(
          name: "m", kind: .integer(1...Int.max), defaultValue: "10",
          help: "neighbours (any class) that decide whether a row is near the border"),
        growTarget, ratio,
      ]
    ) { arguments throws(FulcrumError) in
      BorderlineSMOTE(
        k: arguments.integer("k"), m: arguments.integer("m"), target: try arguments.target())
    },
    StrategyDeclaration(
      "adasyn", .sampling, "SMOTE with more new rows where a class is harder to learn",
      [neighbors(5), growTarget, ratio]
    ) { arguments throws(FulcrumError) in
      ADASYN(k: arguments.integer("k"), target: try arguments.target())
    },
    StrategyDeclaration(
      "tomek", .sampling, "remove Tomek links (mutual nearest neighbours of different classes)",
      [cleaningTarget]
    ) { arguments throws(FulcrumError) in
      TomekLinks(target: try arguments.target())
    },
    StrategyDeclaration(
      "enn", .sampling, "remove rows whose nearest neighbours disagree with their class",
      [
        neighbors(3),
        ParameterDeclaration(
          name: "kind", kind: .choice(["all", "mode"]), defaultValue: "all",
          help: "remove when any neighbour disagrees (all) or most do (mode)"),
        cleaningTarget,
      ]
    ) { arguments throws(FulcrumError) in
      EditedNearestNeighbours(
        k: arguments.integer("k"),
        kind: EditedNearestNeighbours.Kind(rawValue: arguments.choice("kind"))!,
        target: try arguments.target())
    },
    StrategyDeclaration(
      "near-miss", .sampling, "keep the rows of shrunk classes closest to the minority",
      [
        ParameterDeclaration(
          name: "version", kind: .integer(1...3), defaultValue: "1",
          help: "1: nearest minority rows, 2: farthest, 3: two-step selection"),
        neighbors(3), shrinkTarget, ratio,
      ]
    ) { arguments throws(FulcrumError) in
      NearMiss(
        version: arguments.integer("version"), k: arguments.integer("k"),
        target: try arguments.target())
    },
    StrategyDeclaration(
      "cluster-centroids", .pooling,
      "replace rows by k-means centroids (soft) or the real rows nearest them (hard)",
      [
        shrinkTarget, ratio,
        ParameterDeclaration(
          name: "voting", kind: .choice(["soft", "hard"]), defaultValue: "soft",
          help: "soft keeps centroids, hard keeps the real row nearest each"),
      ]
    ) { arguments throws(FulcrumError) in
      ClusterCentroids(
        target: try arguments.target(),
        voting: ClusterCentroids.Voting(rawValue: arguments.choice("voting"))!)
    },
    StrategyDeclaration(
      "mean-cap", .pooling, "cap each feature at its mean + k·std to damp outliers",
      [
        ParameterDeclaration(
          name: "k", kind: .real(minimum: 0, includesMinimum: true, maximum: nil),
          defaultValue: "3", help: "standard deviations above the mean (0 caps at the mean)")
      ]
    ) { arguments in
      MeanCap(k: arguments.real("k")!)
    },
    StrategyDeclaration(
      "feature-pool", .pooling, "average-pool adjacent features of an image grid (8x8 → 4x4)",
      [
        ParameterDeclaration(
          name: "shape", kind: .gridShape, defaultValue: "auto",
          help: "grid of the numeric features, ROWSxCOLUMNS (auto: square)"),
        ParameterDeclaration(
          name: "window", kind: .integer(1...Int.max), defaultValue: "2",
          help: "side of the square block averaged into one feature"),
      ]
    ) { arguments in
      FeaturePool(shape: arguments.gridShape("shape"), window: arguments.integer("window"))
    },
    StrategyDeclaration(
      "class-weight", .attention, "weight rows by inverse class frequency, n / (K·n_c)",
      [
        ParameterDeclaration(
          name: "power", kind: .real(minimum: 0, includesMinimum: true, maximum: nil),
          defaultValue: "1", help: "exponent tempering the weights (0: none, 1: balanced)")
      ]
    ) { arguments in
      ClassWeighting(power: arguments.real("power")!)
    },
    StrategyDeclaration(
      "focal", .attention,
      "weight rows by how hard a first-pass model finds them, (1 − p_true)^gamma",
      [
        ParameterDeclaration(
          name: "gamma", kind: .real(minimum: 0, includesMinimum: true, maximum: nil),
          defaultValue: "2", help: "focusing exponent (0: every row alike)")
      ]
    ) { arguments in
      FocalWeighting(
        gamma: arguments.real("gamma")!,
        firstPass: arguments.firstPass ?? NaiveBayesFirstPass.model)
    },
    StrategyDeclaration(
      "feature-attention", .attention,
      "scale standardised features by their mutual information with the label",
      [
        ParameterDeclaration(
          name: "temperature", kind: .real(minimum: 0, includesMinimum: false, maximum: nil),
          defaultValue: "0.1", help: "softmax temperature (lower: sharper contrast)"),
        ParameterDeclaration(
          name: "bins", kind: .integer(2...1000), defaultValue: "10",
          help: "quantile bins per feature for the mutual information"),
      ]
    ) { arguments in
      FeatureAttention(
        temperature: arguments.real("temperature")!, bins: arguments.integer("bins"))
    },
    StrategyDeclaration(
      "reweigh", .attention,
      "weight group × label cells by P(g)·P(y)/P(g,y); needs --sensitive", []
    ) { _ in
      GroupReweighing()
    },
  ]

  /// The declaration of a strategy by name.
  public static func declaration(named name: String) -> StrategyDeclaration? {
    declarations.first { $0.name == name }
  }

  private static let growTarget = ParameterDeclaration(
    name: "target", kind: .target(.growing), defaultValue: "auto",
    help: "classes to grow and their sizes after (auto: all but the majority)")
  private static let shrinkTarget = ParameterDeclaration(
    name: "target", kind: .target(.shrinking), defaultValue: "auto",
    help: "classes to shrink and their sizes after (auto: all but the minority)")
  private static let cleaningTarget = ParameterDeclaration(
    name: "target", kind: .target(.cleaning), defaultValue: "auto",
    help: "classes whose rows may be removed (auto: all but the minority)")
  private static let ratio = ParameterDeclaration(
    name: "ratio", kind: .real(minimum: 0, includesMinimum: false, maximum: 1),
    defaultValue: nil, help: "two classes only: minority/majority size afterwards")
  private static let shrinkage = ParameterDeclaration(
    name: "shrinkage", kind: .real(minimum: 0, includesMinimum: true, maximum: nil),
    defaultValue: nil, help: "noise factor for a smoothed bootstrap (none: plain copies)")

  private static func neighbors(_ value: Int) -> ParameterDeclaration {
    ParameterDeclaration(
      name: "k", kind: .integer(1...Int.max), defaultValue: "\(value)",
      help: "nearest neighbours considered")
  }
}
