import Testing

@testable import FulcrumCore

@Suite("Strategy encoding")
struct StrategyEncodingTests {
  /// Six rows: a number, a colour with one missing value, a second number, the label.
  private let data = Dataset(
    path: "t.csv", format: "csv",
    columns: [
      Column(name: "a", storage: .numeric([1, 2, 3, 4, 5, 9])),
      Column(
        name: "colour",
        storage: .categorical(
          codes: [0, 1, Column.missingCode, 0, 2, 1], levels: ["red", "green", "blue"])),
      Column(name: "b", storage: .numeric([10, 10, 20, 20, 30, 30])),
      Column(name: "y", storage: .categorical(codes: [0, 0, 0, 0, 1, 1], levels: ["n", "p"])),
    ], labelIndex: 3)

  private func encoded(rows: [Int]) throws -> (StrategyEncoding, TrainingSet) {
    let selection = try FeatureSelection(dataset: data)
    let encoder = FeatureEncoder(fitting: data, selection: selection, rows: rows)
    let training = TrainingSet(
      features: encoder.transform(data, rows: rows),
      labels: rows.map { Int(data.labelCodes[$0]) }, classCount: 2)
    return (StrategyEncoding(encoder: encoder, dataset: data), training)
  }

  @Test("a strategy sees standardised numbers and level codes, missing as its own level")
  func table() throws {
    let (encoding, training) = try encoded(rows: Array(0..<6))
    let table = encoding.table(training, classNames: ["n", "p"], groups: nil)
    #expect(table.featureNames == ["a", "b"])
    #expect(table.categoryNames == ["colour"])
    #expect(table.categories == [0, 1, 3, 0, 2, 1])
    #expect(table.weights == nil)
    // a: mean 4, population deviation sqrt(40/6).
    let scale = (40.0 / 6).squareRoot()
    #expect(abs(table.features[0] - (1 - 4) / scale) < 1e-12)
    #expect(abs(table.features[11] - (30 - 20) / (200.0 / 3).squareRoot()) < 1e-12)
  }

  @Test("encoding a strategy's unchanged output gives back the model features")
  func roundTrip() throws {
    let (encoding, training) = try encoded(rows: [0, 1, 2, 3, 4])
    let table = encoding.table(training, classNames: ["n", "p"], groups: nil)
    #expect(encoding.features(table) == training.features)
  }

  @Test("test rows go through a strategy's cap as the training rows did")
  func cappedTestRows() throws {
    let (encoding, training) = try encoded(rows: [0, 1, 2, 3, 4])
    var table = encoding.table(training, classNames: ["n", "p"], groups: nil)
    let transform = FeatureTransform.cap([0.5, 0])
    table.features = transform.apply(to: table.features, featureCount: 2)
    let test = encoding.encoder.transform(data, rows: [0, 1, 2, 3, 4])
    let mapped = encoding.transformTest(test, by: transform, featureNames: ["a", "b"])
    #expect(mapped == encoding.features(table))
    // Row 5 (a = 9, b = 30) is above both caps; its colour `green` keeps its column.
    let unseen = encoding.transformTest(
      encoding.encoder.transform(data, rows: [5]), by: transform, featureNames: ["a", "b"])
    let names = unseen.names
    #expect(unseen[0, names.firstIndex(of: "a")!] == 0.5)
    #expect(unseen[0, names.firstIndex(of: "b")!] == 0)
    #expect(unseen[0, names.firstIndex(of: "colour=green")!] == 1)
  }

  @Test("pooled features come first, then the one-hot columns, for training and test rows")
  func pooledLayout() throws {
    let grid = Dataset(
      path: "g.csv", format: "csv",
      columns: (0..<4).map { j in
        Column(name: "px\(j)", storage: .numeric((0..<5).map { Double($0 * (j + 1)) }))
      } + [
        Column(name: "colour", storage: .categorical(codes: [0, 1, 0, 1, 0], levels: ["r", "g"])),
        Column(name: "y", storage: .categorical(codes: [0, 0, 0, 1, 1], levels: ["n", "p"])),
      ], labelIndex: 5)
    let rows = Array(0..<5)
    let encoder = FeatureEncoder(
      fitting: grid, selection: try FeatureSelection(dataset: grid), rows: rows)
    let encoding = StrategyEncoding(encoder: encoder, dataset: grid)
    let training = TrainingSet(
      features: encoder.transform(grid, rows: rows), labels: [0, 0, 0, 1, 1], classCount: 2)
    var table = encoding.table(training, classNames: ["n", "p"], groups: nil)
    let transform = FeatureTransform.pool(rows: 2, columns: 2, window: 2)
    table.features = transform.apply(to: table.features, featureCount: 4)
    table.featureCount = 1
    table.featureNames = ["pool r1c1"]
    let matrix = encoding.features(table)
    #expect(matrix.names == ["pool r1c1", "colour=r", "colour=g"])
    #expect(matrix.row(1)[1...] == [0, 1])
    let test = encoding.transformTest(
      encoder.transform(grid, rows: rows), by: transform, featureNames: ["pool r1c1"])
    #expect(test == matrix)
  }
}
