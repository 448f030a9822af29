import Foundation
import Synchronization
import Testing

@testable import FulcrumCore

@Suite("Cross-validation")
struct CrossValidationTests {
  @Test("parallel folds give exactly the serial result")
  func parallelEqualsSerial() throws {
    for model in [ReferenceModel.logistic, .tree(maximumDepth: 4)] {
      let parallel = try #require(try CrossValidation(model: model, seed: 5).run(Iris.dataset))
      let serial = try #require(
        try CrossValidation(model: model, seed: 5, parallel: false).run(Iris.dataset))
      #expect(parallel.predictions == serial.predictions)
      #expect(parallel.evaluation == serial.evaluation)
    }
  }

  @Test("the same seed gives the same numbers; folds are recorded per row")
  func determinism() throws {
    let first = try #require(try CrossValidation(seed: 9).run(Iris.dataset))
    let again = try #require(try CrossValidation(seed: 9).run(Iris.dataset))
    #expect(first.evaluation == again.evaluation)
    #expect(first.foldOfRow.compactMap { $0 }.count == 150)
    #expect(Set(first.foldOfRow.compactMap { $0 }) == Set(0..<5))
  }

  @Test("the pooled matrix and the fold spread come from out-of-fold predictions")
  func pooled() throws {
    let result = try #require(try CrossValidation(model: .naiveBayes, seed: 1).run(Iris.dataset))
    let evaluation = result.evaluation
    let truth = Iris.dataset.labelCodes.map { Int($0) }
    let predicted = result.predictions.map { $0! }
    let expected = ConfusionMatrix(truth: truth, predicted: predicted, classNames: Iris.species)
    #expect(evaluation.confusionMatrix == expected)
    #expect(evaluation.metrics == Metrics(expected))
    let spread = try #require(evaluation.foldSpread?["accuracy"])
    #expect(spread.values.count == 5)
    let foldAccuracies = (0..<5).map { fold in
      let rows = (0..<150).filter { result.foldOfRow[$0] == fold }
      return Double(rows.filter { truth[$0] == predicted[$0] }.count) / Double(rows.count)
    }
    for (value, expected) in zip(spread.values, foldAccuracies) {
      #expect(abs(value! - expected) < 1e-12)
    }
    let mean = foldAccuracies.reduce(0, +) / 5
    let deviation = (foldAccuracies.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 5)
      .squareRoot()
    #expect(abs(spread.mean! - mean) < 1e-12)
    #expect(abs(spread.standardDeviation! - deviation) < 1e-12)
  }

  @Test("the training transform sees only the training rows of its fold")
  func transformSeesTrainingOnly() throws {
    let seen = Mutex([Int: Int]())
    let transform: TrainingTransform = { training, context in
      seen.withLock { $0[context.fold] = training.labels.count }
      return TransformedTraining(training)
    }
    let validation = CrossValidation(seed: 3, transform: transform)
    _ = try validation.run(Iris.dataset)
    #expect(seen.withLock { $0 } == [0: 120, 1: 120, 2: 120, 3: 120, 4: 120])
  }

  @Test("weights from a transform reach the model and its class totals are reported")
  func transformWeights() throws {
    let favourVirginica: TrainingTransform = { training, _ in
      var changed = training
      changed.weights = training.labels.map { $0 == 2 ? 50 : 1 }
      return TransformedTraining(changed)
    }
    let plain = try #require(try CrossValidation(seed: 3).run(Iris.dataset))
    let weighted = try #require(
      try CrossValidation(seed: 3, transform: favourVirginica).run(Iris.dataset))
    let predictedVirginica = { (result: CrossValidationResult) in
      result.predictions.filter { $0 == 2 }.count
    }
    #expect(predictedVirginica(weighted) > predictedVirginica(plain))
    #expect(weighted.trainingClassWeights[0] == [40, 40, 2000])
  }

  @Test("a transform's error stops the run")
  func transformError() {
    let failing: TrainingTransform = { _, context throws(FulcrumError) in
      throw FulcrumError(.dataError, "fold \(context.fold) refused")
    }
    #expect(throws: FulcrumError(.dataError, "fold 0 refused")) {
      try CrossValidation(transform: failing).run(Iris.dataset)
    }
  }

  @Test("progress reaches every fold and cancellation returns no result")
  func progressAndCancel() throws {
    let reports = Mutex([Int]())
    _ = try CrossValidation().run(
      Iris.dataset, progress: { step in reports.withLock { $0.append(step.completedFolds) } })
    #expect(reports.withLock { $0.sorted() } == [1, 2, 3, 4, 5])
    let cancelled = try CrossValidation().run(Iris.dataset, isCancelled: { true })
    #expect(cancelled == nil)
  }

  @Test("excluded and free-text columns are not features and are reported")
  func features() throws {
    var dataset = Iris.dataset
    dataset.columns.append(
      Column(
        name: "id",
        storage: .categorical(
          codes: (0..<150).map { UInt32($0) }, levels: (0..<150).map { "r\($0)" })))
    let result = try #require(
      try CrossValidation(excludedColumns: ["petal_width"]).run(dataset))
    #expect(result.evaluation.features == ["sepal_length", "sepal_width", "petal_length"])
    #expect(result.evaluation.leftOutColumns == ["id"])
  }

  @Test("rows without a label are left out with a warning")
  func unlabelled() throws {
    var dataset = Iris.dataset
    var codes = dataset.labelCodes
    codes[0] = Column.missingCode
    dataset.columns[4].storage = .categorical(codes: codes, levels: Iris.species)
    let result = try #require(try CrossValidation().run(dataset))
    #expect(result.predictions[0] == nil)
    #expect(result.evaluation.confusionMatrix.total == 149)
    #expect(result.evaluation.warnings.contains("1 row without a label left out"))
  }

  @Test("the evaluation encodes with camelCase keys and nulls")
  func json() throws {
    let result = try #require(try CrossValidation(folds: 3).run(Iris.dataset))
    let data = try JSONEncoder().encode(result.evaluation)
    let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let matrix = try #require(object["confusionMatrix"] as? [String: Any])
    #expect(matrix["labels"] as? [String] == Iris.species)
    #expect((object["perClass"] as? [Any])?.count == 3)
    #expect((object["foldSpread"] as? [String: Any])?["folds"] as? Int == 3)
    let decoded = try JSONDecoder().decode(ModelEvaluation.self, from: data)
    #expect(decoded == result.evaluation)
  }
}
