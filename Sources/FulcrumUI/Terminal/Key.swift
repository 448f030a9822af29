import FulcrumCore

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// Control plus a letter, such as ^C (`control("c")`).
  case control(Character)
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case enter
  case tab
  case backTab
  case escape
  case backspace
  case delete
  case function(Int)
  /// The terminal changed size.
  case resize
  /// A mouse button or wheel event (only with `--mouse`).
  case mouse(MouseEvent)

  /// How help and hints write the key.
  public func label(charset: Charset) -> String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "^" + letter.uppercased()
    case .up: charset.upArrow
    case .down: charset.downArrow
    case .left: charset.leftArrow
    case .right: charset.rightArrow
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .function(let number): "F\(number)"
    case .resize: "resize"
    case .mouse: "mouse"
    }
  }
}

/// A mouse event at a terminal cell, counted from the top-left corner (0, 0).
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    case press
    case wheelUp
    case wheelDown
  }

  public var kind: Kind
  public var row: Int
  public var col: Int

  public init(kind: Kind, row: Int, col: Int) {
    self.kind = kind
    self.row = row
    self.col = col
  }
}
