import FulcrumCore

@testable import FulcrumUI

/// Small literal datasets and a ready app for screen tests.
enum ScreenFixtures {
  /// Six people: age, city (with CJK and an escape sequence) and a good/bad label.
  static let credit = Dataset(
    path: "/data/credit.csv", format: "csv",
    columns: [
      Column(name: "age", storage: .numeric([25, 40, 33, .nan, 62, 19])),
      Column(
        name: "city",
        storage: .categorical(
          codes: [0, 1, 0, 2, 1, 1], levels: ["東京", "Paris", "\u{1B}[31mRed"])),
      Column(
        name: "class",
        storage: .categorical(codes: [0, 0, 0, 1, 0, 1], levels: ["good", "bad"])),
    ], labelIndex: 2)

  /// An app showing `credit` as a loaded file, on `screen`, with a clock that stands still.
  static func app(screen: ScreenID = .overview) -> DashboardApp {
    var entry = DatasetEntry(path: credit.path, origin: .file, byteSize: 120)
    entry.status = .loaded(LoadedDataset(credit))
    let sample = DatasetEntry(path: "/samples/iris.csv", origin: .sample, byteSize: 4600)
    let state = DashboardState(entries: [entry, sample], screen: screen)
    state.current = 0
    return DashboardApp(state: state, jobs: JobQueue(), label: nil, clock: { 100 })
  }
}
