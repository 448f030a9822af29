import Foundation
import FulcrumCore

/// `fulcrum-bench logistic`: 5-fold cross-validated logistic regression on a synthetic
/// table (default 100 000 rows × 20 numeric features), timed against scikit-learn's
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
    let dataset = syntheticTable(rows: rows, features: features)
    let csvPath = NSTemporaryDirectory() + "fulcrum-bench-logistic-\(rows)x\(features).csv"
    writeCSV(dataset, to: csvPath)
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

/// Correlated Gaussian-like features on different scales and a label drawn from a
/// logistic model of them (about 30 % positives), fixed by a built-in seed.
private func syntheticTable(rows: Int, features: Int) -> Dataset {
  var state: UInt64 = 0x2545_F491_4F6C_DD1D
  func uniform() -> Double {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return (Double(state >> 11) + 0.5) / 9_007_199_254_740_992
  }
  func gaussian() -> Double {
    (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
  }
  var columns = (0..<features).map { _ in [Double](repeating: 0, count: rows) }
  var codes = [UInt32](repeating: 0, count: rows)
  // Every third feature is noise; the others matter less and less.
  var effects = [Double](repeating: 0, count: features)
  for j in 0..<features where j % 3 != 0 { effects[j] = 1.5 / Double(j + 1) }
  for row in 0..<rows {
    let shared = gaussian()
    var score = -1.2
    for j in 0..<features {
      let value = 0.6 * shared + gaussian()
      score += effects[j] * value
      columns[j][row] = value * Double(j + 1) + Double(j * 10)
    }
    codes[row] = uniform() < 1 / (1 + exp(-score)) ? 1 : 0
  }
  var table = columns.enumerated().map { Column(name: "x\($0)", storage: .numeric($1)) }
  table.append(Column(name: "label", storage: .categorical(codes: codes, levels: ["0", "1"])))
  return Dataset(path: "synthetic", format: "csv", columns: table, labelIndex: features)
}

private func writeCSV(_ dataset: Dataset, to path: String) {
  var text = dataset.columns.map(\.name).joined(separator: ",") + "\n"
  for row in 0..<dataset.rowCount {
    text += dataset.columns.map { $0.text(at: row) ?? "" }.joined(separator: ",") + "\n"
  }
  FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
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
