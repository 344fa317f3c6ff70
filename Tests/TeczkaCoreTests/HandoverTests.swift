import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 15: a coordinator hands a cooperation over to another assistant from a date; the cooperation goes on and
/// every per-assistant count follows who had the family on each day.
@Suite("Handing a cooperation over")
struct HandoverTests {
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    /// A coordinator's file on 15.01.2026 with Anna and Beata, and a family with Anna since 01.06.2025.
    func office() throws -> (file: CaseFile, anna: UserAccount, beata: UserAccount, cooperation: Cooperation) {
        let now = Date(timeIntervalSince1970: 1_768_435_200)
        let file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator), clock: { now })
        let anna = UserAccount.test("Anna Nowak", .asystent), beata = UserAccount.test("Beata Lis", .asystent)
        try file.saveUser(anna)
        try file.saveUser(beata)
        let family = try file.saveFamily(Family(label: "Wiśniewscy"))
        let cooperation = try file.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: day("2025-06-01")))
        return (file, anna, beata, cooperation)
    }

    @Test("the cooperation goes on with the new assistant; who had it on each day is kept")
    func handOver() throws {
        let (file, anna, beata, cooperation) = try office()
        let after = try file.handOver(cooperation.id, to: beata.id, from: day("2025-10-01"))
        #expect(after.end == nil && after.assistantID == beata.id)
        #expect(after.assignments == [Assignment(assistantID: anna.id, from: day("2025-06-01"), to: day("2025-09-30")),
                                      Assignment(assistantID: beata.id, from: day("2025-10-01"), to: nil)])
        #expect(after.assistant(on: day("2025-09-30")) == anna.id && after.assistant(on: day("2025-10-01")) == beata.id)
        #expect(file.caseload(of: anna.id, on: day("2025-09-30")) == 1 && file.caseload(of: anna.id, on: day("2025-10-01")) == 0)
        #expect(file.caseload(of: beata.id, on: day("2025-09-30")) == 0 && file.caseload(of: beata.id, on: day("2025-10-01")) == 1)
        #expect(file.monthSummary(assistantID: anna.id, year: 2025, month: 9).notVisited == [after.familyID])
        #expect(file.monthSummary(assistantID: anna.id, year: 2025, month: 11).notVisited.isEmpty)
        #expect(file.monthSummary(assistantID: beata.id, year: 2025, month: 11).notVisited == [after.familyID])
        // Handed back: three stretches.
        let back = try file.handOver(cooperation.id, to: anna.id, from: day("2026-01-10"))
        #expect(back.assignments.map(\.assistantID) == [anna.id, beata.id, anna.id])
        #expect(file.caseload(of: anna.id, on: day("2026-01-10")) == 1)
    }

    @Test("a handover on or before the start, in the future, to the same assistant, or after the end is refused")
    func refused() throws {
        let (file, anna, beata, cooperation) = try office()
        for (to, date) in [(beata.id, "2025-06-01"), (beata.id, "2025-05-01"), (beata.id, "2026-02-01"), (anna.id, "2025-10-01")] {
            #expect(throws: ValidationFailure.self) { try file.handOver(cooperation.id, to: to, from: day(date)) }
        }
        var ended = cooperation
        ended.end = day("2025-12-31")
        ended.endReason = .celeOsiagniete
        try file.saveCooperation(ended)
        #expect(throws: ValidationFailure([.outsideCooperation(.handoverDate)])) {
            try file.handOver(cooperation.id, to: beata.id, from: day("2026-01-05"))
        }
        #expect(file.cooperations[cooperation.id]?.handovers == nil)
    }

    @Test("above the new assistant's cap the handover asks first")
    func cap() throws {
        let (file, _, beata, cooperation) = try office()
        try file.saveEmployment([EmploymentPeriod(from: day("2025-01-01"), ftePercent: 5)], of: beata.id)  // cap 0
        #expect(throws: CaseworkWarning.caseloadAboveCap(families: 1, cap: 0)) {
            try file.handOver(cooperation.id, to: beata.id, from: day("2025-10-01"))
        }
        try file.handOver(cooperation.id, to: beata.id, from: day("2025-10-01"), confirmed: true)
        #expect(file.cooperations[cooperation.id]?.assistantID == beata.id)
    }

    @Test("only a coordinator hands over: an assistant's handover or edit of the handovers is refused")
    func authority() throws {
        let (file, anna, beata, cooperation) = try office()
        try file.handOver(cooperation.id, to: beata.id, from: day("2025-10-01"))
        let journal = try #require(file.journal as? MemoryJournal)
        let annas = try CaseFile.test(journal.revisions, journal: journal, as: anna)
        #expect(throws: (any Error).self) { try annas.handOver(cooperation.id, to: anna.id, from: day("2025-11-01")) }
        let beatas = try CaseFile.test(journal.revisions, journal: journal, as: beata)
        var forged = try #require(beatas.cooperations[cooperation.id])
        forged.handovers = [Handover(date: day("2025-07-01"), from: anna.id, to: beata.id)]
        #expect(throws: AuthorityProblem.self) { try beatas.saveCooperation(forged) }
        #expect(beatas.cooperations[cooperation.id]?.handovers?.first?.date == day("2025-10-01"))
    }

    @Test("the former assistant's writing merges for her days only; the new one's from hers on")
    func writingDays() throws {
        let (file, anna, beata, cooperation) = try office()
        let after = try file.handOver(cooperation.id, to: beata.id, from: day("2025-10-01"))
        #expect(Ledger.isAssigned(anna.id, to: after, on: day("2025-09-30")))
        #expect(!Ledger.isAssigned(anna.id, to: after, on: day("2025-10-01")))
        #expect(Ledger.isAssigned(beata.id, to: after, on: day("2025-10-01")))
        #expect(!Ledger.isAssigned(beata.id, to: after, on: day("2025-09-30")))
        #expect(Ledger.isAssigned(anna.id, to: cooperation, on: day("2025-05-02")), "a month before the start, as before")
    }

    @Test("all of an assistant's families at once: all or none, one write; nothing in progress is said")
    func handOverAll() throws {
        let (file, anna, beata, _) = try office()
        let later = try file.saveFamily(Family(label: "Zieleniewscy"))
        try file.saveCooperation(Cooperation(familyID: later.id, assistantID: anna.id, start: day("2025-11-01")))
        let journal = try #require(file.journal as? MemoryJournal)
        let before = journal.revisions.count
        #expect(throws: HandoverProblem.refused([(later.id, [.outsideCooperation(.handoverDate)])])) {
            try file.handOverAll(of: anna.id, to: beata.id, from: day("2025-10-01"))
        }
        #expect(journal.revisions.count == before)
        let handed = try file.handOverAll(of: anna.id, to: beata.id, from: day("2025-12-01"))
        #expect(handed.count == 2 && journal.revisions.count == before + 2)
        #expect(file.cooperations.values.allSatisfy { $0.assistantID == beata.id })
        #expect(throws: HandoverProblem.nothingInProgress) { try file.handOverAll(of: anna.id, to: beata.id, from: day("2025-12-02")) }
    }
}
