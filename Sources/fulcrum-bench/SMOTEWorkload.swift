import Dispatch
import Foundation
import FulcrumCore

/// Times SMOTE (k = 5) on a `SyntheticData` binary set — by default 100 000 rows × 20
/// features with a 95/5 class split — and, in the same run, imbalanced-learn's SMOTE on the very
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

  let set: TrainingTable
  do {
    set = try BenchData(
      SyntheticData(
        rows: rows, features: width, classWeights: [1 - minorityShare, minorityShare],
        noise: 5),
      name: "smote"
    ).trainingTable
  } catch {
    print("smote: \(error.message)")
    exit(1)
  }
  print("smote workload: \(rows) rows × \(width) features, classes \(set.classCounts), k = 5")
  // The reference runs in a helper process that waits for a line per round, so both
  // sides alternate and share whatever load the machine has at the time.
  let reference = python.flatMap { ReferenceSMOTE(set, python: $0) }
  let strategy = SMOTE(k: 5)
  var best = Double.infinity
  var bestReference = Double.infinity
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
    if let seconds = reference?.runOnce(seed: round) { bestReference = min(bestReference, seconds) }
  }
  print(
    String(
      format: "fulcrum SMOTE:          %8.4f s (best of %d), classes after %@",
      best, repeats, "\(counts)"))
  guard python != nil else { return }
  guard bestReference.isFinite else {
    print("imbalanced-learn SMOTE: not measured (\(python!) could not run it)")
    return
  }
  print(String(format: "imbalanced-learn SMOTE: %8.4f s (best of %d)", bestReference, repeats))
  print(
    String(format: "ratio fulcrum / imbalanced-learn: %.3f (target < 0.5)", best / bestReference))
}

/// imbalanced-learn's SMOTE in a Python process that has loaded the same numbers and
/// times one `fit_resample` per line it reads.
private final class ReferenceSMOTE {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let folder: URL

  init?(_ set: TrainingTable, python: String) {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-bench-smote-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let featuresFile = folder.appendingPathComponent("features.f64")
    let labelsFile = folder.appendingPathComponent("labels.i64")
    do {
      try set.features.withUnsafeBytes { Data($0) }.write(to: featuresFile)
      try set.labels.map { Int64($0) }.withUnsafeBytes { Data($0) }.write(to: labelsFile)
    } catch {
      return nil
    }
    let script = """
      import sys, time
      import numpy as np
      from imblearn.over_sampling import SMOTE
      X = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, int(sys.argv[3]))
      y = np.fromfile(sys.argv[2], dtype=np.int64)
      print("ready", flush=True)
      for line in sys.stdin:
          start = time.perf_counter()
          SMOTE(k_neighbors=5, random_state=int(line)).fit_resample(X, y)
          print(time.perf_counter() - start, flush=True)
      """
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script, featuresFile.path, labelsFile.path, "\(set.featureCount)"]
    process.standardInput = input
    process.standardOutput = output
    do {
      try process.run()
    } catch {
      return nil
    }
    guard readLine() == "ready" else { return nil }
  }

  deinit {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: folder)
  }

  /// Seconds for one run, or `nil` if the process failed.
  func runOnce(seed: Int) -> Double? {
    input.fileHandleForWriting.write(Data("\(seed)\n".utf8))
    return readLine().flatMap { Double($0) }
  }

  private func readLine() -> String? {
    var bytes: [UInt8] = []
    while true {
      let chunk = output.fileHandleForReading.readData(ofLength: 1)
      guard let byte = chunk.first else { return nil }
      if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
  }
}
