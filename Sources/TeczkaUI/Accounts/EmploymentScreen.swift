import TeczkaCore

/// One account's periods of employment with their etat (E on the list of accounts; issue 15). A coordinator adds and
/// deletes periods; the ledger refuses anyone else's change of an account.
enum EmploymentScreen {
    /// Rows stand for periods by their position, in order of start.
    private static func periodID(_ index: Int) -> RecordID { RecordID("okres-\(index)") }

    private static func periods(_ userID: RecordID, _ app: App) -> [EmploymentPeriod] {
        (app.file?.users[userID]?.employment ?? []).sorted { $0.from < $1.from }
    }

    static func screen(_ userID: RecordID, app: App) -> RecordListScreen {
        let e = app.strings.employmentText
        let name = app.file?.userName(userID) ?? ""
        let screen = RecordListScreen(
            heading: { app in app.strings.employmentText.title(name) },
            columns: { app in app.strings.employmentText.columns },
            rows: { app in
                let e = app.strings.employmentText
                return periods(userID, app).enumerated().map { index, p in
                    .init(id: periodID(index), text: fit(p.from.polish, 11) + " " + fit(p.to?.polish ?? e.ongoing, 11) + " " + p.fteText)
                }
            },
            details: { _, _ in [] },
            empty: { app in app.strings.employmentText.empty },
            help: { app in app.strings.employmentText.help })
        screen.actions = [
            .init(e.keyAdd, keys: [.function(7)], menu: "N", run: { _, app in app.push(addForm(userID, app: app)) }),
            .init(e.keyRemove, keys: [.function(8)], menu: "D", run: { id, app in
                let list = periods(userID, app)
                guard let id, let index = list.indices.first(where: { periodID($0) == id }) else { return }
                app.push(ConfirmDialog(app.strings.employmentText.removeQuestion(list[index].from.polish), onYes: { app in
                    var kept = list
                    kept.remove(at: index)
                    do {
                        try app.file!.saveEmployment(kept, of: userID)
                        app.show(app.strings.employmentText.saved(name))
                    } catch {
                        app.report(error)
                    }
                }))
            }),
        ]
        return screen
    }

    static func addForm(_ userID: RecordID, app: App) -> RecordFormScreen {
        let s = app.strings, e = s.employmentText
        let name = app.file?.userName(userID) ?? ""
        let fields = [
            FormField(.start, e.from, .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
            FormField(.end, e.to, .text(TextField("", limit: 12)), hint: s.dateHint),
            FormField(.fte, e.fte, .text(TextField("1", limit: 8)), hint: e.fteHint),
        ]
        return RecordFormScreen(heading: e.addTitle(name), help: e.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let start = FormScreen.requiredDate(form.field(.start)!.text, .start, into: &issues)
            let end = FormScreen.date(form.field(.end)!.text, .end, into: &issues)
            let percent = EmploymentPeriod.ftePercent(parsing: form.field(.fte)!.text)
            if percent == nil { issues[.fte] = .outOfRange(.fte, min: 1, max: 100) }
            guard issues.isEmpty, let start, let percent else { return issues }
            try app.file!.saveEmployment(periods(userID, app) + [EmploymentPeriod(from: start, to: end, ftePercent: percent)], of: userID)
            app.show(app.strings.employmentText.saved(name))
            return [:]
        }
    }
}
