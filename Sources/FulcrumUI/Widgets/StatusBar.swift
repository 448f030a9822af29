import FulcrumCore

/// The two bottom lines: where you are and what runs (status), and key hints.
public struct StatusBar {
  /// Where the user is, such as `Overview › german.csv`.
  public var location: String
  /// Progress or a message, shown on the right.
  public var activity: String
  public var activityRole: Role
  public var hints: [(key: String, text: String)]

  public init(
    location: String, activity: String = "", activityRole: Role = .status,
    hints: [(key: String, text: String)]
  ) {
    self.location = location
    self.activity = activity
    self.activityRole = activityRole
    self.hints = hints
  }

  /// Draws on the last two rows of `surface`.
  public func draw(on surface: Surface) {
    guard surface.height >= 2 else { return }
    let statusRow = surface.height - 2
    let width = surface.width
    surface.fill(Rect(row: statusRow, col: 0, height: 1, width: width), role: .status)
    // The activity may take whatever the location leaves free, and at least half.
    let locationWidth = DisplayText.width(location, charset: surface.charset) + 1
    let activityWidth = min(
      DisplayText.width(activity, charset: surface.charset),
      max(width / 2, width - locationWidth - 3))
    surface.put(
      " " + location, row: statusRow, col: 0, role: .status,
      maxWidth: width - activityWidth - 2)
    if activityWidth > 0 {
      surface.put(
        activity, row: statusRow, col: width - activityWidth - 1, width: activityWidth,
        align: .right, role: activityRole == .status ? .status : activityRole)
    }
    let hintRow = surface.height - 1
    surface.fill(Rect(row: hintRow, col: 0, height: 1, width: width))
    var x = 1
    for hint in hints {
      let needed =
        DisplayText.width(hint.key, charset: surface.charset)
        + DisplayText.width(hint.text, charset: surface.charset) + 3
      if x + needed > width { break }
      x += surface.put(hint.key, row: hintRow, col: x, role: .statusKey)
      x += surface.put(" " + hint.text, row: hintRow, col: x, role: .muted)
      x += 2
    }
  }
}
