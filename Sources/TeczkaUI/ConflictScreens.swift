import Foundation
import TeczkaCore

/// "Konflikty": records that two computers changed since their last exchange. Both versions are kept and the newer is
/// shown (see `CaseFile.conflicts`); here the user compares them and keeps one. Key `K` on the family list, or Enter on
/// a "zapis w konflikcie" item of "Do zrobienia".
enum ConflictScreens {
    static let familyWidth = 18, recordWidth = 32, versionsWidth = 8

    static func list(app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { app in app.strings.conflict.title },
            columns: { app in
                let c = app.strings.conflict
                return row(c.columnFamily, c.columnRecord, c.columnVersions, c.columnNewest)
            },
            rows: { app in
                guard let file = app.file else { return [] }
                return file.conflicts(visibleTo: nil).map { conflict in
                    .init(id: conflict.recordID,
                          text: row(conflict.familyID.map(app.familyLabel) ?? app.strings.conflict.noFamily,
                                    describe(conflict.recordID, conflict.kind, app), "\(conflict.heads.count)",
                                    FamilyCardScreen.timestamp(conflict.heads[0].timestamp)))
                }
            },
            details: { id, app in
                guard let file = app.file else { return [] }
                let c = app.strings.conflict
                return file.heads(of: id).enumerated().map { index, head in
                    c.detailLine(index + 1, file.userName(head.author), FamilyCardScreen.timestamp(head.timestamp), index == 0)
                }
            },
            empty: { app in app.strings.conflict.empty },
            help: { app in app.strings.conflict.helpList })
        screen.actions = [
            .init(keys: [.enter, .right], hint: KeyHint("Enter", app.strings.conflict.keyCompare), run: { id, app in
                if let id { app.push(ConflictScreen(recordID: id)) }
            }),
        ]
        return screen
    }

    private static func row(_ family: String, _ record: String, _ versions: String, _ newest: String) -> String {
        fit(family, familyWidth) + " " + fit(record, recordWidth) + " " + fit(versions, versionsWidth, alignRight: true)
            + "  " + newest
    }

    /// What a record is, in words: "rodzina", "osoba: Jan Kowalski", "wizyta 03.11.2026" …
    static func describe(_ id: RecordID, _ kind: RecordKind, _ app: App) -> String {
        guard let file = app.file else { return "" }
        let c = app.strings.conflict
        switch kind {
        case .family: return c.family
        case .member: return c.member(file.members[id]?.fullName ?? id.short)
        case .cooperation: return c.cooperation(file.cooperations[id]?.start.polish ?? id.short)
        case .problem:
            let code = file.problems[id]?.code ?? ""
            return c.problem(file.settings.catalogue.entry(code)?.label ?? code)
        case .planVersion:
            guard let plan = file.planVersions[id] else { return c.plan(0, id.short) }
            return c.plan(plan.number, plan.date.polish)
        case .visit: return c.visit(file.visits[id]?.date.polish ?? id.short)
        case .placement: return c.placement(file.placements[id]?.start.polish ?? id.short)
        case .event:
            guard let event = file.events[id] else { return c.event("", id.short) }
            return c.event(app.strings.casework.eventKind(event.kind), event.date.polish)
        case .assessment:
            guard let x = file.assessments[id] else { return c.assessment(id.short, "") }
            return c.assessment(x.periodFrom.polish, x.periodTo.polish)
        case .meeting: return c.meeting(file.meetings[id]?.date.polish ?? id.short)
        case .user: return c.user(file.userName(id))
        case .settings: return c.settings
        case .transfer: return c.transfer
        }
    }

    /// Keeps version `index` of the record (after a yes), then, with `thenEdit`, opens the kept record for correction:
    /// the family or person form, or the record's own list for other kinds.
    static func keep(_ recordID: RecordID, version index: Int, thenEdit: Bool, app: App) {
        guard let file = app.file else { return }
        let heads = file.heads(of: recordID)
        guard heads.count > 1, heads.indices.contains(index) else { return }
        let c = app.strings.conflict
        let who = file.userName(heads[index].author) + ", " + FamilyCardScreen.timestamp(heads[index].timestamp)
        let others = heads.count - 1
        let question = thenEdit ? c.mergeQuestion(index + 1, who, others) : c.keepQuestion(index + 1, who, others)
        // What the other versions say, for typing it in after keeping this one.
        let otherValues = VersionComparison(heads: heads, app: app).differences(besides: index)
        app.push(ConfirmDialog(question, onYes: { app in
            do {
                try app.file?.resolve(recordID, keeping: heads[index].id)
            } catch {
                app.report(error)
                return
            }
            app.pop()   // the comparison: back to where it was opened from
            app.show(c.kept(index + 1, who, others))
            if thenEdit { openEditor(recordID, kind: heads[index].kind, otherValues: otherValues, app: app) }
        }))
    }

    private static func openEditor(_ id: RecordID, kind: RecordKind, otherValues: String, app: App) {
        guard let file = app.file else { return }
        let c = app.strings.conflict
        let note = otherValues.isEmpty ? nil : c.otherVersion(otherValues)
        switch kind {
        case .family:
            guard let family = file.families[id] else { return }
            let form = FamilyFormScreen(family: family, strings: app.strings)
            form.note = note
            app.push(form)
        case .member:
            guard let member = file.members[id] else { return }
            let form = MemberFormScreen(member: member, familyID: member.familyID, strings: app.strings)
            form.note = note
            app.push(form)
        default:
            let familyID = file.familyID(of: kind, id)
            let list: RecordListScreen? = familyID.flatMap { familyID in
                switch kind {
                case .cooperation: return CooperationScreens.list(familyID: familyID, app: app)
                case .problem: return ProblemScreens.list(familyID: familyID, app: app)
                case .planVersion: return PlanScreens.list(familyID: familyID, app: app)
                case .visit: return VisitScreens.list(familyID: familyID, app: app)
                case .placement, .event: return PlacementScreens.list(familyID: familyID, app: app)
                case .assessment: return AssessmentScreens.list(familyID: familyID, app: app)
                default: return nil
                }
            }
            if let list {
                app.push(list)
                list.select(id, app: app)
                app.show((app.message?.text ?? "") + " " + c.editHere)
            } else {
                app.show((app.message?.text ?? "") + " " + c.editElsewhere)
            }
        }
    }
}

/// The versions of one record as fields: each body decoded as a JSON object, keys in the order of the forms, values
/// in words (dates as DD.MM.RRRR, ids as names, yes/no).
struct VersionComparison {
    let heads: [Revision]
    let values: [[String: JSONValue]]
    let keys: [String]
    let differing: Set<String>
    private let app: App

    init(heads: [Revision], app: App) {
        self.heads = heads
        self.app = app
        values = heads.map { (try? JSONDecoder().decode([String: JSONValue].self, from: $0.body)) ?? [:] }
        let order = Dictionary(uniqueKeysWithValues: Field.allCases.enumerated().map { ($1.rawValue, $0) })
        keys = Set(values.flatMap(\.keys)).subtracting(["id"]).sorted { a, b in
            switch (order[a], order[b]) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a < b
            }
        }
        let values = values
        differing = Set(keys.filter { key in Set(values.map { $0[key] ?? .null }).count > 1 })
    }

    func label(_ key: String) -> String {
        Field(rawValue: key).map(app.strings.fieldLabel) ?? app.strings.conflict.keyLabel(key) ?? key
    }

    func text(_ key: String, version index: Int) -> String {
        guard let value = values[index][key] else { return app.strings.conflict.none }
        return text(value, key: key)
    }

    private func text(_ value: JSONValue, key: String) -> String {
        let s = app.strings, c = s.conflict
        switch value {
        case .null: return c.none
        case .bool(let yes): return yes ? s.yes : s.no
        case .int(let n): return String(n)
        case .double(let n): return String(n)
        case .string(let text):
            if text.isEmpty { return c.emptyValue }
            if key == "structure", let structure = FamilyStructure(rawValue: text) { return s.structure(structure) }
            if key == "role", let role = MemberRole(rawValue: text) { return s.memberRole(role) }
            if text.count == 10, text.dropFirst(4).first == "-", let date = LocalDate(parsing: text) { return date.polish }
            if let file = app.file, text.count == 36 {
                let id = RecordID(text)
                if let name = file.users[id]?.name ?? file.members[id]?.fullName ?? file.families[id]?.label { return name }
            }
            return text
        case .array(let items):
            return items.isEmpty ? c.none : items.map { text($0, key: key) }.joined(separator: ", ")
        case .object(let fields):
            return fields.keys.sorted().filter { $0 != "id" }.map { label($0) + ": " + text(fields[$0]!, key: $0) }
                .joined(separator: "; ")
        }
    }

    /// "Adres „ul. Leśna 8”; Notatki „…”": the differing fields of the versions other than `index`.
    func differences(besides index: Int) -> String {
        keys.filter(differing.contains).compactMap { key -> String? in
            let mine = values[index][key]
            let others = values.indices.filter { $0 != index && values[$0][key] != mine }.map { text(key, version: $0) }
            return others.isEmpty ? nil : label(key) + " „" + others.joined(separator: "” / „") + "”"
        }.joined(separator: "; ")
    }
}

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
        let c = app.strings.conflict
        let count = heads(app).count
        return [KeyHint("F1", app.strings.keyHelp), KeyHint(count > 2 ? "1…\(min(count, 9))" : "1/2", c.keyKeep),
                KeyHint("E", c.keyMerge), KeyHint("W", showAll ? c.keyDifferences : c.keyAll), KeyHint("Tab", c.keyPane),
                KeyHint("Esc", app.strings.keyBack)]
    }

    func helpLines(_ app: App) -> [String] { app.strings.conflict.helpCompare }

    func handle(_ key: Key, app: App) {
        let count = heads(app).count
        guard count > 1 else {
            if key == .escape || key == .left { app.pop() }
            return
        }
        let pane = position == 0 ? 0 : 1
        switch key {
        case .tab, .backTab:
            position = (position + (key == .tab ? 1 : count - 1)) % count
            if position > 0, position != right {
                right = position
                offsets[1] = 0
            }
        case .left: chosen = 0
        case .right: chosen = right
        case .enter: ConflictScreens.keep(recordID, version: chosen, thenEdit: false, app: app)
        case .character(let ch) where ch.wholeNumberValue.map { (1...min(count, 9)).contains($0) } == true:
            ConflictScreens.keep(recordID, version: ch.wholeNumberValue! - 1, thenEdit: false, app: app)
        case .character("e"), .character("E"): ConflictScreens.keep(recordID, version: chosen, thenEdit: true, app: app)
        case .character("w"), .character("W"):
            showAll.toggle()
            offsets = [0, 0]
        case .down, .character("j"): offsets[pane] += 1
        case .up, .character("k"): offsets[pane] = max(0, offsets[pane] - 1)
        case .pageDown, .character(" "): offsets[pane] += max(1, paneHeight - 1)
        case .pageUp: offsets[pane] = max(0, offsets[pane] - max(1, paneHeight - 1))
        case .home: offsets[pane] = 0
        case .escape: app.pop()
        case .character("q"): app.requestQuit()
        default: break
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
