import Foundation
import FulcrumCore

/// `load`: loading throughput and peak memory, on a synthetic numeric CSV or a given file.
let loadWorkload = Workload(
  summary: "load throughput and peak memory [--rows N] [--features F] "
    + "[--classes w1,w2,…] [--seed S] [--repeat R] | [--file PATH [--label COL]]",
  run: runLoadBenchmark)

@Sendable
private func runLoadBenchmark(_ arguments: [String]) throws(FulcrumError) {
  let options = try BenchOptions(
    arguments, known: ["rows", "features", "classes", "seed", "repeat", "file", "label"])
  let repeats = try options.integer("repeat", default: 1)
  var path: String
  var title: String
  if let file = options.text("file") {
    path = file
    title = file
  } else {
    let settings = SyntheticData(
      rows: try options.integer("rows", default: 1_000_000),
      features: try options.integer("features", default: 20),
      classWeights: try options.numbers("classes", default: [0.9, 0.1]),
      seed: try options.seed("seed", default: 1))
    path = NSTemporaryDirectory() + "fulcrum-bench-\(getpid()).csv"
    try settings.writeCSV(toFile: path)
    title =
      "\(settings.rows) rows × \(settings.features) features + label, "
      + "\(settings.classWeights.count) classes, seed \(settings.seed)"
  }
  defer { if options.text("file") == nil { unlink(path) } }
  let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  // A file just written or read is in the page cache: the timed load measures parsing.
  let baseline = ResourceUsage.peakResidentBytes()

  // The best of several loads: other processes on the machine only ever slow one down.
  var cpuSeconds = Double.infinity
  var seconds = Double.infinity
  var dataset: Dataset? = nil
  for _ in 0..<repeats {
    dataset = nil
    let start = ResourceUsage.now()
    let startCPU = ResourceUsage.threadTime()
    dataset = try DatasetLoader.load(path: path, options: LoadOptions(label: options.text("label")))
    cpuSeconds = min(cpuSeconds, ResourceUsage.threadTime() - startCPU)
    seconds = min(seconds, ResourceUsage.now() - start)
  }
  let peak = ResourceUsage.peakResidentBytes()
  guard let dataset else { return }

  // What the parsed values occupy: 8 bytes per number, 4 per category code.
  let parsed = dataset.columns.reduce(0) { $0 + $1.count * ($1.isNumeric ? 8 : 4) }
  let megabytes = Double(fileBytes) / 1_000_000
  print(
    """
    load: \(title)
      file          \(ResourceUsage.mebibytes(fileBytes))
      time          \(String(format: "%.3f s CPU, %.3f s wall", cpuSeconds, seconds))
      throughput    \(String(format: "%.0f MB/s", megabytes / cpuSeconds)) on one core \
    (\(String(format: "%.0f MB/s", megabytes / seconds)) by the wall clock)
      parsed        \(ResourceUsage.mebibytes(parsed)) (numbers and category codes)
      peak RSS      \(ResourceUsage.mebibytes(peak)) \
    (\(String(format: "%.2f", Double(peak) / Double(parsed)))× parsed; \
    \(ResourceUsage.mebibytes(baseline)) before loading)
      rows read     \(dataset.rowCount), classes \(dataset.classNames.joined(separator: ",")); \
    best of \(repeats) load\(repeats == 1 ? "" : "s")
    """)
}
