import TeczkaCore

/// The cooperations of one family: open, edit, change the category, end with a reason, monitoring notes.
enum CooperationScreens {
    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.cooperationsTitle(app.familyLabel(familyID)) },
            columns: { app in
                let c = app.strings.casework
                return fit(c.periodColumn, 25) + " " + fit(c.categoryColumn, 30) + " " + c.assistantColumn
            },
            rows: { app in
                guard let file = app.file else { return [] }
                let c = app.strings.casework
                return file.cooperations(of: familyID).reversed().map { co in
                    let period = co.start.polish + " – " + (co.end?.polish ?? c.ongoing)
                    let category = c.category(co.category(on: min(co.end ?? app.today, app.today)))
                    return .init(id: co.id, text: fit(period, 25) + " " + fit(category, 30) + " " + file.userName(co.assistantID),
                                 dim: co.end != nil)
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in app.strings.casework.noCooperations },
            help: { app in app.strings.casework.helpCooperations })
        screen.actions = [
            .init(c.keyNew, keys: [.function(7)], menu: "N", run: { _, app in
                // A coordinator assigns it to an assistant (the first one until chosen); an assistant opens her own.
                let file = app.file!
                let assignee = file.currentUser.role == .koordynator ? file.assistants.first?.id ?? file.currentUser.id : file.currentUser.id
                app.push(form(Cooperation(familyID: familyID, assistantID: assignee, start: app.today), app: app, isNew: true))
            }),
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let id, let co = app.file?.cooperations[id] else { return }
                app.push(form(co, app: app, isNew: false))
            }),
            .init(c.keyEnd, keys: [.function(8)], menu: "K", run: { id, app in
                guard let id, let co = app.file?.cooperations[id] else { return }
                app.push(endForm(co, app: app))
            }),
            .init(c.keyCategory, menu: "C", run: { id, app in
                guard let id, let co = app.file?.cooperations[id] else { return }
                app.push(categoryForm(co, app: app))
            }),
            .init(c.keyMonitoring, menu: "M", run: { id, app in
                guard let id, let co = app.file?.cooperations[id] else { return }
                app.push(monitoringForm(co, app: app))
            }),
            .init(app.strings.handoverText.key, menu: "P", explanation: app.strings.handoverText.explanation, run: { id, app in
                guard let id, let co = app.file?.cooperations[id] else { return }
                handoverForm(co, app: app)
            }),
        ]
        return screen
    }

    /// A coordinator hands the cooperation over to another active assistant from a date (issue 15).
    static func handoverForm(_ cooperation: Cooperation, app: App) {
        let s = app.strings, h = s.handoverText
        guard let file = app.file else { return }
        guard file.currentUser.role == .koordynator else { return app.show(h.onlyCoordinator) }
        guard cooperation.end == nil else { return app.show(h.ended) }
        let others = file.assistants.filter { $0.active && $0.id != cooperation.assistantID }
        guard !others.isEmpty else { return app.show(h.noOther) }
        let fields = [
            FormField(.assistant, h.to, .choice(options: others.map(\.name), selected: 0), hint: s.choiceHint),
            FormField(.handoverDate, h.date, .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
        ]
        let family = app.familyLabel(cooperation.familyID)
        app.push(RecordFormScreen(heading: h.title(family), help: [h.explanation], fields: fields) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            let date = FormScreen.requiredDate(form.field(.handoverDate)!.text, .handoverDate, into: &issues)
            guard issues.isEmpty, let date else { return issues }
            let to = others[form.field(.assistant)!.selected]
            let from = app.file!.userName(cooperation.assistantID)
            try app.file!.handOver(cooperation.id, to: to.id, from: date, confirmed: confirmed)
            app.show(app.strings.handoverText.done(family, from, to.name))
            return [:]
        })
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let file = app.file, let co = file.cooperations[id] else { return [] }
        let c = app.strings.casework
        var lines = [
            "\(c.referralLabel): \(c.referral(co.referral))" + (co.referralDate.map { ", \($0.polish)" } ?? "")
                + (co.referralReference.isEmpty ? "" : ", \(co.referralReference)"),
            "\(c.consentLabel): \(co.consentDate?.polish ?? "—")  ·  \(c.categoryColumn): "
                + co.categories.map { "\(c.category($0.category)) (\(c.since) \($0.from.polish))" }.joined(separator: " → "),
        ]
        if let number = co.caseNumber { lines.insert(app.strings.settingsText.caseNumberDetail(number), at: 0) }
        for handover in co.handovers ?? [] {
            lines.append(app.strings.handoverText.detail(handover.date.polish, file.userName(handover.from), file.userName(handover.to)))
        }
        if let end = co.end {
            lines.append("\(c.endedLabel) \(end.polish): \(co.endReason.map(c.endReason) ?? "—")")
            if let until = co.monitoringUntil { lines.append("\(c.monitoringUntil) \(until.polish)") }
        }
        for note in co.monitoringNotes.suffix(3) {
            lines.append("\(note.date.polish)  " + note.text.split(separator: "\n").joined(separator: " / "))
        }
        return lines
    }

    /// Who a coordinator may assign the cooperation to: the active assistants, and whoever has it now.
    static func assignees(_ cooperation: Cooperation, _ file: CaseFile) -> [UserAccount] {
        guard file.currentUser.role == .koordynator else { return [] }
        var team = file.assistants
        if !team.contains(where: { $0.id == cooperation.assistantID }), let current = file.users[cooperation.assistantID] {
            team.insert(current, at: 0)
        }
        return team
    }

    static func form(_ cooperation: Cooperation, app: App, isNew: Bool) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let team = assignees(cooperation, app.file!)
        var fields = [
            FormField(.referral, s.fieldLabel(.referral), .choice(options: ReferralBasis.allCases.map(c.referral),
                      selected: ReferralBasis.allCases.firstIndex(of: cooperation.referral)!), hint: s.choiceHint),
            FormField(.referralDate, s.fieldLabel(.referralDate), .text(TextField(cooperation.referralDate?.iso ?? "", limit: 12)), hint: s.dateHint),
            FormField(.referralReference, s.fieldLabel(.referralReference), .text(TextField(cooperation.referralReference, limit: TextRules.shortLimit)),
                      hint: c.referenceHint),
            FormField(.consentDate, s.fieldLabel(.consentDate), .text(TextField(cooperation.consentDate?.iso ?? "", limit: 12)), hint: s.dateHint),
            FormField(.start, s.fieldLabel(.start), .text(TextField(cooperation.start.iso, limit: 12)), hint: s.dateHint),
            FormField(.category, s.fieldLabel(.category), .choice(options: FamilyCategory.allCases.map(c.category),
                      selected: FamilyCategory.allCases.firstIndex(of: cooperation.categories.first?.category ?? .problemowa)!),
                      hint: c.categoryHint),
            FormField(.monitoringMonths, s.fieldLabel(.monitoringMonths),
                      .text(TextField(String(isNew ? app.file!.settings.monitoringMonths : cooperation.monitoringMonths), limit: 3))),
            // A new one gets the number the centre's pattern suggests; the user may change or clear it.
            FormField(.caseNumber, s.fieldLabel(.caseNumber),
                      .text(TextField(cooperation.caseNumber ?? (isNew ? app.file!.suggestedCaseNumber(start: cooperation.start) ?? "" : ""),
                                      limit: Cooperation.caseNumberLimit)),
                      hint: s.settingsText.numberHint),
        ]
        if !team.isEmpty {
            fields.insert(FormField(.assistant, s.fieldLabel(.assistant), .choice(options: team.map(\.name),
                                    selected: team.firstIndex { $0.id == cooperation.assistantID } ?? 0), hint: s.choiceHint), at: 0)
        }
        return RecordFormScreen(heading: isNew ? c.newCooperation : c.editCooperation, help: c.helpCooperationForm,
                                fields: fields) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            var co = cooperation
            if let chosen = form.field(.assistant)?.selected, team.indices.contains(chosen) { co.assistantID = team[chosen].id }
            co.referral = ReferralBasis.allCases[form.field(.referral)!.selected]
            co.referralDate = FormScreen.date(form.field(.referralDate)!.text, .referralDate, into: &issues)
            co.referralReference = form.field(.referralReference)!.text
            co.caseNumber = form.field(.caseNumber)!.text
            co.consentDate = FormScreen.date(form.field(.consentDate)!.text, .consentDate, into: &issues)
            if let start = FormScreen.requiredDate(form.field(.start)!.text, .start, into: &issues) { co.start = start }
            let category = FamilyCategory.allCases[form.field(.category)!.selected]
            if co.categories.isEmpty { co.categories = [CategoryChange(from: co.start, category: category)] }
            co.categories[0] = CategoryChange(from: co.start, category: category)
            if let months = Int(form.field(.monitoringMonths)!.text.trimmingCharacters(in: .whitespaces)) {
                co.monitoringMonths = months
            } else {
                issues[.monitoringMonths] = .outOfRange(.monitoringMonths, min: 0, max: 36)
            }
            guard issues.isEmpty else { return issues }
            try app.file!.saveCooperation(co, confirmed: confirmed)
            return [:]
        }
    }

    static func endForm(_ cooperation: Cooperation, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let reasons = EndReason.allCases
        let fields = [
            FormField(.end, s.fieldLabel(.end), .text(TextField((cooperation.end ?? app.today).iso, limit: 12)), hint: s.dateHint),
            FormField(.endReason, s.fieldLabel(.endReason), .choice(options: reasons.map(c.endReason),
                      selected: cooperation.endReason.flatMap { reasons.firstIndex(of: $0) } ?? 0), hint: s.choiceHint),
        ]
        return RecordFormScreen(heading: c.endCooperation, help: c.helpEndForm, fields: fields) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            var co = cooperation
            co.end = FormScreen.requiredDate(form.field(.end)!.text, .end, into: &issues)
            co.endReason = reasons[form.field(.endReason)!.selected]
            guard issues.isEmpty else { return issues }
            try app.file!.saveCooperation(co, confirmed: confirmed)
            return [:]
        }
    }

    static func categoryForm(_ cooperation: Cooperation, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let fields = [
            FormField(.categoryFrom, s.fieldLabel(.categoryFrom), .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
            FormField(.category, s.fieldLabel(.category), .choice(options: FamilyCategory.allCases.map(c.category),
                      selected: FamilyCategory.allCases.firstIndex(of: cooperation.category(on: app.today)) ?? 0), hint: s.choiceHint),
        ]
        return RecordFormScreen(heading: c.changeCategory, help: c.helpCategoryForm, fields: fields) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            var co = cooperation
            guard let from = FormScreen.requiredDate(form.field(.categoryFrom)!.text, .categoryFrom, into: &issues) else { return issues }
            co.categories.removeAll { $0.from == from }
            co.categories.append(CategoryChange(from: from, category: FamilyCategory.allCases[form.field(.category)!.selected]))
            try app.file!.saveCooperation(co, confirmed: confirmed)
            return [:]
        }
    }

    static func monitoringForm(_ cooperation: Cooperation, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let fields = [
            FormField(.date, s.fieldLabel(.date), .text(TextField(app.today.iso, limit: 12)), hint: s.dateHint),
            FormField(.monitoringNotes, s.fieldLabel(.monitoringNotes), .area(TextArea(limit: TextRules.notesLimit), rows: 6)),
        ]
        return RecordFormScreen(heading: c.monitoringNote, help: c.helpMonitoringForm, fields: fields, focus: 1) { form, app, confirmed in
            var issues: [Field: ValidationIssue] = [:]
            var co = cooperation
            guard let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues) else { return issues }
            if co.end.map({ date <= $0 }) ?? true { return [.date: .outsideCooperation(.date)] }
            if date > app.today { return [.date: .dateInFuture(.date)] }
            co.monitoringNotes.append(DatedNote(date: date, text: form.field(.monitoringNotes)!.text))
            try app.file!.saveCooperation(co, confirmed: confirmed)
            return [:]
        }
    }
}

extension App {
    func familyLabel(_ id: RecordID) -> String { file?.families[id]?.label ?? "" }
}
