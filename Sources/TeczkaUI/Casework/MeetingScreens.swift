import TeczkaCore
import TeczkaReports

/// Team meeting protocols (F9 `Z` on the family list): a coordinator writes the date, the participants and the
/// remarks and recommendations per family; each family's entry shows on its timeline.
enum MeetingScreens {
    final class Draft {
        var meeting: TeamMeeting
        init(_ meeting: TeamMeeting) { self.meeting = meeting }
    }

    static func list(app: App) -> RecordListScreen {
        let m = app.strings.meeting
        let screen = RecordListScreen(
            heading: { app in app.strings.meeting.title },
            columns: { app in app.strings.meeting.columns },
            rows: { app in
                (app.file?.teamMeetings ?? []).map { x in
                    .init(id: x.id, text: x.date.polish + "  " + fit("\(x.entries.count)", 8) + " "
                        + x.participants.split(separator: "\n").joined(separator: ", "))
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in app.strings.meeting.empty },
            help: { app in app.strings.meeting.help })
        screen.actions = [
            .init(m.keyNew, keys: [.function(7)], menu: "N", run: { _, app in
                guard app.file?.currentUser.role == .koordynator else { return app.show(app.strings.meeting.readOnly, error: true) }
                app.push(form(TeamMeeting(date: app.today), app: app))
            }),
            .init(app.strings.keyOpen, keys: [.enter, .function(4)], menu: "O", run: { id, app in
                guard let id, let meeting = app.file?.meetings[id] else { return }
                guard app.file?.currentUser.role == .koordynator else { return app.show(app.strings.meeting.readOnly) }
                app.push(form(meeting, app: app))
            }),
            .init(m.keyPrint, menu: "D", run: { id, app in printDocument(id, app) }),
        ]
        return screen
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let meeting = app.file?.teamMeetings.first(where: { $0.id == id }) else { return [] }
        let m = app.strings.meeting
        var lines = wrap(app.strings.fieldLabel(.participants) + ": " + meeting.participants.split(separator: "\n").joined(separator: ", ")
            + "  ·  " + app.strings.assessment.idLine(meeting.id.short), width: 76)
        let placeAndChair = [meeting.place.map { app.strings.fieldLabel(.meetingPlace) + ": " + $0 },
                      meeting.chair.map { app.strings.fieldLabel(.chair) + ": " + $0 }].compactMap { $0 }
        if !placeAndChair.isEmpty { lines += wrap(placeAndChair.joined(separator: "  ·  "), width: 76) }
        for entry in meeting.entries {
            lines.append("• " + app.familyLabel(entry.familyID) + ": " + oneLine(entry.remarks))
            if !entry.recommendations.isEmpty { lines.append("  \(m.recommendationsLabel): " + oneLine(entry.recommendations)) }
        }
        return lines
    }

    static func oneLine(_ text: String) -> String { text.split(separator: "\n").joined(separator: " / ") }

    static func printDocument(_ id: RecordID?, _ app: App) {
        guard let id, let file = app.file, let meeting = file.meetings[id], let document = PrintedMeeting.document(id, in: file) else { return }
        app.savePrintable(document, named: "posiedzenie-\(meeting.date.iso).html", about: .meeting)
    }

    static func form(_ meeting: TeamMeeting, app: App) -> RecordFormScreen {
        let s = app.strings, m = s.meeting
        let draft = Draft(meeting)
        let isNew = app.file?.meetings[meeting.id] == nil
        let fields = [
            FormField(.date, s.fieldLabel(.date), .text(TextField(meeting.date.iso, limit: 12)), hint: s.dateHint),
            FormField(.meetingPlace, s.fieldLabel(.meetingPlace), .text(TextField(meeting.place ?? "", limit: 200)), hint: m.placeHint),
            FormField(.chair, s.fieldLabel(.chair), .text(TextField(meeting.chair ?? "", limit: 200)), hint: m.chairHint),
            FormField(.participants, s.fieldLabel(.participants), .area(TextArea(meeting.participants, limit: 1000), rows: 3), hint: m.participantsHint),
            FormField(.families, s.fieldLabel(.families), .link(m.familiesSummary(meeting.entries.count)), hint: m.familiesHint),
        ]
        let screen = RecordFormScreen(heading: isNew ? m.newTitle : m.editTitle(meeting.date.polish), help: m.helpForm,
                                      fields: fields, focus: 1) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var x = draft.meeting
            if let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues) { x.date = date }
            x.participants = form.field(.participants)!.text
            x.place = form.field(.meetingPlace)!.text
            x.chair = form.field(.chair)!.text
            guard issues.isEmpty else { return issues }
            try app.file!.saveMeeting(x)
            return [:]
        }
        screen.opener = { field, _, app in
            if field == .families { app.push(entryList(draft, app: app)) }
        }
        screen.refresher = { screen, app in
            screen.form.set(.families, .link(app.strings.meeting.familiesSummary(draft.meeting.entries.count)))
        }
        return screen
    }

    static func entryList(_ draft: Draft, app: App) -> RecordListScreen {
        let m = app.strings.meeting
        let screen = RecordListScreen(
            heading: { app in app.strings.fieldLabel(.families) },
            columns: { app in app.strings.meeting.entriesColumns },
            rows: { app in
                draft.meeting.entries.map { .init(id: $0.familyID, text: fit(app.familyLabel($0.familyID), 23) + " " + oneLine($0.remarks)) }
            },
            details: { id, app in
                guard let entry = draft.meeting.entries.first(where: { $0.familyID == id }) else { return [] }
                return wrap(app.strings.meeting.remarksLabel + ": " + oneLine(entry.remarks), width: 76)
                    + wrap(app.strings.meeting.recommendationsLabel + ": " + oneLine(entry.recommendations), width: 76)
            },
            empty: { app in app.strings.meeting.noEntries },
            help: { app in app.strings.meeting.helpEntries })
        screen.actions = [
            .init(m.keyAddFamily, keys: [.function(7)], menu: "N", run: { _, app in app.push(familyPicker(draft, app: app)) }),
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let entry = draft.meeting.entries.first(where: { $0.familyID == id }) else { return }
                app.push(entryForm(entry, draft, app: app))
            }),
            .init(m.keyRemove, keys: [.function(8)], menu: "U", run: { id, _ in draft.meeting.entries.removeAll { $0.familyID == id } }),
        ]
        return screen
    }

    /// The families the coordinator may add, by name; Enter opens the new entry's remarks.
    static func familyPicker(_ draft: Draft, app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { app in app.strings.meeting.chooseFamily },
            columns: { app in app.strings.meeting.entriesColumns.split(separator: " ").first.map(String.init) ?? "" },
            rows: { app in
                guard let file = app.file else { return [] }
                return file.families.values.filter { !$0.archived && file.canSee($0.id) }
                    .sorted { PolishCollation.compare($0.label, $1.label) == .orderedAscending }
                    .map { .init(id: $0.id, text: $0.label + ($0.locality.isEmpty ? "" : " — \($0.locality)")) }
            },
            details: { _, _ in [] },
            empty: { app in app.strings.noFamilies },
            help: { app in app.strings.meeting.helpEntries })
        screen.actions = [
            .init(app.strings.keyChoose, keys: [.enter], menu: "W", run: { id, app in
                guard let id else { return }
                if draft.meeting.entries.contains(where: { $0.familyID == id }) { return app.show(app.strings.meeting.alreadyListed, error: true) }
                app.pop()
                app.push(entryForm(MeetingEntry(familyID: id), draft, app: app))
            }),
        ]
        return screen
    }

    static func entryForm(_ entry: MeetingEntry, _ draft: Draft, app: App) -> RecordFormScreen {
        let m = app.strings.meeting
        let fields = [
            FormField(.note, m.remarksLabel, .area(TextArea(entry.remarks, limit: TeamMeeting.textLimit), rows: 6)),
            FormField(.nextSteps, m.recommendationsLabel, .area(TextArea(entry.recommendations, limit: TeamMeeting.textLimit), rows: 6)),
        ]
        return RecordFormScreen(heading: app.familyLabel(entry.familyID), help: m.helpEntries.prose, fields: fields) { form, _, _ in
            var e = entry
            e.remarks = form.field(.note)!.text
            e.recommendations = form.field(.nextSteps)!.text
            if let issue = TextRules.check(e.remarks, field: .note, required: e.recommendations.isEmpty, limit: TeamMeeting.textLimit, multiline: true) {
                return [.note: issue]
            }
            if let issue = TextRules.check(e.recommendations, field: .nextSteps, required: false, limit: TeamMeeting.textLimit, multiline: true) {
                return [.nextSteps: issue]
            }
            if let i = draft.meeting.entries.firstIndex(where: { $0.familyID == e.familyID }) { draft.meeting.entries[i] = e } else { draft.meeting.entries.append(e) }
            return [:]
        }
    }
}
