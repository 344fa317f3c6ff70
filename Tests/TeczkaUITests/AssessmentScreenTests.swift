import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Assessment screens")
struct AssessmentScreenTests {
    @Test("the assistant writes and passes an assessment; the coordinator returns it, then approves the corrected one")
    func reviewCycle() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", members: [("Marta", "Wiśniewska", "1988-07-14", .rodzic)])
        let assistantFile = h.file
        let cooperation = try assistantFile.saveCooperation(Cooperation(familyID: family.id, assistantID: assistantFile.currentUser.id,
                                                                        start: LocalDate(year: 2026, month: 5, day: 1)!))
        var plan = try #require(assistantFile.draftNextPlanVersion(of: cooperation.id, on: LocalDate(year: 2026, month: 5, day: 10)!))
        plan.goals = [PlanGoal(text: "Spójne zasady w domu")]
        try assistantFile.savePlanVersion(plan)
        h.app.stack.last?.reappear(app: h.app)
        h.press(.enter, .character("7"))
        #expect(h.screen.contains("Brak ocen. Najbliższa ocena do 01.11.2026. F7 — napisz ocenę."))

        h.press(.function(7))
        #expect(h.screen.contains("Ocena okresowa: Wiśniewscy"))
        h.type("Rodzina stabilna, matka pracuje.")
        h.press(.function(2), .function(9), .character("p"))
        #expect(h.screen.contains("Nie przekazano — uzupełnij: postępy w celach planu (komentarze), sytuacja\n"))
        #expect(h.screen.contains(" dzieci, współpraca rodziny, rekomendacja."))
        h.press(.enter, .tab, .enter, .enter, .right)
        h.type("Zasady ustalone i zapisane.")
        h.press(.function(2), .escape, .tab, .tab)
        h.type("Dzieci chodzą do szkoły.")
        h.press(.tab)
        h.type("Rodzina chętnie współpracuje.")
        h.press(.tab, .right, .function(2), .function(9), .character("p"))
        #expect(h.screen.contains("Stan oceny: przekazana."))

        // The coordinator, on the same data.
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)   // the founder adds the coordinator's account
        let headFile = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head,
                                    clock: { ScreenHarness.now })
        #expect(headFile.reviewQueue.count == 1)
        h.app.file = headFile
        h.press(.escape, .escape, .function(9), .character("o"))
        #expect(h.screen.contains("Oceny do zatwierdzenia"))
        #expect(h.screen.contains("Wiśniewscy             01.05.2026–22.11.2026  Anna Nowak           0 dni"))
        // Enter opens the review: the assessment on the left, the plan on the right.
        h.press(.enter)
        #expect(h.screen.contains("Przegląd oceny: Wiśniewscy"))
        #expect(h.screen.contains("\n Ocena  ") && h.screen.contains("│ Plan i wizyty"))
        #expect(h.screen.contains("│ PLAN PRACY — wersja 1 z 10.05.2026"))
        #expect(h.screen.contains("│ • Spójne zasady w domu [w toku]"))
        #expect(h.screen.contains(" OKRESOWA OCENA SYTUACJI RODZINY"))
        h.press(.character("z"))
        h.type("Opisz postępy dzieci dokładniej.")
        h.press(.tab)
        h.type("Konsultacja z pedagogiem szkolnym.")
        h.press(.function(2))
        #expect(h.screen.contains("Stan oceny: zwrócona."))
        // Scrolling the left pane to its end shows the status and the remarks, as printed.
        for _ in 0..<60 { h.press(.down) }
        #expect(h.screen.contains("Stan: zwrócona"))
        #expect(h.screen.contains("Ewa Kierownik — Opisz"))
        h.press(.escape)
        #expect(h.screen.contains("Żadna ocena nie czeka na zatwierdzenie."))
        h.press(.escape, .enter, .character("7"))
        #expect(h.screen.contains("Zwrócona 22.11.2026 przez Ewa Kierownik: Opisz postępy dzieci dokładniej."))

        // Back to the assistant: correct and pass again; the coordinator approves.
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal,
                                  as: assistantFile.currentUser, clock: { ScreenHarness.now })
        h.app.stack.last?.reappear(app: h.app)
        h.press(.enter, .tab, .tab, .tab, .end)
        h.type(" Ola poprawiła oceny z matematyki.")
        h.press(.function(2), .function(9), .character("p"))
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head,
                                  clock: { ScreenHarness.now })
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("Zatwierdzić ocenę rodziny „Wiśniewscy” za okres"), "an approval is final: asked first")
        h.press(.character("n"))
        #expect(h.app.file?.assessments.values.first?.state == .przekazana, "N leaves it passed on")
        h.press(.function(9), .character("a"), .character("t"))
        #expect(h.screen.contains("Stan oceny: zatwierdzona."))
        #expect(h.screen.contains("Zatwierdził(a): Ewa Kierownik, 22.11.2026"))
        let approved = try #require(h.app.file?.assessments.values.first)
        #expect(approved.children == "Dzieci chodzą do szkoły. Ola poprawiła oceny z matematyki.")
        h.press(.enter)
        #expect(h.screen.contains("Ocena jest zatwierdzona i nie można jej teraz edytować"))
    }
}

@Suite("Do zrobienia screen")
struct TodoScreenTests {
    @Test("t on the list shows what is due; Enter opens the family's assessments")
    func todoScreen() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy")
        try h.file.saveCooperation(Cooperation(familyID: family.id, assistantID: h.file.currentUser.id,
                                               start: LocalDate(year: 2026, month: 1, day: 10)!))
        h.app.stack.last?.reappear(app: h.app)
        h.press(.function(9), .character("t"))
        #expect(h.screen.contains("Do zrobienia"))
        #expect(h.screen.contains("10.07.2026  Wiśniewscy             ocena okresowa po terminie"))
        #expect(h.screen.contains("10.01.2026  Wiśniewscy             współpraca bez planu pracy"))
        #expect(h.screen.contains("316 dni bez wizyty"))
        // The longest overdue first: no plan since 10.01, no visit since 10.01, the assessment since 10.07.
        h.press(.down, .down, .enter)
        #expect(h.screen.hasPrefix(" Teczka — Oceny okresowe: Wiśniewscy"))
    }
}

@Suite("Sharing a family")
struct SharingScreenTests {
    @Test("a coordinator shares a family with an assistant from the card (F9 U); an assistant is refused")
    func share() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy")
        let beata = UserAccount.test("Beata Zastępcza", .asystent)
        try h.file.saveUser(beata)
        h.app.stack.last?.reappear(app: h.app)
        h.press(.enter, .function(9), .character("u"))
        #expect(h.screen.contains("Tylko koordynator może to zrobić."))
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head,
                                  clock: { ScreenHarness.now })
        h.press(.function(9), .character("u"))
        #expect(h.screen.contains("Udostępnij rodzinę „Wiśniewscy” asystentom (zastępstwo)"))
        h.type("beata")
        h.press(.down, .character(" "), .enter)
        #expect(h.app.file?.families[family.id]?.sharedWith == [beata.id])
    }
}

@Suite("Users screen")
struct UsersScreenTests {
    @Test("a coordinator adds an account and deactivates it; a shared passphrase is refused; an assistant cannot add")
    func users() throws {
        let h = try ScreenHarness(loggedIn: false)
        _ = try h.store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: "tajnehaslo", settings: StoreSettings())
        h.app = App(store: h.store, strings: .polish, clock: { ScreenHarness.now })
        h.type("tajnehaslo")
        h.press(.enter, .escape, .function(9), .character("u"))
        #expect(h.screen.contains("Ewa Kierownik                    koordynator-kierownik"))
        h.press(.function(7))
        h.type("Anna Nowak")
        h.press(.tab, .tab)
        h.type("tajnehaslo")
        h.press(.tab)
        h.type("tajnehaslo")
        h.press(.function(2))
        #expect(h.screen.contains("Tego hasła używa już inne konto."))
        h.press(.backTab, .control("u"))
        h.type("hasło Anny 1")
        h.press(.tab, .control("u"))
        h.type("hasło Anny 2")
        h.press(.function(2))
        #expect(h.screen.contains("! Hasła nie są takie same."))
        h.press(.control("u"))
        h.type("hasło Anny 1")
        h.press(.function(2))
        #expect(h.screen.contains("Dodano konto: Anna Nowak (asystent rodziny)."))
        #expect(h.screen.contains("Anna Nowak                       asystent rodziny"))
        h.press(.home, .function(8), .character("t"))
        #expect(h.screen.contains("nieaktywne"))
        #expect(throws: StoreProblem.wrongPassphrase) { try h.store.unlock(passphrase: "hasło Anny 1") }

        let assistant = try ScreenHarness()
        assistant.press(.function(9), .character("u"), .function(7))
        assistant.type("Ktoś Obcy")
        assistant.press(.tab, .tab)
        assistant.type("obce hasło 1")
        assistant.press(.tab)
        assistant.type("obce hasło 1")
        assistant.press(.function(2))
        #expect(assistant.screen.contains("Tylko koordynator może dodawać i dezaktywować konta."))
    }
}
