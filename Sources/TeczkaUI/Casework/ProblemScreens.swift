import TeczkaCore

/// The family's problems from the store's catalogue: record several at once, change their status, note effects.
enum ProblemScreens {
    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.problemsTitle(app.familyLabel(familyID)) },
            columns: { app in
                let c = app.strings.casework
                return fit(c.problemColumn, 48) + " " + fit(c.identifiedColumn, 10) + " " + c.statusColumn
            },
            rows: { app in
                guard let file = app.file else { return [] }
                let c = app.strings.casework
                return file.problems(of: familyID).map { p in
                    let label = file.settings.catalogue.entry(p.code)?.label ?? p.code
                    return .init(id: p.id, text: fit(label, 48) + " " + p.identified.polish + " " + c.status(p.status),
                                 dim: p.closedOn != nil)
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in app.strings.casework.noProblems },
            help: { app in app.strings.casework.helpProblems })
        screen.actions = [
            .init(c.keyAddProblems, keys: [.function(7)], menu: "N", run: { _, app in addProblems(familyID: familyID, app: app) }),
            .init(c.keyStatus, keys: [.enter, .function(4)], menu: "S", run: { id, app in
                guard let id, let problem = app.file?.problems[id] else { return }
                app.push(statusForm(problem, app: app))
            }),
            .init(app.strings.keyArchive, keys: [.function(8)], menu: "A", run: { id, app in
                guard let id, var problem = app.file?.problems[id] else { return }
                let label = app.file!.settings.catalogue.entry(problem.code)?.label ?? problem.code
                app.push(ConfirmDialog(app.strings.casework.archiveProblemQuestion(label), onYes: { app in
                    problem.archived = true
                    do { try app.file?.saveProblem(problem) } catch { app.report(error) }
                }))
            }),
        ]
        return screen
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let file = app.file, let p = file.problems[id] else { return [] }
        let c = app.strings.casework
        let entry = file.settings.catalogue.entry(p.code)
        var lines = [entry?.label ?? p.code, "\(c.sourceLabel): \(c.source(p.source))"]
        lines.append(p.history.map { "\($0.date.polish) \(c.status($0.status))" }.joined(separator: " → "))
        if let effect = entry?.effect {
            lines.append("\(c.effectLabel): \(effect) — " + (p.effectDate.map { $0.polish } ?? c.notYet))
        }
        if !p.note.isEmpty { lines.append(p.note) }
        return lines
    }

    /// The checklist of the catalogue (problems the family already has open are shown ticked and locked), then a
    /// short form with the date and the source.
    static func addProblems(familyID: RecordID, app: App) {
        guard let file = app.file else { return }
        let c = app.strings.casework
        let entries = file.settings.catalogue.activeEntries
        let open = Set(file.problems(of: familyID).filter { $0.closedOn == nil }.map(\.code))
        var locked: [Int: String] = [:]
        for (i, entry) in entries.enumerated() where open.contains(entry.code) { locked[i] = c.alreadyRecorded }
        app.push(ChecklistScreen(heading: c.chooseProblems, options: entries.map(\.label), selected: [], locked: locked) { chosen, app in
            guard !chosen.isEmpty else { return }
            let codes = chosen.sorted().map { entries[$0].code }
            app.push(recordForm(familyID: familyID, codes: codes, app: app))
        })
    }

    static func recordForm(familyID: RecordID, codes: [String], app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let labels = codes.compactMap { app.file?.settings.catalogue.entry($0)?.label }
        let fields = [
            FormField(.problems, s.fieldLabel(.problems), .link(labels.joined(separator: "; "))),
            FormField(.identified, s.fieldLabel(.identified), .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
            FormField(.source, s.fieldLabel(.source), .choice(options: ProblemSource.allCases.map(c.source), selected: 1),
                      hint: s.choiceHint),
        ]
        return RecordFormScreen(heading: c.recordProblems(codes.count), help: c.helpProblemForm, fields: fields, focus: 1) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            guard let date = FormScreen.requiredDate(form.field(.identified)!.text, .identified, into: &issues) else { return issues }
            try app.file!.recordProblems(familyID: familyID, codes: codes, identified: date,
                                         source: ProblemSource.allCases[form.field(.source)!.selected])
            return [:]
        }
    }

    static func statusForm(_ problem: FamilyProblem, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let statuses = ProblemStatus.allCases
        var fields = [
            FormField(.status, s.fieldLabel(.status), .choice(options: statuses.map(c.status),
                      selected: statuses.firstIndex(of: problem.status)!), hint: s.choiceHint),
            FormField(.date, s.fieldLabel(.date), .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
            FormField(.note, s.fieldLabel(.note), .text(TextField(problem.note, limit: TextRules.notesLimit))),
        ]
        let hasEffects = app.file?.settings.catalogue.hasEffects ?? false
        if hasEffects {
            fields.append(FormField(.effectDate, s.fieldLabel(.effectDate), .text(TextField(problem.effectDate?.iso ?? "", limit: 12)),
                                    hint: c.effectHint))
        }
        let label = app.file?.settings.catalogue.entry(problem.code)?.label ?? problem.code
        return RecordFormScreen(heading: label, help: c.helpStatusForm, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var p = problem
            let status = statuses[form.field(.status)!.selected]
            let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues)
            if hasEffects { p.effectDate = FormScreen.date(form.field(.effectDate)!.text, .effectDate, into: &issues) }
            p.note = form.field(.note)!.text
            guard issues.isEmpty, let date else { return issues }
            if status != p.status { p.history.append(StatusChange(date: date, status: status)) }
            try app.file!.saveProblem(p)
            return [:]
        }
    }
}
