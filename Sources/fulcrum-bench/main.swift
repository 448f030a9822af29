import Foundation

/// Benchmark workloads by subcommand name. Each lives in its own file and parses the rest
/// of the command line itself.
let workloads: [String: Workload] = [
  "load": loadWorkload,
  "logistic": Workload(
    summary: "logistic 5-fold cross-validation against scikit-learn [--rows N] [--features F] "
      + "| [--file PATH [--label COL]] [--model NAME] [--folds K] [--seed S]",
    run: { runLogisticWorkload(arguments: $0) }),
  "compare": Workload(
    summary: "baseline + 4 strategies × 5 folds on 100 000 × 20, 95/5, against imbalanced-learn",
    run: { runCompareWorkload(arguments: $0) }),
  "smote": Workload(
    summary: "SMOTE k=5 on 100 000 × 20, 95/5, against imbalanced-learn",
    run: { runSMOTEWorkload(arguments: $0) }),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let workload = workloads[name] else {
  var usage = "usage: fulcrum-bench WORKLOAD [options]\n\nworkloads:\n"
  for (name, workload) in workloads.sorted(by: { $0.key < $1.key }) {
    usage += "  \(name.padding(toLength: 10, withPad: " ", startingAt: 0))\(workload.summary)\n"
  }
  FileHandle.standardError.write(Data(usage.utf8))
  exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 2)
}
do {
  try workload.run(Array(arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("fulcrum-bench \(name): \(error)\n".utf8))
  exit(error.exitCode)
}
