import TeczkaCore

/// An assessment as a document for the paper file.
public enum PrintedAssessment {
    /// Collects what the document shows from the case file. Nil when the assessment does not exist.
    public static func document(_ id: RecordID, in file: CaseFile) -> PrintedDocument? {
        guard let a = file.assessments[id], let family = file.families[a.familyID] else { return nil }
        let cooperation = file.cooperations[a.cooperationID]
        let title = "Okresowa ocena sytuacji rodziny" + (a.correction > 0 ? " — korekta \(a.correction)" : "")
        var facts: [(String, String)] = [
            ("Rodzina", family.label),
            ("Adres", [family.address, family.locality].filter { !$0.isEmpty }.joined(separator: ", ")),
            ("Okres oceny", "\(a.periodFrom.polish) – \(a.periodTo.polish)"),
            ("Asystent rodziny", file.userName(a.authorID)),
        ]
        if let cooperation { facts.append(("Współpraca od", cooperation.start.polish)) }
        let members = file.members(of: family.id).filter { $0.belongs(on: a.periodTo) }.map { m in
            m.fullName + (m.age(on: a.periodTo).map { " (\($0) l.)" } ?? "")
        }
        facts.append(("Członkowie rodziny", members.joined(separator: ", ")))
        let catalogue = file.settings.catalogue
        var recommendation = a.recommendation?.label ?? "—"
        if let reason = a.proposedEndReason, a.recommendation == .zakonczenie { recommendation += " — proponowany powód: \(reason.label)" }
        if a.recommendation == .skierowanieDoSpecjalisty, !a.specialist.isEmpty { recommendation += " — \(a.specialist)" }
        var sections: [PrintedDocument.Section] = [
            .init(title: "1. Sytuacja rodziny", paragraphs: PrintedDocument.paragraphs(a.situation)),
            .init(title: "2. Postęp w realizacji celów planu pracy z rodziną", paragraphs: a.goals.isEmpty ? ["Brak celów planu w okresie oceny."] : [],
                    table: (["Cel", "Stan", "Komentarz"], a.goals.map { [$0.text, $0.status.label, $0.comment] })),
            .init(title: "3. Stan problemów", paragraphs: a.problems.isEmpty ? ["Brak otwartych problemów."] : [],
                    table: (["Problem", "Stan", "Komentarz"], a.problems.map { [catalogue.entry($0.code)?.label ?? $0.code, $0.status.label, $0.comment] })),
            .init(title: "4. Sytuacja dzieci", paragraphs: PrintedDocument.paragraphs(a.children)),
            .init(title: "5. Współpraca rodziny z asystentem", paragraphs: PrintedDocument.paragraphs(a.cooperationText)),
            .init(title: "6. Rekomendacja", paragraphs: [recommendation]),
        ]
        if !a.reviews.isEmpty {
            sections.append(.init(title: "7. Uwagi i zalecenia kierownika", paragraphs: [], table: (["Data", "Kierownik", "Uwagi", "Zalecenia"],
                a.reviews.map { [$0.date.polish, file.userName($0.reviewerID), $0.remarks, $0.recommendations] })))
        }
        var status = "Stan: \(a.state.label)"
        if let on = a.passedOn { status += "; przekazana \(on.polish)" }
        if let by = a.approvedBy, let on = a.approvedOn { status += "; zatwierdzona \(on.polish) przez: \(file.userName(by))" }
        let signatures = [SignatureLine("Asystent rodziny", file.userName(a.authorID)),
                          SignatureLine("Kierownik", a.approvedBy.map { file.userName($0) } ?? "")]
        return PrintedDocument(title: title, facts: facts, sections: sections, status: status, signatures: signatures,
                               letterhead: .of(file, familyID: family.id, cooperationID: a.cooperationID))
    }
}
