import Foundation

/// The WCAG 2 contrast ratio between two colours, from 1 (the same) to 21 (black on white).
///
/// Themes are held to 4.5:1 for text (WCAG AA for normal text) and 3:1 for bars and
/// borders (WCAG's figure for graphics that carry meaning).
public enum ContrastRatio {
  /// The smallest ratio allowed for `role`.
  public static func minimum(for role: Role) -> Double {
    switch role {
    case .border, .bar, .barAlt: 3
    default: 4.5
    }
  }

  /// Relative luminance of an sRGB colour, 0 (black) to 1 (white).
  public static func luminance(_ rgb: (UInt8, UInt8, UInt8)) -> Double {
    func linear(_ channel: UInt8) -> Double {
      let value = Double(channel) / 255
      return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
  }

  /// The ratio between two colours, whichever is lighter.
  public static func between(_ first: (UInt8, UInt8, UInt8), _ second: (UInt8, UInt8, UInt8))
    -> Double
  {
    let a = luminance(first)
    let b = luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}

extension ThemeColor {
  /// The RGB value of this colour, with `fallback` standing for the terminal's default.
  public func rgb(orDefault fallback: (UInt8, UInt8, UInt8)) -> (UInt8, UInt8, UInt8) {
    switch self {
    case .terminalDefault: fallback
    case .indexed(let index): ThemeColor.rgbOf(index: index)
    case .rgb(let r, let g, let b): (r, g, b)
    }
  }

  /// This colour as the 256-colour terminal shows it.
  public var degradedTo256: ThemeColor {
    switch self {
    case .rgb: .indexed(UInt8(number(for: .indexed256)))
    default: self
    }
  }
}
