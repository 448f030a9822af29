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
