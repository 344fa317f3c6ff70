import TeczkaCore

/// One command of a screen's F9 menu: the letter that runs it in the menu, what it does, and the action.
struct MenuItem {
    let key: Character
    let label: String
    /// The command's own key, when it has one (shown at the right, so the menu teaches it).
    var shortcut: String? = nil
    let run: (App) -> Void
}

/// The F9 menu (as in Midnight Commander): every command of the screen below with its letter. ↑ ↓ and Enter run the
/// highlighted one, its letter runs it at once, Esc or F9 closes. Letters are commands only here: on the lists they
/// start the search, so typing a family's name never opens something else.
final class MenuScreen: Screen {
    let heading: String
    let items: [MenuItem]
    var cursor = ListCursor()

    init(heading: String, items: [MenuItem]) {
        self.heading = heading
        self.items = items
    }

    var isModal: Bool { true }
    func title(_ app: App) -> String { heading }
    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("Enter", app.strings.keyChoose), KeyHint("Esc", app.strings.keyCancel)]
    }
    func helpLines(_ app: App) -> [String] {
        [app.strings.menuHelp, ""] + items.map { "  \($0.key)             ".prefix(16) + $0.label + ($0.shortcut.map { " (\($0))" } ?? "") }
    }

    func handle(_ key: Key, app: App) {
        switch key {
        case .escape, .function(9):
            app.pop()
        case .enter:
            guard items.indices.contains(cursor.selected) else { return }
            run(items[cursor.selected], app)
        case .character(let letter):
            // Case does not matter: the menu shows one letter per command.
            if let item = items.first(where: { $0.key.lowercased() == letter.lowercased() }) { run(item, app) }
        default:
            _ = cursor.handle(key, count: items.count, visible: items.count)
        }
    }

    private func run(_ item: MenuItem, _ app: App) {
        app.pop()
        item.run(app)
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let width = min(area.width - 4, max(30, (items.map { DisplayWidth.of($0.label) + ($0.shortcut?.count ?? 0) }.max() ?? 0) + 12))
        let box = Rect(x: area.x + 2, y: area.y, width: width, height: min(area.height, items.count + 2))
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        canvas.put(" \(heading) ", x: box.x + 2, y: box.y, role: .heading, maxWidth: box.width - 4)
        cursor.clamp(count: items.count, visible: box.height - 2)
        for (offset, item) in items.dropFirst(cursor.top).prefix(box.height - 2).enumerated() {
            let y = box.y + 1 + offset
            let selected = cursor.top + offset == cursor.selected
            if selected { canvas.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), role: .selected) }
            let shortcut = item.shortcut.map { " \($0) " } ?? ""
            canvas.put(" \(item.key)  \(item.label)", x: box.x + 1, y: y, role: selected ? .selected : .normal,
                       maxWidth: box.width - 2 - shortcut.count)
            if !shortcut.isEmpty {
                canvas.put(shortcut, x: box.maxX - 1 - shortcut.count, y: y, role: selected ? .selected : .dim)
            }
            if selected { canvas.cursor = (box.x + 2, y) }
        }
    }
}
