import Testing
@testable import TeczkaCore
@testable import TeczkaReports

@Suite("Completeness check")
struct CompletenessTests {
    @Test("names each family served and what is missing; complete and unserved families are not listed")
    func findings() throws {
        let s = try ReportScenario()
        let bare = try s.family("Nowakowie", children: [nil])
        let bareCooperation = try s.cooperate(bare, "2024-06-01")
        let complete = try s.family("Kowalscy", children: [d("2015-01-01")])
        let done = try s.cooperate(complete, "2025-03-01")
        try s.file.saveProblem(FamilyProblem(familyID: complete, code: "A1", identified: d("2025-03-05")))
        var waiting = Assessment(familyID: bare, cooperationID: bareCooperation.id, authorID: s.assistant.id,
                                 periodFrom: d("2024-06-01"), periodTo: d("2024-11-30"))
        waiting.state = .przekazana
        waiting.passedOn = d("2024-12-02")
        try s.file.saveAssessment(waiting)
        try s.family("Lisowie", adults: [nil])  // no cooperation: not in the report, not checked
        _ = done

        let found = CompletenessCheck.findings(s.data(), period: .asOf(d("2025-08-31")))
        #expect(found.map(\.family) == ["Nowakowie", "Nowakowie", "Nowakowie", "Nowakowie"])
        #expect(found.map(\.kind) == [.noProblems, .noBirthDate, .assessmentOverdue, .assessmentNotReviewed])
        #expect(found.map(\.text) == [
            "Nowakowie: brak wpisanych problemów rodziny",
            "Nowakowie: brak daty urodzenia: Dziecko Nowakowie",
            "Nowakowie: brak oceny okresowej od ponad 6 miesięcy (termin minął 30.05.2025)",
            "Nowakowie: ocena okresowa za 01.06.2024–30.11.2024 czeka na zatwierdzenie od 02.12.2024",
        ])
        // Before the assessment was due, and before it was passed on, neither is missing.
        #expect(CompletenessCheck.findings(s.data(), period: .asOf(d("2024-11-30"))).map(\.kind) == [.noProblems, .noBirthDate])
    }

    @Test("two people with one PESEL (written before the program refused it) are named once per family")
    func duplicatePesel() throws {
        let s = try ReportScenario()
        let family = try s.family("Wiśniewscy", children: [d("2015-03-02")])
        try s.cooperate(family, "2025-01-01")
        try s.file.saveProblem(FamilyProblem(familyID: family, code: "A1", identified: d("2025-01-05")))
        let father = Member(familyID: family, firstName: "Jan", lastName: "Wiśniewski", role: .rodzic, pesel: "15230201244")
        let child = Member(familyID: family, firstName: "Ola", lastName: "Wiśniewska", role: .dziecko, pesel: "15230201244")
        // As an older program wrote them, past today's rule.
        try s.file.write(father, id: father.id, kind: .member)
        try s.file.write(child, id: child.id, kind: .member)
        let found = CompletenessCheck.findings(s.data(), period: .asOf(d("2025-03-31"))).filter { $0.kind == .duplicatePesel }
        #expect(found.map(\.text) == ["Wiśniewscy: ten sam PESEL: Jan Wiśniewski i Ola Wiśniewska"])
    }

    @Test("the check on its own says when nothing is missing, and lists what is")
    func rendering() throws {
        let s = try ReportScenario()
        let period = ReportPeriod.year(2025)
        #expect(CompletenessCheck.text([], period: period) == "Kompletność danych — Rok 2025\n\nBraki w danych: nie znaleziono.\n")
        try s.cooperate(try s.family("Żakowie"), "2025-01-01")
        let found = CompletenessCheck.findings(s.data(), period: period)
        #expect(CompletenessCheck.text(found, period: period).contains("Braki w danych (2):\n  • Żakowie: brak wpisanych problemów rodziny\n"))
        #expect(CompletenessCheck.markdown(found, period: period).contains("- Żakowie: brak oceny okresowej od ponad 6 miesięcy (termin minął 01.07.2025)"))
    }
}
