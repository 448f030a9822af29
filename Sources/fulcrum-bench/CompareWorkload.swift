import Dispatch
import Foundation
import FulcrumCore

/// `fulcrum-bench compare`: the baseline and four strategies (random-over, random-under,
/// smote, class-weight) with logistic regression, 5 folds each, on a `SyntheticData`
/// table — by default 100 000 rows × 20 features with a 95/5 split — timed against the
/// same five scaler → sampler → `LogisticRegression` pipelines in scikit-learn and
/// imbalanced-learn, in the same run. Prints each strategy's balanced accuracy on both
/// sides with the difference, and the time ratio.
///
/// Options: `--rows N`, `--features F`, `--minority FRACTION`, `--noise SD`, `--folds K`,
/// `--python PATH` (default /work/venv/bin/python), `--no-python`.
func runCompareWorkload(arguments: [String]) {
  var options: [String: String] = [:]
  var index = 0
  var python: String? = "/work/venv/bin/python"
  while index < arguments.count {
    if arguments[index] == "--no-python" {
      python = nil
      index += 1
      continue
    }
    guard arguments[index].hasPrefix("--"), index + 1 < arguments.count else {
      print("compare: unknown or incomplete option \(arguments[index])")
      exit(2)
    }
    options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
    index += 2
  }
  if let path = options["python"] { python = path }
  let rows = Int(options["rows"] ?? "") ?? 100_000
  let features = Int(options["features"] ?? "") ?? 20
  let minority = Double(options["minority"] ?? "") ?? 0.05
  let noise = Double(options["noise"] ?? "") ?? 5
  let folds = Int(options["folds"] ?? "") ?? 5
  let specs = ["random-over", "random-under", "smote", "class-weight"]
  do throws(FulcrumError) {
    let settings = SyntheticData(
      rows: rows, features: features, classWeights: [1 - minority, minority], noise: noise)
    let data = try BenchData(settings, name: "compare")
    let counts = ClassDistribution(data.dataset).classes.map(\.count)
    print(
      "compare workload: \(rows) rows × \(features) features, classes \(counts),"
        + " noise \(formatNumber(noise)), \(specs.count + 1) strategies × \(folds) folds")
    print("data: \(data.path)")
    let comparison = try StrategyComparison(specs: specs, folds: folds)
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try comparison.run(data.dataset)!
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let reference = python.flatMap { referenceCompare(csvPath: data.path, folds: folds, $0) }
    let names = ["baseline"] + specs
    print("strategy        fulcrum  imbalanced-learn  difference")
    for (position, entry) in result.entries.enumerated() {
      let ours = entry.evaluation.metrics.balancedAccuracy ?? .nan
      var line = names[position].padding(toLength: 14, withPad: " ", startingAt: 0)
      line += String(format: "  %7.4f", ours)
      if let theirs = reference?.balanced[position] {
        line += String(format: "  %16.4f  %+10.4f", theirs, ours - theirs)
      }
      print(line)
    }
    print(String(format: "fulcrum compare:           %8.3f s", seconds))
    guard python != nil else { return }
    guard let reference else {
      print("imbalanced-learn: not measured (\(python!) could not run the pipelines)")
      return
    }
    print(String(format: "imbalanced-learn pipelines: %7.3f s", reference.seconds))
    print(
      String(
        format: "ratio fulcrum / imbalanced-learn: %.3f (target < 0.333)",
        seconds / reference.seconds))
  } catch {
    FileHandle.standardError.write(Data("fulcrum-bench compare: \(error.message)\n".utf8))
    exit(error.exitCode)
  }
}

/// The five pipelines in Python: seconds for all of them (after loading the table) and
/// the pooled out-of-fold balanced accuracy of each, in the order of the workload.
private func referenceCompare(csvPath: String, folds: Int, _ python: String) -> (
  seconds: Double, balanced: [Double]
)? {
  guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
  let script = """
    import sys, time, numpy as np
    from sklearn.preprocessing import StandardScaler
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.metrics import balanced_accuracy_score
    from imblearn.pipeline import make_pipeline
    from imblearn.over_sampling import RandomOverSampler, SMOTE
    from imblearn.under_sampling import RandomUnderSampler
    table = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
    X, y = table[:, :-1], table[:, -1].astype(int)
    pipelines = [
        make_pipeline(StandardScaler(), LogisticRegression()),
        make_pipeline(StandardScaler(), RandomOverSampler(random_state=0), LogisticRegression()),
        make_pipeline(StandardScaler(), RandomUnderSampler(random_state=0), LogisticRegression()),
        make_pipeline(StandardScaler(), SMOTE(k_neighbors=5, random_state=0), LogisticRegression()),
        make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced")),
    ]
    start = time.perf_counter()
    scores = []
    for model in pipelines:
        folds = StratifiedKFold(int(sys.argv[2]), shuffle=True, random_state=0)
        predicted = cross_val_predict(model, X, y, cv=folds)
        scores.append(balanced_accuracy_score(y, predicted))
    print(time.perf_counter() - start, *scores)
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = ["-c", script, csvPath, String(folds)]
  let output = Pipe()
  process.standardOutput = output
  do { try process.run() } catch { return nil }
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let fields = String(decoding: data, as: UTF8.self)
    .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
  guard process.terminationStatus == 0, fields.count == 6 else { return nil }
  return (fields[0], Array(fields[1...]))
}
