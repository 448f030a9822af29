import FulcrumCore
import Testing

@Suite("Eighth-block bars")
struct EighthBlockBarTests {
  @Test("draws each eighth of a cell with its own block", arguments: 1...8)
  func eighths(count: Int) {
    let expected = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"][count - 1]
    #expect(EighthBlockBar.bar(Double(count), of: 8, width: 1) == expected)
  }

  @Test("fills the full width for the largest value and pads shorter bars with spaces")
  func widths() {
    #expect(EighthBlockBar.bar(10, of: 10, width: 5) == "█████")
    #expect(EighthBlockBar.bar(5, of: 10, width: 5) == "██▌  ")
    #expect(EighthBlockBar.bar(0, of: 10, width: 3) == "   ")
  }

  @Test("keeps a tiny positive value visible")
  func tiny() {
    #expect(EighthBlockBar.bar(1, of: 1_000_000, width: 3) == "▏  ")
  }
}
