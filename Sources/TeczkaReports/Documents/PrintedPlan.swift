import TeczkaCore

/// A version of the family work plan as a document for the paper file, with lines for the family's signatures.
public enum PrintedPlan {
    /// Nil when the plan version does not exist.
    public static func document(_ id: RecordID, in file: CaseFile) -> PrintedDocument? {
        guard let plan = file.planVersions[id], let family = file.families[plan.familyID] else { return nil }
        let cooperation = file.cooperations[plan.cooperationID]
        let catalogue = file.settings.catalogue
        let assistant = cooperation.map { file.userName($0.assistantID) } ?? ""
        var facts: [(String, String)] = [
            ("Rodzina", family.label),
            ("Adres", [family.address, family.locality].filter { !$0.isEmpty }.joined(separator: ", ")),
            ("Wersja planu", "\(plan.number) z dnia \(plan.date.polish)"),
            ("Asystent rodziny", assistant),
        ]
        if let cooperation { facts.append(("Współpraca od", cooperation.start.polish)) }
        if !plan.socialWorker.isEmpty { facts.append(("Pracownik socjalny", plan.socialWorker)) }
        if !plan.fosterCoordinator.isEmpty { facts.append(("Koordynator rodzinnej pieczy zastępczej", plan.fosterCoordinator)) }
        if plan.coordinatedWithChildPlan { facts.append(("Skoordynowany z planem pomocy dziecku", "tak")) }
        let members = file.members(of: family.id).filter { $0.belongs(on: plan.date) }
        facts.append(("Członkowie rodziny", members.map(\.fullName).joined(separator: ", ")))

        let goals = plan.goals.enumerated().map { index, goal -> [String] in
            let problems = goal.problemIDs.compactMap { file.problems[$0] }.map { catalogue.entry($0.code)?.label ?? $0.code }
            return ["\(index + 1)", goal.text, problems.joined(separator: "; "), goal.deadline?.polish ?? "", goal.expectedEffect, goal.status.label]
        }
        let actions = plan.actions.map { [$0.text, $0.who, $0.deadline?.polish ?? "", $0.done ? "tak" : "nie"] }
        let signed = plan.signatures.map { [file.members[$0.memberID]?.fullName ?? "", $0.date.polish] }
        var sections: [PrintedDocument.Section] = [
            .init(title: "1. Cele", paragraphs: plan.goals.isEmpty ? ["—"] : [],
                  table: plan.goals.isEmpty ? nil : (["Lp.", "Cel", "Problemy", "Termin", "Oczekiwany efekt", "Stan"], goals)),
            .init(title: "2. Działania", paragraphs: plan.actions.isEmpty ? ["—"] : [],
                  table: plan.actions.isEmpty ? nil : (["Działanie", "Kto", "Termin", "Wykonane"], actions)),
            .init(title: "3. Podpisy rodziny", paragraphs: plan.signatures.isEmpty ? ["Plan nie został jeszcze podpisany przez rodzinę."] : [],
                  table: plan.signatures.isEmpty ? nil : (["Członek rodziny", "Data podpisu"], signed)),
        ]
        if let previous = file.planVersions(of: plan.cooperationID).last(where: { $0.number < plan.number }) {
            let changes = plan.changes(from: previous)
            sections.append(.init(title: "4. Zmiany względem wersji \(previous.number)", paragraphs: changeLines(changes)))
        }
        // One line per adult member who signs, then the assistant and the social worker.
        let adults = members.filter { ($0.age(on: plan.date) ?? 18) >= 18 }
        // A signature the plan already records is printed with its date, not as a blank line.
        let signedOn = Dictionary(plan.signatures.map { ($0.memberID, $0.date) }, uniquingKeysWith: { a, _ in a })
        let signatures = adults.map { SignatureLine("Członek rodziny", $0.fullName, signedOn: signedOn[$0.id]) }
            + [SignatureLine("Asystent rodziny", assistant)]
            + (plan.socialWorker.isEmpty ? [] : [SignatureLine("Pracownik socjalny", plan.socialWorker)])
        let title = "Plan pracy z rodziną — wersja \(plan.number)"
        return PrintedDocument(title: title, facts: facts, sections: sections, status: "", signatures: signatures,
                               letterhead: .of(file, familyID: family.id, cooperationID: plan.cooperationID))
    }

    static func changeLines(_ c: PlanChanges) -> [String] {
        if c.isEmpty { return ["Bez zmian."] }
        return c.addedGoals.map { "Nowy cel: \($0.text)" } + c.changedGoals.map { "Zmieniony cel: \($0.text)" }
            + c.removedGoals.map { "Usunięty cel: \($0.text)" } + c.addedActions.map { "Nowe działanie: \($0.text)" }
            + c.changedActions.map { "Zmienione działanie: \($0.text)" } + c.removedActions.map { "Usunięte działanie: \($0.text)" }
    }
}
