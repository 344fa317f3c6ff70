import TeczkaCore

/// Foster-care placements of the family's children, and court, police and commission events.
enum PlacementScreens {
    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.placementsTitle(app.familyLabel(familyID)) },
            columns: { app in
                let c = app.strings.casework
                return fit(c.periodColumn, 25) + " " + c.whatColumn
            },
            rows: { app in
                guard let file = app.file else { return [] }
                let c = app.strings.casework
                let placements = file.placements(of: familyID).map { p -> (LocalDate, RecordListScreen.Row) in
                    let child = file.members[p.childID]?.fullName ?? ""
                    let period = p.start.polish + " – " + (p.end?.polish ?? c.ongoing)
                    return (p.start, .init(id: p.id, text: fit(period, 25) + " " + child + ": " + c.fosterForm(p.form)
                        + (p.placeName.isEmpty ? "" : " (\(p.placeName))")))
                }
                let events = file.events(of: familyID).map { e -> (LocalDate, RecordListScreen.Row) in
                    let period = e.date.polish + (e.kind.hasPeriod ? " – " + (e.until?.polish ?? c.ongoing) : "")
                    return (e.date, .init(id: e.id, text: fit(period, 25) + " " + c.eventKind(e.kind)))
                }
                return (placements + events).sorted { $0.0 > $1.0 }.map(\.1)
            },
            details: { id, app in
                guard let file = app.file else { return [] }
                let c = app.strings.casework
                if let p = file.placements[id] {
                    var lines = [c.fosterForm(p.form)] + (p.placeName.isEmpty ? [] : [p.placeName])
                    if let end = p.end { lines.append("\(c.endedLabel) \(end.polish): \(p.endType.map(c.placementEnd) ?? "—")") }
                    if let powiat = p.powiat { lines.append("\(app.strings.fieldLabel(.powiat)): \(powiat)") }
                    if let last = p.charges?.map(\.month).max() {
                        lines.append("\(app.strings.coFinancingText.keyCharges): \(p.charges!.count), \(ChargeScreens.monthText(last))")
                    }
                    if !p.note.isEmpty { lines.append(p.note) }
                    return lines
                }
                if let e = file.events[id] { return e.note.isEmpty ? [] : [e.note] }
                return []
            },
            empty: { app in app.strings.casework.noPlacements },
            help: { app in app.strings.casework.helpPlacements })
        screen.actions = [
            .init(c.keyNewPlacement, keys: [.function(7)], menu: "N", run: { _, app in
                let children = app.file!.members(of: familyID).filter { $0.isChild(on: app.today) }
                guard let child = children.first ?? app.file!.members(of: familyID).first else {
                    app.show(c.noChildren, error: true)
                    return
                }
                app.push(placementForm(Placement(familyID: familyID, childID: child.id, form: .rzs, start: app.today), app: app))
            }),
            .init(c.keyNewEvent, menu: "Z", run: { _, app in
                app.push(eventForm(FamilyEvent(familyID: familyID, kind: .niebieskaKartaStart, date: app.today), app: app))
            }),
            .init(app.strings.coFinancingText.keyCharges, menu: "O", explanation: app.strings.coFinancingText.explanation, run: { id, app in
                let t = app.strings.coFinancingText
                guard app.file?.currentUser.role == .koordynator else { return app.show(t.onlyCoordinator) }
                guard let id, app.file?.placements[id] != nil else { return app.show(t.notPlacement) }
                app.push(ChargeScreens.list(id, app: app))
            }),
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let id else { return }
                if let p = app.file?.placements[id] { app.push(placementForm(p, app: app)) }
                if let e = app.file?.events[id] { app.push(eventForm(e, app: app)) }
            }),
        ]
        return screen
    }

    static func placementForm(_ placement: Placement, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let members = app.file!.members(of: placement.familyID)
        let forms = FosterForm.allCases
        let endTypes = PlacementEndType.allCases
        let fields = [
            FormField(.child, s.fieldLabel(.child), .choice(options: members.map(\.fullName),
                      selected: members.firstIndex { $0.id == placement.childID } ?? 0), hint: s.choiceHint),
            FormField(.form, s.fieldLabel(.form), .choice(options: forms.map(c.fosterForm), selected: forms.firstIndex(of: placement.form)!),
                      hint: s.choiceHint),
            FormField(.placeName, s.fieldLabel(.placeName), .text(TextField(placement.placeName, limit: TextRules.shortLimit))),
            FormField(.start, s.fieldLabel(.start), .text(TextField(placement.start.iso, limit: 12)), hint: s.dateHint),
            FormField(.end, s.fieldLabel(.end), .text(TextField(placement.end?.iso ?? "", limit: 12)), hint: c.endHint),
            FormField(.endType, s.fieldLabel(.endType), .choice(options: [c.notEnded] + endTypes.map(c.placementEnd),
                      selected: placement.endType.flatMap { endTypes.firstIndex(of: $0).map { $0 + 1 } } ?? 0), hint: s.choiceHint),
            FormField(.note, s.fieldLabel(.note), .text(TextField(placement.note, limit: TextRules.notesLimit))),
        ] + (app.file!.currentUser.role == .koordynator
            ? [FormField(.powiat, s.fieldLabel(.powiat), .text(TextField(placement.powiat ?? "", limit: TextRules.shortLimit)),
                         hint: s.coFinancingText.powiatHint)] : [])
        return RecordFormScreen(heading: c.placementTitle, help: c.helpPlacementForm, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var p = placement
            if members.indices.contains(form.field(.child)!.selected) { p.childID = members[form.field(.child)!.selected].id }
            p.form = forms[form.field(.form)!.selected]
            p.placeName = form.field(.placeName)!.text
            if let start = FormScreen.requiredDate(form.field(.start)!.text, .start, into: &issues) { p.start = start }
            p.end = FormScreen.date(form.field(.end)!.text, .end, into: &issues)
            let endType = form.field(.endType)!.selected
            p.endType = endType == 0 ? nil : endTypes[endType - 1]
            p.note = form.field(.note)!.text
            if let powiat = form.field(.powiat)?.text.trimmingCharacters(in: .whitespaces) { p.powiat = powiat.isEmpty ? nil : powiat }
            guard issues.isEmpty else { return issues }
            try app.file!.savePlacement(p)
            return [:]
        }
    }

    static func eventForm(_ event: FamilyEvent, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let kinds = EventKind.allCases
        let fields = [
            FormField(.eventKind, s.fieldLabel(.eventKind), .choice(options: kinds.map(c.eventKind), selected: kinds.firstIndex(of: event.kind)!),
                      hint: s.choiceHint),
            FormField(.date, s.fieldLabel(.date), .text(TextField(event.date.iso, limit: 12)), hint: s.dateHint),
            FormField(.until, s.fieldLabel(.until), .text(TextField(event.until?.iso ?? "", limit: 12)), hint: c.untilHint),
            FormField(.note, s.fieldLabel(.note), .text(TextField(event.note, limit: TextRules.notesLimit))),
        ]
        return RecordFormScreen(heading: c.eventTitle, help: c.helpEventForm, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var e = event
            e.kind = kinds[form.field(.eventKind)!.selected]
            if let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues) { e.date = date }
            e.until = FormScreen.date(form.field(.until)!.text, .until, into: &issues)
            e.note = form.field(.note)!.text
            guard issues.isEmpty else { return issues }
            try app.file!.saveEvent(e)
            return [:]
        }
    }
}
