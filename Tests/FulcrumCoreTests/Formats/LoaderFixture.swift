import Foundation
import Testing

@testable import FulcrumCore

/// Writes `bytes` to a new temporary folder as `name` and returns the file's path.
func temporaryFile(_ name: String, bytes: [UInt8]) -> String {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("fulcrum-tests-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let url = folder.appendingPathComponent(name)
  try! Data(bytes).write(to: url)
  return url.path
}

/// Loads `text` written to a temporary file called `name`.
func load(
  _ text: String, name: String = "table.csv", options: LoadOptions = LoadOptions()
) throws(FulcrumError) -> Dataset {
  let path = temporaryFile(name, bytes: Array(text.utf8))
  defer { removeTemporaryFile(path) }
  return try DatasetLoader.load(path: path, options: options)
}

/// Deletes a file made by `temporaryFile` and its folder.
func removeTemporaryFile(_ path: String) {
  try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
}

/// The error loading `bytes` gives, with the temporary folder cut from its message.
func loadError(
  _ bytes: [UInt8], name: String = "table.csv", options: LoadOptions = LoadOptions()
) -> FulcrumError? {
  let path = temporaryFile(name, bytes: bytes)
  defer { removeTemporaryFile(path) }
  do {
    _ = try DatasetLoader.load(path: path, options: options)
    return nil
  } catch {
    let folder = (path as NSString).deletingLastPathComponent + "/"
    return FulcrumError(error.kind, error.message.replacingOccurrences(of: folder, with: ""))
  }
}

/// The error loading `text` gives (see the byte version).
func loadError(
  _ text: String, name: String = "table.csv", options: LoadOptions = LoadOptions()
) -> FulcrumError? {
  loadError(Array(text.utf8), name: name, options: options)
}

extension Dataset {
  /// The column called `name`; fails the test when there is none.
  func column(_ name: String) -> Column {
    guard let index = columnIndex(named: name) else {
      Issue.record("no column \(name) in \(columns.map(\.name))")
      return Column(name: name, storage: .numeric([]))
    }
    return columns[index]
  }

  /// Every value of column `name` as text, nil for missing.
  func texts(_ name: String) -> [String?] {
    let column = column(name)
    return (0..<column.count).map { column.text(at: $0) }
  }
}
