import TeczkaCore

/// Everything the store holds about one person, for the person's access request (art. 15 GDPR; issue 15): the
/// person's records (one per family they belonged to: the same PESEL in several families is one person), each
/// family's data and its cooperations, problems, plans, assessments and events, the visits the person was present at,
/// their placements in foster care, and when and by whom the person's record was changed. Other people of the family
/// are not named: they are not the requester's data.
public enum PrintedPerson {
    /// The person's records: the member `id`, with every other record of the same PESEL the reader may see.
    public static func records(of id: RecordID, in file: CaseFile) -> [Member] {
        guard let member = file.members[id], file.canSee(member.familyID) else { return [] }
        guard let pesel = member.pesel, !pesel.isEmpty else { return [member] }
        let same = file.members.values.filter { $0.pesel == pesel && file.canSee($0.familyID) }
        let earliest = LocalDate(year: 1900, month: 1, day: 1)!
        return same.sorted { a, b in
            let (x, y) = (a.memberFrom ?? earliest, b.memberFrom ?? earliest)
            return x != y ? x < y : a.id < b.id
        }
    }

    public static func document(_ id: RecordID, in file: CaseFile, on today: LocalDate) -> PrintedDocument? {
        let records = records(of: id, in: file)
        guard let first = records.first else { return nil }
        var facts = [("Imię i nazwisko", first.fullName), ("PESEL", first.pesel ?? "—"),
                     ("Data urodzenia", first.birthDate?.polish ?? "—"), ("Stan na dzień", today.polish)]
        if records.count > 1 { facts.append(("Rekordy osoby", "\(records.count) (ten sam PESEL w kilku rodzinach)")) }
        var sections: [PrintedDocument.Section] = [
            .init(title: "Podstawa", paragraphs: [
                "Zestawienie danych osobowych przetwarzanych przez ośrodek w programie Teczka (art. 15 RODO): dane osoby, "
                + "dane rodziny, do której należała, oraz dokumentacja pracy asystenta rodziny z tą rodziną.",
            ]),
        ]
        for member in records {
            sections += familySections(member, in: file)
        }
        return PrintedDocument(title: "Dane osoby: \(first.fullName)", facts: facts, sections: sections,
                               status: "Wydruk zapisano w historii bazy.",
                               signatures: [SignatureLine("Sporządził(a)", file.currentUser.name), SignatureLine("Odebrał(a)", first.fullName)],
                               letterhead: .of(file))
    }

    private static func familySections(_ member: Member, in file: CaseFile) -> [PrintedDocument.Section] {
        let family = file.families[member.familyID]
        let label = family?.label ?? member.familyID.short
        let role: String = switch member.role {
        case .rodzic: "rodzic/opiekun prawny"
        case .dziecko: "dziecko"
        case .innaDorosla: "inna osoba dorosła"
        }
        var sections: [PrintedDocument.Section] = [
            .init(title: "Osoba w rodzinie \(label)", paragraphs: [
                "Imię i nazwisko: \(member.fullName); rola: \(role); PESEL: \(member.pesel ?? "—"); data urodzenia: \(member.birthDate?.polish ?? "—").",
                "W rodzinie od \(member.memberFrom?.polish ?? "początku") do \(member.memberTo?.polish ?? "dziś")"
                    + (member.archived ? "; rekord zarchiwizowany." : "."),
            ]),
        ]
        if let family {
            sections.append(.init(title: "Rodzina \(label)", paragraphs: [
                "Adres: \(family.address), \(family.locality) (\(family.rural ? "wieś" : "miasto")); rodzina \(family.structure == .pelna ? "pełna" : "niepełna")."
            ] + PrintedDocument.paragraphs(family.notes).map { "Notatki: \($0)" }))
        }
        let cooperations = file.cooperations(of: member.familyID).map { c in
            [c.start.polish + " – " + (c.end?.polish ?? "trwa"), c.assignments.map { file.userName($0.assistantID) }.joined(separator: " → "),
             c.referral.label, c.endReason?.label ?? ""]
        }
        if !cooperations.isEmpty {
            sections.append(.init(title: "Współpraca z asystentem rodziny", paragraphs: [],
                                  table: (["Okres", "Asystent", "Skierowanie", "Powód zakończenia"], cooperations)))
        }
        let catalogue = file.settings.catalogue
        let problems = file.problems(of: member.familyID).map { p in
            [p.code, catalogue.entry(p.code)?.label ?? "", p.identified.polish, p.history.last?.status.label ?? "", p.note]
        }
        if !problems.isEmpty {
            sections.append(.init(title: "Problemy rodziny", paragraphs: [],
                                  table: (["Kod", "Problem", "Rozpoznano", "Stan", "Uwagi"], problems)))
        }
        let visits = file.visits(of: member.familyID).filter { $0.presentMemberIDs.contains(member.id) }.reversed().map { v in
            [v.date.polish, v.place.label, v.activities.map(\.label).joined(separator: ", "), v.notes]
        }
        if !visits.isEmpty {
            sections.append(.init(title: "Wizyty z udziałem osoby", paragraphs: [],
                                  table: (["Data", "Miejsce", "Działania", "Notatki"], Array(visits))))
        }
        let placements = file.placements(of: member.familyID).filter { $0.childID == member.id }.map { p in
            [p.start.polish + " – " + (p.end?.polish ?? "trwa"), p.form.label, p.placeName, p.note]
        }
        if !placements.isEmpty {
            sections.append(.init(title: "Piecza zastępcza", paragraphs: [],
                                  table: (["Okres", "Forma", "Miejsce", "Uwagi"], placements)))
        }
        let plans = file.cooperations(of: member.familyID).flatMap { file.planVersions(of: $0.id) }.map { p in
            [p.date.polish, "wersja \(p.number)", p.goals.map { $0.text }.joined(separator: "; ")]
        }
        if !plans.isEmpty {
            sections.append(.init(title: "Plan pracy z rodziną", paragraphs: [], table: (["Data", "Wersja", "Cele"], plans)))
        }
        let assessments = file.assessments(ofFamily: member.familyID).map { a in
            [a.periodFrom.polish + " – " + a.periodTo.polish, a.state.rawValue]
        }
        if !assessments.isEmpty {
            sections.append(.init(title: "Okresowe oceny sytuacji rodziny", paragraphs: [],
                                  table: (["Okres", "Stan"], assessments)))
        }
        let events = file.events(of: member.familyID).map { e in [e.date.polish, e.kind.label, e.note] }
        if !events.isEmpty {
            sections.append(.init(title: "Zdarzenia", paragraphs: [], table: (["Data", "Zdarzenie", "Uwagi"], events)))
        }
        let history = (file.revisions(of: member.id) ?? []).map { r in
            [LocalDate.today(now: r.timestamp).polish, file.userName(r.author), r.parent == nil ? "wpisanie" : "zmiana"]
        }
        if !history.isEmpty {
            sections.append(.init(title: "Historia danych osoby", paragraphs: [], table: (["Data", "Kto", "Co"], history)))
        }
        return sections
    }
}
