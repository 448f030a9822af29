/// The text of `fulcrum strategies`: every strategy by family, with its one-line summary
/// and each parameter's default, accepted values and help, from the catalog.
public enum StrategyListing {
  /// Lines longer than this put a parameter's accepted values on a line of their own.
  static let width = 100

  public static func render(_ declarations: [StrategyDeclaration] = StrategyCatalog.declarations)
    -> String
  {
    var lines: [String] = []
    let nameWidth = declarations.map(\.name.count).max() ?? 0
    for family in StrategyFamily.allCases {
      let members = declarations.filter { $0.family == family }
      guard !members.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append(family.rawValue)
      for declaration in members {
        lines.append("  " + pad(declaration.name, nameWidth) + "  " + declaration.summary)
        for parameter in declaration.parameters {
          let head = "      " + pad("\(parameter.name)=\(parameter.defaultValue ?? "(none)")", 18)
          let accepted = "[\(parameter.accepted)]"
          let line = head + "  \(parameter.help) " + accepted
          if line.count <= width {
            lines.append(line)
          } else {
            lines.append(head + "  \(parameter.help)")
            lines.append(String(repeating: " ", count: head.count + 2) + accepted)
          }
        }
      }
    }
    lines.append("")
    lines.append("A spec is name[:key=value,…], for example smote:k=3,target=minority.")
    lines.append("target also takes RATIO, the minority/majority size wanted (two classes),")
    lines.append(
      "or CLASS:COUNT;… with the rows wanted per class: random-under:target=a:40;b:60.")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
