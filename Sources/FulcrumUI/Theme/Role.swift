/// What a piece of the screen is for; a theme gives each role its colours and attributes.
public enum Role: String, CaseIterable, Sendable {
  case text
  case muted
  case accent
  case selection
  case border
  case title
  case header
  case bar
  case barAlt = "bar-alt"
  case heat1 = "heat-1"
  case heat2 = "heat-2"
  case heat3 = "heat-3"
  case heat4 = "heat-4"
  case heat5 = "heat-5"
  case good
  case bad
  case warning
  case status
  case statusKey = "status-key"
  case tab
  case tabActive = "tab-active"
}
