import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaReports

@Suite("Printed plan and meeting protocol")
struct PrintedPlanTests {
    let now = Date(timeIntervalSince1970: 1_795_338_000)  // 22.11.2026

    @Test("a plan version prints goals with their problems, actions, signatures, changes and a signature line per adult")
    func plan() throws {
        let assistant = UserAccount.test("Anna Nowak", .asystent)
        let file = try CaseFile.test([], journal: MemoryJournal(), as: assistant, clock: { now })
        let family = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        let mother = try file.saveMember(Member(familyID: family.id, firstName: "Marta", lastName: "Wiśniewska",
                                                birthDate: LocalDate(year: 1988, month: 7, day: 14)))
        try file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Wiśniewska", birthDate: LocalDate(year: 2015, month: 1, day: 2), role: .dziecko))
        let co = try file.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 5, day: 1)!))
        try file.recordProblems(familyID: family.id, codes: ["A1"], identified: LocalDate(year: 2026, month: 5, day: 2)!, source: .wywiad)
        let problem = try #require(file.problems.values.first)
        var first = try #require(file.draftNextPlanVersion(of: co.id, on: LocalDate(year: 2026, month: 5, day: 10)!))
        first.goals = [PlanGoal(text: "Spójne zasady <w domu>", problemIDs: [problem.id], deadline: LocalDate(year: 2026, month: 12, day: 31))]
        try file.savePlanVersion(first)
        var second = try #require(file.draftNextPlanVersion(of: co.id, on: LocalDate(year: 2026, month: 11, day: 1)!))
        second.actions = [PlanAction(text: "Konsultacja u pedagoga", who: "matka")]
        second.signatures = [Signature(memberID: mother.id, date: LocalDate(year: 2026, month: 11, day: 2)!)]
        try file.savePlanVersion(second)

        let document = try #require(PrintedPlan.document(second.id, in: file))
        let html = document.render(.html)
        #expect(html.contains("<h1>Plan pracy z rodziną — wersja 2</h1>"))
        #expect(html.contains("<td>Spójne zasady &lt;w domu&gt;</td><td>Brak prawidłowych umiejętności rodzicielskich</td><td>31.12.2026</td>"))
        #expect(html.contains("<td>Konsultacja u pedagoga</td><td>matka</td><td></td><td>nie</td>"))
        #expect(html.contains("<td>Marta Wiśniewska</td><td>02.11.2026</td>"))
        #expect(html.contains("Nowe działanie: Konsultacja u pedagoga"))
        #expect(html.contains("Członek rodziny: Marta Wiśniewska<br>"))
        #expect(!html.contains("Członek rodziny: Ola"))
        #expect(document.render(.text).contains("Asystent rodziny: Anna Nowak   ..............................  (data i podpis)"))
        #expect(document.render(.md).contains("| 1 | Spójne zasady \\<w domu\\> |"))
    }

    @Test("a meeting protocol prints only the entries the reader may see")
    func meeting() throws {
        let journal = MemoryJournal()
        let anna = UserAccount.test("Anna", .asystent)
        let head = UserAccount.test("Ewa", .koordynator)
        let headFile = try CaseFile.test([], journal: journal, as: head, clock: { now })
        try headFile.saveUser(anna)
        let nowak = try headFile.saveFamily(Family(label: "Nowakowie"))
        let kowal = try headFile.saveFamily(Family(label: "Kowalscy"))
        try headFile.saveCooperation(Cooperation(familyID: nowak.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 1)!))
        let meeting = try headFile.saveMeeting(TeamMeeting(date: LocalDate(year: 2026, month: 11, day: 20)!, participants: "Ewa, Anna", entries: [
            MeetingEntry(familyID: nowak.id, remarks: "Plan do aktualizacji.", recommendations: "Terapia."),
            MeetingEntry(familyID: kowal.id, remarks: "Poufne."),
        ]))
        let full = try #require(PrintedMeeting.document(meeting.id, in: headFile)).render(.text)
        #expect(full.contains("PROTOKÓŁ POSIEDZENIA ZESPOŁU Z DNIA 20.11.2026"))
        #expect(full.contains("• 1 — Nowakowie — Plan do aktualizacji. — Terapia."))
        #expect(full.contains("Kowalscy"))
        let annasFile = try CaseFile.test(journal.revisions, journal: journal, as: anna, clock: { now })
        let hers = try #require(PrintedMeeting.document(meeting.id, in: annasFile)).render(.text)
        #expect(hers.contains("Nowakowie"))
        #expect(!hers.contains("Kowalscy") && !hers.contains("Poufne"))
    }
}
