import FulcrumCore

/// The options shared by the commands. A command lists the ones it accepts; `help` and
/// `version` are accepted everywhere.
extension Option {
  static let help = Option.flag("help", short: "h", help: "show this help and exit")
  static let version = Option.flag("version", help: "print the version and exit")

  static let label = Option.value(
    "label", "COL",
    help: "the label column (default: label, class, target, y, outcome, else the last)")
  static let format = Option.value(
    "format", "FORMAT", choices: ReportFormat.allCases.map(\.rawValue),
    help: "output format (default: text)")
  static let output = Option.value(
    "output", "PATH", short: "o", help: "write to PATH instead of standard output")
  static let force = Option.flag("force", help: "replace the --output file if it exists")
  static let theme = Option.value(
    "theme", "NAME|PATH",
    help: "colour theme: a name from 'fulcrum themes' or a .theme file (default: dark)")
  static let noColor = Option.flag("no-color", help: "draw without colour (as NO_COLOR does)")
}

/// The options of evaluation and fairness.
extension Option {
  static let predicted = Option.value(
    "predicted", "COL", help: "audit the predictions in COL instead of training a model")
  static let model = Option.value(
    "model", "MODEL",
    help: "logistic (default), naive-bayes, knn[:k=N], tree[:depth=N], or none to skip")
  static let folds = Option.value(
    "folds", "K", help: "cross-validation folds, stratified and shuffled (default: 5)")
  static let seed = Option.value("seed", "N", help: "seed of the fold shuffle (default: 0)")
  static let sensitive = Option.value(
    "sensitive", "COL[:CUTS]", repeatable: true,
    help: "group rows by COL for fairness; numbers in quartiles or cut (age:25,60)")
  static let excludeSensitive = Option.flag(
    "exclude-sensitive", help: "keep the sensitive columns out of the model's features")
  static let positive = Option.value(
    "positive", "VALUE", help: "the favourable class (default: the minority class)")
  static let reference = Option.value(
    "reference", "GROUP", help: "the group ratios are taken against (default: the largest)")
  static let weight = Option.value(
    "weight", "COL", help: "row weights from numeric COL, for the model fit and fairness")
  static let failAbove = Option.value(
    "fail-above", "NAME=VALUE,…", repeatable: true,
    help: "exit 1 when a fairness difference is above VALUE")
  static let failBelow = Option.value(
    "fail-below", "NAME=VALUE,…", repeatable: true,
    help: "exit 1 when a fairness ratio is below VALUE")
}

/// The options of the strategy commands.
extension Option {
  static let strategy = Option.value(
    "strategy", "SPEC", short: "s", repeatable: true,
    help: "name[:key=value,…], e.g. smote:k=3 (see 'fulcrum strategies')")
  static let strategySeed = Option.value(
    "seed", "N", help: "seed of the strategy's random choices (default: 0)")
  static let reweighGroups = Option.value(
    "sensitive", "COL[:CUTS]", repeatable: true,
    help: "the groups reweigh balances; numbers in quartiles or cut (age:25,60)")
}
