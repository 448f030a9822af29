/// A framed box in the middle of the screen listing the keys of the current screen and
/// the global keys, built from the keymap.
public struct HelpOverlay {
  public var screen: ScreenID
  public var keymap: Keymap

  public init(screen: ScreenID, keymap: Keymap) {
    self.screen = screen
    self.keymap = keymap
  }

  /// The lines of the help: section headings (nil key) and key/description pairs.
  public func lines(charset: Charset) -> [(keys: String?, text: String)] {
    var lines: [(keys: String?, text: String)] = []
    let own = keymap.bindings.filter { $0.scope == .screen(screen) }
    if !own.isEmpty {
      lines.append((nil, "\(screen.title) keys"))
      for binding in own { lines.append((keyList(binding, charset), binding.help)) }
    }
    lines.append((nil, "Everywhere"))
    for binding in keymap.bindings where binding.scope == .global {
      lines.append((keyList(binding, charset), binding.help))
    }
    return lines
  }

  public func draw(on surface: Surface) {
    let charset = surface.charset
    let content = lines(charset: charset)
    let keyWidth =
      content.compactMap { $0.keys }.map { DisplayText.width($0, charset: charset) }
      .max() ?? 0
    let textWidth = content.map { DisplayText.width($0.text, charset: charset) }.max() ?? 0
    let width = min(surface.width - 2, keyWidth + textWidth + 6)
    let height = min(surface.height - 2, content.count + 3)
    guard width > 10, height > 3 else { return }
    let rect = Rect(
      row: (surface.height - height) / 2, col: (surface.width - width) / 2, height: height,
      width: width)
    let inside = Panel.draw(on: surface, rect: rect, title: "Help: \(screen.title)")
    let rows = inside.height - 1
    for (index, line) in content.prefix(rows).enumerated() {
      if let keys = line.keys {
        inside.put(keys, row: index, col: 1, width: keyWidth, align: .left, role: .accent)
        inside.put(line.text, row: index, col: keyWidth + 3, maxWidth: inside.width - keyWidth - 3)
      } else {
        inside.put(line.text, row: index, col: 0, role: .title)
      }
    }
    inside.put("? or q closes this help", row: inside.height - 1, col: 0, role: .muted)
  }

  private func keyList(_ binding: Keymap.Binding, _ charset: Charset) -> String {
    binding.keys.map { $0.label(charset: charset) }.joined(separator: " ")
  }
}
