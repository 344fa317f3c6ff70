import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Casework screens")
struct CaseworkScreenTests {
    /// Logged in, one family (mother and child), its card open.
    func onCard() throws -> (ScreenHarness, Family) {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", locality: "Siechnice", members: [
            ("Marta", "Wiśniewska", "1988-07-14", .rodzic),
            ("Łucja", "Wiśniewska", "2015-03-02", .dziecko),
        ])
        h.app.stack.last?.reappear(app: h.app)
        h.press(.enter)
        return (h, family)
    }

    @Test("the card shows the casework summary and the section keys")
    func cardSummary() throws {
        let (h, _) = try onCard()
        #expect(h.screen.contains("Współpraca: brak · problemy: 0 · wizyta: —"))
        #expect(h.screen.contains("1 Współpraca 2 Problemy 3 Plan 4 Wizyty 5 Piecza 6 Oś czasu 7 Oceny F5 Wizyta"))
    }

    @Test("a cooperation is opened with F7, refused when it overlaps, and ended with F8 and a reason")
    func cooperation() throws {
        let (h, family) = try onCard()
        h.press(.character("1"))
        #expect(h.screen.contains("Brak współpracy. F7 otwiera nową."))
        h.press(.function(7))
        #expect(h.screen.contains("Nowa współpraca"))
        // Start 2025-01-10.
        h.press(.tab, .tab, .tab, .tab, .control("u"))
        h.type("2025-01-10")
        h.press(.function(2))
        #expect(h.screen.contains("10.01.2025 – trwa         Rodzina problemowa"))
        h.press(.function(7), .tab, .tab, .tab, .tab, .control("u"))
        h.type("2025-06-01")
        h.press(.function(2))
        #expect(h.screen.contains("! Nakłada się na współpracę 10.01.2025–trwa."))
        h.press(.escape, .character("t"))
        h.press(.function(8), .control("u"))
        h.type("2026-10-31")
        h.press(.tab, .right, .right, .right, .right)
        h.press(.function(2))
        #expect(h.screen.contains("10.01.2025 – 31.10.2026"))
        #expect(h.screen.contains("Zakończona 31.10.2026: Zmiana miejsca zamieszkania przez rodzinę"))
        #expect(h.screen.contains("Monitoring do 30.04.2027"))
        #expect(h.file.cooperations(of: family.id).count == 1)
    }

    @Test("a coordinator assigns a new cooperation to an assistant (← →); an assistant's form has no such field")
    func assignment() throws {
        let (h, family) = try onCard()
        let anna = h.file.currentUser
        let beata = UserAccount.test("Beata Lis", .asystent), head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(beata)
        try h.file.saveUser(head)
        h.press(.character("1"), .function(7))
        #expect(!h.screen.contains("Asystent    "), "an assistant opens her own cooperation")
        h.press(.escape, .escape)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head, clock: { ScreenHarness.now })
        h.press(.character("1"), .function(7))
        #expect(h.screen.contains("Asystent            ◂ Anna Nowak ▸"))
        h.press(.right)
        #expect(h.screen.contains("Asystent            ◂ Beata Lis ▸"))
        h.press(.function(2))
        #expect(h.screen.contains("Beata Lis"))
        #expect(h.file.cooperations(of: family.id).map(\.assistantID) == [beata.id])
        #expect(anna.id != beata.id)
    }

    @Test("problems are ticked on a searchable checklist and recorded once")
    func problems() throws {
        let (h, family) = try onCard()
        h.press(.character("2"), .function(7))
        h.type("alko")
        #expect(h.screen.contains("[ ] Uzależnienie od alkoholu, nadużywanie alkoholu"))
        #expect(!h.screen.contains("Ubóstwo"))
        h.press(.down, .character(" "), .control("u"))
        h.type("przemoc")
        h.press(.down, .character(" "), .enter)
        #expect(h.screen.contains("Nowe problemy (2)"))
        h.press(.function(2))
        #expect(h.screen.contains("Uzależnienie od alkoholu, nadużywanie alkoholu   22.11.2026 aktywny"))
        #expect(h.screen.contains("Przemoc w rodzinie                               22.11.2026 aktywny"))
        h.press(.function(7))
        h.type("przemoc")
        #expect(h.screen.contains("[•] Przemoc w rodzinie  (już wpisany)"))
        h.press(.escape)
        // Status change: Enter on the first problem.
        h.press(.enter, .right)
        h.press(.function(2))
        #expect(h.screen.contains("aktywny → 22.11.2026 poprawa") || h.screen.contains("poprawa"))
        #expect(h.file.problems(of: family.id).count == 2)
    }

    @Test("quick entry: F5, type the note, F2 — the visit is saved with today, home and everyone present")
    func quickVisit() throws {
        let (h, family) = try onCard()
        try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                               start: LocalDate(year: 2025, month: 1, day: 1)!))
        h.press(.function(5))
        #expect(h.screen.contains("Nowa wizyta: Wiśniewscy"))
        #expect(h.screen.contains("Data                2026-11-22"), "the date is in sight when the form opens\n\(h.screen)")
        h.type("Rozmowa o zasadach w domu.")
        h.press(.enter)
        h.type("Łucja pokazała świadectwo.")
        h.press(.function(2))
        let visit = try #require(h.file.visits(of: family.id).first)
        #expect(visit.notes == "Rozmowa o zasadach w domu.\nŁucja pokazała świadectwo.")
        #expect(visit.date == LocalDate(year: 2026, month: 11, day: 22))
        #expect(visit.presentMemberIDs.count == 2)
        #expect(h.screen.contains("Współpraca: 01.01.2025–trwa · problemy: 0 · wizyta: 22.11.2026 · Rodzina prob…"))
    }

    @Test("a visit with no cooperation asks first; a zero duration is refused")
    func visitWarnings() throws {
        let (h, family) = try onCard()
        h.press(.function(5))
        h.type("Notatka")
        h.press(.backTab, .control("u"))
        h.type("0:00")
        h.press(.function(2))
        #expect(h.screen.contains("! Czas trwania od 0:01 do 12:00."))
        h.press(.control("u"))
        h.type("1:30")
        h.press(.function(2))
        #expect(h.screen.contains("W tym dniu rodzina nie ma otwartej współpracy."))
        h.press(.character("t"))
        #expect(h.file.visits(of: family.id).first?.durationMinutes == 90)
    }

    @Test("a plan with two goals is written, and the next version shows what changed")
    func plan() throws {
        let (h, family) = try onCard()
        try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                               start: LocalDate(year: 2025, month: 1, day: 1)!))
        h.press(.character("3"), .function(7), .tab)
        h.type("Jolanta Żak")
        h.press(.tab, .tab, .tab, .enter, .function(7))
        h.type("Rodzice stosują konsekwencje zamiast kar")
        h.press(.function(2), .function(7))
        h.type("Łucja chodzi regularnie do szkoły")
        h.press(.function(2), .escape, .function(2))
        #expect(h.screen.contains("Wersja 1 z 22.11.2026 · cele: 2 · działania: 0 · podpisy: 0"))
        #expect(h.screen.contains("◦ Rodzice stosują konsekwencje zamiast kar — w toku"))
        h.press(.function(7), .tab, .tab, .tab, .tab, .enter, .down, .enter)
        h.press(.tab, .tab, .tab, .tab, .right)
        h.press(.function(2), .escape, .function(2), .home)
        #expect(h.screen.contains("Wersja 2 z 22.11.2026"))
        #expect(h.screen.contains("Zmiany względem wersji 1:"))
        #expect(h.screen.contains("~ cel: Łucja chodzi regularnie do szkoły (osiągnięty)"))
    }

    @Test("the timeline lists everything by date and filters by kind")
    func timeline() throws {
        let (h, family) = try onCard()
        let file = h.file
        let child = try #require(file.members(of: family.id).first { $0.firstName == "Łucja" })
        try file.saveCooperation(Cooperation(familyID: family.id, assistantID: file.currentUser.id,
                                             start: LocalDate(year: 2025, month: 1, day: 1)!))
        try file.recordProblems(familyID: family.id, codes: ["A14"], identified: LocalDate(year: 2025, month: 1, day: 5)!, source: .wywiad)
        try file.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, placeName: "Babcia",
                                         start: LocalDate(year: 2025, month: 3, day: 1)!))
        try file.saveEvent(FamilyEvent(familyID: family.id, kind: .niebieskaKartaStart, date: LocalDate(year: 2025, month: 2, day: 1)!))
        h.press(.character("6"))
        let lines = h.screen.split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix(" 01.03.2025  piecza       Łucja Wiśniewska: umieszczenie"))
        #expect(lines[3].hasPrefix(" 01.02.2025  zdarzenia    Wszczęcie procedury „Niebieska Karta”"))
        #expect(lines[4].hasPrefix(" 05.01.2025  problemy     Rozpoznano: Przemoc w rodzinie"))
        #expect(lines[5].hasPrefix(" 01.01.2025  współpraca   Początek współpracy"))
        h.press(.tab, .tab)
        #expect(h.screen.contains("Pokazuję: problemy. Tab zmienia filtr."))
        #expect(!h.screen.contains("piecza       "))
        h.press(.enter)
        #expect(h.screen.hasPrefix(" Teczka — Problemy: Wiśniewscy"))
    }

    @Test("the month summary counts visits and lists families not visited")
    func monthSummary() throws {
        let h = try ScreenHarness()
        let a = try h.addFamily("Kowalscy")
        let b = try h.addFamily("Nowakowie")
        for family in [a, b] {
            try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                                   start: LocalDate(year: 2025, month: 1, day: 1)!))
        }
        var visit = h.file.quickVisit(familyID: a.id)
        visit.durationMinutes = 150
        try h.file.saveVisit(visit)
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(6))
        #expect(h.screen.contains("Anna Nowak — listopad 2026"))
        #expect(h.screen.contains("Wizyty: 1"))
        #expect(h.screen.contains("Czas wizyt: 2:30 h"))
        #expect(h.screen.contains("Rodziny bez wizyty w tym miesiącu (1):"))
        #expect(h.screen.contains("• Nowakowie"))
        h.press(.left)
        #expect(h.screen.contains("październik 2026"))
        #expect(h.screen.contains("Rodziny bez wizyty w tym miesiącu (2):"))
    }

    @Test("a placement and a kurator supervision are recorded on the foster-care and events screen")
    func placementsAndEvents() throws {
        let (h, family) = try onCard()
        h.press(.character("5"))
        #expect(h.screen.contains("Brak umieszczeń i zdarzeń. F7 — piecza, F9 Z — zdarzenie."))
        h.press(.function(7))
        #expect(h.screen.contains("◂ Łucja Wiśniewska ▸"))
        h.press(.tab, .right, .right, .tab)
        h.type("Państwo Kłosowie")
        h.press(.tab, .control("u"))
        h.type("2025-03-01")
        h.press(.function(2))
        #expect(h.screen.contains("01.03.2025 – trwa         Łucja Wiśniewska: RZZ – Rodzina Zastępcza Zawodowa"))
        #expect(h.screen.contains("  Państwo Kłosowie"))
        h.press(.function(9), .character("z"), .right, .right, .tab, .control("u"))
        h.type("2025-01-01")
        h.press(.tab)
        h.type("2024-12-31")
        h.press(.function(2))
        #expect(h.screen.contains("! Data końcowa jest wcześniejsza niż początkowa."))
        h.press(.control("u"))
        h.type("2025-12-31")
        h.press(.function(2))
        #expect(h.screen.contains("01.01.2025 – 31.12.2025   Nadzór kuratora"))
        #expect(h.file.events(of: family.id).count == 1 && h.file.placements(of: family.id).count == 1)
    }

    @Test("plan signatures: ticked members with the date typed, or the plan's date")
    func planSignatures() throws {
        let (h, family) = try onCard()
        let cooperation = try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                                                 start: LocalDate(year: 2025, month: 1, day: 1)!))
        h.press(.character("3"), .function(7), .tab, .tab, .tab, .tab, .enter, .function(7))
        h.type("Cel")
        h.press(.function(2), .escape, .tab, .tab, .enter, .down, .character(" "), .enter, .tab)
        h.type("2026-11-20")
        h.press(.function(2))
        let plan = try #require(h.file.planVersions(of: cooperation.id).first)
        #expect(plan.signatures.map(\.date) == [LocalDate(year: 2026, month: 11, day: 20)!])
        #expect(h.screen.contains("Podpisali: Marta Wiśniewska 20.11.2026"))
    }
}

/// Issue 13, stumble 1: a visit got "Odbudowa więzi" instead of "Pedagogizacja" because the first item was highlighted
/// while the cursor was still in the search field, so Down then Space ticked the second.
@Suite("Checklist focus")
struct ChecklistFocusTests {
    func picker() throws -> (ScreenHarness, ChecklistScreen) {
        let h = try ScreenHarness()
        let screen = ChecklistScreen(heading: "Działania", options: ["Pedagogizacja", "Odbudowa więzi", "Wsparcie w pracy"],
                                     selected: []) { _, _ in }
        h.app.push(screen)
        return (h, screen)
    }

    @Test("nothing is highlighted while typing; Down goes to the first item and Space ticks it")
    func downThenSpaceTicksTheFirst() throws {
        let (h, screen) = try picker()
        #expect(!h.canvas.cells.contains { $0.role == .selected }, "no highlight while the search has the focus")
        h.press(.character(" "))
        #expect(screen.selected.isEmpty && screen.filter.text == " ", "a space in the search is a space")
        h.press(.backspace, .down, .character(" "))
        #expect(screen.selected == [0])
        #expect(h.screen.contains("[x] Pedagogizacja") && h.screen.contains("[ ] Odbudowa więzi"))
        h.press(.up)
        #expect(!screen.listFocused, "Up on the first item goes back to the search")
    }

    @Test("letters typed in the list search; End in the search keeps the place; an empty result says so")
    func typingAndEmptyResults() throws {
        let (h, screen) = try picker()
        h.press(.down, .down)
        h.type("wsp")
        #expect(!screen.listFocused && screen.filter.text == "wsp" && screen.shown == [2])
        h.press(.down, .end)
        #expect(screen.cursor.selected == 0)
        h.press(.up, .end)
        #expect(!screen.listFocused && screen.filter.text == "wsp")
        h.type("xyz")
        #expect(h.screen.contains("Nic nie znaleziono."))
        h.press(.down, .character(" "))
        #expect(screen.selected.isEmpty, "nothing to tick, nothing ticked")
    }
}

/// Issue 13, stumble 11: a form open when the program is stopped from outside is kept and offered at the next start.
@Suite("Drafts of unsaved forms on screen")
struct DraftScreenTests {
    @Test("a stop from outside keeps the open visit; the draft shows what was typed and Enter opens the visit with it")
    func keepAndReopen() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", members: [("Marta", "Wiśniewska", "1988-07-14", .rodzic)])
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(5))
        h.type("Rozmowa o szkole.")
        let form = try #require(h.app.stack.last as? FormScreen)
        let draft = form.draft(savedAt: ScreenHarness.now, yes: "tak", no: "nie")
        #expect(draft.origin == .newVisit(familyID: family.id.raw))
        #expect(draft.entries.contains { $0.field == Field.notes.rawValue && $0.text == "Rozmowa o szkole." })
        h.app.stopFromOutside()
        #expect(h.app.isFinished && h.app.exitStatus == 1)

        // The next start on the same store: the draft screen, then Enter opens the visit form with the note; F2 saves it.
        let next = h
        next.app = App(store: h.store, strings: .polish, clock: { ScreenHarness.now })
        next.type("tajnehaslo")
        next.press(.enter)
        next.app.push(DraftScreen(draft: draft))
        #expect(next.screen.contains("„Nowa wizyta: Wiśniewscy” z 22.11.2026 10:00 nie został zapisany"))
        #expect(next.screen.contains("Notatki: Rozmowa o szkole."))
        next.press(.enter)
        #expect(next.screen.contains("Nowa wizyta: Wiśniewscy"))
        next.press(.function(2))
        #expect(next.screen.contains("W tym dniu rodzina nie ma otwartej współpracy."))
        next.press(.character("t"))
        #expect(next.file.visits(of: family.id).first?.notes == "Rozmowa o szkole.")
    }
}
