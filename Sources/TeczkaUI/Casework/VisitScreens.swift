import TeczkaCore

/// The visit log: quick entry (F5 from the list or the card), the list of a family's visits, corrections.
enum VisitScreens {
    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.visitsTitle(app.familyLabel(familyID)) },
            columns: { app in
                let c = app.strings.casework
                return fit(c.dateColumn, 10) + " " + fit(c.timeColumn, 5) + " " + fit(c.durationColumn, 5) + " "
                    + fit(c.placeColumn, 30) + " " + c.notesColumn
            },
            rows: { app in
                guard let file = app.file else { return [] }
                let c = app.strings.casework
                return file.visits(of: familyID).map { v in
                    let notes = v.notes.split(separator: "\n").first.map(String.init) ?? ""
                    return .init(id: v.id, text: v.date.polish + " " + fit(v.startTime?.description ?? "", 5) + " "
                        + fit(Duration.format(v.durationMinutes), 5, alignRight: true) + " " + fit(c.place(v.place), 30) + " " + notes)
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in app.strings.casework.noVisits },
            help: { app in app.strings.casework.helpVisits })
        screen.actions = [
            .init(c.keyNewVisit, keys: [.function(5), .function(7)], menu: "N", run: { _, app in
                app.push(form(app.file!.quickVisit(familyID: familyID), app: app, isNew: true))
            }),
            .init(c.keyCorrect, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let id, let visit = app.file?.visit(id) else { return }
                app.push(form(visit, app: app, isNew: false))
            }),
        ]
        return screen
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let file = app.file, let v = file.visit(id) else { return [] }
        let c = app.strings.casework
        let present = v.presentMemberIDs.compactMap { file.members[$0]?.firstName }.joined(separator: ", ")
        var lines = ["\(c.presentLabel): \(present.isEmpty ? "—" : present)  ·  \(file.userName(v.assistantID))"]
        if !v.activities.isEmpty { lines.append(v.activities.map(c.activity).joined(separator: "; ")) }
        lines += v.notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !v.nextSteps.isEmpty { lines.append("\(c.nextStepsLabel): \(v.nextSteps)") }
        return lines
    }

    /// The visit form. A new visit opens with the cursor in the notes: type, F2, done. The notes come right after the
    /// date and time, so that the date stays in sight when the form opens (issue 13, stumble 4).
    static func form(_ visit: Visit, app: App, isNew: Bool) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let file = app.file!
        let members = file.members(of: visit.familyID)
        let places = VisitPlace.allCases
        let activities = ActivityGroup.allCases
        let fields = [
            FormField(.date, s.fieldLabel(.date), .text(TextField(visit.date.iso, limit: 12)), hint: s.dateHint),
            FormField(.startTime, s.fieldLabel(.startTime), .text(TextField(visit.startTime?.description ?? "", limit: 5)),
                      hint: c.timeHint),
            FormField(.duration, s.fieldLabel(.duration), .text(TextField(Duration.format(visit.durationMinutes), limit: 6)),
                      hint: c.durationHint),
            FormField(.notes, s.fieldLabel(.notes), .area(TextArea(visit.notes, limit: Visit.notesLimit), rows: 6)),
            FormField(.place, s.fieldLabel(.place), .choice(options: places.map(c.place), selected: places.firstIndex(of: visit.place)!),
                      hint: s.choiceHint),
            FormField(.placeName, c.placeOtherLabel, .text(TextField(visit.placeOther, limit: TextRules.shortLimit))),
            FormField(.present, s.fieldLabel(.present), .multi(options: members.map(\.fullName),
                      selected: Set(members.indices.filter { visit.presentMemberIDs.contains(members[$0].id) })), hint: c.multiHint),
            FormField(.activities, s.fieldLabel(.activities), .multi(options: activities.map(c.activity),
                      selected: Set(activities.indices.filter { visit.activities.contains(activities[$0]) })), hint: c.multiHint),
            FormField(.nextSteps, s.fieldLabel(.nextSteps), .text(TextField(visit.nextSteps, limit: 2000))),
        ]
        let screen = RecordFormScreen(heading: isNew ? c.newVisit(app.familyLabel(visit.familyID)) : c.correctVisit,
                                      help: c.helpVisitForm, fields: fields, focus: isNew ? 3 : 0) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            var v = visit
            if let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues) { v.date = date }
            let time = form.field(.startTime)!.text.trimmingCharacters(in: .whitespaces)
            v.startTime = nil
            if !time.isEmpty {
                if let parsed = TimeOfDay(parsing: time) { v.startTime = parsed } else { issues[.startTime] = .invalidTime(.startTime) }
            }
            if let minutes = Duration.parse(form.field(.duration)!.text) { v.durationMinutes = minutes } else {
                issues[.duration] = .invalidDuration
            }
            v.place = places[form.field(.place)!.selected]
            v.placeOther = form.field(.placeName)!.text
            v.presentMemberIDs = form.field(.present)!.selection.sorted().map { members[$0].id }
            v.activities = form.field(.activities)!.selection.sorted().map { activities[$0] }
            v.notes = form.field(.notes)!.text
            v.nextSteps = form.field(.nextSteps)!.text
            guard issues.isEmpty else { return issues }
            try app.file!.saveVisit(v, confirmed: confirmed)
            return [:]
        }
        if isNew { screen.draftOrigin = .newVisit(familyID: visit.familyID.raw) }
        screen.opener = { field, screen, app in screen.openChecklist(field, app: app) }
        return screen
    }
}

/// One assistant's month: visits, hours, families visited, and the families in their care not visited yet.
final class MonthSummaryScreen: Screen {
    var year: Int
    var month: Int

    init(today: LocalDate) {
        year = today.year
        month = today.month
    }

    func title(_ app: App) -> String { app.strings.casework.monthTitle }
    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp), KeyHint("← →", app.strings.casework.keyMonth), KeyHint("Esc", app.strings.keyBack)]
    }
    func helpLines(_ app: App) -> [String] { app.strings.casework.helpMonth }

    func handle(_ key: Key, app: App) {
        switch key {
        case .left, .character("h"):
            month -= 1
            if month == 0 { month = 12; year -= 1 }
        case .right, .character("l"):
            month += 1
            if month == 13 { month = 1; year += 1 }
        case .escape: app.pop()
        case .character("q"): app.requestQuit()
        default: break
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        guard let file = app.file else { return }
        let c = app.strings.casework
        let summary = file.monthSummary(assistantID: file.currentUser.id, year: year, month: month)
        var y = area.y + 1
        canvas.put(c.monthHeading(file.currentUser.name, month, year), x: 2, y: y, role: .heading)
        y += 2
        for line in [c.monthVisits(summary.visits), c.monthHours(Duration.format(summary.minutes)),
                     c.monthFamilies(summary.familiesVisited.count)] {
            canvas.put(line, x: 4, y: y)
            y += 1
        }
        y += 1
        canvas.put(c.notVisitedHeading(summary.notVisited.count), x: 2, y: y, role: .heading)
        canvas.cursor = (2, y)
        y += 1
        for id in summary.notVisited where y < area.maxY - 1 {
            let family = file.families[id]
            canvas.put("• " + (family?.label ?? "") + (family.map { $0.locality.isEmpty ? "" : " (\($0.locality))" } ?? ""),
                       x: 4, y: y, maxWidth: area.width - 6)
            y += 1
        }
    }
}
