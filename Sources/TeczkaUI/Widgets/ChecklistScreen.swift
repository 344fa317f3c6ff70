import TeczkaCore

/// Choosing several items from a list. Two places have the focus in turn: the search field (where it starts; typing
/// narrows the list, diacritics ignored) and the list (Space ticks the highlighted item). The highlight is shown only
/// while the list has the focus, so a key never changes an item the user is not looking at. Enter or F2 accepts,
/// Esc leaves the selection as it was.
final class ChecklistScreen: Screen {
    let heading: String
    let options: [String]
    /// Options shown but not selectable (already recorded, for example), with the reason shown beside them.
    let locked: [Int: String]
    var selected: Set<Int>
    var filter = TextField(limit: 60)
    var cursor = ListCursor()
    /// False: the search field has the focus; true: the list.
    private(set) var listFocused = false
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
        let move = listFocused ? [KeyHint(c.spaceKey, c.keyTick), KeyHint("Tab", c.keyToSearch)] : [KeyHint("↓", c.keyToList)]
        return move + [KeyHint("Enter", c.keyAccept), KeyHint("Esc", app.strings.keyCancel)]
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
        case .tab, .backTab:
            listFocused = !listFocused && !rows.isEmpty
            if listFocused { cursor = ListCursor() }
        default:
            listFocused ? handleInList(key, rows) : handleInSearch(key, rows)
        }
    }

    private func handleInSearch(_ key: Key, _ rows: [Int]) {
        switch key {
        case .down, .pageDown:
            // Into the list, on its first item: the first Down never skips an item.
            guard !rows.isEmpty else { return }
            listFocused = true
            cursor = ListCursor()
        default:
            let before = filter.text
            // Only a changed search moves the highlight back to the top (End or ← only move the text cursor).
            if filter.handle(key), filter.text != before { cursor = ListCursor() }
        }
    }

    private func handleInList(_ key: Key, _ rows: [Int]) {
        switch key {
        case .character(" "):
            guard rows.indices.contains(cursor.selected) else { return }
            let index = rows[cursor.selected]
            guard locked[index] == nil else { return }
            if selected.contains(index) { selected.remove(index) } else { selected.insert(index) }
        case .up where cursor.selected == 0:
            listFocused = false
        case .up, .down, .pageUp, .pageDown, .home, .end:
            _ = cursor.handle(key, count: rows.count, visible: visible)
        case .character, .backspace, .delete, .control, .left, .right:
            // Typing is searching: the letter goes to the search, which takes the focus.
            listFocused = false
            handleInSearch(key, rows)
        default:
            break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let c = app.strings.casework
        let box = Rect(x: area.x + 2, y: area.y, width: area.width - 4, height: area.height)
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        canvas.put(" \(heading) ", x: box.x + 2, y: box.y, role: .heading, maxWidth: box.width - 4)
        canvas.put(c.filterPrompt, x: box.x + 2, y: box.y + 1, role: listFocused ? .dim : .heading)
        let filterX = box.x + 2 + c.filterPrompt.count
        let typedX = filter.draw(into: &canvas, x: filterX, y: box.y + 1, width: 30, role: .field)
        let rows = shown
        visible = box.height - 4
        cursor.clamp(count: rows.count, visible: visible)
        if rows.isEmpty {
            listFocused = false
            canvas.put(c.nothingFound, x: box.x + 2, y: box.y + 2, role: .dim, maxWidth: box.width - 4)
        }
        canvas.cursor = listFocused ? (box.x + 3, box.y + 2 + cursor.selected - cursor.top) : (typedX, box.y + 1)
        canvas.cursorVisible = !listFocused
        for (offset, index) in rows.dropFirst(cursor.top).prefix(visible).enumerated() {
            let y = box.y + 2 + offset
            let isCurrent = listFocused && cursor.top + offset == cursor.selected
            let mark = locked[index] != nil ? "[•]" : selected.contains(index) ? "[x]" : "[ ]"
            var text = "\(mark) \(options[index])"
            if let reason = locked[index] { text += "  (\(reason))" }
            if isCurrent { canvas.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selected) }
            canvas.put(text, x: box.x + 2, y: y, role: isCurrent ? .selected : .normal, maxWidth: box.width - 4)
        }
        canvas.put(c.chosenCount(selected.count), x: box.x + 2, y: box.maxY - 2, role: .dim)
    }
}
