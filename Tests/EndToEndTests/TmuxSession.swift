import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private tmux server with one pane, for driving the built binary like a user.
///
/// tmux is started with `posix_spawn` rather than `Foundation.Process`: the server
/// daemonises and keeps Process's pipes open, so `waitUntilExit` never returns.
final class TmuxSession {
  let socket: String
  let folder: URL
  /// The server's process id, so `kill` can make sure it is gone.
  private var serverProcess: pid_t = 0

  /// Starts a server on a socket of its own with one `width` × `height` pane running
  /// `command`.
  init(width: Int, height: Int, command: String, folder: URL) throws {
    socket = "fulcrum-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    self.folder = folder
    let started = tmux([
      "-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), command,
    ])
    if started.status != 0 {
      throw TmuxError("tmux new-session failed: \(started.output)")
    }
    serverProcess = pid_t(display("#{pid}")) ?? 0
  }

  /// Whether tmux is installed, so tests can say why they did not run.
  static var isAvailable: Bool {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs one tmux command against this server and returns its exit status and output.
  @discardableResult
  func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
    let outputPath = folder.appendingPathComponent("tmux-\(UUID().uuidString).out").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ["tmux", "-L", socket] + arguments
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    // Test threads may block signals such as SIGWINCH; tmux and the programs it starts
    // must begin with every signal unblocked and at its default action, as in a shell.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    var allSignals = sigset_t()
    sigemptyset(&noSignals)
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
    guard spawned == 0 else { return (-1, "posix_spawnp failed: \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: outputPath)
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitStatus, output)
  }

  func sendKeys(_ keys: String...) {
    tmux(["send-keys", "-t", "0"] + keys)
  }

  /// The text on screen now.
  func capture() -> String {
    tmux(["capture-pane", "-p", "-t", "0"]).output
  }

  /// A tmux format evaluated for the pane, such as `#{alternate_on}`.
  func display(_ format: String) -> String {
    tmux(["display-message", "-p", "-t", "0", format]).output
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen every 50 ms until `predicate` holds or `timeout` seconds pass;
  /// returns whether the predicate held and the last screen seen.
  func waitFor(timeout: Double = 15, _ predicate: (String) -> Bool) -> (Bool, String) {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture()
    while !predicate(screen) {
      if Date() > deadline { return (false, screen) }
      usleep(50_000)
      screen = capture()
    }
    return (true, screen)
  }

  /// Process ids of the children of `pid` (Linux `/proc`).
  static func children(of pid: Int32) -> [Int32] {
    let path = "/proc/\(pid)/task/\(pid)/children"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: " ").compactMap {
      Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
  }

  /// Stops the server; if it has not gone within a second, kills it outright so no test
  /// leaves a server (and the program in its pane) behind.
  func kill() {
    tmux(["kill-server"])
    guard serverProcess > 0 else { return }
    let deadline = Date().addingTimeInterval(1)
    while isRunning(serverProcess), Date() < deadline { usleep(20_000) }
    if isRunning(serverProcess) { _ = Glibc.kill(serverProcess, SIGKILL) }
    let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
  }

  /// Whether `pid` is alive; a zombie waiting for its parent to reap it counts as gone.
  private func isRunning(_ pid: pid_t) -> Bool {
    guard Glibc.kill(pid, 0) == 0 else { return false }
    let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    guard let close = stat.lastIndex(of: ")") else { return true }
    return !stat[close...].hasPrefix(") Z")
  }
}

/// A tmux command that did not work.
struct TmuxError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
