import FulcrumCore

/// A framed box in the middle of the screen listing the keys of the current screen and
/// the global keys, built from the keymap, with the reason any of them cannot be used now.
public struct HelpOverlay {
  public var screen: ScreenID
  public var keymap: Keymap
  /// Why an action cannot run at the moment, such as "load a dataset first".
  public var unavailable: [Action: String]
  /// The first line shown, when the help is taller than the screen.
  public var top = 0

  public init(screen: ScreenID, keymap: Keymap, unavailable: [Action: String] = [:]) {
    self.screen = screen
    self.keymap = keymap
    self.unavailable = unavailable
  }

  /// The lines of the help: section headings (nil key) and key/description pairs, with a
  /// note when the action is unavailable.
  public func lines(charset: Charset) -> [(keys: String?, text: String, note: String?)] {
    var lines: [(keys: String?, text: String, note: String?)] = []
    let own = keymap.bindings.filter { $0.scope == .screen(screen) }
    if !own.isEmpty {
      lines.append((nil, "\(screen.title) keys", nil))
      for binding in own { lines.append(line(binding, charset)) }
    }
    lines.append((nil, "Everywhere", nil))
    for binding in keymap.bindings where binding.scope == .global {
      lines.append(line(binding, charset))
    }
    return lines
  }

  private func line(_ binding: Keymap.Binding, _ charset: Charset)
    -> (keys: String?, text: String, note: String?)
  {
    let note = unavailable[binding.action].map { "\(binding.action.rawValue): \($0)" }
    return (keyList(binding, charset), binding.help, note)
  }

  /// One row of the drawn help: a heading, a key and its description, or the reason
  /// the action above it is unavailable (on a row of its own so it is never cut off).
  private enum Row {
    case heading(String)
    case binding(keys: String, text: String)
    case note(String)
  }

  private func rows(charset: Charset) -> [Row] {
    lines(charset: charset).flatMap { line -> [Row] in
      guard let keys = line.keys else { return [.heading(line.text)] }
      let row = Row.binding(keys: keys, text: line.text)
      return line.note.map { [row, .note("(\($0))")] } ?? [row]
    }
  }

  public func draw(on surface: Surface) {
    let charset = surface.charset
    let content = rows(charset: charset)
    let keyWidth =
      lines(charset: charset).compactMap { $0.keys }
      .map { DisplayText.width($0, charset: charset) }.max() ?? 0
    let textWidth =
      content.map { row -> Int in
        switch row {
        case .heading(let text), .binding(_, let text), .note(let text):
          DisplayText.width(text, charset: charset)
        }
      }.max() ?? 0
    let width = min(surface.width - 2, keyWidth + textWidth + 6)
    let height = min(surface.height - 2, content.count + 3)
    guard width > 10, height > 3 else { return }
    let rect = Rect(
      row: (surface.height - height) / 2, col: (surface.width - width) / 2, height: height,
      width: width)
    let inside = Panel.draw(on: surface, rect: rect, title: "Help: \(screen.title)")
    let visible = inside.height - 1
    let first = min(max(0, top), max(0, content.count - visible))
    let textColumn = keyWidth + 3
    for (index, row) in content.dropFirst(first).prefix(visible).enumerated() {
      switch row {
      case .heading(let text):
        inside.put(text, row: index, col: 0, role: .title)
      case .binding(let keys, let text):
        inside.put(keys, row: index, col: 1, width: keyWidth, align: .left, role: .accent)
        inside.put(text, row: index, col: textColumn, maxWidth: inside.width - textColumn)
      case .note(let text):
        inside.put(
          text, row: index, col: textColumn + 2, role: .warning,
          maxWidth: inside.width - textColumn - 2)
      }
    }
    var footer = "? or q closes this help"
    if content.count > visible {
      let last = min(content.count, first + visible)
      footer =
        "\(charset.upArrow)\(charset.downArrow) scroll (\(first + 1)-\(last) of "
        + "\(content.count))  " + footer
    }
    inside.put(footer, row: inside.height - 1, col: 0, role: .muted)
  }

  /// The largest useful `top` on a surface `height` rows tall (0 when everything fits).
  public func maximumTop(height: Int, charset: Charset) -> Int {
    let count = rows(charset: charset).count
    let visible = min(height - 2, count + 3) - 3
    return max(0, count - visible)
  }

  private func keyList(_ binding: Keymap.Binding, _ charset: Charset) -> String {
    binding.keys.map { $0.label(charset: charset) }.joined(separator: " ")
  }
}
