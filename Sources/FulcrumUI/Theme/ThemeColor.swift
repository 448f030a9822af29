/// A colour as a theme file names it: the terminal's default, one of the 256 indexed
/// colours (0–15 being the named ANSI colours), or a 24-bit RGB value.
public enum ThemeColor: Sendable, Equatable {
  case terminalDefault
  case indexed(UInt8)
  case rgb(UInt8, UInt8, UInt8)

  /// The names a theme file may use for the 16 ANSI colours, in index order.
  public static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Parses `default`, a colour name, `0`–`255` or `#rrggbb`; nil for anything else.
  public init?(parsing text: String) {
    let lowered = text.lowercased()
    if lowered == "default" {
      self = .terminalDefault
    } else if let index = ThemeColor.names.firstIndex(of: lowered) {
      self = .indexed(UInt8(index))
    } else if lowered == "grey" || lowered == "gray" {
      self = .indexed(8)
    } else if let number = UInt8(lowered) {
      self = .indexed(number)
    } else if lowered.hasPrefix("#"), lowered.count == 7,
      let value = UInt32(lowered.dropFirst(), radix: 16)
    {
      self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// The colour number to hand the terminal at `depth`; -1 is the terminal's default.
  ///
  /// Colours degrade to the nearest the terminal has: RGB to the 256-colour cube, then to
  /// the 16 and 8 ANSI colours. Direct-colour terminals take packed RGB values.
  public func number(for depth: ColorDepth) -> Int32 {
    switch (self, depth) {
    case (.terminalDefault, _), (_, .mono): return -1
    case (.indexed(let index), .direct) where index >= 16:
      return ThemeColor.packed(ThemeColor.rgbOf(index: index))
    case (.indexed(let index), .direct), (.indexed(let index), .indexed256):
      return Int32(index)
    case (.rgb(let r, let g, let b), .direct):
      return ThemeColor.packed((r, g, b))
    case (.rgb(let r, let g, let b), .indexed256):
      return Int32(ThemeColor.nearestIndex(to: (r, g, b), among: 16..<256))
    case (.indexed(let index), .sixteen) where index < 16:
      return Int32(index)
    case (.indexed(let index), .eight) where index < 8:
      return Int32(index)
    case (.indexed(let index), .eight) where index < 16:
      return Int32(index - 8)
    case (.indexed(let index), .sixteen), (.indexed(let index), .eight):
      let limit = depth == .sixteen ? 16 : 8
      return Int32(ThemeColor.nearestIndex(to: ThemeColor.rgbOf(index: index), among: 0..<limit))
    case (.rgb(let r, let g, let b), .sixteen), (.rgb(let r, let g, let b), .eight):
      let limit = depth == .sixteen ? 16 : 8
      return Int32(ThemeColor.nearestIndex(to: (r, g, b), among: 0..<limit))
    }
  }

  private static func packed(_ rgb: (UInt8, UInt8, UInt8)) -> Int32 {
    Int32(rgb.0) << 16 | Int32(rgb.1) << 8 | Int32(rgb.2)
  }

  /// The RGB value xterm uses for an indexed colour.
  static func rgbOf(index: UInt8) -> (UInt8, UInt8, UInt8) {
    let ansi: [(UInt8, UInt8, UInt8)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
      (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
      (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    if index < 16 { return ansi[Int(index)] }
    if index >= 232 {
      let level = UInt8(8 + 10 * (Int(index) - 232))
      return (level, level, level)
    }
    let cube = Int(index) - 16
    let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
    return (steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6])
  }

  private static func nearestIndex(to rgb: (UInt8, UInt8, UInt8), among range: Range<Int>)
    -> Int
  {
    var best = range.lowerBound
    var bestDistance = Int.max
    for index in range {
      let candidate = rgbOf(index: UInt8(index))
      let dr = Int(candidate.0) - Int(rgb.0)
      let dg = Int(candidate.1) - Int(rgb.1)
      let db = Int(candidate.2) - Int(rgb.2)
      let distance = dr * dr + dg * dg + db * db
      if distance < bestDistance {
        bestDistance = distance
        best = index
      }
    }
    return best
  }
}

/// How many colours the terminal can show.
public enum ColorDepth: String, Sendable, Comparable {
  case mono
  case eight = "8"
  case sixteen = "16"
  case indexed256 = "256"
  case direct

  /// Picks the depth from what terminfo reports; `NO_COLOR` (any non-empty value) and
  /// `--no-color` force monochrome.
  public static func detect(hasColors: Bool, colors: Int, noColor: Bool) -> ColorDepth {
    if noColor || !hasColors { return .mono }
    switch colors {
    case 0x100_0000...: return .direct
    case 256...: return .indexed256
    case 16...: return .sixteen
    case 8...: return .eight
    default: return .mono
    }
  }

  private var rank: Int {
    switch self {
    case .mono: 0
    case .eight: 1
    case .sixteen: 2
    case .indexed256: 3
    case .direct: 4
    }
  }

  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rank < rhs.rank }
}
