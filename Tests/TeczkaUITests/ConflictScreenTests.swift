import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

/// A second computer for the screen tests: the supervisor's case file, made from the harness's revisions, with its
/// own journal and a clock a minute ahead, so that its edits are the newer ones.
struct Office {
    let head: UserAccount
    let file: CaseFile

    init(_ h: ScreenHarness, name: String = "Ewa Kierownik", minutesAhead: Double = 1) throws {
        head = UserAccount.test(name, .koordynator)
        // The store's founder (the harness's user) adds the coordinator's account, which both computers then trust.
        try h.file.saveUser(head)
        file = try CaseFile.test(h.store.journal.revisions, journal: MemoryJournal(), as: head,
                            clock: { ScreenHarness.now + 60 * minutesAhead })
    }

    /// The family "Wiśniewscy" in conflict on the harness's computer.
    static func familyInConflict() throws -> (ScreenHarness, Family) {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy")
        try conflict(h, family: family)
        return (h, family)
    }

    /// Both computers change the family's address, the office twice; the harness takes the office's revisions, which
    /// leaves the family in conflict there (Leśna, with the higher logical clock, shown; Polna kept).
    @discardableResult
    static func conflict(_ h: ScreenHarness, family: Family) throws -> Office {
        let office = try Office(h)
        var mine = try #require(h.file.families[family.id])
        mine.address = "ul. Polna 3"
        try h.file.saveFamily(mine)
        var theirs = try #require(office.file.families[family.id])
        theirs.address = "ul. Leśna"
        try office.file.saveFamily(theirs)
        theirs.address = "ul. Leśna 8"
        try office.file.saveFamily(theirs)
        try h.file.merge(office.file.packageRevisions(for: nil))
        h.app.stack.last?.reappear(app: h.app)
        return office
    }
}

@Suite("Konflikty")
struct ConflictScreenTests {
    @Test("K lists the record in conflict; Enter shows both versions, their authors and the differing field")
    func listAndCompare() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", locality: "Siechnice")
        try Office.conflict(h, family: family)
        h.press(.function(9), .character("k"))
        #expect(h.screen.contains("Teczka — Konflikty"))
        #expect(h.screen.contains(" Rodzina            Zapis                              Wersje  Najnowsza\n"))
        #expect(h.screen.contains(" Wiśniewscy         rodzina                                 2  22.11.2026 10:01\n"))
        #expect(h.screen.contains("1. Ewa Kierownik, 22.11.2026 10:01 — pokazywana teraz"))
        #expect(h.screen.contains("2. Anna Nowak, 22.11.2026 10:00"))
        h.press(.enter)
        let expected = """
             Teczka — Konflikt: Wiśniewscy — rodzina                Anna Nowak · 22.11.2026
             2 wersje · różni się 1 pole · W — wszystkie pola

            ▸ Wersja 1 — pokazywana teraz          │  Wersja 2
              Ewa Kierownik, 22.11.2026 10:01      │  Anna Nowak, 22.11.2026 10:00
            ───────────────────────────────────────│────────────────────────────────────────
             Adres: ul. Leśna 8                    │ Adres: ul. Polna 3
            """
        #expect(h.screen.hasPrefix(expected), "\(h.screen)")
        #expect(h.screen.contains("F1 Pomoc 1/2 Zachowaj E Połącz W Wszystkie Tab Panel F9 Menu Esc Wróć"))
        h.press(.character("W"))
        #expect(h.screen.contains(" Nazwa rodziny: Wiśniewscy             │ Nazwa rodziny: Wiśniewscy"))
        #expect(h.screen.contains(" ≠ Adres: ul. Leśna 8                  │ ≠ Adres: ul. Polna 3"))
        #expect(h.screen.contains(" Miejscowość: Siechnice                │ Miejscowość: Siechnice"))
        #expect(h.screen.contains(" Teren wiejski: nie"))
        #expect(h.screen.contains(" Struktura: pełna"))
        #expect(h.screen.contains(" Notatki: (puste)"))
        #expect(h.screen.contains(" W archiwum: nie"))
        h.press(.function(1))
        #expect(h.screen.contains("Wersje zapisu obok siebie: po lewej pokazywana teraz (najnowsza),"))
    }

    @Test("keeping the older version ends the conflict: the family shows it and the history still holds both")
    func keepOlder() throws {
        let (h, family) = try Office.familyInConflict()
        #expect(h.file.families[family.id]?.address == "ul. Leśna 8", "the version with the higher clock is shown meanwhile")
        h.press(.function(9), .character("k"), .enter, .character("2"))
        #expect(h.screen.contains("Zachować wersję 2 (Anna Nowak, 22.11.2026 10:00)? Druga wersja     │\n     │ zostanie w historii."))
        h.press(.character("T"))
        #expect(h.screen.contains("Brak konfliktów."))
        #expect(h.screen.contains("Zachowano wersję 2 (Anna Nowak, 22.11.2026 10:00); druga została w historii."))
        #expect(h.file.conflicts.isEmpty)
        #expect(h.file.families[family.id]?.address == "ul. Polna 3")
        let bodies = (h.file.revisions[family.id] ?? []).compactMap { try? JSONDecoder().decode(Family.self, from: $0.body).address }
        #expect(bodies == ["", "ul. Polna 3", "ul. Leśna", "ul. Leśna 8", "ul. Polna 3"], "nothing is dropped")
        #expect(h.store.journal.revisions.filter { $0.recordID == family.id }.count == 5, "the choice is written")
    }

    @Test("← → choose the pane and Enter keeps it; N or Esc in the question changes nothing")
    func declined() throws {
        let (h, _) = try Office.familyInConflict()
        let before = h.store.journal.revisions.count
        h.press(.function(9), .character("k"), .enter, .character("1"))
        #expect(h.screen.contains("Zachować wersję 1 (Ewa Kierownik, 22.11.2026 10:01)?"))
        h.press(.enter)
        #expect(h.screen.contains("T – tak    N – nie"), "Enter does not answer")
        h.press(.character("N"))
        #expect(h.screen.contains("Teczka — Konflikt: Wiśniewscy — rodzina"))
        h.press(.right)
        #expect(h.screen.contains("│▸ Wersja 2"))
        h.press(.enter)
        #expect(h.screen.contains("Zachować wersję 2 (Anna Nowak, 22.11.2026 10:00)?"))
        h.press(.escape)
        #expect(h.screen.contains("Teczka — Konflikt: Wiśniewscy — rodzina"))
        #expect(h.store.journal.revisions.count == before)
        #expect(h.file.conflicts.count == 1)
        h.press(.escape)
        #expect(h.screen.contains(" Wiśniewscy         rodzina"))
    }

    @Test("E keeps the chosen version and opens the family form with the other version's values above it")
    func combine() throws {
        let (h, family) = try Office.familyInConflict()
        h.press(.function(9), .character("k"), .enter, .character("E"))
        #expect(h.screen.contains("Zachować wersję 1 (Ewa Kierownik, 22.11.2026 10:01) i otworzyć ją  │\n     │ do poprawy, aby przepisać potrzebne dane z drugiej? Druga wersja"))
        h.press(.character("t"))
        #expect(h.screen.contains("Teczka — Edycja rodziny"))
        #expect(h.screen.contains("Z drugiej wersji: Adres „ul. Polna 3”"))
        #expect(h.file.conflicts.isEmpty)
        h.press(.tab, .control("u"))
        h.type("ul. Leśna 8 (dawniej Polna 3)")
        h.press(.function(2))
        #expect(h.screen.contains("Brak konfliktów."))
        #expect(h.file.families[family.id]?.address == "ul. Leśna 8 (dawniej Polna 3)")
    }

    @Test("a conflict of a person: the form opens on E")
    func member() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy", members: [("Jan", "Wiśniewski", "1980-03-01", .rodzic)])
        let person = try #require(h.file.members(of: family.id).first)
        let office = try Office(h)
        var mine = person
        mine.lastName = "Wiśniewski-Nowak"
        try h.file.saveMember(mine)
        var theirs = try #require(office.file.members[person.id])
        theirs.birthDate = LocalDate(year: 1980, month: 3, day: 3)
        try office.file.saveMember(theirs)
        theirs.birthDate = LocalDate(year: 1980, month: 3, day: 2)
        try office.file.saveMember(theirs)
        try h.file.merge(office.file.packageRevisions(for: nil))
        h.press(.function(9), .character("k"))
        #expect(h.screen.contains(" Wiśniewscy         osoba: Jan Wiśniewski"))
        h.press(.enter)
        #expect(h.screen.contains(" Nazwisko: Wiśniewski                  │ Nazwisko: Wiśniewski-Nowak"))
        #expect(h.screen.contains(" Data urodzenia: 02.03.1980            │ Data urodzenia: 01.03.1980"))
        h.press(.right, .character("E"), .character("T"))
        #expect(h.screen.contains("Teczka — Edycja osoby"))
        #expect(h.screen.contains("Z drugiej wersji: Nazwisko „Wiśniewski”; Data urodzenia „02.03.1980”"))
        #expect(h.file.members[person.id]?.lastName == "Wiśniewski-Nowak")
    }

    @Test("“Do zrobienia” lists the conflict and Enter opens the comparison")
    func todo() throws {
        let (h, _) = try Office.familyInConflict()
        h.press(.function(9), .character("t"))
        #expect(h.screen.contains("22.11.2026  Wiśniewscy             zapis w konflikcie: rodzina"))
        h.press(.enter)
        #expect(h.screen.contains("Teczka — Konflikt: Wiśniewscy — rodzina"))
        h.press(.character("2"), .character("T"))
        #expect(h.screen.contains("Teczka — Do zrobienia"))
        #expect(!h.screen.contains("zapis w konflikcie"))
    }

    @Test("an assistant does not see a conflict in a family that is not theirs; the coordinator does")
    func access() throws {
        let h = try ScreenHarness()
        let office = try Office(h)
        let theirs = try office.file.saveFamily(Family(label: "Zielińscy"))
        try h.file.merge(office.file.packageRevisions(for: nil))
        try Office.conflict(h, family: theirs)
        try #require(h.file.conflicts.count == 1)
        #expect(h.file.conflicts(visibleTo: nil).isEmpty)
        h.press(.function(9), .character("k"))
        #expect(h.screen.contains("Brak konfliktów."))
        #expect(!h.screen.contains("Zielińscy"))
        h.press(.escape, .character("t"))
        #expect(!h.screen.contains("zapis w konflikcie"))

        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: office.head,
                                  clock: { ScreenHarness.now })
        h.press(.escape, .function(9), .character("k"))
        #expect(h.screen.contains(" Zielińscy          rodzina"))
        h.press(.escape, .function(9), .character("t"))
        #expect(h.screen.contains("Zielińscy              zapis w konflikcie: rodzina"))
    }

    @Test("three versions: the right pane cycles with Tab, 3 keeps the oldest, the others stay in the history")
    func threeVersions() throws {
        let h = try ScreenHarness()
        let family = try h.addFamily("Wiśniewscy")
        let third = try Office(h, name: "Beata Lis", minutesAhead: 2)
        try Office.conflict(h, family: family)
        var theirs = try #require(third.file.families[family.id])
        for address in ["ul. Krótka", "ul. Krótka 1", "ul. Krótka 2"] {   // three edits: the highest clock
            theirs.address = address
            try third.file.saveFamily(theirs)
        }
        try h.file.merge(third.file.packageRevisions(for: nil))
        h.press(.function(9), .character("k"))
        #expect(h.screen.contains(" Wiśniewscy         rodzina                                 3  22.11.2026 10:02\n"))
        h.press(.enter)
        #expect(h.screen.contains("3 wersje · różni się 1 pole"))
        #expect(h.screen.contains(" Adres: ul. Krótka 2                   │ Adres: ul. Leśna 8"))
        #expect(h.screen.contains("F1 Pomoc 1…3 Zachowaj"))
        h.press(.tab)
        #expect(h.screen.contains("│  Wersja 2\n"))
        h.press(.tab)
        #expect(h.screen.contains("│  Wersja 3\n"))
        #expect(h.screen.contains(" Adres: ul. Krótka 2                   │ Adres: ul. Polna 3"))
        h.press(.tab)
        #expect(h.screen.contains("│  Wersja 3\n"), "back on the left pane; the right one keeps its version")
        h.press(.character("3"))
        #expect(h.screen.contains("Zachować wersję 3 (Anna Nowak, 22.11.2026 10:00)? Pozostałe wersje"))
        h.press(.character("T"))
        #expect(h.screen.contains("Zachowano wersję 3 (Anna Nowak, 22.11.2026 10:00); pozostałe zostały w\n historii."))
        #expect(h.file.conflicts.isEmpty)
        #expect(h.file.families[family.id]?.address == "ul. Polna 3")
        #expect(h.file.revisions[family.id]?.count == 8)
    }

    @Test("the family list's help names F9 K; English texts")
    func helpAndEnglish() throws {
        let h = try ScreenHarness()
        h.press(.function(1), .pageDown)
        #expect(h.screen.contains(/F9 K +konflikty: zapisy zmienione na dwóch komputerach/))
        let en = try ScreenHarness(language: .en)
        en.press(.function(9), .character("k"))
        #expect(en.screen.contains("No conflicts."))
        let family = try en.addFamily("Wiśniewscy")
        try Office.conflict(en, family: family)
        en.press(.enter)
        #expect(en.screen.contains("2 versions · 1 field differs · W — all fields"))
        #expect(en.screen.contains("Address: ul. Leśna 8"))
        en.press(.character("2"))
        #expect(en.screen.contains("Keep version 2 (Anna Nowak, 22.11.2026 10:00)? The other version   │\n     │ stays in the history."))
    }
}
