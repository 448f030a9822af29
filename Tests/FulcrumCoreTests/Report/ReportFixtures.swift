import FulcrumCore

/// Small literal datasets shared by the report tests.
enum ReportFixtures {
  /// Four applicants: one bad risk, three good; one age missing.
  static let credit = Dataset(
    path: "credit.csv", format: "csv",
    columns: [
      Column(
        name: "sex", storage: .categorical(codes: [1, 0, 1, 1], levels: ["female", "male"])),
      Column(name: "age", storage: .numeric([22, 35.5, .nan, 41])),
      Column(name: "risk", storage: .categorical(codes: [0, 1, 1, 1], levels: ["bad", "good"])),
    ],
    labelIndex: 2)

  /// Three rows of a single class: ratios are undefined.
  static let oneClass = Dataset(
    path: "same.csv", format: "csv",
    columns: [
      Column(name: "x", storage: .numeric([.nan, .nan, .nan])),
      Column(name: "y", storage: .categorical(codes: [0, 0, 0], levels: ["yes"])),
    ],
    labelIndex: 1)
}

extension ReportFixtures {
  /// REFERENCE M1: truth and predictions in columns, class 4 only ever predicted.
  static let m1 = Dataset(
    path: "m1.csv", format: "csv",
    columns: [
      Column(name: "pred", storage: .numeric([0, 0, 0, 0, 1, 4, 1, 1, 0, 2, 0, 0])),
      Column(
        name: "y",
        storage: .categorical(
          codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3], levels: ["0", "1", "2", "3"])),
    ],
    labelIndex: 1)

  /// REFERENCE F1: ten rows, groups M×6 and F×4, positive label 1, and F1's row weights.
  static let f1 = Dataset(
    path: "f1.csv", format: "csv",
    columns: [
      Column(
        name: "group",
        storage: .categorical(codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1], levels: ["M", "F"])),
      Column(name: "w", storage: .numeric([2, 1, 1, 1, 1, 1, 1, 1, 1, 3])),
      Column(name: "pred", storage: .numeric([1, 1, 0, 1, 0, 0, 1, 0, 0, 0])),
      Column(
        name: "y",
        storage: .categorical(codes: [1, 1, 1, 0, 0, 0, 1, 1, 0, 0], levels: ["0", "1"])),
    ],
    labelIndex: 3)

  /// The M1 evaluation as a result entry.
  static func m1Result() throws -> ResultEntry {
    let evaluation = try PredictionAudit.evaluate(m1, predicted: "pred")
    return ResultEntry(strategy: "baseline", evaluation: evaluation)
  }
}
