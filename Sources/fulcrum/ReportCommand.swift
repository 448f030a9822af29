import Foundation
import FulcrumCore

extension Command {
  /// `fulcrum report FILE`: the dataset summary, class histogram and column table.
  static let report = Command(
    name: "report", operands: "FILE", operandCount: 1...1,
    summary: "diagnose one dataset without a screen",
    options: [.label, .format, .output, .force]
  ) { arguments throws(FulcrumError) in
    let format = ReportFormat(rawValue: arguments.value(.format) ?? "text")!
    let dataset = try DatasetLoader.load(
      path: arguments.operands[0], options: LoadOptions(label: arguments.value(.label)))
    try emit(format.render(Report(describing: dataset)), arguments)
    return 0
  }

  /// Sends a command's result to `--output` (atomically, `--force` to replace) or to
  /// standard output when there is none or it is `-`. The operands are the inputs, which
  /// are never overwritten, even with `--force`.
  static func emit(_ text: String, _ arguments: ParsedArguments) throws(FulcrumError) {
    guard let path = arguments.value(.output), path != "-" else {
      standardOutput(text)
      return
    }
    if let input = arguments.operands.first(where: { sameFile($0, path) }) {
      throw FulcrumError(.cannotCreate, "\(path): is the input \(input); choose another --output")
    }
    try OutputFile.write(text, to: path, replacing: arguments.flag(.force))
  }

  /// Whether two paths name the same existing file (same device and inode).
  private static func sameFile(_ first: String, _ second: String) -> Bool {
    let manager = FileManager.default
    guard let a = try? manager.attributesOfItem(atPath: first),
      let b = try? manager.attributesOfItem(atPath: second),
      let deviceA = a[.systemNumber] as? Int, let deviceB = b[.systemNumber] as? Int,
      let inodeA = a[.systemFileNumber] as? Int, let inodeB = b[.systemFileNumber] as? Int
    else { return false }
    return deviceA == deviceB && inodeA == inodeB
  }
}
