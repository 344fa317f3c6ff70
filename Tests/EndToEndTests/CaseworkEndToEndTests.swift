import Foundation
import Testing
import TestSupport

@Suite("End to end: casework in tmux", .serialized)
struct CaseworkEndToEndTests {
    @Test("cooperation, three problems, a plan with two goals, a quick visit, a placement, the end, all on the timeline")
    func caseworkFlow() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let passphrase = "Hasło-do-teczki-1"
        let created = try Binary.run(["init", "--store", store, "--user", "Anna Testowa"], environment: ["TECZKA_PASSPHRASE": passphrase])
        #expect(created.status == 0, "\(created.err)")

        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Logowanie")
        try tmux.type(passphrase)
        try tmux.press("Enter")
        try tmux.waitFor("Nic pilnego")
        try tmux.press("Escape")
        try tmux.waitFor("Brak rodzin")
        try tmux.press("F7")
        try tmux.type("Lewandowscy")
        try tmux.press("F2")
        try tmux.waitFor("Współpraca: brak")
        try tmux.press("F7")
        try tmux.type("Ola")
        try tmux.press("Tab")
        try tmux.type("Lewandowska")
        try tmux.press("Tab")
        try tmux.type("2016-05-05")
        try tmux.press("F2")
        try tmux.waitFor("Dodano osobę: Ola Lewandowska")

        // Open a cooperation (defaults: social worker's request, today, problem family).
        try tmux.press("1")
        try tmux.waitFor("Brak współpracy. F7 otwiera nową.")
        try tmux.press("F7")
        try tmux.waitFor("Nowa współpraca")
        try tmux.press("F2")
        try tmux.waitFor("– trwa")
        try tmux.press("Escape")

        // Three problems from the checklist.
        try tmux.press("2")
        try tmux.waitFor("Brak problemów")
        try tmux.press("F7")
        try tmux.waitFor("Wybierz problemy z katalogu")
        for search in ["rodzicielsk", "alkoh", "przemoc"] {
            try tmux.press("C-u")
            try tmux.type(search)
            try tmux.waitFor("[ ] ")
            try tmux.press("Down")
            try tmux.press("Space")
        }
        try tmux.waitFor("Zaznaczono: 3")
        try tmux.press("Enter")
        try tmux.waitFor("Nowe problemy (3)")
        try tmux.press("F2")
        try tmux.waitFor("Przemoc w rodzinie")
        try tmux.press("Escape")

        // A plan with two goals.
        try tmux.press("3")
        try tmux.waitFor("Brak planu")
        try tmux.press("F7")
        try tmux.waitFor("Plan — nowa wersja 1")
        try tmux.press("Tab")
        try tmux.type("Jolanta Żak")
        try tmux.press("Tab", "Tab", "Tab", "Enter")
        try tmux.waitFor("Brak celów")
        try tmux.press("F7")
        try tmux.type("Rodzice stosują konsekwencje zamiast kar")
        try tmux.press("F2")
        try tmux.waitFor("Rodzice stosują konsekwencje")
        try tmux.press("F7")
        try tmux.type("Dzieci regularnie chodzą do szkoły")
        try tmux.press("F2")
        try tmux.waitFor("Dzieci regularnie chodzą")
        try tmux.press("Escape")
        try tmux.waitFor("2 cele")
        try tmux.press("F2")
        try tmux.waitFor("Wersja 1 z")
        try tmux.press("Escape")

        // Quick visit: F5, the note, F2.
        try tmux.press("F5")
        try tmux.waitFor("Nowa wizyta")
        try tmux.type("Rozmowa o zasadach; dzieci pokazały zeszyty.")
        try tmux.press("F2")
        try tmux.waitFor("Zapisano.")

        // A placement in foster care.
        try tmux.press("5")
        try tmux.waitFor("Piecza i zdarzenia")
        try tmux.press("F7")
        try tmux.waitFor("Umieszczenie w pieczy zastępczej")
        try tmux.press("Tab", "Tab")
        try tmux.type("Rodzina Zastępcza Kłosów")
        try tmux.press("F2")
        try tmux.waitFor("RZS – Rodzina Zastępcza Spokrewniona")
        try tmux.press("Escape")

        // End the cooperation: the first reason is "Osiągnięcie celów współpracy z rodziną".
        try tmux.press("1")
        try tmux.waitFor("– trwa")
        try tmux.press("F8")
        try tmux.waitFor("Zakończenie współpracy")
        try tmux.press("F2")
        try tmux.waitFor("Zakończona")
        let ended = try tmux.screen()
        #expect(ended.contains("Osiągnięcie celów współpracy z rodziną"))
        try tmux.press("Escape")

        // Everything on the timeline.
        try tmux.press("6")
        // The end is the last line of the day: once it is drawn, the whole list is.
        let timeline = try tmux.waitFor("Koniec współpracy: Osiągnięcie celów")
        for text in ["Początek współpracy", "Rozpoznano: Brak prawidłowych umiejętności", "Rozpoznano: Uzależnienie",
                     "Rozpoznano: Przemoc w rodzinie", "Plan, wersja 1: cele 2", "Wizyta 1:00", "umieszczenie — RZS",
                     "Koniec współpracy: Osiągnięcie celów"] {
            #expect(timeline.contains(text), "missing on the timeline: \(text)\n\(timeline)")
        }
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }

    @Test("settings and catalogues from the command line: a centre's own catalogue, the cap, retiring an entry")
    func settingsAndCatalogues() throws {
        let folder = TemporaryDirectory()
        let env = ["TECZKA_PASSPHRASE": "Hasło-do-teczki-2"]
        let catalogue = folder.file("katalog.json")
        try """
            {"format": "teczka-catalogue", "version": 1, "id": "C", "name": "Katalog Chmielnik",
             "problemsTitle": "Problemy rodzin", "entries": [
               {"code": "C1", "label": "Bezradność w sprawach opiekuńczo-wychowawczych"},
               {"code": "C2", "label": "Długotrwała choroba"}]}
            """.write(toFile: catalogue, atomically: true, encoding: .utf8)
        let store = folder.file("s.sqlite")
        let created = try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--catalogue", catalogue], environment: env)
        #expect(created.status == 0, "\(created.err)")
        let changed = try Binary.run(["settings", "--store", store, "--caseload-cap", "12", "--retire", "C2"], environment: env)
        #expect(changed.status == 0, "\(changed.err)")
        #expect(changed.out.contains("Katalog problemów: Katalog Chmielnik"))
        #expect(changed.out.contains("Limit rodzin na asystenta: 12"))
        #expect(changed.out.contains("Wycofane pozycje: C2 Długotrwała choroba"))
        let refused = try Binary.run(["settings", "--store", store, "--caseload-cap", "0"], environment: env)
        #expect(refused.status == 1)
        #expect(refused.err.contains("Limit rodzin: Dozwolone wartości: 1–100."))

        let broken = folder.file("zly.json")
        try #"{"format": "teczka-catalogue", "version": 1, "id": "D", "name": "D", "problemsTitle": "P", "entries": [{"code": "D1", "label": "a"}, {"code": "D1", "label": "b"}]}"#
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let other = folder.file("inna.sqlite")
        let badCatalogue = try Binary.run(["init", "--store", other, "--user", "X Y", "--catalogue", broken], environment: env)
        #expect(badCatalogue.status == 1)
        #expect(badCatalogue.err.contains("Kod D1 występuje w katalogu więcej niż raz."))
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test("accounts from the command line: a coordinator adds an assistant, who changes the passphrase; deactivation")
    func accounts() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let boss = Binary.boss
        let added = try Binary.officeWithAnna(store)
        #expect(added.out.contains("Dodano konto: Anna Nowak (asystent rodziny)."), "\(added.err)")
        let same = try Binary.run(["user", "add", "--store", store, "--name", "Jan"],
                                  environment: boss.merging(["TECZKA_NEW_PASSPHRASE": "hasło Anny 123"]) { a, _ in a })
        #expect(same.status == 1 && same.err.contains("Tego hasła używa już inne konto."))
        let changed = try Binary.run(["user", "passwd", "--store", store],
                                     environment: ["TECZKA_PASSPHRASE": "hasło Anny 123", "TECZKA_NEW_PASSPHRASE": "nowe hasło Anny"])
        #expect(changed.out.contains("Zmieniono hasło użytkownika Anna Nowak."), "\(changed.err)")
        let list = try Binary.run(["user", "list", "--store", store], environment: boss)
        let annaID = try #require(list.out.split(separator: "\n").first { $0.contains("Anna Nowak") }?.prefix(8))
        let off = try Binary.run(["user", "deactivate", "--store", store, String(annaID)], environment: boss)
        #expect(off.status == 0, "\(off.err)")
        let refused = try Binary.run(["user", "list", "--store", store], environment: ["TECZKA_PASSPHRASE": "nowe hasło Anny"])
        #expect(refused.status == 1 && refused.err.contains("Błędne hasło."))
    }
}
