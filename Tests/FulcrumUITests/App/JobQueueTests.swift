import Foundation
import FulcrumCore
import Testing

@testable import FulcrumUI

@Suite("Background jobs")
struct JobQueueTests {
  @Test("events come out in the order they were posted, once")
  func drainOrder() {
    let jobs = JobQueue()
    jobs.post(.failed(entry: 0, message: "first"))
    jobs.post(.failed(entry: 1, message: "second"))
    let drained = jobs.drain().map { event -> Int in
      if case .failed(let entry, _) = event { return entry }
      return -1
    }
    #expect(drained == [0, 1])
    #expect(jobs.drain().isEmpty)
  }

  @Test("a post writes one byte to the wake pipe, and none after detach")
  func wakes() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    _ = fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK)
    let jobs = JobQueue(wakeDescriptor: ends[1])
    jobs.post(.failed(entry: 0, message: "x"))
    var buffer = [UInt8](repeating: 0, count: 8)
    #expect(read(ends[0], &buffer, 8) == 1)
    jobs.detach()
    jobs.post(.failed(entry: 0, message: "y"))
    #expect(read(ends[0], &buffer, 8) == -1)
  }

  @Test("loading a file in the background posts the loaded dataset")
  func loadsInBackground() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("fulcrum-job-\(UUID().uuidString).csv").path
    try "x,label\n1,a\n2,b\n3,a\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let jobs = JobQueue()
    jobs.startLoading(entry: 3, path: path, label: nil)
    var events: [JobEvent] = []
    let deadline = Date().addingTimeInterval(10)
    while events.isEmpty, Date() < deadline {
      usleep(10_000)
      events = jobs.drain()
    }
    guard case .loaded(let entry, let loaded) = events.first else {
      Issue.record("expected a loaded dataset, got \(events)")
      return
    }
    #expect(entry == 3)
    #expect(loaded.dataset.rowCount == 3)
    #expect(loaded.distribution.classes.map(\.count) == [2, 1])
  }
}
