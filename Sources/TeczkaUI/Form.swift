import TeczkaCore

/// One input of a form: text, a choice among fixed options, or a yes/no switch.
public struct FormField: Sendable {
    public enum Input: Sendable {
        case text(TextField)
        case choice(options: [String], selected: Int)
        case toggle(Bool)
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
        if case .text(let field) = input { return field.text }
        return ""
    }

    public var selected: Int {
        if case .choice(_, let selected) = input { return selected }
        return 0
    }

    public var isOn: Bool {
        if case .toggle(let on) = input { return on }
        return false
    }
}

/// A column of labelled fields with a focus, inline error messages and Tab/Shift-Tab movement. Each field takes two
/// rows: the input and, below it, its error or hint.
public struct Form: Sendable {
    public var fields: [FormField]
    public var focus = 0
    public private(set) var isModified = false
    let labelWidth: Int

    public init(fields: [FormField], labelWidth: Int = 20) {
        self.fields = fields
        self.labelWidth = labelWidth
    }

    public func field(_ id: Field) -> FormField? { fields.first { $0.id == id } }

    public mutating func setErrors(_ messages: [Field: String]) {
        for index in fields.indices { fields[index].error = messages[fields[index].id] }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    public enum Outcome { case handled, submit, unhandled }

    /// Moves between fields and edits the focused one. Enter on the last field asks to submit.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return .handled
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return .handled
        case .enter:
            if focus == fields.count - 1 { return .submit }
            focus += 1
            return .handled
        default: break
        }
        var field = fields[focus]
        var used = false
        switch field.input {
        case .text(var editor):
            used = editor.handle(key)
            field.input = .text(editor)
        case .choice(let options, let selected):
            switch key {
            case .left: field.input = .choice(options: options, selected: (selected + options.count - 1) % options.count); used = true
            case .right, .character(" "): field.input = .choice(options: options, selected: (selected + 1) % options.count); used = true
            default: break
            }
        case .toggle(let on):
            switch key {
            case .character(" "), .left, .right: field.input = .toggle(!on); used = true
            case .character("t"), .character("T"), .character("y"), .character("Y"): field.input = .toggle(true); used = true
            case .character("n"), .character("N"): field.input = .toggle(false); used = true
            default: break
            }
        }
        if used {
            field.error = nil
            fields[focus] = field
            isModified = true
            return .handled
        }
        return .unhandled
    }

    /// Draws the form in `area`; puts the terminal cursor in the focused field.
    public mutating func draw(into canvas: inout Canvas, area: Rect, yes: String, no: String) {
        let inputX = area.x + labelWidth
        let inputWidth = max(10, area.width - labelWidth - 1)
        for (index, field) in fields.enumerated() {
            let y = area.y + index * 2
            guard y < area.maxY else { break }
            let focused = index == focus
            canvas.put(fit(field.label, labelWidth - 2), x: area.x, y: y, role: focused ? .heading : .normal)
            let role: StyleRole = focused ? .fieldFocused : .field
            var cursorX = inputX
            switch field.input {
            case .text(var editor):
                cursorX = editor.draw(into: &canvas, x: inputX, y: y, width: inputWidth, role: role)
                fields[index].input = .text(editor)
            case .choice(let options, let selected):
                let shown = "◂ \(options[selected]) ▸"
                canvas.fill(Rect(x: inputX, y: y, width: inputWidth, height: 1), role: role)
                canvas.put(shown, x: inputX, y: y, role: role, maxWidth: inputWidth)
            case .toggle(let on):
                canvas.fill(Rect(x: inputX, y: y, width: 8, height: 1), role: role)
                canvas.put("[\(on ? "x" : " ")] \(on ? yes : no)", x: inputX, y: y, role: role, maxWidth: inputWidth)
                cursorX = inputX + 1
            }
            if let error = field.error {
                canvas.put("! " + error, x: inputX, y: y + 1, role: .error, maxWidth: inputWidth)
            } else if let hint = field.hint, focused {
                canvas.put(hint, x: inputX, y: y + 1, role: .dim, maxWidth: inputWidth)
            }
            if focused {
                canvas.cursor = (cursorX, y)
                canvas.cursorVisible = { if case .text = field.input { return true } else { return false } }()
            }
        }
    }
}
