import TeczkaCore

/// A placement's charge notes, month by month (F9 O on Piecza i zdarzenia; issue 15). Only a coordinator records
/// them; the ledger refuses anyone else's change.
enum ChargeScreens {
    private static func noteID(_ month: LocalDate) -> RecordID { RecordID("nota-\(month.iso)") }

    static func list(_ placementID: RecordID, app: App) -> RecordListScreen {
        let t = app.strings.coFinancingText
        let title = label(placementID, app)
        let screen = RecordListScreen(
            heading: { app in app.strings.coFinancingText.title(title) },
            columns: { app in app.strings.coFinancingText.columns },
            rows: { app in
                guard let file = app.file, let p = file.placements[placementID] else { return [] }
                let t = app.strings.coFinancingText
                let all = file.placements(of: p.familyID).filter { $0.childID == p.childID }
                return (p.charges ?? []).sorted { $0.month > $1.month }.map { charge in
                    let stay = FosterCare.stayStart(all, on: max(charge.month, p.start)) ?? p.start
                    let written = charge.amount.map { "\(t.shortKinds[0]): \(Money.text($0))" } ?? "\(t.shortKinds[1]): \(Money.text(charge.monthlyCost ?? 0))"
                    let percent = FosterCare.sharePercent(stayStart: stay, on: max(charge.month, stay))
                    return .init(id: noteID(charge.month), text: fit(monthText(charge.month), 9) + " " + fit(written, 26) + " "
                        + Money.text(FosterCare.gminaCost(charge, stayStart: stay)) + (charge.amount == nil ? " (\(t.share(percent)))" : ""))
                }
            },
            details: { _, _ in [] },
            empty: { app in app.strings.coFinancingText.empty },
            help: { app in app.strings.coFinancingText.help })
        screen.actions = [
            .init(t.keyAdd, keys: [.function(7)], menu: "N", run: { _, app in app.push(addForm(placementID, app: app)) }),
            .init(t.keyRemove, keys: [.function(8)], menu: "D", run: { id, app in
                guard let id, let p = app.file?.placements[placementID],
                      let charge = (p.charges ?? []).first(where: { noteID($0.month) == id }) else { return }
                app.push(ConfirmDialog(app.strings.coFinancingText.removeQuestion(monthText(charge.month)), onYes: { app in
                    var changed = p
                    changed.charges = (p.charges ?? []).filter { $0.month != charge.month }
                    if changed.charges?.isEmpty == true { changed.charges = nil }
                    do { try app.file!.savePlacement(changed) } catch { app.report(error) }
                }))
            }),
        ]
        return screen
    }

    static func monthText(_ month: LocalDate) -> String { String(format: "%02d.%d", month.month, month.year) }

    static func label(_ placementID: RecordID, _ app: App) -> String {
        guard let file = app.file, let p = file.placements[placementID] else { return "" }
        return (file.members[p.childID]?.fullName ?? "") + ", " + app.strings.casework.fosterForm(p.form)
    }

    /// "MM.RRRR" or "RRRR-MM" (a full date is taken as its month).
    static func month(parsing text: String) -> LocalDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "/" }).map(String.init)
        if parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]) {
            return parts[0].count == 4 ? LocalDate(year: a, month: b, day: 1) : LocalDate(year: b, month: a, day: 1)
        }
        return LocalDate(parsing: t)?.firstOfMonth
    }

    static func addForm(_ placementID: RecordID, app: App) -> RecordFormScreen {
        let s = app.strings, t = s.coFinancingText
        let next = (app.file?.placements[placementID]?.charges ?? []).map(\.month).max().map { $0.adding(months: 1) }
            ?? app.file?.placements[placementID]?.start.firstOfMonth ?? app.today.firstOfMonth
        let fields = [
            FormField(.chargeMonth, t.month, .text(TextField(monthText(next), limit: 10)), hint: t.monthHint),
            FormField(.form, t.kind, .choice(options: t.kinds, selected: 0), hint: s.choiceHint),
            FormField(.chargeAmount, t.amount, .text(TextField("", limit: 16)), hint: t.amountHint),
        ]
        return RecordFormScreen(heading: t.addTitle(label(placementID, app)), help: t.help.prose, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            let month = month(parsing: form.field(.chargeMonth)!.text)
            if month == nil { issues[.chargeMonth] = .invalidDate(.chargeMonth) }
            let grosze = Money.grosze(parsing: form.field(.chargeAmount)!.text)
            if grosze == nil || grosze == 0 { issues[.chargeAmount] = .outOfRange(.chargeAmount, min: 1, max: 1_000_000) }
            guard issues.isEmpty, let month, let grosze, var p = app.file?.placements[placementID] else { return issues }
            let charge = form.field(.form)!.selected == 0 ? FosterCharge(month: month, amount: grosze) : FosterCharge(month: month, monthlyCost: grosze)
            p.charges = (p.charges ?? []).filter { $0.month != month } + [charge]
            p.charges?.sort { $0.month < $1.month }
            try app.file!.savePlacement(p)
            return [:]
        }
    }
}
