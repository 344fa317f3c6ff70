import TeczkaCore

/// Choosing several items from a list: Space ticks, typing filters (diacritics ignored), Enter or F2 accepts,
/// Esc leaves the selection as it was.
final class ChecklistScreen: Screen {
    let heading: String
    let options: [String]
    /// Options shown but not selectable (already recorded, for example), with the reason shown beside them.
    let locked: [Int: String]
    var selected: Set<Int>
    var filter = TextField(limit: 60)
    var cursor = ListCursor()
    private var visible = 10
    let onAccept: (Set<Int>, App) -> Void

    init(heading: String, options: [String], selected: Set<Int>, locked: [Int: String] = [:],
         onAccept: @escaping (Set<Int>, App) -> Void) {
        self.heading = heading
        self.options = options
        self.selected = selected
        self.locked = locked
        self.onAccept = onAccept
    }

    var isTyping: Bool { true }
    var isModal: Bool { true }
    func title(_ app: App) -> String { heading }
    func keyHints(_ app: App) -> [KeyHint] {
        let c = app.strings.casework
        return [KeyHint(c.spaceKey, c.keyTick), KeyHint("Enter", c.keyAccept), KeyHint("Esc", app.strings.keyCancel)]
    }
    func helpLines(_ app: App) -> [String] { app.strings.casework.helpChecklist }

    /// Indices of the options matching the typed filter.
    var shown: [Int] {
        let needle = PolishCollation.fold(filter.text)
        return options.indices.filter { needle.isEmpty || PolishCollation.fold(options[$0]).contains(needle) }
    }

    func handle(_ key: Key, app: App) {
        let rows = shown
        switch key {
        case .enter, .function(2):
            app.pop()
            onAccept(selected, app)
        case .escape:
            app.pop()
        case .character(" "):
            guard rows.indices.contains(cursor.selected) else { return }
            let index = rows[cursor.selected]
            guard locked[index] == nil else { return }
            if selected.contains(index) { selected.remove(index) } else { selected.insert(index) }
        case .up, .down, .pageUp, .pageDown:
            _ = cursor.handle(key, count: rows.count, visible: visible)
        default:
            if filter.handle(key) { cursor = ListCursor() }
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let c = app.strings.casework
        let box = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        canvas.put(" \(heading) ", x: box.x + 2, y: box.y, role: .heading, maxWidth: box.width - 4)
        canvas.put(c.filterPrompt, x: box.x + 2, y: box.y + 1, role: .dim)
        let filterX = box.x + 2 + c.filterPrompt.count
        let typedX = filter.draw(into: &canvas, x: filterX, y: box.y + 1, width: 30, role: .field)
        let rows = shown
        visible = box.height - 4
        cursor.clamp(count: rows.count, visible: visible)
        canvas.cursor = (typedX, box.y + 1)
        canvas.cursorVisible = true
        for (offset, index) in rows.dropFirst(cursor.top).prefix(visible).enumerated() {
            let y = box.y + 2 + offset
            let isCurrent = cursor.top + offset == cursor.selected
            let mark = locked[index] != nil ? "[•]" : selected.contains(index) ? "[x]" : "[ ]"
            var text = "\(mark) \(options[index])"
            if let reason = locked[index] { text += "  (\(reason))" }
            if isCurrent { canvas.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selected) }
            canvas.put(text, x: box.x + 2, y: y, role: isCurrent ? .selected : .normal, maxWidth: box.width - 4)
        }
        canvas.put(c.chosenCount(selected.count), x: box.x + 2, y: box.maxY - 2, role: .dim)
    }
}
