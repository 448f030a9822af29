import Testing

@testable import FulcrumUI

@Suite("Help overlay")
struct HelpOverlayTests {
  @Test(
    "at 80x24 every key of the screen and every global key is listed", arguments: ScreenID.allCases)
  func everyKeyAt80x24(_ screen: ScreenID) {
    let grid = CellGrid(width: 80, height: 24)
    HelpOverlay(screen: screen, keymap: .standard).draw(on: grid)
    let lines = grid.render().split(separator: "\n").map(String.init)
    for binding in Keymap.standard.bindings(on: screen) {
      let keys = binding.keys.map { $0.label(charset: .unicode) }.joined(separator: " ")
      // The help's first words appear after the key list on some line.
      let start = String(binding.help.prefix(12))
      #expect(
        lines.contains { $0.contains(" \(keys) ") && $0.contains(start) },
        "\(keys) (\(binding.help)) is missing from the help of \(screen.title)")
    }
  }

  @Test("help that fits the height stays in one column")
  func oneColumn() {
    let grid = CellGrid(width: 80, height: 40)
    HelpOverlay(screen: .datasets, keymap: .standard).draw(on: grid)
    let lines = grid.render().split(separator: "\n").map(String.init)
    let enter = lines.first { $0.contains("Enter") }
    #expect(enter?.contains("load the selected dataset and show its overview") == true)
    #expect(!lines.contains { $0.contains("Everywhere") && $0.contains("Enter") })
  }
}
