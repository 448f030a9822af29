extension Keymap {
  /// Keys for the habits users bring from other terminal programs: a command palette,
  /// search, export and theme switching. Global, so every screen answers them.
  static let habitBindings: [Binding] = [
    Binding(
      keys: [.character(":")], action: .commandPalette, scope: .global,
      help: "command palette: type to find any action, Enter runs it", hint: "commands"),
    Binding(
      keys: [.character("/")], action: .search, scope: .global,
      help: "search the list or table on this screen", hint: nil),
    Binding(
      keys: [.character("n")], action: .searchNext, scope: .global,
      help: "next search match", hint: nil),
    Binding(
      keys: [.character("N")], action: .searchPrevious, scope: .global,
      help: "previous search match", hint: nil),
    Binding(
      keys: [.character("e")], action: .export, scope: .global,
      help: "export this screen's report to a file (.json or .md)", hint: nil),
    Binding(
      keys: [.character("t")], action: .cycleTheme, scope: .global,
      help: "switch to the next colour theme", hint: nil),
  ]
}
