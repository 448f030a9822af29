import Testing

@testable import FulcrumUI

@Suite("Keymap")
struct KeymapTests {
  let keymap = Keymap.standard

  @Test("no key is bound twice on any screen", arguments: ScreenID.allCases)
  func noDuplicateKeys(_ screen: ScreenID) {
    var seen: [Key: Action] = [:]
    for binding in keymap.bindings(on: screen) {
      for key in binding.keys {
        #expect(seen[key] == nil, "\(key) is bound to \(seen[key]!) and \(binding.action)")
        seen[key] = binding.action
      }
    }
  }

  @Test("every binding of a screen appears in that screen's help", arguments: ScreenID.allCases)
  func helpListsEveryBinding(_ screen: ScreenID) {
    let lines = HelpOverlay(screen: screen, keymap: keymap).lines(charset: .unicode)
    for binding in keymap.bindings(on: screen) {
      let keys = binding.keys.map { $0.label(charset: .unicode) }.joined(separator: " ")
      #expect(lines.contains { $0.keys == keys && $0.text == binding.help })
    }
  }

  @Test("the help drawn on screen shows every key and description", arguments: ScreenID.allCases)
  func helpDrawn(_ screen: ScreenID) {
    let grid = CellGrid(width: 100, height: 40)
    HelpOverlay(screen: screen, keymap: keymap).draw(on: grid)
    let text = grid.render()
    for binding in keymap.bindings(on: screen) {
      #expect(text.contains(binding.help))
    }
    #expect(text.contains("Help: \(screen.title)"))
  }

  @Test("every action has a key")
  func everyActionBound() {
    let bound = Set(keymap.bindings.map(\.action))
    for action in Action.allCases {
      #expect(bound.contains(action), "\(action.rawValue) has no key")
    }
  }

  @Test("dispatch goes through the table")
  func dispatch() {
    #expect(keymap.action(for: .character("j"), on: .overview) == .moveDown)
    #expect(keymap.action(for: .down, on: .data) == .moveDown)
    #expect(keymap.action(for: .character("l"), on: .data) == .moveRight)
    #expect(keymap.action(for: .character("l"), on: .datasets) == nil)
    #expect(keymap.action(for: .enter, on: .datasets) == .open)
    #expect(keymap.action(for: .enter, on: .overview) == nil)
    #expect(keymap.action(for: .character("G"), on: .datasets) == .last)
    #expect(keymap.action(for: .character("3"), on: .datasets) == .showData)
    #expect(keymap.action(for: .control("c"), on: .data) == .quit)
  }

  @Test("status-bar hints come from the bindings that have one")
  func hints() {
    let hints = keymap.hints(on: .datasets, charset: .unicode)
    #expect(hints.map(\.key) == ["Enter", "↓", "Tab", "?", "q", ":"])
    #expect(hints.map(\.text) == ["open", "move", "screen", "help", "back/quit", "commands"])
    #expect(!keymap.hints(on: .overview, charset: .unicode).contains { $0.text == "open" })
  }

  @Test("terminal key codes decode to keys")
  func decoding() {
    #expect(KeyDecoder.decodeCharacter(3) == .control("c"))
    #expect(KeyDecoder.decodeCharacter(13) == .enter)
    #expect(KeyDecoder.decodeCharacter(9) == .tab)
    #expect(KeyDecoder.decodeCharacter(27) == .escape)
    #expect(KeyDecoder.decodeCharacter(0x71) == .character("q"))
    #expect(KeyDecoder.decodeCharacter(0x674E) == .character("李"))
  }
}
