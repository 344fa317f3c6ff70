import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI
import TeczkaReports

@Suite("Team meeting screens")
struct MeetingScreenTests {
    @Test("a coordinator writes a protocol (z on the list); the family's timeline shows the entry; an assistant cannot write")
    func writeProtocol() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", locality: "Siechnice")
        try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                               start: LocalDate(year: 2026, month: 5, day: 1)!))
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(9), .character("z"))
        #expect(h.screen.contains("Brak protokołów. F7 — nowy protokół posiedzenia zespołu (koordynator)."))
        h.press(.function(7))
        #expect(h.screen.contains("Protokoły pisze koordynator; tu widać uwagi o Twoich rodzinach."))

        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head,
                                  clock: { ScreenHarness.now })
        h.press(.function(7))
        #expect(h.screen.contains("Protokół posiedzenia zespołu"))
        h.press(.function(2))
        #expect(h.screen.contains("! To pole jest wymagane."))
        h.type("Ewa Kierownik, Anna Nowak")
        h.press(.function(2))
        #expect(h.screen.contains("Rodziny             ▸ 0 — Enter: uwagi i zalecenia dla rodzin\n                      ! To pole jest wymagane."))
        #expect(h.app.file?.meetings.isEmpty == true)
        h.press(.enter)
        #expect(h.screen.contains("Brak rodzin. F7 — dodaj rodzinę omawianą na posiedzeniu."))
        h.press(.function(7))
        #expect(h.screen.contains("Wiśniewscy — Siechnice"))
        h.press(.enter)
        h.type("Plan wymaga aktualizacji.")
        h.press(.tab)
        h.type("Skierować matkę na terapię.")
        h.press(.function(2))
        #expect(h.screen.contains("Wiśniewscy              Plan wymaga aktualizacji."))
        h.press(.escape)
        #expect(h.screen.contains("1 — Enter: uwagi i zalecenia dla rodzin"))
        h.press(.function(2))
        #expect(h.screen.contains("22.11.2026  1        Ewa Kierownik, Anna Nowak"))
        #expect(h.app.file?.meetings.count == 1)

        // The assistant sees the entry on the family's timeline.
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal,
                                  as: h.file.currentUser, clock: { ScreenHarness.now })
        h.press(.escape, .enter, .character("6"))
        #expect(h.screen.contains("22.11.2026  zespół       Posiedzenie zespołu: Plan wymaga aktualizacji. — Ski…\n"))
        h.press(.enter)
        #expect(h.screen.contains("Posiedzenia zespołu"))
        #expect(h.screen.contains("Zalecenia: Skierować matkę na terapię."))
    }

    @Test("the protocol form takes the place and the chair; both and the minute-taker go on the printed protocol")
    func placeAndChair() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", locality: "Siechnice")
        try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                               start: LocalDate(year: 2026, month: 5, day: 1)!))
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head, clock: { ScreenHarness.now })
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(9), .character("z"), .function(7))
        #expect(h.screen.contains("\n  Miejsce\n"))
        #expect(h.screen.contains("np. siedziba ośrodka, sala 12 (na wydruku protokołu)"))
        h.type("Sala 12")
        h.press(.tab)
        #expect(h.screen.contains("\n  Prowadzący(a)\n"))
        h.type("Ewa Kierownik")
        h.press(.tab)
        h.type("Ewa Kierownik, Anna Nowak")
        h.press(.tab, .enter, .function(7), .enter)
        h.type("Plan wymaga aktualizacji.")
        h.press(.function(2), .escape, .function(2))
        let meeting = try #require(h.app.file?.meetings.values.first)
        #expect(meeting.place == "Sala 12" && meeting.chair == "Ewa Kierownik" && meeting.recordedBy == head.id)
        #expect(h.screen.contains("Miejsce: Sala 12  ·  Prowadzący(a): Ewa Kierownik"), "the list's details name both:\n\(h.screen)")
        let file = try #require(h.app.file)
        let printed = try #require(PrintedMeeting.document(meeting.id, in: file)).render(.text)
        #expect(printed.contains("Miejsce: Sala 12"))
        #expect(printed.contains("Protokołował(a): Ewa Kierownik"))
        #expect(printed.contains("Prowadzący(a) posiedzenie: Ewa Kierownik"))
    }
}
