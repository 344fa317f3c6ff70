import TeczkaCore

/// The family registry: label, locality, adults and children today; search, open, add, edit, archive.
final class FamilyListScreen: Screen {
    var all: [FamilySummary] = []
    /// The rows shown: those of `all` that the search matches, by position (a key in a search over a city centre's
    /// 10,000 families copies no rows).
    var rows: FamilyRows { FamilyRows(all: all, matched: matched) }
    private var matched: [Int] = []
    var cursor = ListCursor()
    var search = SearchLine()
    /// Each row's folded text, beside `all` (type to find looks at bytes only).
    private var searchTexts: [[UInt8]] = []
    var query: String { search.query }
    var showArchived = false
    private var loaded = false
    private var visibleRows = 10

    var isTyping: Bool { search.isOpen }

    func title(_ app: App) -> String {
        showArchived ? app.strings.archivedFamiliesTitle : app.strings.familiesTitle
    }

    func keyHints(_ app: App) -> [KeyHint] {
        let s = app.strings
        if search.isOpen { return [KeyHint("Enter", s.keyChoose), KeyHint("Esc", s.keyCancel)] }
        return commands(app).hints(app, last: KeyHint("F10", s.keyQuit))
    }

    func helpLines(_ app: App) -> [String] {
        let help = app.strings.helpList
        return help.intro + [""] + commands(app).helpLines + [""] + help.outro
    }

    func reappear(app: App) { reload(app) }

    func reload(_ app: App) {
        guard let file = app.file else { return }
        let selectedID = rows.indices.contains(cursor.selected) ? rows[cursor.selected].family.id : nil
        let list = file.familyList(on: app.today, includeArchived: showArchived)
        if showArchived {
            let archived = list.rows.indices.filter { list.rows[$0].family.archived }
            all = archived.map { list.rows[$0] }
            searchTexts = archived.map { list.texts[$0] }
        } else {
            // The arrays the case file keeps: nothing is copied when coming back to the list.
            all = list.rows
            searchTexts = list.texts
        }
        applyFilter(app)
        if let selectedID, let index = rows.firstIndex(where: { $0.family.id == selectedID }) { cursor.selected = index }
        loaded = true
    }

    private func applyFilter(_ app: App) {
        matched = FamilySearch.matches(query, in: searchTexts)
        cursor.clamp(count: rows.count, visible: visibleRows)
    }

    /// Selects the family with this id (after adding one, for example).
    func select(_ id: RecordID, app: App) {
        reload(app)
        if let index = rows.firstIndex(where: { $0.family.id == id }) { cursor.selected = index }
    }

    func handle(_ key: Key, app: App) {
        if !loaded { reload(app) }
        if search.isOpen {
            searched(search.handle(key), key, app)
            return
        }
        // Letters are searching, not commands (issue 13): typing "zielin" finds the Zielińscy, it never opens the
        // team meetings. The commands are on F-keys and in the F9 menu.
        if case .character(let letter) = key, letter != " " {
            searched(search.open(typing: key), key, app)
            return
        }
        if cursor.handle(key, count: rows.count, visible: visibleRows) { return }
        let commands = commands(app)
        if let command = commands.matching(key) {
            command.run(app)
        } else if key == .function(9) {
            app.push(MenuScreen(heading: app.strings.menuTitle, items: commands.menuItems))
        } else if key == .escape {
            if search.clear() {
                applyFilter(app)
            } else if showArchived {
                showArchived = false
                reload(app)
            }
        }
    }

    /// Every command of the list, once: its keys, its letter in the F9 menu, its place on the bar and in help.
    func commands(_ app: App) -> [Command] {
        let s = app.strings, explained = s.helpList.commands
        let current = rows.indices.contains(cursor.selected) ? rows[cursor.selected].family : nil
        func command(_ label: String, _ keys: [Key], _ letter: Character, bar: Bool = true, short: String? = nil,
                     _ run: @escaping (App) -> Void) -> Command {
            Command(label, keys: keys, menu: letter, inBar: bar, explanation: explained[letter], barLabel: short, run: run)
        }
        var list = [
            command(s.keyOpen, [.enter, .right], "C", bar: false) { app in
                if let current { app.push(FamilyCardScreen(familyID: current.id)) }
            },
            command(s.keySearch, [.function(3)], "S") { [self] app in searched(search.open(), .function(3), app) },
        ]
        if !showArchived {
            list += [
                command(s.keyEdit, [.function(4)], "E") { app in
                    if let current { app.push(FamilyFormScreen(family: current, strings: app.strings)) }
                },
                command(s.casework.keyNewVisit, [.function(5)], "D") { app in
                    if let current { app.push(VisitScreens.form(app.file!.quickVisit(familyID: current.id), app: app, isNew: true)) }
                },
                command(s.menuMonth, [.function(6)], "M", bar: false) { $0.push(MonthSummaryScreen(today: $0.today)) },
                command(s.menuNewFamily, [.function(7)], "N", short: s.casework.keyNew) { $0.push(FamilyFormScreen(family: nil, strings: $0.strings)) },
            ]
        }
        list += [
            command(showArchived ? s.keyRestore : s.keyArchive, [.function(8)], "P", short: showArchived ? nil : s.keyArchiveShort) { [self] app in
                if let current { confirmArchiving(current, app) }
            },
            command(s.menuTodo, [], "T") { $0.push(TodoScreen.screen(app: $0)) },
            command(s.menuReview, [], "O") { $0.push(ReviewQueueScreen.screen(app: $0)) },
            command(s.menuMeetings, [], "Z") { $0.push(MeetingScreens.list(app: $0)) },
            command(s.menuReports, [], "R") { $0.push(ReportScreens.list(app: $0)) },
            command(s.menuExchange, [], "W") { $0.push(ExchangeScreens.menu(app: $0)) },
            command(s.menuConflicts, [], "K") { $0.push(ConflictScreens.list(app: $0)) },
            command(s.menuUsers, [], "U") { $0.push(UsersScreen.screen(app: $0)) },
            command(s.settingsText.menu, [], "B") { SettingsScreen.open(app: $0) },
            command(showArchived ? s.menuActive : s.menuArchive, [], "A") { [self] app in
                showArchived.toggle()
                cursor = ListCursor()
                _ = search.clear()
                reload(app)
            },
        ]
        return list
    }

    private func searched(_ outcome: SearchLine.Outcome, _ key: Key, _ app: App) {
        switch outcome {
        case .filterChanged:
            cursor.selected = 0
            applyFilter(app)
        case .move: _ = cursor.handle(key, count: rows.count, visible: visibleRows)
        case .unchanged, .closed: break
        }
    }

    private func confirmArchiving(_ family: Family, _ app: App) {
        let s = app.strings
        let archive = !family.archived
        app.push(ConfirmDialog(archive ? s.archiveFamilyQuestion(family.label) : s.restoreFamilyQuestion(family.label),
                               onYes: { [self] app in
            do {
                try app.file?.setFamilyArchived(family.id, archive)
                reload(app)
                app.show(archive ? s.familyArchived(family.label) : s.familyRestored(family.label))
            } catch {
                app.report(error)
            }
        }))
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
        if search.isOpen {
            search.draw(into: &canvas, y: footerY, width: area.width, prompt: s.searchPrompt)
        } else if !query.isEmpty {
            canvas.put(s.searchShowing(query, rows.count, all.count), x: 1, y: footerY, role: .dim, maxWidth: area.width - 2)
        } else {
            canvas.put(s.familyCount(rows.count), x: 1, y: footerY, role: .dim)
        }
    }
}

/// The family list's rows: `all[matched[i]]`.
struct FamilyRows: RandomAccessCollection {
    let all: [FamilySummary]
    let matched: [Int]
    var startIndex: Int { 0 }
    var endIndex: Int { matched.count }
    subscript(position: Int) -> FamilySummary { all[matched[position]] }
}
