import Testing
import TeczkaCore
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
