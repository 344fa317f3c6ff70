import TeczkaCore

final class FamilyFormScreen: FormScreen {
    let original: Family?

    init(family: Family?, strings s: Strings) {
        original = family
        let f = family ?? Family()
        let form = Form(fields: [
            FormField(.label, s.fieldLabel(.label), .text(TextField(f.label, limit: 100))),
            FormField(.address, s.fieldLabel(.address), .text(TextField(f.address, limit: TextRules.shortLimit))),
            FormField(.locality, s.fieldLabel(.locality), .text(TextField(f.locality, limit: 100))),
            FormField(.rural, s.fieldLabel(.rural), .toggle(f.rural), hint: s.toggleHint),
            FormField(.structure, s.fieldLabel(.structure),
                      .choice(options: FamilyStructure.allCases.map(s.structure),
                              selected: FamilyStructure.allCases.firstIndex(of: f.structure)!), hint: s.choiceHint),
            FormField(.notes, s.fieldLabel(.notes), .text(TextField(f.notes, limit: TextRules.notesLimit))),
        ])
        super.init(form: form, heading: family == nil ? s.newFamilyTitle : s.editFamilyTitle, help: s.helpFamilyForm)
    }

    override func save(app: App, confirmed: Bool) throws -> [Field: ValidationIssue] {
        guard let file = app.file else { return [:] }
        var family = original ?? Family()
        family.label = form.field(.label)!.text
        family.address = form.field(.address)!.text
        family.locality = form.field(.locality)!.text
        family.rural = form.field(.rural)!.isOn
        family.structure = FamilyStructure.allCases[form.field(.structure)!.selected]
        family.notes = form.field(.notes)!.text
        let saved = try file.saveFamily(family)
        if original == nil {
            // A new family opens its card, ready for members.
            app.pop()
            (app.stack.last as? FamilyListScreen)?.select(saved.id, app: app)
            app.push(FamilyCardScreen(familyID: saved.id))
            app.push(self)
        }
        return [:]
    }
}

final class MemberFormScreen: FormScreen {
    let original: Member?
    let familyID: RecordID

    init(member: Member?, familyID: RecordID, strings s: Strings) {
        original = member
        self.familyID = familyID
        let m = member ?? Member(familyID: familyID)
        let form = Form(fields: [
            FormField(.firstName, s.fieldLabel(.firstName), .text(TextField(m.firstName, limit: 60))),
            FormField(.lastName, s.fieldLabel(.lastName), .text(TextField(m.lastName, limit: 60))),
            FormField(.birthDate, s.fieldLabel(.birthDate), .text(TextField(m.birthDate?.iso ?? "", limit: 12)),
                      hint: s.dateHint),
            FormField(.role, s.fieldLabel(.role),
                      .choice(options: MemberRole.allCases.map(s.memberRole),
                              selected: MemberRole.allCases.firstIndex(of: m.role)!), hint: s.choiceHint),
            FormField(.pesel, s.fieldLabel(.pesel), .text(TextField(m.pesel ?? "", limit: 13)), hint: s.peselHint),
            FormField(.memberFrom, s.fieldLabel(.memberFrom), .text(TextField(m.memberFrom?.iso ?? "", limit: 12)),
                      hint: s.dateHint),
            FormField(.memberTo, s.fieldLabel(.memberTo), .text(TextField(m.memberTo?.iso ?? "", limit: 12)),
                      hint: s.dateHint),
        ])
        super.init(form: form, heading: member == nil ? s.newMemberTitle : s.editMemberTitle, help: s.helpMemberForm)
    }

    override func save(app: App, confirmed: Bool) throws -> [Field: ValidationIssue] {
        guard let file = app.file else { return [:] }
        var issues: [Field: ValidationIssue] = [:]
        var member = original ?? Member(familyID: familyID)
        member.firstName = form.field(.firstName)!.text
        member.lastName = form.field(.lastName)!.text
        member.birthDate = FormScreen.date(form.field(.birthDate)!.text, .birthDate, into: &issues)
        member.role = MemberRole.allCases[form.field(.role)!.selected]
        member.pesel = form.field(.pesel)!.text
        member.memberFrom = FormScreen.date(form.field(.memberFrom)!.text, .memberFrom, into: &issues)
        member.memberTo = FormScreen.date(form.field(.memberTo)!.text, .memberTo, into: &issues)
        // Check the rest too, so that every problem is shown at once.
        for issue in member.validate(today: app.today) where issues[issue.field] == nil { issues[issue.field] = issue }
        guard issues.isEmpty else { return issues }
        try file.saveMember(member)
        return [:]
    }
}
