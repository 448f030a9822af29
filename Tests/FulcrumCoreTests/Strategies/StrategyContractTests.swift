import Testing

@testable import FulcrumCore

@Suite("What every strategy promises")
struct StrategyContractTests {
  /// Three classes of 14/8/6 rows, four numeric features (a 2×2 grid), two groups.
  static let mixed: TrainingTable = {
    var generator = SeededGenerator(seed: 11)
    var rows: [[Double]] = []
    var labels: [Int] = []
    for (label, size) in [14, 8, 6].enumerated() {
      for _ in 0..<size {
        rows.append(
          (0..<4).map { j in Double(label) * (j < 2 ? 1.5 : 0) + generator.drawGaussian() })
        labels.append(label)
      }
    }
    return makeSet(rows, labels, groups: labels.indices.map { $0 % 3 == 0 ? 1 : 0 })
  }()

  static let names = StrategyCatalog.declarations.map(\.name)

  @Test("the same seed gives the same outcome", arguments: names)
  func determinism(name: String) throws {
    let first = try run(name, on: Self.mixed, seed: 99)
    let second = try run(name, on: Self.mixed, seed: 99)
    #expect(first == second)
    #expect(!first.notes.isEmpty)
  }

  @Test("kept original rows come first, unchanged, and origins match the rows", arguments: names)
  func originsMatchRows(name: String) throws {
    let outcome = try run(name, on: Self.mixed)
    let result = outcome.trainingSet
    #expect(outcome.origins.count == result.rowCount)
    var seenSynthetic = false
    for (row, origin) in outcome.origins.enumerated() {
      switch origin {
      case .original(let source):
        #expect(!seenSynthetic, "an original row after a synthetic one")
        #expect(result.labels[row] == Self.mixed.labels[source])
        if result.featureCount == Self.mixed.featureCount, outcome.featureTransform == .identity {
          #expect(result.featureRow(row) == Self.mixed.featureRow(source))
        }
      case .copy(let source):
        seenSynthetic = true
        #expect(result.labels[row] == Self.mixed.labels[source])
      case .synthetic:
        seenSynthetic = true
      }
    }
  }

  static let measuring = [
    "smote", "borderline-smote", "adasyn", "tomek", "enn", "near-miss", "cluster-centroids",
    "mean-cap", "feature-pool", "focal", "feature-attention", "random-over:shrinkage=0.5",
  ]

  @Test("strategies that measure values refuse a missing one, naming it", arguments: measuring)
  func missingRefused(spec: String) {
    var set = Self.mixed
    set.features[4 * 3 + 2] = .nan
    let error = failure(spec, on: set)
    #expect(error?.kind == .dataError)
    #expect(error?.message.contains("feature 3") == true)
    #expect(error?.message.contains("row 4") == true)
  }

  @Test(
    "strategies that only copy, drop or weight rows carry missing values through",
    arguments: ["baseline", "random-over", "random-under", "class-weight", "reweigh"])
  func missingCarried(spec: String) throws {
    var set = Self.mixed
    set.features[4 * 20 + 1] = .nan
    let outcome = try run(spec, on: set)
    let carried = outcome.trainingSet.features.filter(\.isNaN).count
    let kept = outcome.origins.count {
      switch $0 {
      case .original(let source), .copy(let source): source == 20
      case .synthetic: false
      }
    }
    #expect(carried == kept)
  }

  @Test("a missing categorical value is refused by neighbour strategies")
  func missingCategory() {
    let set = makeSet(
      [[0], [1], [2], [3], [10], [11]], [0, 0, 0, 0, 1, 1],
      categories: [[0], [1], [Column.missingCode], [0], [1], [1]])
    let error = failure("tomek", on: set)
    #expect(error?.message.contains("feature 'category 1' is missing in training row 3") == true)
  }

  @Test("feature transforms give later rows the same treatment")
  func transformsForLaterRows() throws {
    let capped = try run("mean-cap:k=0", on: Self.mixed)
    guard case .cap(let limits) = capped.featureTransform else {
      Issue.record("mean-cap gave no caps")
      return
    }
    let later = [100.0, -100, 0, 1e9]
    let applied = capped.featureTransform.apply(to: later, featureCount: 4)
    #expect(applied == [limits[0], -100, min(0, limits[2]), limits[3]])
    let pooled = try run("feature-pool", on: Self.mixed)
    #expect(pooled.featureTransform.apply(to: [1, 2, 3, 6], featureCount: 4) == [3])
    #expect(pooled.featureTransform.featureCount(from: 4) == 1)
  }
}
