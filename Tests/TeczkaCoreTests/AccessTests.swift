import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Access per role")
struct AccessTests {
    @Test("an assistant sees own and shared families; a coordinator sees all; only a coordinator shares")
    func visibility() throws {
        let now = Date(timeIntervalSince1970: 1_795_338_000)
        let journal = MemoryJournal()
        let anna = UserAccount.test("Anna", .asystent)
        let beata = UserAccount.test("Beata", .asystent)
        let head = UserAccount.test("Ewa", .koordynator)
        let annasFile = try CaseFile.test([], journal: journal, as: anna, clock: { now })
        try annasFile.saveUser(beata)
        try annasFile.saveUser(head)
        let registered = try annasFile.saveFamily(Family(label: "Nowakowie"))
        let handedOver = try annasFile.saveFamily(Family(label: "Kowalscy"))
        try annasFile.saveCooperation(Cooperation(familyID: handedOver.id, assistantID: beata.id, start: d(2026, 1, 1)))
        let reopen = { (user: UserAccount) in try CaseFile.test(journal.revisions, journal: journal, as: user, clock: { now }) }

        #expect(try reopen(anna).familySummaries(on: d(2026, 11, 22)).map(\.family.label) == ["Nowakowie"])
        #expect(try reopen(beata).familySummaries(on: d(2026, 11, 22)).map(\.family.label) == ["Kowalscy"])
        #expect(try reopen(head).familySummaries(on: d(2026, 11, 22)).count == 2)
        #expect(try !reopen(beata).canSee(registered.id))

        #expect(throws: AccessProblem.coordinatorOnly) { try reopen(anna).share(registered.id, with: [beata.id]) }
        try reopen(head).share(registered.id, with: [beata.id])
        #expect(try reopen(beata).canSee(registered.id))
        #expect(try reopen(beata).familySummaries(on: d(2026, 11, 22)).map(\.family.label) == ["Kowalscy", "Nowakowie"])
        try reopen(head).share(registered.id, with: [])
        #expect(try !reopen(beata).canSee(registered.id))
    }
}
