/// Merges what a strategy noted in each fold into one list for its result.
///
/// Folds usually say the same thing with different figures ("removed 57 rows", "removed
/// 68 rows"). Notes that every fold made in the same words apart from the numbers become
/// one note whose varying numbers read `low…high` over the folds; a note only some folds
/// made is kept once per fold, followed by that fold.
enum FoldNotes {
  static func merge(_ perFold: [[String]]) -> [String] {
    var merged: [String] = []
    var done: Set<String> = []
    for (fold, notes) in perFold.enumerated() {
      for note in notes {
        let shape = Self.shape(note)
        let matches = perFold.map { notes in notes.first { Self.shape($0) == shape } }
        if matches.allSatisfy({ $0 != nil }) {
          guard done.insert(shape).inserted else { continue }
          merged.append(Self.ranges(matches.map { $0! }))
        } else {
          let text = "\(note) (fold \(fold + 1))"
          if !merged.contains(text) { merged.append(text) }
        }
      }
    }
    return merged
  }

  /// A note's pieces: text between numbers, and the numbers (digits with at most one
  /// decimal point inside).
  private static func pieces(_ note: String) -> (text: [String], numbers: [String]) {
    var text: [String] = []
    var numbers: [String] = []
    var current = ""
    var number = ""
    let characters = Array(note)
    for (position, character) in characters.enumerated() {
      let continuesNumber =
        character == "." && !number.isEmpty && !number.contains(".")
        && position + 1 < characters.count && characters[position + 1].isASCIIDigit
      if character.isASCIIDigit || continuesNumber {
        if number.isEmpty {
          text.append(current)
          current = ""
        }
        number.append(character)
      } else {
        if !number.isEmpty {
          numbers.append(number)
          number = ""
        }
        current.append(character)
      }
    }
    if !number.isEmpty {
      numbers.append(number)
      text.append("")
    } else {
      text.append(current)
    }
    return (text, numbers)
  }

  /// The note with every number replaced by `#`.
  private static func shape(_ note: String) -> String {
    pieces(note).text.joined(separator: "#")
  }

  /// One note from notes of the same shape, each varying number as `low…high`.
  private static func ranges(_ notes: [String]) -> String {
    let split = notes.map(pieces)
    let text = split[0].text
    var result = text[0]
    for index in split[0].numbers.indices {
      let values = split.map { $0.numbers[index] }
      let numeric = values.map { Double($0) ?? 0 }
      let low = values[numeric.indices.min { numeric[$0] < numeric[$1] }!]
      let high = values[numeric.indices.max { numeric[$0] < numeric[$1] }!]
      result += low == high ? low : "\(low)…\(high)"
      result += text[index + 1]
    }
    return result
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
