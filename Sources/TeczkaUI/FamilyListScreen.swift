import TeczkaCore

/// The family registry: label, locality, adults and children today; search, open, add, edit, archive.
final class FamilyListScreen: Screen {
    var all: [FamilySummary] = []
    var rows: [FamilySummary] = []
    var cursor = ListCursor()
    var query = ""
    var search: TextField?
    var showArchived = false
    private var loaded = false
    private var visibleRows = 10

    var isTyping: Bool { search != nil }

    func title(_ app: App) -> String {
        showArchived ? app.strings.archivedFamiliesTitle : app.strings.familiesTitle
    }

    func keyHints(_ app: App) -> [KeyHint] {
        let s = app.strings
        if search != nil { return [KeyHint("Enter", s.keyChoose), KeyHint("Esc", s.keyCancel)] }
        if showArchived {
            return [KeyHint("F1", s.keyHelp), KeyHint("F3", s.keySearch), KeyHint("F8", s.keyRestore),
                    KeyHint("F9", s.keyMenu), KeyHint("F10", s.keyQuit)]
        }
        // F6 (the month summary) is in the F9 menu: the bar has room for 80 columns only.
        return [KeyHint("F1", s.keyHelp), KeyHint("F3", s.keySearch), KeyHint("F4", s.keyEdit),
                KeyHint("F5", s.casework.keyNewVisit), KeyHint("F7", s.casework.keyNew), KeyHint("F8", s.keyArchiveShort),
                KeyHint("F9", s.keyMenu), KeyHint("F10", s.keyQuit)]
    }

    func helpLines(_ app: App) -> [String] { app.strings.helpList }

    func reappear(app: App) { reload(app) }

    func reload(_ app: App) {
        guard let file = app.file else { return }
        let selectedID = rows.indices.contains(cursor.selected) ? rows[cursor.selected].family.id : nil
        all = file.familySummaries(on: app.today, includeArchived: showArchived).filter { $0.family.archived == showArchived }
        applyFilter(app)
        if let selectedID, let index = rows.firstIndex(where: { $0.family.id == selectedID }) { cursor.selected = index }
        loaded = true
    }

    private func applyFilter(_ app: App) {
        rows = app.file?.search(query, in: all) ?? all
        cursor.clamp(count: rows.count, visible: visibleRows)
    }

    /// Selects the family with this id (after adding one, for example).
    func select(_ id: RecordID, app: App) {
        reload(app)
        if let index = rows.firstIndex(where: { $0.family.id == id }) { cursor.selected = index }
    }

    func handle(_ key: Key, app: App) {
        if !loaded { reload(app) }
        if var field = search {
            switch key {
            case .enter:
                search = nil
            case .escape:
                search = nil
                query = ""
                applyFilter(app)
            case .up, .down, .pageUp, .pageDown:
                _ = cursor.handle(key, count: rows.count, visible: visibleRows)
            case .function, .tab, .backTab:
                break
            default:
                _ = field.handle(key)
                search = field
                query = field.text
                cursor.selected = 0
                applyFilter(app)
            }
            return
        }
        // Letters are searching, not commands (issue 13): typing "zielin" finds the Zielińscy, it never opens the
        // team meetings. The commands are on F-keys and in the F9 menu.
        if case .character(let letter) = key, letter != " " {
            var field = TextField(limit: 100)
            if letter != "/" { _ = field.handle(key) }
            search = field
            query = field.text
            cursor.selected = 0
            applyFilter(app)
            return
        }
        if cursor.handle(key, count: rows.count, visible: visibleRows) { return }
        let s = app.strings
        let current = rows.indices.contains(cursor.selected) ? rows[cursor.selected].family : nil
        switch key {
        case .function(3):
            search = TextField(query, limit: 100)
        case .escape:
            if !query.isEmpty {
                query = ""
                applyFilter(app)
            } else if showArchived {
                showArchived = false
                reload(app)
            }
        case .enter, .right:
            if let current { app.push(FamilyCardScreen(familyID: current.id)) }
        case .function(7):
            app.push(FamilyFormScreen(family: nil, strings: s))
        case .function(4):
            if let current { app.push(FamilyFormScreen(family: current, strings: s)) }
        case .function(8):
            guard let current else { return }
            let archive = !current.archived
            app.push(ConfirmDialog(archive ? s.archiveFamilyQuestion(current.label) : s.restoreFamilyQuestion(current.label),
                                   onYes: { [self] app in
                do {
                    try app.file?.setFamilyArchived(current.id, archive)
                    reload(app)
                    app.show(archive ? s.familyArchived(current.label) : s.familyRestored(current.label))
                } catch {
                    app.report(error)
                }
            }))
        case .function(5):
            if let current { app.push(VisitScreens.form(app.file!.quickVisit(familyID: current.id), app: app, isNew: true)) }
        case .function(6):
            app.push(MonthSummaryScreen(today: app.today))
        case .function(9):
            app.push(MenuScreen(heading: s.menuTitle, items: menu(app)))
        default: break
        }
    }

    /// Every command of the list that has no F-key of its own, and the F-key ones too, so that the menu is complete.
    func menu(_ app: App) -> [MenuItem] {
        let s = app.strings
        return [
            MenuItem(key: "T", label: s.menuTodo) { $0.push(TodoScreen.screen(app: $0)) },
            MenuItem(key: "O", label: s.menuReview) { $0.push(ReviewQueueScreen.screen(app: $0)) },
            MenuItem(key: "Z", label: s.menuMeetings) { $0.push(MeetingScreens.list(app: $0)) },
            MenuItem(key: "R", label: s.menuReports) { $0.push(ReportScreens.list(app: $0)) },
            MenuItem(key: "W", label: s.menuExchange) { $0.push(ExchangeScreens.menu(app: $0)) },
            MenuItem(key: "K", label: s.menuConflicts) { $0.push(ConflictScreens.list(app: $0)) },
            MenuItem(key: "U", label: s.menuUsers) { $0.push(UsersScreen.screen(app: $0)) },
            MenuItem(key: "A", label: showArchived ? s.menuActive : s.menuArchive) { [self] app in
                showArchived.toggle()
                cursor = ListCursor()
                query = ""
                reload(app)
            },
            MenuItem(key: "M", label: s.menuMonth) { $0.push(MonthSummaryScreen(today: $0.today)) },
            MenuItem(key: "N", label: s.menuNewFamily) { $0.push(FamilyFormScreen(family: nil, strings: $0.strings)) },
        ]
    }

    /// A coordinator's list shows whose each family is, where the work stands and the last visit, in place of the
    /// adults, children and notes an assistant sees (the card has them).
    private func columns(_ app: App, width: Int) -> (header: String, row: (FamilySummary) -> String) {
        let s = app.strings
        if app.file?.currentUser.role == .koordynator {
            let locality = 14, assistant = 18, work = 11, visit = 10
            let label = width - locality - assistant - work - visit - 4
            let header = fit(s.columnFamily, label) + " " + fit(s.columnLocality, locality) + " " + fit(s.columnAssistant, assistant)
                + " " + fit(s.columnWork, work) + " " + fit(s.columnLastVisit, visit)
            return (header, { row in
                fit(row.family.label, label) + " " + fit(row.family.locality, locality) + " "
                    + fit(row.assistantID.map { app.file?.userName($0) ?? "" } ?? "—", assistant) + " "
                    + fit(s.workState(row.work), work) + " " + fit(row.lastVisit?.polish ?? "—", visit)
            })
        }
        let numbers = 8, flags = 14, locality = 22
        let label = width - locality - numbers * 2 - flags - 4
        let header = fit(s.columnFamily, label) + " " + fit(s.columnLocality, locality) + " "
            + fit(s.columnAdults, numbers, alignRight: true) + " " + fit(s.columnChildren, numbers, alignRight: true)
            + "  " + fit(s.columnFlags, flags)
        return (header, { row in
            var marks: [String] = []
            if row.isLarge { marks.append(s.largeFamilyFlag) }
            if row.family.rural { marks.append(s.ruralFlag) }
            return fit(row.family.label, label) + " " + fit(row.family.locality, locality) + " "
                + fit(String(row.adults), numbers, alignRight: true) + " " + fit(String(row.children), numbers, alignRight: true)
                + "  " + fit(marks.joined(separator: ", "), flags)
        })
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        if !loaded { reload(app) }
        let s = app.strings
        let (header, rowText) = columns(app, width: area.width - 2)
        canvas.put(header, x: 1, y: area.y, role: .heading)
        let listTop = area.y + 1
        visibleRows = area.height - 3
        cursor.clamp(count: rows.count, visible: visibleRows)
        if rows.isEmpty {
            canvas.put(all.isEmpty && !showArchived ? s.noFamilies : s.noMatches, x: 2, y: listTop + 1, role: .dim)
            canvas.cursor = (2, listTop + 1)
        }
        for (offset, row) in rows.dropFirst(cursor.top).prefix(visibleRows).enumerated() {
            let index = cursor.top + offset
            let y = listTop + offset
            let text = rowText(row)
            let selected = index == cursor.selected
            if selected {
                canvas.fill(Rect(x: 0, y: y, width: area.width, height: 1), role: .selected)
                canvas.cursor = (1, y)
            }
            canvas.put(text, x: 1, y: y, role: selected ? .selected : .normal)
        }
        let footerY = area.maxY - 1
        if var field = search {
            canvas.put(s.searchPrompt, x: 1, y: footerY, role: .heading)
            let x = field.draw(into: &canvas, x: 1 + s.searchPrompt.count, y: footerY, width: 40, role: .fieldFocused)
            search = field
            canvas.cursor = (x, footerY)
            canvas.cursorVisible = true
        } else if !query.isEmpty {
            canvas.put(s.searchShowing(query, rows.count, all.count), x: 1, y: footerY, role: .dim, maxWidth: area.width - 2)
        } else {
            canvas.put(s.familyCount(rows.count), x: 1, y: footerY, role: .dim)
        }
    }
}
