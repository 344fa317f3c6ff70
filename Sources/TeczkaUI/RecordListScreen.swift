import TeczkaCore

/// A list of records with a details panel and per-screen keys: the shape of the casework screens (cooperations,
/// problems, plan versions, visits, placements and events, the timeline). Each screen is a configuration of it.
final class RecordListScreen: Screen {
    struct Row {
        let id: RecordID
        let text: String
        var dim = false
    }

    struct Action {
        let keys: [Key]
        let hint: KeyHint?
        /// Runs with the selected row (nil when the list is empty).
        let run: (RecordID?, App) -> Void
    }

    let heading: (App) -> String
    let columns: (App) -> String
    let rows: (App) -> [Row]
    let details: (RecordID, App) -> [String]
    let empty: (App) -> String
    let help: (App) -> [String]
    var actions: [Action] = []
    /// Keys that change what `rows` returns (filters) without leaving the screen.
    var footer: (App) -> String? = { _ in nil }

    private var cached: [Row] = []
    private var loaded = false
    private var cursor = ListCursor()
    private var visible = 8

    init(heading: @escaping (App) -> String, columns: @escaping (App) -> String, rows: @escaping (App) -> [Row],
         details: @escaping (RecordID, App) -> [String], empty: @escaping (App) -> String,
         help: @escaping (App) -> [String]) {
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.details = details
        self.empty = empty
        self.help = help
    }

    func title(_ app: App) -> String { heading(app) }
    func helpLines(_ app: App) -> [String] { help(app) }

    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp)] + actions.compactMap(\.hint) + [KeyHint("Esc", app.strings.keyBack)]
    }

    func reappear(app: App) { reload(app) }

    func reload(_ app: App) {
        let id = selectedID
        cached = rows(app)
        loaded = true
        if let id, let index = cached.firstIndex(where: { $0.id == id }) { cursor.selected = index }
        cursor.clamp(count: cached.count, visible: visible)
    }

    var selectedID: RecordID? { cached.indices.contains(cursor.selected) ? cached[cursor.selected].id : nil }

    func select(_ id: RecordID, app: App) {
        reload(app)
        if let index = cached.firstIndex(where: { $0.id == id }) { cursor.selected = index }
    }

    func handle(_ key: Key, app: App) {
        if !loaded { reload(app) }
        // The screen's own keys first: a letter like K (koniec) wins over the vi keys of the list.
        if let action = actions.first(where: { $0.keys.contains(key) }) {
            action.run(selectedID, app)
            reload(app)
            return
        }
        if cursor.handle(key, count: cached.count, visible: visible) { return }
        switch key {
        case .escape, .left: app.pop()
        case .character("q"): app.requestQuit()
        default: break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        if !loaded { reload(app) }
        canvas.put(columns(app), x: 1, y: area.y, role: .heading, maxWidth: area.width - 2)
        // Long detail lines wrap (keeping their indentation) instead of being cut at the edge.
        let detailLines = (selectedID.map { details($0, app) } ?? []).flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            let parts = wrap(String(line.dropFirst(indent.count)), width: area.width - 4 - indent.count)
            return parts.isEmpty ? [line] : parts.map { indent + $0 }
        }
        let detailHeight = min(detailLines.count, max(0, area.height / 2 - 1))
        visible = max(3, area.height - 3 - (detailHeight > 0 ? detailHeight + 1 : 0))
        cursor.clamp(count: cached.count, visible: visible)
        if cached.isEmpty {
            canvas.put(empty(app), x: 2, y: area.y + 2, role: .dim, maxWidth: area.width - 4)
            canvas.cursor = (2, area.y + 2)
        }
        for (offset, row) in cached.dropFirst(cursor.top).prefix(visible).enumerated() {
            let y = area.y + 1 + offset
            let isSelected = cursor.top + offset == cursor.selected
            if isSelected {
                canvas.fill(Rect(x: 0, y: y, width: area.width, height: 1), role: .selected)
                canvas.cursor = (1, y)
            }
            canvas.put(row.text, x: 1, y: y, role: isSelected ? .selected : row.dim ? .dim : .normal,
                       maxWidth: area.width - 2)
        }
        if cached.count > visible {
            canvas.put("\(cursor.selected + 1)/\(cached.count)", x: area.width - 10, y: area.y, role: .dim)
        }
        if detailHeight > 0 {
            let top = area.y + 1 + visible
            canvas.put(String(repeating: "─", count: area.width - 2), x: 1, y: top, role: .dim)
            for (i, line) in detailLines.prefix(detailHeight).enumerated() {
                canvas.put(line, x: 2, y: top + 1 + i, maxWidth: area.width - 4)
            }
        }
        if let text = footer(app) {
            canvas.put(text, x: 1, y: area.maxY - 1, role: .dim, maxWidth: area.width - 2)
        }
    }
}
