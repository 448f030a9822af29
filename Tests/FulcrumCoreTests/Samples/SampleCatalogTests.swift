import Foundation
import FulcrumCore
import Testing

@Suite("Sample catalog")
struct SampleCatalogTests {
  /// A scratch tree `root/project/samples` (with README.md and data files) and
  /// `root/project/.build/debug/fulcrum`, as `swift run` lays it out.
  private func makeTree() throws -> (root: String, samples: String, executable: String) {
    let manager = FileManager.default
    let root = NSTemporaryDirectory() + "fulcrum-samples-\(UUID().uuidString)"
    let samples = root + "/project/samples"
    let bin = root + "/project/.build/debug"
    try manager.createDirectory(atPath: samples, withIntermediateDirectories: true)
    try manager.createDirectory(atPath: bin, withIntermediateDirectories: true)
    for name in ["README.md", "LICENSE-DATA.txt", "b.csv", "a.arff", "c.tsv.gz", ".hidden.csv"] {
      _ = manager.createFile(atPath: samples + "/" + name, contents: Data("x,y\n".utf8))
    }
    _ = manager.createFile(atPath: bin + "/fulcrum", contents: Data())
    return (root, samples, bin + "/fulcrum")
  }

  @Test("prefers FULCRUM_SAMPLES over every other place")
  func environmentFirst() throws {
    let tree = try makeTree()
    defer { try? FileManager.default.removeItem(atPath: tree.root) }
    let catalog = SampleCatalog.locate(
      environment: ["FULCRUM_SAMPLES": tree.samples], currentDirectory: "/",
      executable: nil)
    #expect(catalog?.directory == tree.samples)
  }

  @Test("does not guess when FULCRUM_SAMPLES names a missing folder")
  func wrongEnvironment() throws {
    let tree = try makeTree()
    defer { try? FileManager.default.removeItem(atPath: tree.root) }
    let catalog = SampleCatalog.locate(
      environment: ["FULCRUM_SAMPLES": tree.root + "/nowhere"],
      currentDirectory: tree.root + "/project", executable: tree.executable)
    #expect(catalog == nil)
  }

  @Test("finds samples/ in the current folder")
  func currentFolder() throws {
    let tree = try makeTree()
    defer { try? FileManager.default.removeItem(atPath: tree.root) }
    let catalog = SampleCatalog.locate(
      environment: [:], currentDirectory: tree.root + "/project", executable: nil)
    #expect(catalog?.directory == tree.samples)
  }

  @Test("walks up from the executable's folder to the package's samples")
  func fromExecutable() throws {
    let tree = try makeTree()
    defer { try? FileManager.default.removeItem(atPath: tree.root) }
    let catalog = SampleCatalog.locate(
      environment: [:], currentDirectory: tree.root, executable: tree.executable)
    #expect(catalog?.directory == tree.samples)
    #expect(
      SampleCatalog.locate(environment: [:], currentDirectory: tree.root, executable: nil)
        == nil)
  }

  @Test("lists data files by name, leaving out documentation and hidden files")
  func listing() throws {
    let tree = try makeTree()
    defer { try? FileManager.default.removeItem(atPath: tree.root) }
    let samples = SampleCatalog(directory: tree.samples).samples()
    #expect(samples.map(\.name) == ["a.arff", "b.csv", "c.tsv.gz"])
    #expect(samples.map(\.bytes) == [4, 4, 4])
    #expect(samples[1].path == tree.samples + "/b.csv")
  }
}
