import Foundation
import TeczkaCore

/// One family: its data, its members with ages today, and who changed what and when.
final class FamilyCardScreen: Screen {
    enum Panel { case members, history }

    let familyID: RecordID
    var panel = Panel.members
    var memberCursor = ListCursor()
    var historyCursor = ListCursor()
    private var members: [Member] = []
    private var history: [HistoryEntry] = []
    private var loaded = false
    private var memberRows = 5
    private var historyRows = 5

    init(familyID: RecordID) {
        self.familyID = familyID
    }

    func title(_ app: App) -> String {
        app.strings.cardTitle(app.file?.families[familyID]?.label ?? "")
    }

    func keyHints(_ app: App) -> [KeyHint] {
        commands(app).hints(app, last: KeyHint("Esc", app.strings.keyBack))
    }

    func helpLines(_ app: App) -> [String] {
        let help = app.strings.helpCard
        return help.intro + [""] + commands(app).helpLines + [""] + help.outro
    }

    func reappear(app: App) { reload(app) }

    private func reload(_ app: App) {
        guard let file = app.file else { return }
        members = file.members(of: familyID)
        do {
            history = try file.history(ofFamily: familyID)
        } catch {
            history = []
            app.report(error)
        }
        memberCursor.clamp(count: members.count, visible: memberRows)
        historyCursor.clamp(count: history.count, visible: historyRows)
        loaded = true
    }

    func handle(_ key: Key, app: App) {
        if !loaded { reload(app) }
        guard app.file?.families[familyID] != nil, app.file?.canSee(familyID) == true else {
            app.pop()
            app.show(app.strings.assessment.notVisible, error: true)
            return
        }
        let commands = commands(app)
        if let command = commands.matching(key) {
            command.run(app)
            return
        }
        switch key {
        case .function(9): app.push(MenuScreen(heading: app.strings.menuTitle, items: commands.menuItems))
        case .escape, .left: app.pop()
        default:
            if panel == .history {
                _ = historyCursor.handle(key, count: history.count, visible: historyRows)
            } else {
                _ = memberCursor.handle(key, count: members.count, visible: memberRows)
            }
        }
    }

    /// The card's commands, once: keys, F9 letters, bar and help. The digits open the casework sections (the card
    /// has no search, so a digit cannot be meant as text).
    func commands(_ app: App) -> [Command] {
        let s = app.strings, explained = s.helpCard.commands
        let familyID = familyID
        let member = panel == .members && members.indices.contains(memberCursor.selected) ? members[memberCursor.selected] : nil
        func command(_ label: String, _ keys: [Key], _ letter: Character, bar: Bool = true, short: String? = nil,
                     _ run: @escaping (App) -> Void) -> Command {
            Command(label, keys: keys, menu: letter, inBar: bar, explanation: explained[letter], barLabel: short, run: run)
        }
        let sections: [(App) -> Screen] = [
            { CooperationScreens.list(familyID: familyID, app: $0) }, { ProblemScreens.list(familyID: familyID, app: $0) },
            { PlanScreens.list(familyID: familyID, app: $0) }, { VisitScreens.list(familyID: familyID, app: $0) },
            { PlacementScreens.list(familyID: familyID, app: $0) }, { TimelineScreen.screen(familyID: familyID, app: $0) },
            { AssessmentScreens.list(familyID: familyID, app: $0) },
        ]
        var list = [
            command(s.keyPerson, [.enter], "O", bar: false) { app in
                if let member { app.push(MemberFormScreen(member: member, familyID: familyID, strings: app.strings)) }
            },
            command(s.keyFamily, [.function(4)], "R") { app in
                if let family = app.file?.families[familyID] { app.push(FamilyFormScreen(family: family, strings: app.strings)) }
            },
            command(s.casework.keyNewVisit, [.function(5)], "W", bar: false) { app in
                app.push(VisitScreens.form(app.file!.quickVisit(familyID: familyID), app: app, isNew: true))
            },
            command(s.keyNewMember, [.function(7)], "N") { app in
                app.push(MemberFormScreen(member: nil, familyID: familyID, strings: app.strings))
            },
            command(s.keyArchive, [.function(8)], "A", short: s.keyArchiveShort) { [self] app in
                if let member { confirmArchiving(member, app) }
            },
            command(s.keyPanel, [.tab, .backTab], "P") { [self] _ in panel = panel == .members ? .history : .members },
        ]
        for (index, open) in sections.enumerated() {
            let digit = Character(String(index + 1))
            list.append(command(s.casework.cardSections[index], [.character(digit)], digit, bar: false) { $0.push(open($0)) })
        }
        list.append(command(s.assessment.keyShare, [], "U") { app in Self.share(familyID, app) })
        if app.file?.currentUser.role == .koordynator {
            list.append(command(s.anonymisation.keyAnonymise, [], "Z", bar: false) { [self] app in anonymise(app) })
        }
        return list
    }

    /// A coordinator anonymises a family past retention, after two questions (it cannot be undone); the card then
    /// shows what is left.
    private func anonymise(_ app: App) {
        guard let file = app.file, let label = file.families[familyID]?.label else { return }
        let t = app.strings.anonymisation
        // Refused before any question when it cannot be done (a family still kept, already anonymised).
        if let problem = file.anonymisationProblem(familyID) {
            app.show(t.problem(problem), error: true)
            return
        }
        app.push(ConfirmDialog(t.question(label), onYes: { app in
            app.push(ConfirmDialog(t.questionAgain(label), onYes: { [self] app in
                do {
                    let summary = try file.anonymise(familyID)
                    reload(app)
                    app.show(t.done(label, summary))
                } catch let problem as AnonymisationProblem {
                    app.show(t.problem(problem), error: true)
                } catch {
                    app.report(error)
                }
            }))
        }))
    }

    private func confirmArchiving(_ member: Member, _ app: App) {
        let s = app.strings
        app.push(ConfirmDialog(s.archiveMemberQuestion(member.fullName), onYes: { [self] app in
            do {
                try app.file?.setMemberArchived(member.id, true)
                reload(app)
                app.show(s.memberArchived(member.fullName))
            } catch {
                app.report(error)
            }
        }))
    }

    /// A coordinator shares the family with assistants for a substitute's time.
    private static func share(_ familyID: RecordID, _ app: App) {
        guard let file = app.file, file.currentUser.role == .koordynator, let family = file.families[familyID] else {
            app.show(app.strings.assessment.coordinatorOnly, error: true)
            return
        }
        let assistants = file.assistants
        let shared = Set(family.sharedWith ?? [])
        app.push(ChecklistScreen(heading: app.strings.assessment.shareTitle(family.label), options: assistants.map(\.name),
                                 selected: Set(assistants.indices.filter { shared.contains(assistants[$0].id) })) { chosen, app in
            do {
                try app.file?.share(familyID, with: chosen.map { assistants[$0].id })
                app.show(app.strings.saved)
            } catch {
                app.report(error)
            }
        })
    }

    /// "1 Współpraca 2 Problemy … F5 Wizyta", from the declared commands.
    private func cardMenu(_ app: App) -> String {
        let sections = app.strings.casework.cardSections.enumerated().map { "\($0.offset + 1) \($0.element)" }
        return (sections + ["F5 " + app.strings.casework.keyNewVisit]).joined(separator: " ")
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        if !loaded { reload(app) }
        guard let file = app.file, let family = file.families[familyID], file.canSee(familyID) else { return }
        let s = app.strings
        let today = app.today
        let summary = file.summary(of: family, on: today)
        var y = area.y
        var head = family.label
        if family.archived { head += "  " + s.archivedBadge }
        canvas.put(head, x: 1, y: y, role: .heading, maxWidth: area.width - 2)
        y += 1
        var facts = [family.address, family.locality].filter { !$0.isEmpty }.joined(separator: ", ")
        if !facts.isEmpty { facts += " · " }
        facts += s.rural(family.rural) + " · " + s.structure(family.structure)
        if summary.isLarge { facts += ", " + s.large }
        facts += " · \(s.columnAdults): \(summary.adults), \(s.columnChildren): \(summary.children)"
        canvas.put(facts, x: 1, y: y, maxWidth: area.width - 2)
        y += 1
        canvas.put(caseworkLine(file, app), x: 1, y: y, maxWidth: area.width - 2)
        y += 1
        canvas.put(cardMenu(app), x: 1, y: y, role: .dim, maxWidth: area.width - 2)
        y += 1
        let noteLines = wrap(family.notes, width: area.width - 4 - s.notesHeading.count).prefix(2)
        if !family.notes.isEmpty {
            canvas.put(s.notesHeading + ":", x: 1, y: y, role: .dim)
            for (i, line) in noteLines.enumerated() {
                canvas.put(line, x: 3 + s.notesHeading.count, y: y + i, maxWidth: area.width - 4 - s.notesHeading.count)
            }
            y += noteLines.count
        }
        y += 1

        // Members panel
        let remaining = area.maxY - y
        memberRows = max(2, min(members.count == 0 ? 1 : members.count, (remaining - 4) / 2))
        drawHeading(&canvas, "\(s.membersHeading) (\(members.count))", y: y, width: area.width, active: panel == .members)
        y += 1
        memberCursor.clamp(count: members.count, visible: memberRows)
        if members.isEmpty {
            canvas.put(s.noMembers, x: 2, y: y, role: .dim)
            if panel == .members { canvas.cursor = (2, y) }
        }
        for (offset, member) in members.dropFirst(memberCursor.top).prefix(memberRows).enumerated() {
            let index = memberCursor.top + offset
            let age = member.age(on: today).map(s.years) ?? ""
            let status = member.isChild(on: today) ? s.childWord : s.adultWord
            let born = member.birthDate?.polish ?? s.noBirthDate
            let text = fit(member.fullName, 24) + " " + fit(s.memberRole(member.role), 21) + " " + fit(born, 10) + " "
                + fit(age, 8) + " " + fit(status, 8)
            let selected = panel == .members && index == memberCursor.selected
            if selected {
                canvas.fill(Rect(x: 0, y: y + offset, width: area.width, height: 1), role: .selected)
                canvas.cursor = (2, y + offset)
            }
            canvas.put(text, x: 2, y: y + offset, role: selected ? .selected : .normal, maxWidth: area.width - 3)
        }
        y += memberRows + 1

        // History panel
        historyRows = max(1, area.maxY - y - 1)
        drawHeading(&canvas, "\(s.historyHeading) (\(history.count))", y: y, width: area.width, active: panel == .history)
        y += 1
        historyCursor.clamp(count: history.count, visible: historyRows)
        if history.isEmpty { canvas.put(s.noHistory, x: 2, y: y, role: .dim) }
        for (offset, entry) in history.dropFirst(historyCursor.top).prefix(historyRows).enumerated() {
            let index = historyCursor.top + offset
            let text = FamilyCardScreen.timestamp(entry.timestamp) + "  " + fit(entry.authorName, 18) + "  " + s.history(entry.change)
            let selected = panel == .history && index == historyCursor.selected
            if selected {
                canvas.fill(Rect(x: 0, y: y + offset, width: area.width, height: 1), role: .selected)
                canvas.cursor = (2, y + offset)
            }
            canvas.put(text, x: 2, y: y + offset, role: selected ? .selected : .normal, maxWidth: area.width - 3)
        }
    }

    /// The cooperation today (or the last one) with its case number, its category, open problems and the last visit.
    private func caseworkLine(_ file: CaseFile, _ app: App) -> String {
        let c = app.strings.casework
        let today = app.today
        let cooperation = file.cooperation(of: familyID, on: today) ?? file.cooperations(of: familyID).last
        let period = cooperation.map { $0.start.polish + "–" + ($0.end?.polish ?? c.ongoing) + ($0.caseNumber.map { " (\($0))" } ?? "") }
        let category = cooperation.map { c.category($0.category(on: min($0.end ?? today, today))) }
        let open = file.problems(of: familyID).filter { $0.closedOn == nil }.count
        return c.cardCooperation(period, category, open, file.visits(of: familyID).first?.date.polish)
    }

    private func drawHeading(_ canvas: inout Canvas, _ text: String, y: Int, width: Int, active: Bool) {
        let marker = active ? "▾ " : "  "
        canvas.put(marker + text + " " + String(repeating: "─", count: max(0, width - text.count - 5)), x: 1, y: y,
                   role: active ? .heading : .dim)
    }

    /// Local time in Poland, the way people write it: 22.11.2026 21:47.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Warsaw") ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
    }
}
