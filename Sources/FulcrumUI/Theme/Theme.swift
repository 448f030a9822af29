/// Colours and attributes for every role, with a monochrome fallback for each.
public struct Theme: Sendable, Equatable {
  /// How one role looks.
  public struct Style: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes
    /// Attributes used instead when the terminal shows no colour.
    public var monoAttributes: TextAttributes

    public init(
      foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
      attributes: TextAttributes = [], monoAttributes: TextAttributes = []
    ) {
      self.foreground = foreground
      self.background = background
      self.attributes = attributes
      self.monoAttributes = monoAttributes
    }
  }

  /// What a role turns into on a terminal of a given depth.
  public struct Resolved: Sendable, Equatable {
    /// Colour numbers for the terminal; -1 is its default colour.
    public var foreground: Int32
    public var background: Int32
    public var attributes: TextAttributes
  }

  public var name: String
  public var styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  public func style(for role: Role) -> Style {
    styles[role] ?? styles[.text] ?? Style()
  }

  /// The colour numbers and attributes for `role` at `depth`.
  public func resolve(_ role: Role, depth: ColorDepth) -> Resolved {
    let style = style(for: role)
    if depth == .mono {
      return Resolved(foreground: -1, background: -1, attributes: style.monoAttributes)
    }
    var foreground = style.foreground.number(for: depth)
    let background = style.background.number(for: depth)
    if depth <= .sixteen, background != -1, foreground == background {
      // Two nearby colours fell onto the same ANSI colour: keep the text readable with
      // black or white, whichever stands out more from the background.
      let rgb = ThemeColor.rgbOf(index: UInt8(background))
      let onBlack = ContrastRatio.between(rgb, (0, 0, 0))
      let onWhite = ContrastRatio.between(rgb, ThemeColor.rgbOf(index: 7))
      foreground = onBlack >= onWhite ? 0 : 7
    }
    var attributes = style.attributes
    let text = self.style(for: .text)
    if depth <= .sixteen, role != .text, style.background != text.background,
      background == text.background.number(for: depth)
    {
      // A bar the theme sets apart by its background (the status bar, say) would melt
      // into the screen: its monochrome look (such as reverse) keeps it apart.
      attributes.formUnion(style.monoAttributes)
    }
    return Resolved(foreground: foreground, background: background, attributes: attributes)
  }

  /// The theme used when no theme file is found: parsed from text kept in the binary.
  public static let builtInDefault: Theme = {
    do {
      return try ThemeParser.parse(builtInDefaultText, name: "default")
    } catch {
      preconditionFailure("the built-in theme does not parse: \(error)")
    }
  }()

  /// Monochrome: no colours at all, only bold, dim, underline and reverse.
  public static let mono: Theme = {
    var styles: [Role: Style] = [:]
    for role in Role.allCases {
      let attributes = builtInDefault.style(for: role).monoAttributes
      styles[role] = Style(attributes: attributes, monoAttributes: attributes)
    }
    return Theme(name: "mono", styles: styles)
  }()

  static let builtInDefaultText = """
    text        fg=#d0d0d0 bg=#1c1c1c
    muted       fg=#8a8a8a bg=#1c1c1c        mono=dim
    accent      fg=#5fafff bg=#1c1c1c bold   mono=bold
    selection   fg=#000000 bg=#5fafff        mono=reverse
    border      fg=#767676 bg=#1c1c1c        mono=dim
    title       fg=#ffd75f bg=#1c1c1c bold   mono=bold
    header      fg=#87d7ff bg=#1c1c1c bold   mono=bold,underline
    bar         fg=#5fafff bg=#1c1c1c        mono=none
    bar-alt     fg=#d787ff bg=#1c1c1c        mono=none
    heat-1      fg=#d0d0d0 bg=#262650        mono=none
    heat-2      fg=#ffffff bg=#30308a        mono=dim
    heat-3      fg=#ffffff bg=#4f4fc0        mono=none
    heat-4      fg=#000000 bg=#87afff        mono=bold
    heat-5      fg=#000000 bg=#d7e7ff        mono=reverse
    good        fg=#87d787 bg=#1c1c1c        mono=bold
    bad         fg=#ff5f5f bg=#1c1c1c bold   mono=bold,underline
    warning     fg=#ffd75f bg=#1c1c1c        mono=underline
    status      fg=#ffffff bg=#303040        mono=reverse
    status-key  fg=#ffd75f bg=#303040 bold   mono=reverse,bold
    tab         fg=#bcbcbc bg=#1c1c1c        mono=none
    tab-active  fg=#000000 bg=#ffd75f bold   mono=reverse,bold
    """
}
