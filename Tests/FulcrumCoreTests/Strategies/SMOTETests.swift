import Testing

@testable import FulcrumCore

@Suite("SMOTE (golden case S2)")
struct SMOTETests {
  /// Classes 12/4/3 in two dimensions.
  static let s2: TrainingTable = {
    var rows: [[Double]] = []
    for i in 0..<12 { rows.append([Double(i % 4), Double(i / 4)]) }
    rows += [[10, 10], [11, 10.5], [10.2, 12], [12, 11]]
    rows += [[-5, 3], [-6, 4.5], [-4, 5]]
    return makeSet(rows, Array(repeating: 0, count: 12) + [1, 1, 1, 1] + [2, 2, 2])
  }()

  /// The `k` nearest same-class rows of `row`, by definition.
  static func classNeighbors(_ set: TrainingTable, _ row: Int, k: Int) -> [Int] {
    let others = set.rows(ofClass: set.labels[row]).filter { $0 != row }
    return Array(
      others.sorted {
        let a = squaredDistance(set.featureRow($0), set.featureRow(row))
        let b = squaredDistance(set.featureRow($1), set.featureRow(row))
        return a < b || (a == b && $0 < $1)
      }.prefix(k))
  }

  /// Whether `point` lies on a segment from a row of `label` to one of its k neighbours.
  static func onSegment(_ point: ArraySlice<Double>, label: Int, in set: TrainingTable, k: Int)
    -> Bool
  {
    for seed in set.rows(ofClass: label) {
      for neighbour in classNeighbors(set, seed, k: k) {
        let a = set.featureRow(seed)
        let b = set.featureRow(neighbour)
        let direction = zip(b, a).map { $0 - $1 }
        let offset = zip(point, a).map { $0 - $1 }
        let length = direction.reduce(0) { $0 + $1 * $1 }
        let t = zip(offset, direction).reduce(0) { $0 + $1.0 * $1.1 } / length
        let residual = zip(offset, direction).reduce(0) {
          $0 + ($1.0 - t * $1.1) * ($1.0 - t * $1.1)
        }
        if t >= -1e-12, t <= 1 + 1e-12, residual < 1e-18 { return true }
      }
    }
    return false
  }

  @Test("12/4/3 with k=2 becomes 12/12/12, originals first and unchanged")
  func structure() throws {
    let outcome = try run("smote:k=2", on: Self.s2)
    let result = outcome.trainingSet
    #expect(result.rowCount == 36)
    #expect(result.classCounts == [12, 12, 12])
    #expect(Array(result.features[..<38]) == Self.s2.features)
    #expect(Array(result.labels[..<19]) == Self.s2.labels)
    #expect(
      Array(result.labels[19...]) == Array(repeating: 1, count: 8) + Array(repeating: 2, count: 9))
    #expect(Array(outcome.origins[..<19]) == (0..<19).map { RowOrigin.original($0) })
    #expect(outcome.origins[19...].allSatisfy { $0 == .synthetic })
    for row in 19..<36 {
      #expect(Self.onSegment(result.featureRow(row), label: result.labels[row], in: Self.s2, k: 2))
    }
  }

  @Test("SMOTE refuses a class smaller than k+1, naming it and its count")
  func tooSmallClass() {
    let error = failure("smote:k=5", on: Self.s2)
    #expect(error?.kind == .usage)
    #expect(error?.message.contains("class '2' has 3 rows") == true)
    #expect(error?.message.contains("k = 5") == true)
  }

  @Test("the same seed gives the same rows; another seed other rows")
  func determinism() throws {
    let first = try run("smote:k=2", on: Self.s2, seed: 42)
    let second = try run("smote:k=2", on: Self.s2, seed: 42)
    let third = try run("smote:k=2", on: Self.s2, seed: 43)
    #expect(first == second)
    #expect(first.trainingSet.features != third.trainingSet.features)
  }

  @Test("a synthetic row takes the most frequent category among the seed's neighbours")
  func categoricalMode() throws {
    // Class 1 rows 0–3: the three closest together share category 5; the far one has 9.
    let rows: [[Double]] =
      [[0, 0], [0.1, 0], [0, 0.1], [3, 3]] + (0..<8).map { [Double($0), 20] }
    let categories: [[UInt32]] = [[5], [5], [5], [9]] + Array(repeating: [1], count: 8)
    let set = makeSet(rows, [1, 1, 1, 1] + Array(repeating: 0, count: 8), categories: categories)
    let outcome = try run("smote:k=3", on: set)
    #expect(outcome.trainingSet.classCounts == [8, 8])
    let added = outcome.trainingSet.categories[12...]
    // Every row's 3 nearest class-1 neighbours hold at least two 5s.
    #expect(added.allSatisfy { $0 == 5 })
    #expect(added.count == 4)
  }

  @Test("SMOTE works on categorical features alone, by majority vote of neighbours")
  func categoricalOnly() throws {
    let categories: [[UInt32]] = [[3], [3], [3], [1], [2], [2], [2], [2], [2], [2]]
    let set = makeSet(
      Array(repeating: [], count: 10), [1, 1, 1, 1, 0, 0, 0, 0, 0, 0], categories: categories)
    let outcome = try run("smote:k=3", on: set)
    #expect(outcome.trainingSet.classCounts == [6, 6])
    #expect(outcome.trainingSet.features.isEmpty)
    // Each class-1 row's three neighbours are two or three 3s and at most one 1: the
    // vote is 3 (the lowest code would be 1).
    #expect(outcome.trainingSet.categories[10...].allSatisfy { $0 == 3 })
  }

  @Test("a missing value is an error naming the feature and row")
  func missingValue() {
    var set = Self.s2
    set.features[5] = .nan
    set.featureNames = ["x", "y"]
    let error = failure("smote:k=2", on: set)
    #expect(error?.kind == .dataError)
    #expect(error?.message.contains("feature 'y' is missing in training row 3") == true)
  }

  @Test("input weights and groups follow the seed row")
  func weightsAndGroups() throws {
    var set = Self.s2
    set.weights = (0..<19).map { Double($0) }
    set.groups = (0..<19).map { $0 % 2 }
    let outcome = try run("smote:k=2", on: set)
    let result = outcome.trainingSet
    #expect(result.weights?.count == 36 && result.groups?.count == 36)
    // Class 2 rows are 16, 17, 18: weights 16–18, groups 0/1.
    #expect(result.weights![27...].allSatisfy { (16...18).contains($0) })
  }
}

@Suite("Borderline-SMOTE and ADASYN")
struct BorderlineAndADASYNTests {
  /// Minority class 1 has two rows deep inside class 0 (danger or noise) and others apart.
  static let mixed: TrainingTable = {
    var rows: [[Double]] = []
    var labels: [Int] = []
    for i in 0..<20 {
      rows.append([Double(i % 5), Double(i / 5)])
      labels.append(0)
    }
    // Near the border of class 0: neighbours are half class 0.
    rows += [[5, 1], [5.2, 2], [5.1, 1.5], [5.3, 0.5]]
    // Far away: all neighbours are class 1.
    rows += [[30, 30], [30.5, 30], [30, 30.5], [31, 31]]
    labels += Array(repeating: 1, count: 8)
    return makeSet(rows, labels)
  }()

  @Test("borderline-smote grows from danger rows and reports how many there are")
  func borderline() throws {
    let outcome = try run("borderline-smote:k=3,m=6", on: Self.mixed)
    #expect(outcome.trainingSet.classCounts == [20, 20])
    #expect(outcome.notes.contains { $0.contains("danger rows") })
    // New rows come from the border group, never the far group.
    for row in 28..<40 {
      #expect(outcome.trainingSet.features[row * 2] < 29)
    }
  }

  @Test("borderline-smote says so when a class has no danger rows and leaves it")
  func noDanger() throws {
    let far = makeSet(
      (0..<10).map { [Double($0), 0] } + (0..<4).map { [100 + Double($0), 0] },
      Array(repeating: 0, count: 10) + Array(repeating: 1, count: 4))
    let outcome = try run("borderline-smote:k=2,m=3", on: far)
    #expect(outcome.trainingSet.classCounts == [10, 4])
    #expect(outcome.notes.contains { $0.contains("no borderline (danger) rows") })
  }

  @Test("adasyn puts more new rows near the other class")
  func adaptive() throws {
    let outcome = try run("adasyn:k=3", on: Self.mixed)
    let result = outcome.trainingSet
    let added = (28..<result.rowCount).map { result.features[$0 * 2] }
    #expect(added.count >= 11 && added.count <= 13)
    #expect(added.allSatisfy { $0 < 29 })
    if added.count != 12 { #expect(outcome.notes.contains { $0.contains("produced") }) }
  }

  @Test("adasyn says so when no row of a class borders another class")
  func adasynNothingHard() throws {
    let far = makeSet(
      (0..<10).map { [Double($0), 0] } + (0..<4).map { [100 + Double($0), 0] },
      Array(repeating: 0, count: 10) + Array(repeating: 1, count: 4))
    let outcome = try run("adasyn:k=3", on: far)
    #expect(outcome.trainingSet.classCounts == [10, 4])
    #expect(outcome.notes.contains { $0.contains("not grown") })
  }
}
