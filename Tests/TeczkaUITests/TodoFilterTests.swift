import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Do zrobienia for a supervisor with several assistants")
struct TodoFilterTests {
    @Test("F9 A cycles the list through each assistant's families and back to everyone; assistants do not get the filter")
    func filterByAssistant() throws {
        let h = try ScreenHarness()
        let anna = h.file.currentUser
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        let beata = UserAccount.test("Beata Lis", .asystent)
        try h.file.saveUser(beata)
        try h.file.saveUser(head)
        for (label, assistant) in [("Wiśniewscy", anna), ("Zielińscy", beata)] {
            let family = try h.addFamily(label)
            try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 1, day: 10)!),
                                       confirmed: true)
        }
        h.press(.function(9), .character("t"))
        #expect(!h.screen.contains("Asystent:"), "an assistant sees only her own families and no filter")
        #expect(!h.screen.contains("Zielińscy"))
        h.press(.escape)

        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head,
                                  clock: { ScreenHarness.now })
        h.press(.function(9), .character("t"))
        #expect(h.screen.contains("Asystent: wszyscy  (F9 A — następny)"))
        #expect(h.screen.contains("Wiśniewscy") && h.screen.contains("Zielińscy"))
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("Asystent: Anna Nowak"))
        #expect(h.screen.contains("Wiśniewscy") && !h.screen.contains("Zielińscy"))
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("Asystent: Beata Lis"))
        #expect(!h.screen.contains("Wiśniewscy") && h.screen.contains("Zielińscy"))
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("Asystent: wszyscy"))
    }
}
