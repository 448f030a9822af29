import FulcrumCore

/// A strategy's parameters as a form: one line per parameter with its value and help,
/// the spec the values make and whether the catalog's parser accepts it.
///
/// ```
///  k       5          nearest neighbours considered
///  target  minority   classes to grow and their sizes after
///  spec smote:target=minority
/// ```
public struct ParameterForm {
  /// One parameter line.
  public struct Field: Equatable {
    public var name: String
    public var value: String
    public var help: String
    /// Whether the value is the parameter's default (drawn muted).
    public var isDefault: Bool

    public init(name: String, value: String, help: String, isDefault: Bool) {
      self.name = name
      self.value = value
      self.help = help
      self.isDefault = isDefault
    }
  }

  public var fields: [Field]
  /// The selected field, or nil when the form does not have the cursor.
  public var selected: Int?
  /// Whether the selected field is being typed into (a cursor follows its value).
  public var editing: Bool
  public var spec: String
  /// The parser's error for `spec`, or nil when it is valid.
  public var error: String?

  public init(
    fields: [Field], selected: Int?, editing: Bool, spec: String, error: String?
  ) {
    self.fields = fields
    self.selected = selected
    self.editing = editing
    self.spec = spec
    self.error = error
  }

  /// Rows the form needs: the fields (or a line saying there are none), the spec and the
  /// verdict.
  public var naturalHeight: Int { max(1, fields.count) + 2 }

  public func draw(on surface: Surface) {
    guard surface.width > 0, surface.height > 0 else { return }
    let charset = surface.charset
    let nameWidth = max(4, fields.map { DisplayText.width($0.name, charset: charset) }.max() ?? 0)
    let valueWidth = min(
      max(8, fields.map { DisplayText.width($0.value, charset: charset) + 1 }.max() ?? 0), 18)
    if fields.isEmpty {
      surface.put("no parameters", row: 0, col: 1, role: .muted)
    }
    for (index, field) in fields.enumerated() where index < surface.height - 2 {
      let isSelected = index == selected
      surface.put(
        field.name, row: index, col: 1, width: nameWidth, align: .left,
        role: isSelected ? .selection : .header)
      let valueRole: Role = isSelected ? .selection : (field.isDefault ? .muted : .accent)
      let col = nameWidth + 2
      surface.put(
        field.value, row: index, col: col, width: valueWidth, align: .left, role: valueRole)
      if isSelected, editing {
        let used = min(DisplayText.width(field.value, charset: charset), valueWidth - 1)
        surface.put(" ", row: index, col: col + used, role: .accent)
      }
      surface.put(
        field.help, row: index, col: col + valueWidth + 1, role: .muted,
        maxWidth: surface.width - col - valueWidth - 1)
    }
    let specRow = max(1, fields.count)
    var x = 1 + surface.put("spec ", row: specRow, col: 1, role: .muted)
    x += surface.put(spec, row: specRow, col: x, role: error == nil ? .text : .bad)
    if let error {
      surface.put(error, row: specRow + 1, col: 1, role: .bad, maxWidth: surface.width - 2)
    } else {
      let tick = charset == .unicode ? "✓" : "ok:"
      surface.put(
        "\(tick) valid; r runs it against the baseline", row: specRow + 1, col: 1,
        role: .good, maxWidth: surface.width - 2)
    }
  }
}
