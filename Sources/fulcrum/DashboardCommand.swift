import Foundation
import FulcrumCore
import FulcrumUI

extension Command {
  /// `fulcrum [FILE…]`: the interactive dashboard.
  static let dashboard = Command(
    name: "", operands: "[FILE…]", operandCount: 0...Int.max,
    summary: "open the dashboard (no FILE: the bundled samples)",
    options: [.label, .theme, .noColor, .mouse]
  ) { arguments throws(FulcrumError) in
    for path in arguments.operands where path != "-" {
      try checkReadable(path)
    }
    var options = Dashboard.Options(
      paths: arguments.operands, label: arguments.value(.label),
      samplesDirectory: SampleCatalog.locate()?.directory, theme: arguments.value(.theme),
      noColor: arguments.flag(.noColor))
    options.mouse = arguments.flag(.mouse)
    return Dashboard.run(options)
  }

  /// Fails before the screen opens when a file cannot be read, and tells a mistyped
  /// command apart from a missing file.
  private static func checkReadable(_ path: String) throws(FulcrumError) {
    if FileManager.default.isReadableFile(atPath: path) { return }
    if !path.contains("/"), !path.contains("."), !FileManager.default.fileExists(atPath: path) {
      let names = CommandLineTool.commands.map(\.name).joined(separator: ", ")
      throw FulcrumError(
        .usage, "'\(path)' is neither a command (\(names)) nor a file; see 'fulcrum --help'")
    }
    if FileManager.default.fileExists(atPath: path) {
      throw FulcrumError(.noInput, "\(path): cannot read the file (check its permissions)")
    }
    throw FulcrumError(.noInput, "\(path): no such file")
  }
}

extension Option {
  static let mouse = Option.flag(
    "mouse", help: "let a click select a line and the wheel scroll (off when fulcrum exits)")
}
