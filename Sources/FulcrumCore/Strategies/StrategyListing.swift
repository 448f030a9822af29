/// The text of `fulcrum strategies`: every strategy by family, with its one-line summary
/// and each parameter's default, accepted values and help, from the catalog.
public enum StrategyListing {
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
          let head = "\(parameter.name)=\(parameter.defaultValue ?? "(none)")"
          lines.append(
            "      " + pad(head, 18) + "  \(parameter.help) [\(parameter.accepted)]")
        }
      }
    }
    lines.append("")
    lines.append(
      "Spec: name[:key=value,…], e.g. smote:k=3,target=minority or "
        + "random-under:target=0:40;1:60")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
