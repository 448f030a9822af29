import FulcrumCore

/// A one-line text field on the bottom row of the screen: a label, the text typed so far,
/// and a block cursor after it. Used for search and for naming an export file.
public struct PromptLine: Sendable, Equatable {
  public var label: String
  public var text: String

  public init(label: String, text: String = "") {
    self.label = label
    self.text = text
  }

  /// Applies an editing key (a character, Backspace, ^U to clear, ^W to drop a word);
  /// returns false for keys that are not edits.
  public mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      text.append(character)
    case .backspace, .delete:
      if !text.isEmpty { text.removeLast() }
    case .control("u"):
      text = ""
    case .control("w"):
      while text.last == " " { text.removeLast() }
      while let last = text.last, last != " ", last != "/" { text.removeLast() }
    default:
      return false
    }
    return true
  }

  /// Draws over the last row of `surface`; long text keeps its end (where the cursor is)
  /// in view.
  public func draw(on surface: Surface) {
    guard surface.height > 0 else { return }
    let row = surface.height - 1
    let charset = surface.charset
    surface.fill(Rect(row: row, col: 0, height: 1, width: surface.width), role: .text)
    let labelWidth = surface.put(label, row: row, col: 1, role: .accent)
    let room = surface.width - labelWidth - 3
    guard room > 0 else { return }
    var shown = DisplayText.sanitize(text, charset: charset)
    while DisplayText.width(shown, charset: charset) > room - 1, !shown.isEmpty {
      shown.removeFirst()
    }
    let used = surface.put(shown, row: row, col: 1 + labelWidth, maxWidth: room)
    surface.put(" ", row: row, col: 1 + labelWidth + used, role: .selection)
  }
}
