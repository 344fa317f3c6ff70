import TeczkaCore

/// The store's settings (F9 B on the family list; issue 17): the centre's name, address and town, the case-number
/// pattern and the limits. A coordinator edits them and F2 saves them with the checks of `teczka settings` (an error
/// under its field, nothing saved); an assistant sees them read-only, since the ledger takes settings only from a
/// coordinator (or the store's creator).
enum SettingsScreen {
    static func open(app: App) {
        guard let file = app.file else { return }
        let t = app.strings.settingsText
        guard file.maySaveSettings else {
            app.push(PackagePreviewScreen(heading: t.title, lines: t.describe(file.settings) + ["", t.readOnly], question: nil))
            return
        }
        app.push(form(app: app))
    }

    static func form(app: App) -> RecordFormScreen {
        let s = app.strings, t = s.settingsText
        let settings = app.file!.settings, centre = settings.centre
        func text(_ id: Field, _ value: String, limit: Int, hint: String? = nil) -> FormField {
            FormField(id, s.fieldLabel(id), .text(TextField(value, limit: limit)), hint: hint)
        }
        let fields = [
            text(.centreName, centre.name, limit: CentreDetails.nameLimit),
            text(.centreAddress, centre.address, limit: CentreDetails.addressLimit),
            text(.centreTown, centre.town, limit: CentreDetails.townLimit, hint: t.townHint),
            text(.caseNumberPattern, centre.caseNumberPattern, limit: CentreDetails.patternLimit, hint: t.patternHint),
            text(.caseloadCap, String(settings.caseloadCap), limit: 4, hint: t.capHint),
            FormField(.capByEmployment, s.fieldLabel(.capByEmployment), .toggle(settings.capByEmployment), hint: s.toggleHint),
            text(.monitoringMonths, String(settings.monitoringMonths), limit: 4),
            text(.notVisitedDays, String(settings.notVisitedDays), limit: 4),
            text(.retentionYears, String(settings.retentionYears), limit: 4),
        ]
        return RecordFormScreen(heading: t.title, help: t.help, fields: fields, labelWidth: 24) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var new = app.file!.settings
            new.centre = CentreDetails(name: form.field(.centreName)!.text, address: form.field(.centreAddress)!.text,
                                       town: form.field(.centreTown)!.text,
                                       caseNumberPattern: form.field(.caseNumberPattern)!.text).trimmed
            func number(_ id: Field) -> Int? {
                guard let value = Int(form.field(id)!.text.trimmingCharacters(in: .whitespaces)) else {
                    let range = StoreSettings.ranges[id]!
                    issues[id] = .outOfRange(id, min: range.lowerBound, max: range.upperBound)
                    return nil
                }
                return value
            }
            if let value = number(.caseloadCap) { new.caseloadCap = value }
            if let value = number(.monitoringMonths) { new.monitoringMonths = value }
            if let value = number(.notVisitedDays) { new.notVisitedDays = value }
            if let value = number(.retentionYears) { new.retentionYears = value }
            new.capByEmployment = form.field(.capByEmployment)!.isOn
            // The rules' own findings for the fields that parsed, so that every error shows at once.
            for issue in new.validateLimits() where issues[issue.field] == nil { issues[issue.field] = issue }
            guard issues.isEmpty else { return issues }
            if new != app.file!.settings { try app.file!.saveSettings(new) }
            app.show(app.strings.settingsText.saved)
            return [:]
        }
    }
}
