import FulcrumCore

/// A box over the screen listing named actions, narrowed by fuzzy matching as the user
/// types; each line shows the action, what it does, and its key.
public struct CommandPalette: Sendable {
  /// One action the palette offers.
  public struct Entry: Sendable, Equatable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    /// Why the action cannot run now, or nil when it can.
    public var unavailable: String?

    public init(action: Action, keys: [Key], help: String, unavailable: String? = nil) {
      self.action = action
      self.keys = keys
      self.help = help
      self.unavailable = unavailable
    }

    /// The action's name as typed in the palette: `next screen` for `next-screen`.
    public var name: String { action.rawValue.replacingOccurrences(of: "-", with: " ") }

    /// The keys as the terminal can show them, such as `↓ j` (or `v j` in ASCII).
    public func keyLabels(charset: Charset) -> String {
      keys.map { $0.label(charset: charset) }.joined(separator: " ")
    }
  }

  public var entries: [Entry]
  public var query = ""
  /// Index into `matches` of the highlighted line.
  public var selected = 0

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// The entries matching the query, best first; a match in the name outranks one found
  /// only in the description, and ties keep the keymap's order.
  public var matches: [Entry] {
    guard !query.isEmpty else { return entries }
    let scored = entries.enumerated().compactMap { offset, entry -> (Int, Int, Entry)? in
      let byName = FuzzyMatch.score(query, in: entry.name).map { $0 + 100 }
      let byHelp = FuzzyMatch.score(query, in: entry.help)
      guard let score = [byName, byHelp].compactMap({ $0 }).max() else { return nil }
      return (score, offset, entry)
    }
    return scored.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.map(\.2)
  }

  /// The highlighted entry, if anything matches.
  public var selectedEntry: Entry? {
    let found = matches
    return found.isEmpty ? nil : found[min(selected, found.count - 1)]
  }

  /// Handles typing and moving; returns false for keys the palette leaves to its owner
  /// (Enter, Esc).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .up, .control("p"):
      selected = max(0, selected - 1)
    case .down, .control("n"), .tab:
      selected = min(max(0, matches.count - 1), selected + 1)
    case .character(let character):
      query.append(character)
      selected = 0
    case .backspace, .delete:
      if !query.isEmpty { query.removeLast() }
      selected = 0
    case .control("u"):
      query = ""
      selected = 0
    default:
      return false
    }
    return true
  }

  /// Draws the palette as a framed box near the top of `surface`.
  public func draw(on surface: Surface) {
    let charset = surface.charset
    let width = min(surface.width - 2, 76)
    let found = matches
    let listRows = max(1, min(found.count, surface.height - 8))
    let height = min(surface.height - 2, listRows + 4)
    guard width > 20, height > 4 else { return }
    let rect = Rect(row: 1, col: (surface.width - width) / 2, height: height, width: width)
    let inside = Panel.draw(on: surface, rect: rect, title: "Commands")
    let used = inside.put(": ", row: 0, col: 0, role: .accent)
    let typed = inside.put(query, row: 0, col: used, maxWidth: inside.width - used - 1)
    inside.put(" ", row: 0, col: used + typed, role: .selection)
    let list = inside.region(
      Rect(row: 1, col: 0, height: inside.height - 2, width: inside.width))
    guard !found.isEmpty else {
      list.put("no action matches '\(query)'", row: 0, col: 1, role: .muted)
      inside.put("Esc closes", row: inside.height - 1, col: 0, role: .muted)
      return
    }
    let current = min(selected, found.count - 1)
    var scroll = ScrollState(selected: current)
    scroll.reveal(visible: list.height, count: found.count)
    let nameWidth = min(16, found.map { DisplayText.width($0.name, charset: charset) }.max() ?? 0)
    for (offset, entry) in found.dropFirst(scroll.top).prefix(list.height).enumerated() {
      let isSelected = scroll.top + offset == current
      let role: Role = isSelected ? .selection : .text
      list.fill(Rect(row: offset, col: 0, height: 1, width: list.width), role: role)
      let keys = entry.keyLabels(charset: charset)
      let keyWidth = DisplayText.width(keys, charset: charset)
      list.put(entry.name, row: offset, col: 1, width: nameWidth, align: .left, role: role)
      let detail = entry.unavailable.map { "unavailable: \($0)" } ?? entry.help
      let detailRole: Role =
        isSelected ? .selection : (entry.unavailable == nil ? .muted : .warning)
      list.put(
        detail, row: offset, col: nameWidth + 3, role: detailRole,
        maxWidth: max(0, list.width - nameWidth - keyWidth - 5))
      list.put(
        keys, row: offset, col: list.width - keyWidth - 1,
        role: isSelected ? .selection : .accent)
    }
    inside.put(
      "\(charset.upArrow)\(charset.downArrow) choose  Enter runs  Esc closes",
      row: inside.height - 1, col: 0, role: .muted)
  }
}
