import Foundation
import Testing

@testable import FulcrumUI

/// Whole-screen goldens kept as text files next to the tests: the characters, then one
/// letter per cell for its role (colour) or a hex digit for its attributes (mono).
///
/// A missing golden is written and the test fails, so a new golden is always read by a
/// person before it counts; `FULCRUM_RECORD_GOLDENS=1` rewrites them all.
enum GoldenFile {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  /// A letter per role, for the colour goldens.
  static let roleLetters: [Role: Character] = [
    .text: ".", .muted: "m", .accent: "a", .selection: "S", .border: "b", .title: "T",
    .header: "h", .bar: "B", .barAlt: "A", .heat1: "1", .heat2: "2", .heat3: "3",
    .heat4: "4", .heat5: "5", .good: "g", .bad: "x", .warning: "w", .status: "s",
    .statusKey: "k", .tab: "t", .tabActive: "v",
  ]

  /// The grid's text and, under it, the role of every cell.
  static func colour(_ grid: CellGrid) -> String {
    grid.render() + "\n\n" + grid.renderRoles(roleLetters) + "\n"
  }

  /// The grid's text and, under it, the monochrome attributes of every cell as one hex
  /// digit (1 bold, 2 dim, 4 underline, 8 reverse) under the default theme.
  static func mono(_ grid: CellGrid) -> String {
    let theme = Theme.builtInDefault
    var lines: [String] = []
    for row in 0..<grid.height {
      lines.append(
        String(
          (0..<grid.width).map { col in
            let attributes = theme.resolve(grid[row, col].role, depth: .mono).attributes
            return Character(String(attributes.rawValue, radix: 16))
          }))
    }
    return grid.render() + "\n\n" + lines.joined(separator: "\n") + "\n"
  }

  /// Compares `actual` with the golden called `name`.
  static func check(
    _ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = folder.appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["FULCRUM_RECORD_GOLDENS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "wrote golden \(name).txt; read it, then run again", sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
  }
}
