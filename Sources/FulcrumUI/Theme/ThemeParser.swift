import FulcrumCore

/// Reads the theme file format.
///
/// One role per line: the role's name, then any of `fg=COLOR`, `bg=COLOR`, attribute
/// names (`bold`, `dim`, `underline`, `reverse`) and `mono=ATTR[,ATTR…]` (or `mono=none`)
/// for terminals without colour. Colours are `default`, a name (`red`, `bright-blue`, …),
/// `0`–`255` or `#rrggbb`. `#` at the start of a line begins a comment. Roles left out
/// look like the built-in theme's.
public enum ThemeParser {
  /// Parses theme text; errors name the line (`dark.theme:7: …`).
  public static func parse(_ text: String, name: String, base: Theme? = nil)
    throws(FulcrumUIError) -> Theme
  {
    var styles = base?.styles ?? [:]
    var seen: Set<Role> = []
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let lineNumber = offset + 1
      let line = rawLine.trimmingSpaces
      if line.isEmpty || line.hasPrefix("#") { continue }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      func fail(_ message: String) -> FulcrumUIError {
        FulcrumUIError("\(name):\(lineNumber): \(message)")
      }
      guard let role = Role(rawValue: words[0]) else {
        let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
        throw fail("unknown role '\(DisplayText.sanitize(words[0]))' (roles: \(known))")
      }
      guard seen.insert(role).inserted else {
        throw fail("role '\(role.rawValue)' is already set above")
      }
      var style = Theme.Style()
      for word in words.dropFirst() {
        if let value = word.valueAfter("fg=") {
          guard let color = ThemeColor(parsing: value) else { throw fail(colorError(value)) }
          style.foreground = color
        } else if let value = word.valueAfter("bg=") {
          guard let color = ThemeColor(parsing: value) else { throw fail(colorError(value)) }
          style.background = color
        } else if let value = word.valueAfter("mono=") {
          if value == "none" { continue }
          for part in value.split(separator: ",") {
            guard let attribute = TextAttributes.byName[String(part)] else {
              throw fail(attributeError(String(part)))
            }
            style.monoAttributes.insert(attribute)
          }
        } else if let attribute = TextAttributes.byName[word] {
          style.attributes.insert(attribute)
        } else {
          throw fail(attributeError(word))
        }
      }
      styles[role] = style
    }
    return Theme(name: name, styles: styles)
  }

  private static func colorError(_ value: String) -> String {
    "'\(DisplayText.sanitize(value))' is not a colour (use a name such as red, 0-255 or #rrggbb)"
  }

  private static func attributeError(_ word: String) -> String {
    "'\(DisplayText.sanitize(word))' is not fg=, bg=, mono= or one of bold, dim, underline, "
      + "reverse"
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" || first == "\r" {
      text.removeFirst()
    }
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return text
  }
}

extension String {
  fileprivate func valueAfter(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }
}
