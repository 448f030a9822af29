import Dispatch
import Foundation
import FulcrumCore

/// Times SMOTE (k = 5) on a synthetic binary set — by default 100 000 rows × 20 features
/// with a 95/5 class split — and, in the same run, imbalanced-learn's SMOTE on the very
/// same numbers, then prints both times and their ratio.
///
/// Options: `--rows N`, `--features D`, `--minority FRACTION`, `--repeats R`,
/// `--python PATH` (default /work/venv/bin/python), `--no-python`.
func runSMOTEWorkload(arguments: [String]) {
  var rows = 100_000
  var width = 20
  var minorityShare = 0.05
  var repeats = 5
  var python: String? = "/work/venv/bin/python"
  var position = 0
  func value() -> String {
    position += 1
    guard position < arguments.count else {
      print("smote: \(arguments[position - 1]) needs a value")
      exit(2)
    }
    return arguments[position]
  }
  while position < arguments.count {
    switch arguments[position] {
    case "--rows": rows = Int(value()) ?? rows
    case "--features": width = Int(value()) ?? width
    case "--minority": minorityShare = Double(value()) ?? minorityShare
    case "--repeats": repeats = max(1, Int(value()) ?? repeats)
    case "--python": python = value()
    case "--no-python": python = nil
    default:
      print("smote: unknown option \(arguments[position])")
      exit(2)
    }
    position += 1
  }

  let set = imbalancedGaussianSet(rows: rows, features: width, minorityShare: minorityShare)
  print("smote workload: \(rows) rows × \(width) features, classes \(set.classCounts), k = 5")
  let strategy = SMOTE(k: 5)
  var best = Double.infinity
  var counts: [Int] = []
  for round in 0..<repeats {
    var generator = SeededGenerator(seed: UInt64(round))
    let start = DispatchTime.now().uptimeNanoseconds
    let outcome: StrategyOutcome
    do {
      outcome = try strategy.apply(to: set, using: &generator)
    } catch {
      print("smote: \(error.message)")
      exit(1)
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    counts = outcome.trainingSet.classCounts
  }
  print(
    String(
      format: "fulcrum SMOTE:          %8.4f s (best of %d), classes after %@",
      best, repeats, "\(counts)"))
  guard let python else { return }
  guard let reference = timeReferenceSMOTE(set, python: python, repeats: repeats) else {
    print("imbalanced-learn SMOTE: not measured (\(python) could not run it)")
    return
  }
  print(String(format: "imbalanced-learn SMOTE: %8.4f s (best of %d)", reference, repeats))
  print(String(format: "ratio fulcrum / imbalanced-learn: %.3f (target < 0.5)", best / reference))
}

/// A seeded two-class set: class 0 centred at 0, class 1 shifted by 1 in the first half
/// of the features, unit-variance Gaussian noise everywhere.
func imbalancedGaussianSet(rows: Int, features: Int, minorityShare: Double) -> TrainingSet {
  var generator = SeededGenerator(seed: 20_240_601)
  let minority = Int((Double(rows) * minorityShare).rounded())
  var values = [Double](repeating: 0, count: rows * features)
  var labels = [Int](repeating: 0, count: rows)
  // Every (rows / minority)-th row is in the minority, spread through the file.
  let stride = max(1, rows / max(minority, 1))
  var placed = 0
  for row in Swift.stride(from: 0, to: rows, by: stride) where placed < minority {
    labels[row] = 1
    placed += 1
  }
  for row in 0..<rows {
    for j in 0..<features {
      let shift = labels[row] == 1 && j < features / 2 ? 1.0 : 0.0
      values[row * features + j] = shift + gaussian(&generator)
    }
  }
  return TrainingSet(
    features: values, featureCount: features, labels: labels, classNames: ["0", "1"])
}

private func gaussian(_ generator: inout SeededGenerator) -> Double {
  let u = max(Double(generator.next() >> 11) * 0x1p-53, 0x1p-60)
  let v = Double(generator.next() >> 11) * 0x1p-53
  return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
}

/// Writes the set to a temporary folder and times imbalanced-learn's SMOTE on it.
private func timeReferenceSMOTE(_ set: TrainingSet, python: String, repeats: Int) -> Double? {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("fulcrum-bench-smote-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let featuresFile = folder.appendingPathComponent("features.f64")
  let labelsFile = folder.appendingPathComponent("labels.i64")
  let features = set.features.withUnsafeBytes { Data($0) }
  let labels = set.labels.map { Int64($0) }.withUnsafeBytes { Data($0) }
  do {
    try features.write(to: featuresFile)
    try labels.write(to: labelsFile)
  } catch {
    return nil
  }
  let script = """
    import sys, time
    import numpy as np
    from imblearn.over_sampling import SMOTE
    X = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, int(sys.argv[3]))
    y = np.fromfile(sys.argv[2], dtype=np.int64)
    best = float("inf")
    for seed in range(int(sys.argv[4])):
        start = time.perf_counter()
        SMOTE(k_neighbors=5, random_state=seed).fit_resample(X, y)
        best = min(best, time.perf_counter() - start)
    print(best)
    """
  let process = Process()
  process.executableURL = URL(fileURLWithPath: python)
  process.arguments = [
    "-c", script, featuresFile.path, labelsFile.path, "\(set.featureCount)", "\(repeats)",
  ]
  let output = Pipe()
  process.standardOutput = output
  do {
    try process.run()
  } catch {
    return nil
  }
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  guard process.terminationStatus == 0 else { return nil }
  return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
}
