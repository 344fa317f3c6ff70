import TeczkaCore

/// One input of a form: text, a choice among fixed options, a yes/no switch, several choices, or multi-line text.
public struct FormField: Sendable {
    public enum Input: Sendable {
        case text(TextField)
        case choice(options: [String], selected: Int)
        case toggle(Bool)
        /// Several options; Enter or Space opens a checklist.
        case multi(options: [String], selected: Set<Int>)
        /// Multi-line text shown in `rows` rows.
        case area(TextArea, rows: Int)
        /// A summary of something edited on its own screen (plan goals …); Enter opens it.
        case link(String)
    }

    public let id: Field
    public let label: String
    public var input: Input
    public var hint: String?
    public var error: String?

    public init(_ id: Field, _ label: String, _ input: Input, hint: String? = nil) {
        self.id = id
        self.label = label
        self.input = input
        self.hint = hint
    }

    public var text: String {
        switch input {
        case .text(let field): return field.text
        case .area(let area, _): return area.text
        default: return ""
        }
    }

    public var selected: Int {
        if case .choice(_, let selected) = input { return selected }
        return 0
    }

    public var isOn: Bool {
        if case .toggle(let on) = input { return on }
        return false
    }

    public var selection: Set<Int> {
        if case .multi(_, let selected) = input { return selected }
        return []
    }

    /// Rows the input takes on screen, without the message row below it.
    var height: Int {
        if case .area(_, let rows) = input { return rows }
        return 1
    }

    var isTextual: Bool {
        switch input {
        case .text, .area: return true
        default: return false
        }
    }
}

/// A column of labelled fields with a focus, inline error messages and Tab/Shift-Tab movement. Each field takes its
/// input rows plus one row for its error or hint; a form taller than its area scrolls with the focus.
public struct Form: Sendable {
    public var fields: [FormField]
    public var focus = 0
    public private(set) var isModified = false
    let labelWidth: Int
    private var top = 0

    public init(fields: [FormField], labelWidth: Int = 20, focus: Int = 0) {
        self.fields = fields
        self.labelWidth = labelWidth
        self.focus = focus
    }

    public func field(_ id: Field) -> FormField? { fields.first { $0.id == id } }
    public func index(of id: Field) -> Int? { fields.firstIndex { $0.id == id } }

    public mutating func setErrors(_ messages: [Field: String]) {
        for index in fields.indices { fields[index].error = messages[fields[index].id] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    /// Replaces a field's input from outside (a checklist closing), marking the form changed.
    public mutating func set(_ id: Field, _ input: FormField.Input) {
        guard let index = index(of: id) else { return }
        fields[index].input = input
        fields[index].error = nil
        isModified = true
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// `notText`: a character typed on a field that is not a text (a choice, yes/no, a list): nothing changed, and the
    /// screen says how the field is changed, so text meant for another field never changes a choice.
    public enum Outcome: Equatable { case handled, submit, unhandled, open(Field), notText }

    /// Moves between fields and edits the focused one. Enter on the last field asks to submit; Enter in a
    /// multi-line field is a new line.
    public mutating func handle(_ key: Key) -> Outcome {
        var field = fields[focus]
        switch key {
        case .tab:
            focus = (focus + 1) % fields.count
            return .handled
        case .backTab:
            focus = (focus + fields.count - 1) % fields.count
            return .handled
        case .down where !isArea(field), .up where !isArea(field):
            focus = (focus + (key == .down ? 1 : fields.count - 1)) % fields.count
            return .handled
        case .enter where !isArea(field):
            switch field.input {
            case .multi, .link: return .open(field.id)
            default: break
            }
            if focus == fields.count - 1 { return .submit }
            focus += 1
            return .handled
        default: break
        }
        var used = false
        switch field.input {
        case .text(var editor):
            used = editor.handle(key)
            field.input = .text(editor)
        case .area(var editor, let rows):
            used = editor.handle(key)
            field.input = .area(editor, rows: rows)
        case .choice(let options, let selected):
            switch key {
            case .left: field.input = .choice(options: options, selected: (selected + options.count - 1) % options.count); used = true
            case .right: field.input = .choice(options: options, selected: (selected + 1) % options.count); used = true
            case .character: return .notText
            default: break
            }
        case .toggle(let on):
            switch key {
            case .character(" "), .left, .right: field.input = .toggle(!on); used = true
            case .character: return .notText
            default: break
            }
        case .multi, .link:
            if key == .character(" ") { return .open(field.id) }
            if case .character = key { return .notText }
        }
        if used {
            field.error = nil
            fields[focus] = field
            isModified = true
            return .handled
        }
        return .unhandled
    }

    private func isArea(_ field: FormField) -> Bool {
        if case .area = field.input { return true }
        return false
    }

    /// Draws the form in `area`; puts the terminal cursor in the focused field.
    public mutating func draw(into canvas: inout Canvas, area: Rect, yes: String, no: String) {
        let inputX = area.x + labelWidth
        let inputWidth = max(10, area.width - labelWidth - 1)
        // Scroll so that the focused field and its message row are inside the area.
        let offsets = fields.reduce(into: [0]) { $0.append($0.last! + $1.height + 1) }
        if offsets[focus] < top { top = offsets[focus] }
        if offsets[focus + 1] > top + area.height { top = offsets[focus + 1] - area.height }
        // Say that fields are hidden above or below.
        if top > 0 { canvas.put("↑", x: area.x + area.width - 1, y: area.y, role: .dim) }
        if offsets.last! - top > area.height { canvas.put("↓", x: area.x + area.width - 1, y: area.maxY - 1, role: .dim) }
        for (index, field) in fields.enumerated() {
            let y = area.y + offsets[index] - top
            guard y >= area.y, y + field.height <= area.maxY else { continue }
            let focused = index == focus
            canvas.put(fit(field.label, labelWidth - 2), x: area.x, y: y, role: focused ? .heading : .normal)
            let role: StyleRole = focused ? .fieldFocused : .field
            var cursor = (x: inputX, y: y)
            switch field.input {
            case .text(var editor):
                cursor.x = editor.draw(into: &canvas, x: inputX, y: y, width: inputWidth, role: role)
                fields[index].input = .text(editor)
            case .area(var editor, let rows):
                cursor = editor.draw(into: &canvas, area: Rect(x: inputX, y: y, width: inputWidth, height: rows), role: role)
                fields[index].input = .area(editor, rows: rows)
            case .choice(let options, let selected):
                canvas.fill(Rect(x: inputX, y: y, width: inputWidth, height: 1), role: role)
                // The closing ▸ stays: a long option is cut inside the arrows ("◂ wniosek pracownika socjal… ▸").
                canvas.put("◂ " + clip(options[selected], inputWidth - 4) + " ▸", x: inputX, y: y, role: role, maxWidth: inputWidth)
            case .toggle(let on):
                canvas.fill(Rect(x: inputX, y: y, width: 8, height: 1), role: role)
                canvas.put("[\(on ? "x" : " ")] \(on ? yes : no)", x: inputX, y: y, role: role, maxWidth: inputWidth)
                cursor.x = inputX + 1
            case .multi(let options, let selected):
                let chosen = selected.sorted().map { options[$0] }.joined(separator: ", ")
                canvas.fill(Rect(x: inputX, y: y, width: inputWidth, height: 1), role: role)
                canvas.put("[\(selected.count)] " + (chosen.isEmpty ? "—" : chosen), x: inputX, y: y, role: role,
                           maxWidth: inputWidth)
            case .link(let summary):
                canvas.fill(Rect(x: inputX, y: y, width: inputWidth, height: 1), role: role)
                canvas.put("▸ " + summary, x: inputX, y: y, role: role, maxWidth: inputWidth)
            }
            let messageY = y + field.height
            if let error = field.error {
                canvas.put("! " + error, x: inputX, y: messageY, role: .error, maxWidth: inputWidth)
            } else if let hint = field.hint, focused {
                canvas.put(hint, x: inputX, y: messageY, role: .dim, maxWidth: inputWidth)
            }
            if focused {
                canvas.cursor = cursor
                canvas.cursorVisible = field.isTextual
            }
        }
    }
}
