/// The released version of the command-line tool, printed by `--version`.
let fulcrumVersion = "0.1.0"
