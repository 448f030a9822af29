import Foundation

/// A file the Datasets screen lists, and how far loading it has got.
public struct DatasetEntry: Sendable {
  /// Where the file came from.
  public enum Origin: String, Sendable {
    case file
    case sample
  }

  /// The loading state of the file.
  public enum Status: Sendable {
    case notLoaded
    case loading(started: Double)
    case loaded(LoadedDataset)
    case failed(String)
  }

  public var path: String
  public var origin: Origin
  public var byteSize: Int?
  public var status: Status = .notLoaded

  public init(path: String, origin: Origin, byteSize: Int? = nil) {
    self.path = path
    self.origin = origin
    self.byteSize = byteSize
  }

  /// The file's name without its folder.
  public var name: String { (path as NSString).lastPathComponent }

  public var loaded: LoadedDataset? {
    if case .loaded(let loaded) = status { return loaded }
    return nil
  }

  public var isLoading: Bool {
    if case .loading = status { return true }
    return false
  }

  /// The data files in `folder` (CSV, TSV, ARFF, optionally gzipped), sorted by name.
  public static func samples(in folder: String) -> [DatasetEntry] {
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
    let extensions = [".csv", ".tsv", ".arff", ".csv.gz", ".tsv.gz", ".arff.gz"]
    return names.filter { name in extensions.contains { name.lowercased().hasSuffix($0) } }
      .sorted()
      .map { name in
        let path = (folder as NSString).appendingPathComponent(name)
        return DatasetEntry(path: path, origin: .sample, byteSize: fileSize(path))
      }
  }

  static func fileSize(_ path: String) -> Int? {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue
  }
}
