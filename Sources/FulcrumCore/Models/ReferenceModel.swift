/// The reference models a user can choose by name: `logistic` (the default),
/// `naive-bayes`, `knn` (`knn:k=N`) and `tree` (`tree:depth=N`).
public enum ReferenceModel: Sendable, Equatable, CustomStringConvertible {
  case logistic
  case naiveBayes
  case nearestNeighbors(k: Int)
  case tree(maximumDepth: Int?)

  /// The names accepted by `init(spec:)`, default first.
  public static let names = ["logistic", "naive-bayes", "knn", "tree"]

  /// Parses `name[:key=value]`, e.g. `knn:k=3` or `tree:depth=4`.
  ///
  /// - Throws: `.usage` naming the known models or parameters.
  public init(spec: String) throws(FulcrumError) {
    let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
    let name = parts.first?.lowercased() ?? ""
    var parameters: [String: Int] = [:]
    if parts.count == 2 {
      for pair in parts[1].split(separator: ",") {
        let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
        guard keyValue.count == 2, let value = Int(keyValue[1]), value > 0 else {
          throw FulcrumError(
            .usage, "model parameter '\(pair)' in '\(spec)' must be key=positive-integer")
        }
        parameters[keyValue[0]] = value
      }
    }
    let allowed: Set<String>
    switch name {
    case "logistic":
      self = .logistic
      allowed = []
    case "naive-bayes":
      self = .naiveBayes
      allowed = []
    case "knn":
      self = .nearestNeighbors(k: parameters["k"] ?? 5)
      allowed = ["k"]
    case "tree":
      self = .tree(maximumDepth: parameters["depth"])
      allowed = ["depth"]
    default:
      let known = ReferenceModel.names.joined(separator: ", ")
      throw FulcrumError(.usage, "unknown model '\(spec)'; choose one of \(known)")
    }
    if let unknown = parameters.keys.sorted().first(where: { !allowed.contains($0) }) {
      let hint =
        allowed.isEmpty ? "it takes none" : "it takes \(allowed.sorted().joined(separator: ", "))"
      throw FulcrumError(.usage, "model '\(name)' has no parameter '\(unknown)'; \(hint)")
    }
  }

  /// The spec that parses back to this model.
  public var description: String {
    switch self {
    case .logistic: "logistic"
    case .naiveBayes: "naive-bayes"
    case .nearestNeighbors(let k): k == 5 ? "knn" : "knn:k=\(k)"
    case .tree(let depth): depth.map { "tree:depth=\($0)" } ?? "tree"
    }
  }

  /// A classifier of this kind with its parameters.
  public var classifier: any Classifier {
    switch self {
    case .logistic: LogisticRegression()
    case .naiveBayes: GaussianNaiveBayes()
    case .nearestNeighbors(let k): NearestNeighborClassifier(neighborCount: k)
    case .tree(let depth): DecisionTree(maximumDepth: depth)
    }
  }
}
