import Foundation
import Testing

/// `fulcrum report` evaluating a model or given predictions, run as a user would.
@Suite("fulcrum report: evaluation")
struct EvaluationCommandTests {
  /// Writes `text` as `name` in a fresh folder and returns its path.
  static func fixture(_ name: String, _ text: String) throws -> (folder: URL, path: String) {
    let folder = try Binary.scratchFolder()
    let path = folder.appendingPathComponent(name).path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (folder, path)
  }

  /// `results[0]` of a JSON report.
  static func firstResult(_ run: Binary.Run) throws -> [String: Any] {
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    let results = try #require(json["results"] as? [[String: Any]])
    return try #require(results.first)
  }

  static func close(_ value: Any?, _ expected: Double, within tolerance: Double = 1e-6) -> Bool {
    guard let number = value as? Double else { return false }
    return abs(number - expected) <= tolerance
  }

  @Test("M1 through --predicted: REFERENCE's matrix, metrics and nulls")
  func m1() throws {
    let truth = [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3]
    let predicted = [0, 0, 0, 0, 1, 4, 1, 1, 0, 2, 0, 0]
    let rows = zip(truth, predicted).map { "\($1),\($0)" }
    let (folder, path) = try Self.fixture("m1.csv", (["pred,label"] + rows).joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run(["report", path, "--predicted", "pred", "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    let result = try Self.firstResult(run)
    #expect(result["strategy"] as? String == "baseline")
    #expect(result["method"] as? String == "given-predictions")
    #expect(result["model"] as? String == "pred")
    #expect(result["folds"] is NSNull)
    let matrix = try #require(result["confusionMatrix"] as? [String: Any])
    #expect(matrix["labels"] as? [String] == ["0", "1", "2", "3", "4"])
    #expect(
      matrix["counts"] as? [[Int]] == [
        [4, 1, 0, 0, 1], [1, 2, 0, 0, 0], [1, 0, 1, 0, 0], [1, 0, 0, 0, 0], [0, 0, 0, 0, 0],
      ])
    let metrics = try #require(result["metrics"] as? [String: Any])
    #expect(Self.close(metrics["macroPrecision"], 0.559524))
    #expect(Self.close(metrics["macroRecall"], 0.458333))
    #expect(Self.close(metrics["microF1"], 0.583333))
    #expect(Self.close(metrics["accuracy"], 0.583333))
    #expect(Self.close(metrics["balancedAccuracy"], 0.458333))
    #expect(Self.close(metrics["adjustedBalancedAccuracy"], 0.277778))
    #expect(Self.close(metrics["mcc"], 0.348866))
    #expect(Self.close(metrics["cohenKappa"], 0.340659))
    let perClass = try #require(result["perClass"] as? [[String: Any]])
    #expect(perClass.map { $0["label"] as? String } == ["0", "1", "2", "3", "4"])
    #expect(Self.close(perClass[0]["precision"], 0.571429))
    #expect(Self.close(perClass[1]["specificity"], 0.888889))
    #expect(perClass[3]["precision"] is NSNull)
    #expect(Self.close(perClass[3]["recall"], 0))
    #expect(perClass[4]["recall"] is NSNull)
    #expect(Self.close(perClass[4]["specificity"], 0.916667))
  }

  @Test(
    "M2 through --predicted: balanced accuracy, MCC and κ (null when undefined)",
    arguments: [
      ([1, 1, 1, 1], [1, 1, 1, 1], 1.0, 0.0, nil),
      ([0, 0, 1, 1], [0, 0, 0, 0], 0.5, 0.0, 0.0),
      ([0, 0, 1, 1], [1, 1, 0, 0], 0.0, -1.0, -1.0),
    ] as [([Int], [Int], Double, Double, Double?)])
  func m2(truth: [Int], predicted: [Int], balanced: Double, mcc: Double, kappa: Double?) throws {
    let rows = zip(truth, predicted).map { "\($0),\($1)" }
    let (folder, path) = try Self.fixture("m2.csv", (["y,p"] + rows).joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try Binary.run([
      "report", path, "--label", "y", "--predicted", "p", "--format", "json",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let result = try Self.firstResult(run)
    let metrics = try #require(result["metrics"] as? [String: Any])
    #expect(Self.close(metrics["balancedAccuracy"], balanced))
    #expect(Self.close(metrics["mcc"], mcc))
    if let kappa {
      #expect(Self.close(metrics["cohenKappa"], kappa))
    } else {
      #expect(metrics["cohenKappa"] is NSNull)
      let matrix = try #require(result["confusionMatrix"] as? [String: Any])
      #expect(matrix["counts"] as? [[Int]] == [[4]])
    }
  }

  @Test("german-credit's baseline: 2×2 matrix of 1000 rows, balanced accuracy near scikit-learn's")
  func germanCreditBaseline() throws {
    let run = try Binary.run(["report", "samples/german-credit.csv", "--format", "json"])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardError.isEmpty)
    let result = try Self.firstResult(run)
    #expect(result["strategy"] as? String == "baseline")
    #expect(result["method"] as? String == "cross-validation")
    #expect(result["model"] as? String == "logistic")
    #expect(result["folds"] as? Int == 5)
    #expect(result["seed"] as? Int == 0)
    let matrix = try #require(result["confusionMatrix"] as? [String: Any])
    let counts = try #require(matrix["counts"] as? [[Int]])
    #expect(counts.count == 2 && counts.allSatisfy { $0.count == 2 })
    #expect(counts.joined().reduce(0, +) == 1000)
    let metrics = try #require(result["metrics"] as? [String: Any])
    #expect(Self.close(metrics["balancedAccuracy"], 0.6481, within: 0.02))
    let spread = try #require(result["foldSpread"] as? [String: Any])
    #expect(spread["folds"] as? Int == 5)
  }

  @Test("the same seed twice gives byte-identical JSON; another seed other folds")
  func deterministic() throws {
    let arguments = ["report", "samples/iris.csv", "--format", "json", "--model", "tree:depth=3"]
    let first = try Binary.run(arguments + ["--seed", "11"])
    let second = try Binary.run(arguments + ["--seed", "11"])
    #expect(first.status == 0)
    #expect(first.standardOutput == second.standardOutput)
    let other = try Binary.run(arguments + ["--seed", "12"])
    #expect(other.standardOutput != first.standardOutput)
  }

  @Test("text output shows the matrix with truth rows and the per-class table")
  func textTables() throws {
    let run = try Binary.run(["report", "samples/iris.csv", "--model", "naive-bayes"])
    #expect(run.status == 0, "\(run.standardError)")
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.contains("Evaluation: naive-bayes"))
    #expect(lines.contains { $0.hasPrefix("  true \\ predicted  setosa  versicolor  virginica") })
    #expect(lines.contains("  setosa                50           0          0     50"))
    #expect(lines.contains { $0.hasPrefix("  class       precision  recall") })
    #expect(lines.contains { $0.hasPrefix("  balanced accuracy ") && $0.contains(" ± ") })
  }

  @Test("training options with --predicted, a bad model and --folds 1 are usage errors")
  func usage() throws {
    let both = try Binary.run(["report", "samples/iris.csv", "--predicted", "x", "--folds", "3"])
    #expect(both.status == 2)
    #expect(both.standardError.contains("--folds"))
    let model = try Binary.run(["report", "samples/iris.csv", "--model", "forest"])
    #expect(model.status == 2)
    #expect(model.standardError.contains("logistic, naive-bayes, knn, tree"))
    let folds = try Binary.run(["report", "samples/iris.csv", "--folds", "1"])
    #expect(folds.status == 2)
    let positive = try Binary.run(["report", "samples/iris.csv", "--positive", "setosa"])
    #expect(positive.status == 2)
    #expect(positive.standardError.contains("--sensitive"))
    let unused = try Binary.run([
      "report", "samples/iris.csv", "--model", "none", "--weight", "sepal_length",
    ])
    #expect(unused.status == 2)
    let missing = try Binary.run(["report", "samples/iris.csv", "--predicted", "guess"])
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("guess"))
  }
}
