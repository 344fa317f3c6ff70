import TeczkaCore

/// One screen of the program: its own state, how it reacts to keys (`handle`) and how it looks (`draw`).
/// The `App` keeps a stack of screens; the top one gets the keys.
protocol Screen: AnyObject {
    func title(_ app: App) -> String
    func keyHints(_ app: App) -> [KeyHint]
    func helpLines(_ app: App) -> [String]
    func handle(_ key: Key, app: App)
    func draw(into canvas: inout Canvas, area: Rect, app: App)
    /// True while typing text, so that `?` and `q` are letters, not commands.
    var isTyping: Bool { get }
    /// True when leaving would lose typed changes.
    var hasUnsavedChanges: Bool { get }
    /// Drawn over the screen below it (dialogs, help).
    var isModal: Bool { get }
    /// Called when the screen comes back to the top, to refresh what it shows.
    func reappear(app: App)
}

extension Screen {
    var isTyping: Bool { false }
    var hasUnsavedChanges: Bool { false }
    var isModal: Bool { false }
    func reappear(app: App) {}
}

/// A yes/no question drawn as a box over the screen below.
final class ConfirmDialog: Screen {
    let question: String
    let onYes: (App) -> Void
    let onNo: (App) -> Void

    init(_ question: String, onYes: @escaping (App) -> Void, onNo: @escaping (App) -> Void = { _ in }) {
        self.question = question
        self.onYes = onYes
        self.onNo = onNo
    }

    var isModal: Bool { true }
    func title(_ app: App) -> String { app.strings.appName }
    func keyHints(_ app: App) -> [KeyHint] { [KeyHint("T", app.strings.yes), KeyHint("N", app.strings.no)] }
    func helpLines(_ app: App) -> [String] { [question, "", app.strings.confirmKeys] }

    func handle(_ key: Key, app: App) {
        switch key {
        // Enter does not confirm: a stray Enter must not archive a family or throw typing away.
        case .character("t"), .character("T"), .character("y"), .character("Y"):
            app.pop()
            onYes(app)
        case .character("n"), .character("N"), .escape:
            app.pop()
            onNo(app)
        default: break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let width = min(area.width - 4, 70)
        let lines = wrap(question, width: width - 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - lines.count - 4) / 2),
                       width: width, height: lines.count + 4)
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        for (i, line) in lines.enumerated() { canvas.put(line, x: box.x + 2, y: box.y + 1 + i) }
        let keys = app.strings.confirmKeys
        canvas.put(keys, x: box.x + (width - keys.count) / 2, y: box.maxY - 2, role: .heading)
        canvas.cursor = (box.x + (width - keys.count) / 2, box.maxY - 2)
    }
}

/// Help for the screen below: its own lines and the common keys, scrollable.
final class HelpScreen: Screen {
    let lines: [String]
    let topic: String
    var offset = 0

    init(topic: String, lines: [String]) {
        self.topic = topic
        self.lines = lines
    }

    var isModal: Bool { true }
    func title(_ app: App) -> String { app.strings.helpTitle(topic) }
    func keyHints(_ app: App) -> [KeyHint] { [KeyHint("Esc", app.strings.keyBack)] }
    func helpLines(_ app: App) -> [String] { lines }

    func handle(_ key: Key, app: App) {
        switch key {
        case .escape, .function(1), .character("q"), .character("?"), .enter: app.pop()
        case .down, .character("j"): offset = min(offset + 1, max(0, lines.count - 1))
        case .up, .character("k"): offset = max(0, offset - 1)
        case .pageDown: offset = min(offset + 10, max(0, lines.count - 1))
        case .pageUp: offset = max(0, offset - 10)
        default: break
        }
    }

    /// Long lines wrap under their own indentation, and a key line ("  F7            what it does") under its
    /// description, so key tables stay aligned at any width.
    static func wrapped(_ line: String, width: Int) -> [String] {
        let indent = line.prefix { $0 == " " }.count
        var hanging = indent
        if indent > 0, let gap = line.dropFirst(indent).range(of: "  ") {
            let description = line[gap.lowerBound...].prefix { $0 == " " }.count + line.distance(from: line.startIndex, to: gap.lowerBound)
            if description <= 24 && description < line.count { hanging = description }
        }
        let parts = wrap(String(line.dropFirst(hanging)), width: max(1, width - hanging))
        let head = String(line.prefix(hanging)), pad = String(repeating: " ", count: hanging)
        return parts.enumerated().map { ($0.offset == 0 ? head : pad) + $0.element }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let box = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        canvas.put(" \(app.strings.helpTitle(topic)) ", x: box.x + 2, y: box.y, role: .heading)
        let visible = box.height - 3
        let wrapped = lines.flatMap { HelpScreen.wrapped($0, width: box.width - 4) }
        offset = min(offset, max(0, wrapped.count - visible))
        for (i, line) in wrapped.dropFirst(offset).prefix(visible).enumerated() {
            canvas.put(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
        }
        canvas.put(app.strings.helpClose, x: box.x + 2, y: box.maxY - 2, role: .dim, maxWidth: box.width - 4)
        canvas.cursor = (box.x + 2, box.y + 1)
    }
}
