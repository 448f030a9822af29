import CNcursesw
import FulcrumCore

/// The terminal screen as a `Surface`: cells go to curses' standard screen, roles become
/// colour pairs and attributes from the theme.
///
/// Only the main thread may use it: Debian's ncursesw is not thread-safe.
final class CursesSurface: Surface {
  let charset: Charset
  private let window: UnsafeMutablePointer<WINDOW>
  /// Curses attributes and colour pair for each role, by `Role.allCases` index.
  private var looks: [Role: (attributes: attr_t, pair: Int16)] = [:]
  private var buffer: [wchar_t] = []

  init(window: UnsafeMutablePointer<WINDOW>, charset: Charset) {
    self.window = window
    self.charset = charset
  }

  var width: Int { Int(getmaxx(window)) }
  var height: Int { Int(getmaxy(window)) }

  /// Sets up one colour pair per role from `theme` at `depth`.
  func apply(theme: Theme, depth: ColorDepth) {
    looks = [:]
    for (index, role) in Role.allCases.enumerated() {
      let resolved = theme.resolve(role, depth: depth)
      var pair: Int16 = 0
      if depth != .mono, resolved.foreground != -1 || resolved.background != -1 {
        pair = Int16(index + 1)
        init_extended_pair(Int32(pair), resolved.foreground, resolved.background)
      }
      looks[role] = (CursesSurface.cursesAttributes(resolved.attributes), pair)
    }
  }

  static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
    var result = fulcrum_a_normal()
    if attributes.contains(.bold) { result |= fulcrum_a_bold() }
    if attributes.contains(.dim) { result |= fulcrum_a_dim() }
    if attributes.contains(.underline) { result |= fulcrum_a_underline() }
    if attributes.contains(.reverse) { result |= fulcrum_a_reverse() }
    return result
  }

  func setCell(row: Int, col: Int, grapheme: String, cellWidth: Int, role: Role) {
    let look = looks[role] ?? (fulcrum_a_normal(), 0)
    wattr_set(window, look.attributes, look.pair, nil)
    buffer.removeAll(keepingCapacity: true)
    for scalar in grapheme.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
    buffer.append(0)
    if row == height - 1, col + cellWidth >= width {
      // Adding at the bottom-right cell would scroll the screen; inserting there does not.
      _ = mvwins_nwstr(window, Int32(row), Int32(col), buffer, Int32(buffer.count - 1))
    } else {
      _ = mvwaddnwstr(window, Int32(row), Int32(col), buffer, Int32(buffer.count - 1))
    }
  }
}
