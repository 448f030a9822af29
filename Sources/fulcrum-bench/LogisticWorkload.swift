import Foundation
import FulcrumCore

/// `fulcrum-bench logistic`: 5-fold cross-validated logistic regression on a
/// `SyntheticData` table (default 100 000 rows × 20 numeric features), timed against scikit-learn's
/// `StandardScaler` + `LogisticRegression` pipeline on the same rows when a Python with
/// scikit-learn is available (`FULCRUM_BENCH_PYTHON`, else /work/venv/bin/python).
///
/// `--file PATH [--label NAME]` cross-validates a table instead, for agreement checks.
/// Other options: `--rows N`, `--features N`, `--folds K`, `--seed N`, `--model SPEC`.
func runLogisticWorkload(arguments: [String]) {
  var options: [String: String] = [:]
  var index = 0
  while index + 1 < arguments.count, arguments[index].hasPrefix("--") {
    options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
    index += 2
  }
  let folds = Int(options["folds"] ?? "") ?? 5
  let seed = UInt64(options["seed"] ?? "") ?? 0
  do throws(FulcrumError) {
    let model = try ReferenceModel(spec: options["model"] ?? "logistic")
    let validation = CrossValidation(model: model, folds: folds, seed: seed)
    if let path = options["file"] {
      let dataset = try DatasetLoader.load(
        path: path, options: LoadOptions(label: options["label"]))
      let (seconds, result) = try timed(validation, dataset)
      report("fulcrum \(model)", seconds, result.evaluation)
      return
    }
    let rows = Int(options["rows"] ?? "") ?? 100_000
    let features = Int(options["features"] ?? "") ?? 20
    // About 30 % positives, with classes that overlap.
    let data = try BenchData(
      SyntheticData(rows: rows, features: features, classWeights: [0.7, 0.3], noise: 5),
      name: "logistic")
    let dataset = data.dataset
    let csvPath = data.path
    print("data: \(rows) rows × \(features) features, \(folds) folds (\(csvPath))")
    let (seconds, result) = try timed(validation, dataset)
    report("fulcrum \(model)", seconds, result.evaluation)
    // The reference pipeline is logistic regression; other models are timed alone.
    guard model == .logistic else { return }
    if let reference = scikitLearnSeconds(csvPath: csvPath, folds: folds) {
      print(
        String(format: "scikit-learn: %.3f s, balanced accuracy %.4f", reference.0, reference.1))
      print(
        String(format: "speed-up: %.2f× (scikit-learn time / fulcrum time)", reference.0 / seconds))
    } else {
      print("scikit-learn: not available (set FULCRUM_BENCH_PYTHON to a Python that has it)")
    }
  } catch {
    FileHandle.standardError.write(Data("fulcrum-bench: \(error.message)\n".utf8))
    exit(error.exitCode)
  }
}

private func timed(_ validation: CrossValidation, _ dataset: Dataset) throws(FulcrumError)
  -> (Double, CrossValidationResult)
{
  let start = DispatchTime.now().uptimeNanoseconds
  let result = try validation.run(dataset)!
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  return (seconds, result)
}

private func report(_ name: String, _ seconds: Double, _ evaluation: ModelEvaluation) {
  let balanced = evaluation.metrics.balancedAccuracy ?? .nan
  let spread = evaluation.foldSpread?["balancedAccuracy"]?.standardDeviation ?? .nan
  print(
    String(
      format: "%@: %.3f s, balanced accuracy %.4f (fold std %.4f)", name, seconds, balanced, spread)
  )
  if !evaluation.leftOutColumns.isEmpty {
    print("left out: \(evaluation.leftOutColumns.joined(separator: ", "))")
  }
  for warning in evaluation.warnings { print("warning: \(warning)") }
}

/// Seconds and balanced accuracy of scikit-learn's pipeline, timed inside Python after the
/// table is loaded; nil when no suitable Python is found.
private func scikitLearnSeconds(csvPath: String, folds: Int) -> (Double, Double)? {
  let python =
    ProcessInfo.processInfo.environment["FULCRUM_BENCH_PYTHON"] ?? "/work/venv/bin/python"
  guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
  let script = """
    import sys, time, numpy as np
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.metrics import balanced_accuracy_score
    table = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
    X, y = table[:, :-1], table[:, -1]
    start = time.perf_counter()
    folds = StratifiedKFold(int(sys.argv[2]), shuffle=True, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression())
    predicted = cross_val_predict(model, X, y, cv=folds)
    print(time.perf_counter() - start, balanced_accuracy_score(y, predicted))
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = ["-c", script, csvPath, String(folds)]
  let output = Pipe()
  process.standardOutput = output
  do { try process.run() } catch { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let fields = String(decoding: data, as: UTF8.self).split(separator: " ")
  guard process.terminationStatus == 0, fields.count == 2, let seconds = Double(fields[0]),
    let balanced = Double(fields[1].trimmingCharacters(in: .whitespacesAndNewlines))
  else { return nil }
  return (seconds, balanced)
}
