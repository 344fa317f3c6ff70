import TeczkaCore

/// What a package adds and what this store refuses of it, scrollable (a package can name many refused revisions),
/// with the choice below: T takes the rest, N takes nothing. Without anything to take, only Esc closes it.
final class PackagePreviewScreen: Screen {
    let heading: String
    let lines: [String]
    let question: String?
    let onYes: (App) -> Void
    let onNo: (App) -> Void
    var offset = 0

    init(heading: String, lines: [String], question: String?, onYes: @escaping (App) -> Void = { _ in },
         onNo: @escaping (App) -> Void = { _ in }) {
        self.heading = heading
        self.lines = lines
        self.question = question
        self.onYes = onYes
        self.onNo = onNo
    }

    var isModal: Bool { true }
    func title(_ app: App) -> String { heading }

    func keyHints(_ app: App) -> [KeyHint] {
        question == nil ? [KeyHint("Esc", app.strings.keyBack)]
                        : [KeyHint("T", app.strings.yes), KeyHint("N", app.strings.no)]
    }

    func helpLines(_ app: App) -> [String] { lines + (question.map { ["", $0, app.strings.confirmKeys] } ?? []) }

    func handle(_ key: Key, app: App) {
        switch key {
        case .character("t"), .character("T"), .character("y"), .character("Y"):
            guard question != nil else { return }
            app.pop()
            onYes(app)
        case .character("n"), .character("N"), .escape:
            app.pop()
            onNo(app)
        case .down, .character("j"): offset += 1
        case .up, .character("k"): offset = max(0, offset - 1)
        case .pageDown: offset += 10
        case .pageUp: offset = max(0, offset - 10)
        default: break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let width = area.width - 2
        let footer = question.map { [$0, app.strings.confirmKeys] } ?? ["Esc — " + app.strings.keyBack.lowercased()]
        let wrapped = lines.flatMap { line -> [String] in
            let indent = String(line.prefix { $0 == " " })
            return wrap(String(line.dropFirst(indent.count)), width: width - 6 - indent.count).map { indent + $0 }
        }
        let footerLines = footer.flatMap { wrap($0, width: width - 4) }
        // As tall as the text needs, up to the whole area (then it scrolls).
        let height = min(area.height, wrapped.count + footerLines.count + 3)
        let box = Rect(x: area.x + 1, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box, role: .normal)
        canvas.box(box, role: .heading)
        canvas.put(" \(heading) ", x: box.x + 2, y: box.y, role: .heading, maxWidth: box.width - 4)
        let visible = max(1, box.height - 3 - footerLines.count)
        offset = min(offset, max(0, wrapped.count - visible))
        for (i, line) in wrapped.dropFirst(offset).prefix(visible).enumerated() {
            canvas.put(line, x: box.x + 2, y: box.y + 1 + i, maxWidth: box.width - 4)
        }
        for (i, line) in footerLines.enumerated() {
            canvas.put(line, x: box.x + 2, y: box.maxY - 1 - footerLines.count + i, role: .heading, maxWidth: box.width - 4)
        }
        canvas.cursor = (box.x + 2, box.maxY - 2)
    }
}
