import Foundation

/// Files and paths the dashboard's end-to-end tests share.
enum DashboardFixtures {
  /// 1000 rows like the German credit data: 700 `good` and 300 `bad`, label last.
  static func germanLikeCSV() -> String {
    var text = "age,amount,duration,housing,class\n"
    for row in 0..<1000 {
      let housing = ["own", "rent", "free"][row % 3]
      let label = row % 10 < 7 ? "good" : "bad"
      text += "\(19 + row % 50),\(250 + row * 17 % 18000),\(6 + row % 60),\(housing),\(label)\n"
    }
    return text
  }

  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The `fulcrum` executable built beside the test bundle.
  static func fulcrumBinary() throws -> String {
    let bundle = Bundle.main.bundleURL
    for folder in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("fulcrum").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw TmuxError("no fulcrum binary next to \(bundle.path); run swift build first")
  }
}
