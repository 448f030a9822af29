/// A small table of text cells, laid out as aligned plain text or as Markdown.
struct FairnessTable {
  var header: [String]
  var rows: [[String]]

  /// Columns padded to their widest cell, two spaces apart; the first column left-aligned,
  /// the others right-aligned so numbers line up.
  func text() -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - row[column].count)
        return column == 0 ? row[column] + padding : padding + row[column]
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }.joined(separator: "\n")
  }

  /// A GitHub-flavoured Markdown table; `|` in cells is escaped.
  func markdown() -> String {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |"
    }
    let rule = "|" + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined()
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }

  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var text = ""
    for character in self {
      if character == target { text += replacement } else { text.append(character) }
    }
    return text
  }
}
