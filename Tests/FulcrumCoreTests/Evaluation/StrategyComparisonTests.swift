import Synchronization
import Testing

@testable import FulcrumCore

/// Forty rows, 30 of class `no` and 10 of `yes`: two numbers, a colour, a sex and an `id`
/// whose level code is the row number (so a strategy's categories name its rows).
private func comparisonTable(shiftingRows shifted: Set<Int> = []) -> Dataset {
  let rows = 0..<40
  let x1 = rows.map { row in Double((row * 7) % 11) + (row % 4 == 0 ? 3 : 0) }
  let x2 = rows.map { row in shifted.contains(row) ? 1000 : Double((row * 5) % 13) / 2 }
  let labels: [UInt32] = rows.map { $0 % 4 == 0 ? 1 : 0 }
  return Dataset(
    path: "table.csv", format: "csv",
    columns: [
      Column(name: "x1", storage: .numeric(x1)),
      Column(name: "x2", storage: .numeric(x2)),
      Column(
        name: "colour",
        storage: .categorical(
          codes: rows.map { UInt32($0 % 3) }, levels: ["red", "green", "blue"])),
      Column(
        name: "sex",
        storage: .categorical(codes: rows.map { UInt32(($0 / 2) % 2) }, levels: ["f", "m"])),
      Column(
        name: "id",
        storage: .categorical(codes: rows.map { UInt32($0) }, levels: rows.map { "r\($0)" })),
      Column(name: "label", storage: .categorical(codes: labels, levels: ["no", "yes"])),
    ], labelIndex: 5)
}

/// A strategy that changes nothing and keeps every table it was given.
private final class RecordingStrategy: Strategy {
  let seen = Mutex<[TrainingTable]>([])

  func apply(
    to trainingSet: TrainingTable, using generator: inout SeededGenerator
  ) throws(FulcrumError) -> StrategyOutcome {
    seen.withLock { $0.append(trainingSet) }
    return StrategyOutcome(
      trainingSet: trainingSet, origins: trainingSet.labels.indices.map { .original($0) })
  }

  /// The rows of each table seen, read from the `id` codes (the last categorical column).
  var rowSets: [Set<Int>] {
    seen.withLock { tables in
      tables.map { table in
        Set((0..<table.rowCount).map { Int(table.categories[$0 * table.categoryCount + 2]) })
      }
    }
  }
}

@Suite("Strategy comparison")
struct StrategyComparisonTests {
  @Test("the baseline comes first and is a plain cross-validation over the same folds")
  func baselineFirst() throws {
    let data = comparisonTable()
    let result = try #require(
      try StrategyComparison(specs: ["random-over", "random-under"], seed: 3).run(data))
    #expect(result.entries.map(\.strategy) == ["baseline", "random-over", "random-under"])
    let plain = try #require(try CrossValidation(seed: 3).run(data))
    #expect(result.entries[0].evaluation == plain.evaluation)
    #expect(result.entries[0].predictions == plain.predictions)
    // Each training fold holds 24 `no` and 8 `yes` rows.
    #expect(result.entries[0].trainDistribution.map(\.weight) == [24, 8])
    #expect(result.entries[1].trainDistribution.map(\.weight) == [24, 24])
    #expect(result.entries[2].trainDistribution.map(\.weight) == [8, 8])
  }

  @Test("a strategy sees exactly the training rows of each fold, never a test row")
  func trainingFoldIsolation() throws {
    let data = comparisonTable()
    let recorder = RecordingStrategy()
    let comparison = StrategyComparison(specs: [StrategySpec](), folds: 4, seed: 11)
    _ = try comparison.run(data, strategies: [("record", recorder)])
    let labels: [Int?] = data.labelCodes.map { Int($0) }
    let split = try StratifiedFolds(
      labels: labels, classNames: data.classNames, folds: 4, seed: 11)
    let expected = split.testRows.map { Set(0..<40).subtracting($0) }
    let seen = recorder.rowSets
    #expect(seen.count == 4)
    #expect(Set(seen) == Set(expected))
  }

  @Test("changing a test fold's values changes nothing a strategy sees in that fold")
  func testRowsDoNotInfluence() throws {
    let labels: [Int?] = comparisonTable().labelCodes.map { Int($0) }
    let split = try StratifiedFolds(
      labels: labels, classNames: ["no", "yes"], folds: 4, seed: 11)
    let foldZeroTraining = Set(0..<40).subtracting(split.testRows[0])
    func tableOfFoldZero(_ data: Dataset) throws -> TrainingTable? {
      let recorder = RecordingStrategy()
      _ = try StrategyComparison(specs: [StrategySpec](), folds: 4, seed: 11)
        .run(data, strategies: [("record", recorder)])
      let sets = recorder.rowSets
      let tables = recorder.seen.withLock { $0 }
      return sets.firstIndex(of: foldZeroTraining).map { tables[$0] }
    }
    let plain = try #require(try tableOfFoldZero(comparisonTable()))
    let shifted = try #require(
      try tableOfFoldZero(comparisonTable(shiftingRows: Set(split.testRows[0]))))
    #expect(plain == shifted)
    // Standardised on the training rows alone: every numeric feature has mean 0.
    let means = (0..<2).map { feature in
      (0..<plain.rowCount).reduce(0.0) { $0 + plain.features[$1 * 2 + feature] }
        / Double(plain.rowCount)
    }
    #expect(means.allSatisfy { abs($0) < 1e-12 })
  }

  @Test("parallel runs equal serial runs, and the same seed gives the same results")
  func determinism() throws {
    let data = comparisonTable()
    let specs = ["smote:k=3", "class-weight", "focal", "mean-cap:k=1", "feature-attention"]
    let parallel = try #require(try StrategyComparison(specs: specs, seed: 4).run(data))
    let serial = try #require(
      try StrategyComparison(specs: specs, seed: 4, parallel: false).run(data))
    let again = try #require(try StrategyComparison(specs: specs, seed: 4).run(data))
    let pairs =
      Array(zip(parallel.entries, serial.entries)) + Array(zip(parallel.entries, again.entries))
    for (a, b) in pairs {
      #expect(a.evaluation == b.evaluation)
      #expect(a.predictions == b.predictions)
      #expect(a.trainDistribution == b.trainDistribution)
      #expect(a.notes == b.notes)
    }
    let other = try #require(try StrategyComparison(specs: ["smote:k=3"], seed: 5).run(data))
    #expect(other.entries[1].predictions != parallel.entries[1].predictions)
  }

  @Test("reweigh needs sensitive groups and then gives every result a fairness block")
  func reweighing() throws {
    let data = comparisonTable()
    #expect(throws: FulcrumError.self) {
      try StrategyComparison(specs: ["reweigh"]).run(data)
    }
    let groups = try SensitiveGroups(dataset: data, arguments: ["sex"])
    let result = try #require(
      try StrategyComparison(specs: ["reweigh"], sensitive: groups, positive: "yes").run(data))
    #expect(result.entries.count == 2)
    for entry in result.entries {
      let fairness = try #require(entry.fairness)
      #expect(fairness.referenceGroup == "f")
      #expect(fairness.outcomes.first?.groups.map(\.name) == ["f", "m"])
    }
    // Reweighing keeps the rows and only weights them.
    #expect(result.entries[1].trainDistribution.map(\.weight) == [24, 8])
  }

  @Test("bootstrap copies are fitted as weight on the row they repeat")
  func foldedCopies() {
    let table = TrainingTable(
      features: [1, 2, 3, 1, 1, 3], featureCount: 1, labels: [0, 0, 1, 0, 0, 1],
      classNames: ["a", "b"])
    let origins: [RowOrigin] = [
      .original(0), .original(1), .original(2), .copy(of: 0), .synthetic, .copy(of: 2),
    ]
    let folded = StrategyComparison.foldingCopies(table, origins: origins)
    #expect(folded.features == [1, 2, 3, 1])
    #expect(folded.labels == [0, 0, 1, 0])
    #expect(folded.weights == [2, 1, 2, 1])
    // Same model either way: a row of weight 2 counts as two rows.
    let plain = LogisticRegression().fit(
      features: FeatureMatrix(values: table.features, rowCount: 6, names: ["x"]),
      labels: table.labels, classCount: 2)
    let weighted = LogisticRegression().fit(
      features: FeatureMatrix(values: folded.features, rowCount: 4, names: ["x"]),
      labels: folded.labels, weights: folded.weights, classCount: 2)
    let query = FeatureMatrix(values: [0, 1.5, 2.5, 4], rowCount: 4, names: ["x"])
    let difference = zip(
      plain.predictProbabilities(query), weighted.predictProbabilities(query)
    ).map { abs($0 - $1) }.max()!
    #expect(difference < 1e-9)
  }

  @Test("unknown strategies and parameters are refused with the valid names")
  func unknownSpecs() {
    #expect {
      try StrategyComparison(specs: ["smoot"])
    } throws: { error in
      let error = error as! FulcrumError
      return error.kind == .usage && error.message.contains("smote")
        && error.message.contains("random-over")
    }
    #expect {
      try StrategyComparison(specs: ["smote:n=3"])
    } throws: { error in
      (error as! FulcrumError).message.contains("valid parameters: k")
    }
  }

  @Test("progress counts every fold of every strategy; cancelling returns nil")
  func progressAndCancel() throws {
    let data = comparisonTable()
    let seen = Mutex<[ComparisonProgress]>([])
    _ = try StrategyComparison(specs: ["random-over"], folds: 4).run(
      data, progress: { update in seen.withLock { $0.append(update) } })
    let updates = seen.withLock { $0 }
    #expect(updates.count == 8)
    #expect(Set(updates.map(\.completed)) == Set(1...8))
    #expect(updates.allSatisfy { $0.total == 8 && $0.strategyCount == 2 && $0.folds == 4 })
    #expect(
      updates.filter { $0.strategy == 1 }.map(\.foldsDoneForStrategy).sorted() == [1, 2, 3, 4])
    let cancelled = try StrategyComparison(specs: ["random-over"]).run(
      data, isCancelled: { true })
    #expect(cancelled == nil)
  }
}
