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
        let demo = try Binary.run(["demo", "--store", store, "--families", "1", "--seed", "4"],
                                  environment: ["TECZKA_PASSPHRASE": passphrase])
        #expect(demo.status == 0, "\(demo.err)")

        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Logowanie")
        try tmux.type(passphrase)
        try tmux.press("Enter")
        try tmux.waitFor("1 rodzina")
        try tmux.press("Enter")
        try tmux.waitFor("Współpraca: brak")

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
        try tmux.press("k")
        try tmux.waitFor("Zakończenie współpracy")
        try tmux.press("F2")
        try tmux.waitFor("Zakończona")
        let ended = try tmux.screen()
        #expect(ended.contains("Osiągnięcie celów współpracy z rodziną"))
        try tmux.press("Escape")

        // Everything on the timeline.
        try tmux.press("6")
        let timeline = try tmux.waitFor("Oś czasu")
        for text in ["Początek współpracy", "Rozpoznano: Brak prawidłowych umiejętności", "Rozpoznano: Uzależnienie",
                     "Rozpoznano: Przemoc w rodzinie", "Plan, wersja 1: cele 2", "Wizyta 1:00", "umieszczenie — RZS",
                     "Koniec współpracy: Osiągnięcie celów"] {
            #expect(timeline.contains(text), "missing on the timeline: \(text)\n\(timeline)")
        }
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}
