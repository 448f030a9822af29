import Foundation
import Testing

@testable import FulcrumCore

@Suite("Compressed and standard input", .serialized)
struct InputSourceTests {
  /// `a,b,label\n1,2,x\n3,4,y\n` compressed with gzip.
  static let gzipped: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0xd4, 0x49, 0xd2, 0xc9,
    0x49, 0x4c, 0x4a, 0xcd, 0xe1, 0x32, 0xd4, 0x31, 0xd2, 0xa9, 0xe0, 0x32, 0xd6, 0x31, 0xd1,
    0xa9, 0xe4, 0x02, 0x00, 0x1d, 0x77, 0x2f, 0x24, 0x16, 0x00, 0x00, 0x00,
  ]
  /// `a,b,label\n1,2,x\n` then `3,4,y\n`, as two gzip members one after the other.
  static let twoMembers: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0xd4, 0x49, 0xd2, 0xc9,
    0x49, 0x4c, 0x4a, 0xcd, 0xe1, 0x32, 0xd4, 0x31, 0xd2, 0xa9, 0xe0, 0x02, 0x00, 0x9d, 0x68,
    0x54, 0x09, 0x10, 0x00, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x03, 0x33, 0xd6, 0x31, 0xd1, 0xa9, 0xe4, 0x02, 0x00, 0x76, 0xed, 0x2b, 0x67, 0x06, 0x00,
    0x00, 0x00,
  ]

  @Test("a .gz file is inflated and marked compressed")
  func gzipFile() throws {
    let path = temporaryFile("t.csv.gz", bytes: Self.gzipped)
    defer { removeTemporaryFile(path) }
    let data = try DatasetLoader.load(path: path)
    #expect(data.compressed)
    #expect(data.format == "csv")
    #expect(data.column("a").numbers == [1, 3])
    #expect(data.classNames == ["x", "y"])
  }

  @Test("concatenated gzip members read as one file")
  func gzipMembers() throws {
    let path = temporaryFile("t.csv.gz", bytes: Self.twoMembers)
    defer { removeTemporaryFile(path) }
    let data = try DatasetLoader.load(path: path)
    #expect(data.column("b").numbers == [2, 4])
  }

  @Test("truncated gzip data is a data error")
  func gzipTruncated() {
    let error = loadError(Array(Self.gzipped.prefix(30)), name: "t.csv.gz")
    #expect(error?.kind == .dataError)
    #expect(error?.message == "t.csv.gz: the gzip data ends early; the file is truncated")
  }

  @Test("an uncompressed file is not marked compressed")
  func plainFile() throws {
    #expect(try load("a,label\n1,x\n2,y\n").compressed == false)
  }

  @Test("- reads standard input")
  func standardInput() throws {
    let path = temporaryFile("in.csv", bytes: Array("v,label\n1,p\n2,q\n".utf8))
    defer { removeTemporaryFile(path) }
    let file = open(path, O_RDONLY)
    let saved = dup(0)
    dup2(file, 0)
    close(file)
    defer {
      dup2(saved, 0)
      close(saved)
    }
    let data = try DatasetLoader.load(path: "-")
    #expect(data.path == "-")
    #expect(data.column("v").numbers == [1, 2])
  }
}
