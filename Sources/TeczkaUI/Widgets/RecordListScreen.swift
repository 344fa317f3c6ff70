import TeczkaCore

/// A list of records with a details panel and per-screen keys: the shape of the casework screens (cooperations,
/// problems, plan versions, visits, placements and events, the timeline). Each screen is a configuration of it.
final class RecordListScreen: Screen {
    struct Row {
        let id: RecordID
        let text: String
        var dim = false
    }

    /// A command of the list, run with the selected row (nil when the list is empty). See `Command`.
    struct Action {
        let label: String
        let keys: [Key]
        let menu: Character?
        let inBar: Bool
        let explanation: String?
        let run: (RecordID?, App) -> Void

        init(_ label: String, keys: [Key] = [], menu: Character? = nil, inBar: Bool = true, explanation: String? = nil,
             run: @escaping (RecordID?, App) -> Void) {
            self.label = label
            self.keys = keys
            self.menu = menu
            self.inBar = inBar
            self.explanation = explanation
            self.run = run
        }
    }

    let heading: (App) -> String
    let columns: (App) -> String
    let rows: (App) -> [Row]
    let details: (RecordID, App) -> [String]
    let empty: (App) -> String
    let help: (App) -> ScreenHelp
    var actions: [Action] = []
    /// Keys that change what `rows` returns (filters) without leaving the screen.
    var footer: (App) -> String? = { _ in nil }

    private var all: [Row] = []
    private var cached: [Row] = []
    private var loaded = false
    /// Type to find: the first letter opens the search line, and the list shows only the rows containing the text.
    private var search = SearchLine()
    var query: String { search.query }
    private var cursor = ListCursor()
    private var visible = 8

    init(heading: @escaping (App) -> String, columns: @escaping (App) -> String, rows: @escaping (App) -> [Row],
         details: @escaping (RecordID, App) -> [String], empty: @escaping (App) -> String,
         help: @escaping (App) -> ScreenHelp) {
        self.heading = heading
        self.columns = columns
        self.rows = rows
        self.details = details
        self.empty = empty
        self.help = help
    }

    func title(_ app: App) -> String { heading(app) }
    var isTyping: Bool { search.isOpen }

    /// The screen's commands as declared; each runs with the row selected when it runs, then the list is reloaded.
    func commands(_ app: App) -> [Command] {
        let explained = help(app).commands
        return actions.map { action in
            Command(action.label, keys: action.keys, menu: action.menu, inBar: action.inBar,
                    explanation: action.explanation ?? action.menu.flatMap { explained[$0] }) { [unowned self] app in
                action.run(selectedID, app)
                reload(app)
            }
        }
    }

    func helpLines(_ app: App) -> [String] {
        let help = help(app)
        return help.intro + [""] + commands(app).helpLines(then: app.strings.listSearchHelp)
            + (help.outro.isEmpty ? [] : [""] + help.outro)
    }

    func keyHints(_ app: App) -> [KeyHint] {
        if search.isOpen { return [KeyHint("Enter", app.strings.keyChoose), KeyHint("Esc", app.strings.keyCancel)] }
        return commands(app).hints(app, last: KeyHint("Esc", app.strings.keyBack))
    }

    func reappear(app: App) { reload(app) }

    func reload(_ app: App) {
        let id = selectedID
        all = rows(app)
        applyFilter()
        loaded = true
        if let id, let index = cached.firstIndex(where: { $0.id == id }) { cursor.selected = index }
        cursor.clamp(count: cached.count, visible: visible)
    }

    private func applyFilter() {
        let needle = PolishCollation.fold(query.trimmingCharacters(in: .whitespaces))
        cached = needle.isEmpty ? all : all.filter { PolishCollation.fold($0.text).contains(needle) }
    }

    var selectedID: RecordID? { cached.indices.contains(cursor.selected) ? cached[cursor.selected].id : nil }

    func select(_ id: RecordID, app: App) {
        reload(app)
        if let index = cached.firstIndex(where: { $0.id == id }) { cursor.selected = index }
    }

    func handle(_ key: Key, app: App) {
        if !loaded { reload(app) }
        if search.isOpen {
            searched(search.handle(key), key)
            return
        }
        let commands = commands(app)
        if let command = commands.matching(key) {
            command.run(app)
            return
        }
        // Letters search, never run a command (issue 13): typing a name cannot end a cooperation or approve.
        if case .character(let letter) = key, letter != " " {
            searched(search.open(typing: key), key)
            return
        }
        if cursor.handle(key, count: cached.count, visible: visible) { return }
        switch key {
        case .function(3):
            searched(search.open(), key)
        case .function(9) where commands.hasMenu:
            app.push(MenuScreen(heading: app.strings.menuTitle, items: commands.menuItems))
        case .escape where search.clear():
            applyFilter()
        case .escape, .left:
            app.pop()
        default: break
        }
    }

    private func searched(_ outcome: SearchLine.Outcome, _ key: Key) {
        switch outcome {
        case .filterChanged:
            cursor = ListCursor()
            applyFilter()
        case .move: _ = cursor.handle(key, count: cached.count, visible: visible)
        case .unchanged, .closed: break
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
            let text = all.isEmpty ? empty(app) : app.strings.listNoMatches(query)
            canvas.put(text, x: 2, y: area.y + 2, role: .dim, maxWidth: area.width - 4)
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
        let footerY = area.maxY - 1
        if search.isOpen {
            search.draw(into: &canvas, y: footerY, width: area.width, prompt: app.strings.searchPrompt)
        } else if !query.isEmpty {
            canvas.put(app.strings.searchShowing(query, cached.count, all.count), x: 1, y: footerY, role: .dim,
                       maxWidth: area.width - 2)
        } else if let text = footer(app) {
            canvas.put(text, x: 1, y: footerY, role: .dim, maxWidth: area.width - 2)
        }
    }
}
