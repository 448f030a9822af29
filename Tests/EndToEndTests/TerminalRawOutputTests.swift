import Foundation
import Testing

/// Records every byte the dashboard writes to the terminal (tmux `pipe-pane`) while it
/// shows a CSV full of escape sequences and control characters, and checks that none of
/// them reaches the terminal as it was in the file.
@Suite("Raw terminal output", .serialized, .enabled(if: TmuxSession.isAvailable))
struct TerminalRawOutputTests {
  /// Byte sequences from the data that must never be written as they are.
  static let forbidden: [(String, [UInt8])] = [
    ("CSI colour", Array("\u{1B}[31mred".utf8)),
    ("CSI reset", Array("red\u{1B}[0m".utf8)),
    ("OSC title", Array("\u{1B}]0;owned".utf8)),
    ("BEL", [0x07]),
    ("backspace", [0x08]),
    ("C1 CSI", [0xC2, 0x9B]),
    ("right-to-left override", [0xE2, 0x80, 0xAE]),
    ("clear screen", Array("wipe\u{1B}[2J".utf8)),
  ]

  @Test("escape sequences and control characters in cells are never written raw")
  func noRawEscapes() throws {
    let folder = try DashboardFixtures.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var bytes = Array("name,note,label\n".utf8)
    bytes += Array("alpha,\u{1B}[31mred\u{1B}[0m,a\n".utf8)
    bytes += Array("beta,\u{1B}]0;owned\u{07},b\n".utf8)
    bytes += Array("gamma,abc\u{202E}fed,a\n".utf8)
    bytes += Array("delta,bell\u{07}back\u{08}space,b\n".utf8)
    bytes += Array("epsilon,c1\u{9B}31mcsi,a\n".utf8)
    bytes += Array("eta,wipe\u{1B}[2Jout,a\n".utf8)
    let csv = folder.appendingPathComponent("hostile.csv")
    try Data(bytes).write(to: csv)
    let raw = folder.appendingPathComponent("raw.out")

    let tmux = try TmuxSession(width: 100, height: 24, command: "sh", folder: folder)
    defer { tmux.kill() }
    tmux.tmux(["pipe-pane", "-t", "0", "-o", "cat > '\(raw.path)'"])
    tmux.sendKeys(
      "env TERM=xterm-256color LANG=C.UTF-8 '\(try DashboardFixtures.fulcrumBinary())' "
        + "'\(csv.path)'; echo FIN''ISHED", "Enter")
    #expect(tmux.waitFor { $0.contains("Class distribution") }.0)
    tmux.sendKeys("3")
    let (table, screen) = tmux.waitFor { $0.contains("wipe") && $0.contains("epsilon") }
    #expect(table, "the Data table never showed every row:\n\(screen)")
    // Escapes are shown as text instead.
    #expect(screen.contains("\\x1b[31mred\\x1b[0m"))
    #expect(screen.contains("bell\\x07back\\x08space"))
    tmux.sendKeys("q")
    #expect(tmux.waitFor { $0.contains("\nFINISHED") }.0)
    tmux.tmux(["pipe-pane", "-t", "0"])

    let written = try [UInt8](Data(contentsOf: raw))
    #expect(written.count > 1000, "pipe-pane recorded only \(written.count) bytes")
    let visible = Array("\\x1b[31mred".utf8)
    #expect(Self.contains(written, visible), "the escaped cell was not drawn")
    for (name, sequence) in Self.forbidden {
      #expect(!Self.contains(written, sequence), "\(name) from the data reached the terminal")
    }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle {
      return true
    }
    return false
  }
}
