import Foundation
import FulcrumCore

extension Command {
  /// `fulcrum samples`: the bundled datasets and where they are.
  static let samples = Command(
    name: "samples", summary: "list the bundled sample datasets"
  ) { _ throws(FulcrumError) in
    guard let catalog = SampleCatalog.locate() else {
      throw FulcrumError(
        .noInput,
        "no bundled samples found; set \(SampleCatalog.environmentVariable) to the samples folder")
    }
    let samples = catalog.samples()
    let nameWidth = samples.map(\.name.count).max() ?? 0
    let sizes = samples.map { byteCount($0.bytes) }
    let sizeWidth = sizes.map(\.count).max() ?? 0
    var lines = ["Samples in \(catalog.directory):"]
    for (sample, size) in zip(samples, sizes) {
      let name = sample.name + String(repeating: " ", count: nameWidth - sample.name.count)
      lines.append("  \(name)  " + String(repeating: " ", count: sizeWidth - size.count) + size)
    }
    if let first = samples.first {
      lines += ["", "Try: fulcrum report \(first.path)"]
    }
    try standardOutput(lines.joined(separator: "\n") + "\n")
    return 0
  }

  /// A size in the largest unit that keeps it at or above 1: `8.5 kB`, `1.2 MB`.
  private static func byteCount(_ bytes: Int) -> String {
    let units = ["B", "kB", "MB", "GB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    let number = unit == 0 ? String(bytes) : String(format: "%.1f", value)
    return "\(number) \(units[unit])"
  }
}
