import CNcursesw

/// Turns what curses' `wget_wch` returns into a `Key`.
enum KeyDecoder {
  /// Decodes a character (`isKeyCode` false) or a curses key code (`isKeyCode` true).
  static func decode(_ value: UInt32, isKeyCode: Bool) -> Key? {
    if isKeyCode {
      switch Int32(value) {
      case KEY_UP: return .up
      case KEY_DOWN: return .down
      case KEY_LEFT: return .left
      case KEY_RIGHT: return .right
      case KEY_HOME: return .home
      case KEY_END: return .end
      case KEY_PPAGE: return .pageUp
      case KEY_NPAGE: return .pageDown
      case KEY_ENTER: return .enter
      case KEY_BTAB: return .backTab
      case KEY_BACKSPACE: return .backspace
      case KEY_DC: return .delete
      case KEY_RESIZE: return .resize
      case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(Int32(value) - KEY_F0))
      default: return nil
      }
    }
    return decodeCharacter(value)
  }

  /// Decodes a character code as typed: control codes become named keys.
  static func decodeCharacter(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Decodes a curses mouse event: button 1 presses and the wheel; nil for the rest.
  static func decodeMouse(_ buttons: mmask_t, row: Int, col: Int) -> Key? {
    let kind: MouseEvent.Kind
    if buttons & fulcrum_button4_pressed() != 0 {
      kind = .wheelUp
    } else if buttons & fulcrum_button5_pressed() != 0 {
      kind = .wheelDown
    } else if buttons & (fulcrum_button1_pressed() | fulcrum_button1_clicked()) != 0 {
      kind = .press
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind: kind, row: row, col: col))
  }
}
