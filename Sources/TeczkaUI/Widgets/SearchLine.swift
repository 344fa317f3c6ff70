/// The "Szukaj: " line at the bottom of a list (type to find, issue 13): a letter or F3 opens it, typing filters the
/// list, Enter closes it keeping the filter, Esc closes it and clears the filter. The list owns the rows and the
/// cursor; this holds the text and says when the filter changed.
struct SearchLine {
    private var field: TextField?
    private(set) var query = ""

    var isOpen: Bool { field != nil }

    enum Outcome { case unchanged, filterChanged, closed, move }

    /// Opens the line with the typed letter (a letter on a list starts a search) or, for F3, with the current filter.
    mutating func open(typing key: Key? = nil) -> Outcome {
        var opened = TextField(key == nil ? query : "", limit: 100)
        if let key, key != .character("/") { _ = opened.handle(key) }
        field = opened
        guard opened.text != query else { return .unchanged }
        query = opened.text
        return .filterChanged
    }

    /// A key while the line is open. `.move` leaves the key to the list's cursor.
    mutating func handle(_ key: Key) -> Outcome {
        guard var typed = field else { return .unchanged }
        switch key {
        case .enter:
            field = nil
            return .closed
        case .escape:
            field = nil
            return clear() ? .filterChanged : .closed
        case .up, .down, .pageUp, .pageDown:
            return .move
        case .function, .tab, .backTab:
            return .unchanged
        default:
            _ = typed.handle(key)
            field = typed
            guard typed.text != query else { return .unchanged }
            query = typed.text
            return .filterChanged
        }
    }

    /// Clears the filter; true when there was one.
    mutating func clear() -> Bool {
        defer { query = "" }
        return !query.isEmpty
    }

    /// Draws the open line on row `y`, with the terminal cursor in it.
    mutating func draw(into canvas: inout Canvas, y: Int, width: Int, prompt: String) {
        guard var typed = field else { return }
        canvas.fill(Rect(x: 0, y: y, width: width, height: 1), role: .normal)
        canvas.put(prompt, x: 1, y: y, role: .heading)
        let x = typed.draw(into: &canvas, x: 1 + prompt.count, y: y, width: 40, role: .fieldFocused)
        field = typed
        canvas.cursor = (x, y)
        canvas.cursorVisible = true
    }
}
