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

  /// Draws the help in a frame; when its lines do not fit the height, they flow into two
  /// columns, each as wide as its own lines need, so that no key is left out.
  public func draw(on surface: Surface) {
    let charset = surface.charset
    let content = lines(charset: charset)
    let columns = content.count + 3 <= surface.height - 2 ? 1 : 2
    let perColumn = (content.count + columns - 1) / columns
    let slices = (0..<columns).map { Array(content.dropFirst($0 * perColumn).prefix(perColumn)) }
    let keyWidths = slices.map { slice in
      slice.compactMap { $0.keys }.map { DisplayText.width($0, charset: charset) }.max() ?? 0
    }
    var widths = slices.indices.map { index in
      keyWidths[index] + 4
        + (slices[index].map { DisplayText.width($0.text, charset: charset) }.max() ?? 0)
    }
    // Too wide: take the excess from the wider column first.
    while widths.reduce(0, +) + 2 > surface.width - 2, let widest = widths.max(), widest > 12 {
      widths[widths.firstIndex(of: widest)!] -= 1
    }
    let width = min(surface.width - 2, widths.reduce(0, +) + 2)
    let height = min(surface.height - 2, perColumn + 3)
    guard width > 10, height > 3 else { return }
    let rect = Rect(
      row: (surface.height - height) / 2, col: (surface.width - width) / 2, height: height,
      width: width)
    let inside = Panel.draw(on: surface, rect: rect, title: "Help: \(screen.title)")
    let rows = inside.height - 1
    var left = 0
    for (index, slice) in slices.enumerated() {
      let area = inside.region(Rect(row: 0, col: left, height: rows, width: widths[index] - 1))
      let keyWidth = keyWidths[index]
      for (row, line) in slice.prefix(rows).enumerated() {
        if let keys = line.keys {
          area.put(keys, row: row, col: 1, width: keyWidth, align: .left, role: .accent)
          area.put(
            line.text, row: row, col: keyWidth + 3, width: max(0, area.width - keyWidth - 3),
            align: .left)
        } else {
          area.put(line.text, row: row, col: 0, role: .title)
        }
      }
      left += widths[index]
    }
    inside.put("? or q closes this help", row: inside.height - 1, col: 0, role: .muted)
  }

  private func keyList(_ binding: Keymap.Binding, _ charset: Charset) -> String {
    binding.keys.map { $0.label(charset: charset) }.joined(separator: " ")
  }
}
