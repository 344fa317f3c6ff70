import Foundation
import TeczkaCore

/// Two (or more) versions of a record side by side: the one shown now on the left, another on the right, each headed
/// with its author and time; only the differing fields unless `W`. 1…9 (or ← → and Enter) keep a version, E keeps
/// it and opens it for correction, Tab switches the pane that scrolls (and, with 3+ versions, the version on the right).
final class ConflictScreen: Screen {
    let recordID: RecordID
    /// Which pane Tab reached: 0 the left one, n ≥ 1 the right one showing version n + 1.
    private var position = 0
    private var right = 1
    /// The version ← → chose (0: the left one).
    private var chosen = 0
    private var showAll = false
    private var offsets = [0, 0]
    private var paneHeight = 10

    init(recordID: RecordID) { self.recordID = recordID }

    private func heads(_ app: App) -> [Revision] { app.file?.heads(of: recordID) ?? [] }

    func title(_ app: App) -> String {
        guard let kind = heads(app).first?.kind else { return app.strings.conflict.title }
        let what = ConflictScreens.describe(recordID, kind, app)
        let family = app.file?.familyID(of: kind, recordID).map(app.familyLabel)
        return app.strings.conflict.compareTitle(family.map { "\($0) — \(what)" } ?? what)
    }

    func keyHints(_ app: App) -> [KeyHint] {
        // The digits are one hint: "1/2 Zachowaj", or "1…3 Zachowaj" with three versions.
        var hints = commands(app).hints(app, last: KeyHint("Esc", app.strings.keyBack))
        let count = heads(app).count
        if let index = hints.firstIndex(where: { $0.key == "1" }) {
            hints[index] = KeyHint(count > 2 ? "1…\(min(count, 9))" : "1/2", app.strings.conflict.keyKeep)
        }
        return hints
    }

    func helpLines(_ app: App) -> [String] { commands(app).help(app.strings.conflict.helpCompare) }

    /// The comparison's commands. Nothing is typed on it, so digits and letters run them directly (and F9 lists them).
    func commands(_ app: App) -> [Command] {
        let c = app.strings.conflict, explained = c.helpCompare.commands
        let count = heads(app).count
        let recordID = recordID
        func command(_ label: String, _ keys: [Key], _ letter: Character, bar: Bool = true, _ run: @escaping (App) -> Void) -> Command {
            Command(label, keys: keys, menu: letter, inBar: bar, explanation: explained[letter], run: run)
        }
        var list = (1...max(2, min(count, 9))).map { number in
            let digit = Character(String(number))
            return command("\(c.keyKeep) \(number)", [.character(digit)], digit, bar: number == 1) { app in
                ConflictScreens.keep(recordID, version: number - 1, thenEdit: false, app: app)
            }
        }
        list += [
            command(c.keyLeft, [.left], "L", bar: false) { [self] _ in chosen = 0 },
            command(c.keyRight, [.right], "P", bar: false) { [self] _ in chosen = right },
            command(c.keyKeepChosen, [.enter], "Z", bar: false) { [self] app in
                ConflictScreens.keep(recordID, version: chosen, thenEdit: false, app: app)
            },
            command(c.keyMerge, [.character("E")], "E") { [self] app in ConflictScreens.keep(recordID, version: chosen, thenEdit: true, app: app) },
            command(showAll ? c.keyDifferences : c.keyAll, [.character("W")], "W") { [self] _ in
                showAll.toggle()
                offsets = [0, 0]
            },
            command(c.keyPane, [.tab, .backTab], "K") { [self] _ in switchPane(forward: true, count: count) },
        ]
        return list
    }

    private func switchPane(forward: Bool, count: Int) {
        guard count > 1 else { return }
        position = (position + (forward ? 1 : count - 1)) % count
        if position > 0, position != right {
            right = position
            offsets[1] = 0
        }
    }

    func handle(_ key: Key, app: App) {
        let count = heads(app).count
        guard count > 1 else {
            if key == .escape || key == .left { app.pop() }
            return
        }
        let pane = position == 0 ? 0 : 1
        switch key {
        case .backTab: switchPane(forward: false, count: count)
        case .down, .character("j"): offsets[pane] += 1
        case .up, .character("k"): offsets[pane] = max(0, offsets[pane] - 1)
        case .pageDown, .character(" "): offsets[pane] += max(1, paneHeight - 1)
        case .pageUp: offsets[pane] = max(0, offsets[pane] - max(1, paneHeight - 1))
        case .home: offsets[pane] = 0
        case .escape: app.pop()
        case .function(9): app.push(MenuScreen(heading: app.strings.menuTitle, items: commands(app).menuItems))
        default: commands(app).matchingLetter(key)?.run(app)
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let heads = heads(app)
        let c = app.strings.conflict
        guard heads.count > 1 else {
            canvas.put(c.empty, x: 2, y: area.y + 2, role: .dim)
            canvas.cursor = (2, area.y + 2)
            return
        }
        right = min(right, heads.count - 1)
        chosen = min(chosen, heads.count - 1)
        let comparison = VersionComparison(heads: heads, app: app)
        let shownKeys = showAll ? comparison.keys : comparison.keys.filter(comparison.differing.contains)
        canvas.put(c.summary(heads.count, comparison.differing.count, showAll), x: 1, y: area.y, role: .dim,
                   maxWidth: area.width - 2)

        let leftWidth = (area.width - 1) / 2
        let rightX = leftWidth + 1
        let widths = [leftWidth, area.width - rightX]
        let versions = [0, right]
        // Each field takes as many rows as its longest value, so that a field sits at the same height in both panes.
        var columns: [[String]] = [[], []]
        for key in shownKeys {
            let mark = showAll && comparison.differing.contains(key) ? "≠ " : ""
            let blocks = versions.indices.map { pane in
                wrap(mark + comparison.label(key) + ": " + comparison.text(key, version: versions[pane]), width: widths[pane] - 2)
            }
            let height = blocks.map(\.count).max() ?? 1
            for pane in 0..<2 { columns[pane] += blocks[pane] + Array(repeating: "", count: height - blocks[pane].count) }
        }
        if shownKeys.isEmpty { columns = [wrap(c.noDifferences, width: widths[0] - 2), []] }

        let top = area.y + 2
        paneHeight = max(1, area.maxY - top - 3)
        for pane in 0..<2 {
            let x = pane == 0 ? 0 : rightX
            let focused = (position == 0) == (pane == 0)
            let index = versions[pane]
            let marker = chosen == index ? "▸ " : "  "
            canvas.put(marker + c.version(index + 1, index == 0), x: x, y: top, role: focused ? .heading : .dim,
                       maxWidth: widths[pane])
            canvas.put("  " + c.author(app.file?.userName(heads[index].author) ?? "", FamilyCardScreen.timestamp(heads[index].timestamp)),
                       x: x, y: top + 1, maxWidth: widths[pane])
            canvas.put(String(repeating: "─", count: widths[pane]), x: x, y: top + 2, role: .dim)
            let lines = columns[pane]
            offsets[pane] = min(offsets[pane], max(0, lines.count - paneHeight))
            for (row, line) in lines.dropFirst(offsets[pane]).prefix(paneHeight).enumerated() {
                canvas.put(line, x: x + 1, y: top + 3 + row, maxWidth: widths[pane] - 2)
            }
            if lines.count > paneHeight {
                let mark = "\(min(lines.count, offsets[pane] + paneHeight))/\(lines.count)"
                canvas.put(mark, x: x + widths[pane] - mark.count - 1, y: top + 1, role: .dim)
            }
        }
        for y in top..<area.maxY { canvas.put("│", x: leftWidth, y: y, role: .dim) }
        canvas.cursor = (chosen == 0 ? 0 : rightX, top)
    }
}
