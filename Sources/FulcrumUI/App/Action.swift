/// Something the user can ask for, by name; keys map to actions through the `Keymap`.
public enum Action: String, CaseIterable, Sendable {
  case moveUp = "move-up"
  case moveDown = "move-down"
  case moveLeft = "move-left"
  case moveRight = "move-right"
  case first
  case last
  case pageUp = "page-up"
  case pageDown = "page-down"
  case open
  case nextScreen = "next-screen"
  case previousScreen = "previous-screen"
  case showDatasets = "show-datasets"
  case showOverview = "show-overview"
  case showData = "show-data"
  case showModel = "show-model"
  case showFairness = "show-fairness"
  case showLab = "show-lab"
  case showCompare = "show-compare"
  case editParameter = "edit-parameter"
  case undo
  case redo
  case cycleSort = "cycle-sort"
  case zoomPanel = "zoom-panel"
  case nextModel = "next-model"
  case nextFolds = "next-folds"
  case nextSeed = "next-seed"
  case previousSeed = "previous-seed"
  case toggleNormalised = "toggle-normalised"
  case evaluate
  case cancelJob = "cancel-job"
  case toggleItem = "toggle-item"
  case setReference = "set-reference"
  case nextPositive = "next-positive"
  case help
  case back
  case quit
  case commandPalette = "command-palette"
  case search
  case searchNext = "search-next"
  case searchPrevious = "search-previous"
  case export
  case cycleTheme = "cycle-theme"
}
