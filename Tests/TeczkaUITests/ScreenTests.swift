import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Screens")
struct ScreenTests {
    func sample() throws -> ScreenHarness {
        let h = try ScreenHarness()
        try h.addFamily("Wiśniewscy", locality: "Siechnice", members: [
            ("Marta", "Wiśniewska", "1988-07-14", .rodzic),
            ("Łucja", "Wiśniewska", "2015-03-02", .dziecko),
        ])
        try h.addFamily("Kowalscy", locality: "Radwanice", members: [
            ("Jan", "Kowalski", "1980-01-01", .rodzic), ("Ewa", "Kowalska", "1982-02-02", .rodzic),
            ("Ola", "Kowalska", "2010-01-01", .dziecko), ("Igor", "Kowalski", "2012-01-01", .dziecko),
            ("Zosia", "Kowalska", "2008-11-22", .dziecko),
        ])
        try h.addFamily("Żakowie", locality: "Żórawina")
        h.press(.escape) // refresh the list after adding behind its back
        h.app.stack.last?.reappear(app: h.app)
        return h
    }

    @Test("the family list shows families sorted, with adults and children today")
    func familyList() throws {
        let h = try sample()
        #expect(h.screen == """
             Teczka — Rodziny                                       Anna Nowak · 22.11.2026
             Rodzina                Miejscowość             Dorośli   Dzieci  Uwagi
             Kowalscy               Radwanice                     3        2
             Wiśniewscy             Siechnice                     1        1
             Żakowie                Żórawina                      0        0
















             3 rodziny

            F1 Pomoc F3 Szukaj F4 Edytuj F5 Wizyta F7 Nowa F8 Archiw. F9 Menu F10 Koniec
            """)
        // Zosia turned 18 today: an adult, not a child.
        #expect(h.canvas.cursor == (1, 2))
    }

    @Test("searching with / narrows the list without diacritics; Esc clears it")
    func search() throws {
        let h = try sample()
        h.press(.character("/"))
        h.type("wis")
        #expect(h.screen.contains("Wiśniewscy"))
        #expect(!h.screen.contains("Kowalscy"))
        #expect(h.screen.contains("Szukaj: wis"))
        h.press(.enter)
        #expect(h.screen.contains("Filtr „wis”: 1 z 3. Esc czyści filtr."))
        h.press(.escape)
        #expect(h.screen.contains("Kowalscy"))
    }

    @Test("the family card shows members with ages, and the change history")
    func familyCard() throws {
        let h = try sample()
        h.press(.down, .enter)
        let screen = h.screen
        #expect(screen.hasPrefix(" Teczka — Rodzina: Wiśniewscy"))
        #expect(screen.contains("Marta Wiśniewska         rodzic/opiekun prawny 14.07.1988 38 lat   dorosły"))
        #expect(screen.contains("Łucja Wiśniewska         dziecko               02.03.2015 11 lat   dziecko"))
        #expect(screen.contains("22.11.2026 10:00  Anna Nowak          Dodano osobę: Łucja Wiśniewska"))
        #expect(screen.contains("22.11.2026 10:00  Anna Nowak          Utworzono rodzinę"))
        #expect(screen.contains("F1 Pomoc F4 Rodzina F7 Nowa osoba F8 Archiw. Tab Panel F9 Menu Esc Wróć"))
    }

    @Test("a new family is added with the keyboard and its card opens")
    func addFamily() throws {
        let h = try sample()
        h.press(.function(7))
        #expect(h.screen.contains("Nowa rodzina"))
        h.type("Nowakowie")
        h.press(.tab, .tab)
        h.type("Święta Katarzyna")
        h.press(.tab, .character(" "), .tab, .right)
        h.press(.function(2))
        #expect(h.screen.hasPrefix(" Teczka — Rodzina: Nowakowie"))
        #expect(h.screen.contains("Święta Katarzyna · wieś · niepełna"))
        #expect(h.screen.contains("Zapisano."))
        h.press(.function(7))
        h.type("Łucja")
        h.press(.tab)
        h.type("Nowak")
        h.press(.tab)
        h.type("02.03.2015")
        h.press(.function(2))
        #expect(h.screen.contains("Łucja Nowak"))
        #expect(h.screen.contains("11 lat"))
    }

    @Test("a form with a wrong PESEL and date shows the problems next to the fields and saves nothing")
    func formValidation() throws {
        let h = try sample()
        h.press(.enter, .function(7))
        h.type("Ala")
        h.press(.tab)
        h.type("Kowalska")
        h.press(.tab)
        h.type("31.02.2015")
        h.press(.tab, .tab)
        h.type("15230201245")
        h.press(.function(2))
        #expect(h.screen == """
             Teczka — Nowa osoba                                    Anna Nowak · 22.11.2026
              Nowa osoba

              Imię                Ala

              Nazwisko            Kowalska

              Data urodzenia      31.02.2015
                                  ! Nieprawidłowa data (RRRR-MM-DD lub DD.MM.RRRR).
              Rola w rodzinie     ◂ dziecko ▸

              PESEL               15230201245
                                  ! Błędna cyfra kontrolna PESEL.
              W rodzinie od

              W rodzinie do






             Nie zapisano: 2 błędy w formularzu.
            F1 Pomoc F2 Zapisz Tab ↓ Esc Anuluj F10 Koniec
            """)
        #expect(h.file.members.values.filter { $0.firstName == "Ala" }.isEmpty)
    }

    @Test("F1 opens help for the screen, Esc closes it")
    func help() throws {
        let h = try sample()
        h.press(.function(1))
        #expect(h.screen.contains("Pomoc — Rodziny"))
        #expect(h.screen.contains(/F7, F9 N +nowa rodzina/))
        // Longer than the box: the rest scrolls into view.
        h.press(.pageDown, .pageDown)
        #expect(h.screen.contains("F1 lub ?      pomoc do bieżącego ekranu"))
        h.press(.escape)
        #expect(!h.screen.contains("Pomoc — Rodziny"))
        h.press(.character("?"))
        #expect(h.screen.contains("Pomoc — Rodziny"))
    }

    @Test("below 80×24 the screen says the window is too small")
    func tooSmall() throws {
        let h = try sample()
        h.width = 79
        #expect(h.screen.contains("Okno terminala jest za małe"))
        #expect(h.screen.contains("Potrzeba co najmniej 80×24 znaków, jest 79×24."))
        h.width = 80
        h.height = 23
        #expect(h.screen.contains("Okno terminala jest za małe"))
        h.height = 24
        #expect(h.screen.contains("Rodziny"))
        // Keys do nothing on a screen the user cannot see.
        h.width = 60
        h.press(.function(8), .character("t"))
        h.width = 80
        #expect(h.screen.contains("3 rodziny"))
        #expect(h.file.families.values.allSatisfy { !$0.archived })
    }

    @Test("archiving asks first, then moves the family to the archive, where it can be restored")
    func archive() throws {
        let h = try sample()
        h.press(.function(8))
        #expect(h.screen.contains("Przenieść rodzinę „Kowalscy” do archiwum?"))
        h.press(.character("n"))
        #expect(h.screen.contains("3 rodziny"))
        h.press(.function(8), .character("t"))
        #expect(h.screen.contains("2 rodziny"))
        #expect(!h.screen.contains("Kowalscy "))
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("Rodziny w archiwum"))
        #expect(h.screen.contains("Kowalscy"))
        h.press(.function(8), .character("t"))
        h.press(.function(9), .character("a"))
        #expect(h.screen.contains("3 rodziny"))
    }

    @Test("control characters in stored text are shown as visible placeholders")
    func controlCharacters() throws {
        let h = try ScreenHarness()
        let journal = h.store.journal
        // Text as it might arrive from an import: an escape sequence that would clear the screen.
        let family = Family(label: "Zła\u{1B}[2J", locality: "A\u{7}B")
        let body = try JSONEncoder().encode(family)
        try journal.append([try h.file.signedRevision(id: family.id, kind: .family, document: family, body: body, parent: nil)])
        h.app.file = try CaseFile.test(journal.revisions, journal: journal, as: h.file.currentUser)
        h.app.stack.last?.reappear(app: h.app)
        #expect(h.screen.contains("Zła␛[2J"))
        #expect(h.screen.contains("A␇B"))
        #expect(!h.canvas.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test("English with --lang en")
    func english() throws {
        let h = try ScreenHarness(language: .en)
        #expect(h.screen.contains("No families yet. Press F7 to add the first one."))
        #expect(h.screen.contains("F1 Help"))
    }
}

@Suite("First start and log-in")
struct StartTests {
    @Test("the first start asks for name, role and a passphrase twice, then offers demo data")
    func setup() throws {
        let h = try ScreenHarness(loggedIn: false)
        #expect(h.screen.contains("Nie ma jeszcze bazy danych"))
        h.type("Anna Żółkiewska")
        h.press(.tab, .right, .tab, .right, .tab)
        h.type("krótkie")
        h.press(.tab)
        h.type("krótkie")
        h.press(.function(2))
        #expect(h.screen.contains("! Hasło musi mieć co najmniej 8 znaków."))
        #expect(!h.screen.contains("krótkie"))
        #expect(!h.store.isInitialized)
        h.press(.control("u"))
        h.type("dłuższehasło")
        h.press(.tab, .control("u"))
        h.type("dłuższehasło")
        h.press(.enter)
        #expect(h.store.isInitialized)
        #expect(h.store.users[0].0.role == .koordynator)
        #expect(h.file.settings.catalogue.id == "B")
        #expect(h.screen.contains("Wczytać przykładowe rodziny"))
        h.press(.character("t"))
        #expect(h.screen.contains("Dodano 12 przykładowych rodzin."))
        #expect(h.screen.contains("12 rodzin"))
    }

    @Test("after log-in \"Do zrobienia\" comes first, and Esc leads to the family list")
    func dashboardFirst() throws {
        let first = try ScreenHarness()
        let family = try first.addFamily("Wiśniewscy")
        try first.file.saveCooperation(Cooperation(familyID: family.id, assistantID: first.file.currentUser.id,
                                                   start: LocalDate(year: 2026, month: 1, day: 10)!))
        let h = try ScreenHarness(loggedIn: false)
        h.app = App(store: first.store, strings: .polish, clock: { ScreenHarness.now })
        h.type("tajnehaslo")
        h.press(.enter)
        #expect(h.screen.hasPrefix(" Teczka — Do zrobienia"))
        #expect(h.screen.contains("ocena okresowa po terminie"))
        h.press(.escape)
        #expect(h.screen.hasPrefix(" Teczka — Rodziny"))
    }

    @Test("three wrong passphrases end the program with a message")
    func wrongPassphrase() throws {
        let first = try ScreenHarness()
        let h = try ScreenHarness(loggedIn: false)
        h.app = App(store: first.store, strings: .polish, clock: { ScreenHarness.now })
        h.type("zlehaslo1")
        h.press(.enter)
        #expect(h.screen.contains("Błędne hasło. Pozostały 2 próby."))
        h.type("zlehaslo2")
        h.press(.enter)
        #expect(h.screen.contains("Błędne hasło. Pozostała 1 próba."))
        h.type("zlehaslo3")
        h.press(.enter)
        #expect(h.app.isFinished)
        #expect(h.app.exitStatus == 1)
        #expect(h.app.exitMessage == "Trzy błędne hasła. Program kończy pracę; dane nie zostały zmienione.")
    }
}

/// Issue 13, stumbles 3 and 11: text cut at the edge says so with "…"; markers and closing arrows stay; widths are
/// display widths, so wide characters never shift the columns after them.
@Suite("Cut text and display widths")
struct CutTextTests {
    @Test("a long choice keeps its closing arrow; a cut ends with …; the title stops before the user's name")
    func cuts() throws {
        let h = try ScreenHarness()
        try h.addFamily("Wiśniewscy")
        h.app.stack.last?.reappear(app: h.app)
        h.press(.enter, .character("1"), .function(7))
        let choice = try #require(h.screen.split(separator: "\n").first { $0.contains("◂ ") }, "\(h.screen)")
        #expect(choice.hasSuffix("▸") && choice.contains("…"), "\(choice)")
        h.press(.escape, .escape, .escape, .function(9), .character("r"), .enter)
        let title = h.screen.split(separator: "\n")[0]
        #expect(title.contains("… Anna Nowak · 22.11.2026") || title.contains("  Anna Nowak · 22.11.2026"), "\(title)")
    }

    @Test("a family named in wide characters or with an emoji keeps every later column in place")
    func wideCharacters() throws {
        let h = try ScreenHarness()
        try h.addFamily("王小明家", locality: "Siechnice")
        try h.addFamily("Kowalscy 🏠", locality: "Radwanice")
        try h.addFamily("Żakowie", locality: "Żórawina")
        h.app.stack.last?.reappear(app: h.app)
        let canvas = h.canvas
        // The column (in cells) where each row's locality starts is the same for every row.
        let starts = (2...4).map { y -> Int? in
            (0..<canvas.width).first { x in
                ["S", "R", "Ż"].contains(canvas[x, y].character) && (x == 0 || canvas[x - 1, y].character == " ")
                    && x > 10
            }
        }
        #expect(Set(starts.compactMap { $0 }).count == 1 && starts.allSatisfy { $0 != nil }, "\(h.screen)")
        #expect(h.screen.contains("王小明家"))
        #expect(canvas.cells.contains { $0.isContinuation }, "a wide character takes two cells")
    }

    @Test("a text field not being edited shows its beginning, cut with …")
    func fieldShowsItsBeginning() throws {
        var field = TextField("Rodzice regularnie spłacają zadłużenia czynszowego w ratach")
        var canvas = Canvas(width: 30, height: 1)
        _ = field.draw(into: &canvas, x: 0, y: 0, width: 20, role: .field)
        #expect(canvas.line(0) == "Rodzice regularnie …")
        _ = field.draw(into: &canvas, x: 0, y: 0, width: 20, role: .fieldFocused)
        #expect(canvas.line(0).hasPrefix("…") && canvas.line(0).hasSuffix("w ratach"), "the end being typed, and … before it")
    }
}

/// Issue 13, stumble 12: a coordinator sees at a glance whose each family is, where the work stands, the last visit.
@Suite("The coordinator's family list")
struct CoordinatorListTests {
    @Test("assistant, state of the work (in progress, monitoring, ended, none) and the last visit per family")
    func columns() throws {
        let h = try ScreenHarness()
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        let anna = h.file.currentUser
        let d = { (text: String) in LocalDate(parsing: text)! }
        let working = try h.addFamily("Kowalscy")
        try h.file.saveCooperation(Cooperation(familyID: working.id, assistantID: anna.id, start: d("2026-01-05")))
        var visit = h.file.quickVisit(familyID: working.id)
        visit.date = d("2026-11-20")
        try h.file.saveVisit(visit)
        let monitored = try h.addFamily("Nowakowie")
        var ended = Cooperation(familyID: monitored.id, assistantID: anna.id, start: d("2025-01-05"))
        ended.end = d("2026-10-31")
        ended.endReason = .celeOsiagniete
        ended.monitoringMonths = 3
        try h.file.saveCooperation(ended, confirmed: true)
        try h.addFamily("Żakowie")
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head, clock: { ScreenHarness.now })
        h.app.stack.last?.reappear(app: h.app)
        let screen = h.screen
        #expect(screen.contains("Rodzina               Miejscowość    Asystent           Współpraca  Wizyta"), "\(screen)")
        #expect(screen.contains("Kowalscy                             Anna Nowak         trwa        20.11.2026"))
        #expect(screen.contains("Nowakowie                            Anna Nowak         monitoring  —"))
        #expect(screen.contains("Żakowie                              —                  —           —"))
    }
}
