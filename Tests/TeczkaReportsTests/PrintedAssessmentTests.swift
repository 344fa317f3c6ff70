import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaReports

@Suite("Printed assessment")
struct PrintedAssessmentTests {
    @Test("the HTML holds the family, every section, the approval date and the supervisor's name, escaped")
    func html() throws {
        let now = Date(timeIntervalSince1970: 1_795_338_000)
        let journal = MemoryJournal()
        let assistant = UserAccount.test("Anna Nowak", .asystent)
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        let file = try CaseFile.test([], journal: journal, as: assistant, clock: { now })
        try file.saveUser(head)
        let family = try file.saveFamily(Family(label: "Wiśniewscy <b>", locality: "Siechnice"))
        try file.saveMember(Member(familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska",
                                   birthDate: LocalDate(year: 2015, month: 3, day: 2)))
        let cooperation = try file.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id,
                                                               start: LocalDate(year: 2026, month: 5, day: 1)!))
        try file.recordProblems(familyID: family.id, codes: ["A14"], identified: LocalDate(year: 2026, month: 5, day: 2)!, source: .wywiad)
        var a = try file.assessmentDraft(forCooperation: cooperation.id, on: LocalDate(year: 2026, month: 11, day: 1)!)
        a.situation = "Sytuacja & postępy \"dobre\""
        a.children = "Łucja chodzi do szkoły."
        a.cooperationText = "Dobra."
        a.problems[0].comment = "Procedura zakończona."
        a.recommendation = .zakonczenie
        a.proposedEndReason = .celeOsiagniete
        try file.saveAssessment(a)
        try file.act(.pass, on: a.id)
        let headFile = try CaseFile.test(journal.revisions, journal: journal, as: head, clock: { now })
        try headFile.act(.approve, on: a.id)

        let document = try #require(PrintedAssessment.document(a.id, in: headFile))
        let html = document.render(.html)
        #expect(html.contains("<h1>Okresowa ocena sytuacji rodziny</h1>"))
        #expect(html.contains("Wiśniewscy &lt;b&gt;"))
        #expect(html.contains("Sytuacja &amp; postępy &quot;dobre&quot;"))
        #expect(html.contains("zatwierdzona 22.11.2026 przez: Ewa Kierownik"))
        #expect(html.contains("Przemoc w rodzinie"))
        #expect(html.contains("zakończenie współpracy — proponowany powód: Osiągnięcie celów współpracy z rodziną"))
        #expect(html.contains("Łucja Wiśniewska (11 l.)"))
        #expect(html.contains("class=\"signature\""))
        let markdown = document.render(.md)
        #expect(markdown.contains("- **Rodzina:** Wiśniewscy \\<b\\>"))
        #expect(markdown.contains("| Przemoc w rodzinie | aktywny | Procedura zakończona. |"))
        #expect(document.render(.text).contains("6. Rekomendacja"))
        #expect(PrintedDocument.fileName("Wiśniewscy <b>") == "wisniewscy-b")
    }
}
