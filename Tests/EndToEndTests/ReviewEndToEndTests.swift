import Foundation
import Testing
import TestSupport

@Suite("End to end: two users review an assessment in tmux", .serialized)
struct ReviewEndToEndTests {
    let assistantPassphrase = "Hasło Anny 2026"
    let headPassphrase = "Hasło kierownika 1"

    func session(_ store: String, _ passphrase: String, _ steps: (TmuxSession) throws -> Void) throws {
        try TmuxSession.loggedIn(store, passphrase, steps)
    }

    @Test("the assistant passes an assessment, the supervisor returns it, the assistant corrects it, the supervisor approves and prints it")
    func reviewCycle() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let created = try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"],
                                     environment: ["TECZKA_PASSPHRASE": headPassphrase])
        #expect(created.status == 0, "\(created.err)")
        let added = try Binary.run(["user", "add", "--store", store, "--name", "Anna Nowak", "--role", "asystent"],
                                   environment: ["TECZKA_PASSPHRASE": headPassphrase, "TECZKA_NEW_PASSPHRASE": assistantPassphrase])
        #expect(added.status == 0, "\(added.err)")

        // The assistant: a family, a cooperation, an assessment passed on.
        var assessmentNumber = ""
        try session(store, assistantPassphrase) { tmux in
            try tmux.press("Escape")
            try tmux.waitFor("Brak rodzin")
            try tmux.press("F7")
            try tmux.type("Zielińscy")
            try tmux.press("F2")
            try tmux.waitFor("Współpraca: brak")
            try tmux.press("1")
            try tmux.press("F7")
            try tmux.waitFor("Nowa współpraca")
            try tmux.press("F2")
            try tmux.waitFor("– trwa")
            try tmux.press("Escape")
            try tmux.press("7")
            try tmux.waitFor("Brak ocen")
            try tmux.press("F7")
            try tmux.waitFor("Ocena okresowa: Zielińscy")
            try tmux.type("Rodzina stabilna, ojciec podjął pracę.")
            try tmux.press("Tab", "Tab", "Tab")
            try tmux.type("Dzieci chodzą do szkoły.")
            try tmux.press("Tab")
            try tmux.type("Rodzina chętnie współpracuje.")
            try tmux.press("Tab", "Right", "F2")
            try tmux.waitFor("Zapisano")
            try tmux.press("F9", "p")
            let screen = try tmux.waitFor("Stan oceny: przekazana.")
            let number = screen.range(of: #"nr [0-9a-f]{8}"#, options: .regularExpression).map { String(screen[$0].dropFirst(3)) }
            assessmentNumber = try #require(number, "no assessment number on the screen:\n\(screen)")
        }

        // The supervisor returns it from the review screen, with the plan-and-visits pane beside it.
        try session(store, headPassphrase) { tmux in
            // Stumble 7: what waits for the coordinator's decision is on her first screen.
            try tmux.waitFor("ocena czeka na Twoje zatwierdzenie")
            try tmux.press("Escape", "F9", "o")
            try tmux.waitFor("Oceny do zatwierdzenia")
            try tmux.waitFor("Zielińscy")
            try tmux.press("Enter")
            try tmux.waitFor("Przegląd oceny: Zielińscy")
            try tmux.waitFor("Brak planu pracy z rodziną.")
            try tmux.press("z")
            try tmux.waitFor("Zwrot oceny do poprawy")
            try tmux.type("Dopisz, jak dzieci radzą sobie w nauce.")
            try tmux.press("F2")
            try tmux.waitFor("Stan oceny: zwrócona.")
        }

        // The assistant sees it on the dashboard, reads the remark, corrects and passes it again.
        try session(store, assistantPassphrase) { tmux in
            try tmux.waitFor("ocena zwrócona do poprawy")
            try tmux.press("Escape", "Enter", "7")
            try tmux.waitFor("przez Ewa Kierownik: Dopisz, jak dzieci radzą sobie w")
            try tmux.press("Enter")
            try tmux.waitFor("Ocena okresowa: Zielińscy")
            try tmux.press("Tab", "Tab", "Tab", "End")
            try tmux.type(" Oceny się poprawiły.")
            try tmux.press("F2")
            try tmux.waitFor("Zapisano")
            try tmux.press("F9", "p")
            try tmux.waitFor("Stan oceny: przekazana.")
        }

        // The supervisor approves it. Her "Do zrobienia", the first screen, says it waits for her (issue 13, stumble 7).
        try session(store, headPassphrase) { tmux in
            try tmux.waitFor("Zielińscy              ocena czeka na Twoje zatwierdzenie")
            try tmux.press("Escape", "F9", "o")
            try tmux.waitFor("Zielińscy")
            try tmux.press("Enter")
            try tmux.waitFor("Przegląd oceny: Zielińscy")
            try tmux.press("PageDown")
            try tmux.waitFor("Dzieci chodzą do szkoły. Oceny się")
            try tmux.press("a")
            try tmux.waitFor("Zatwierdzić ocenę rodziny „Zielińscy”")
            try tmux.press("t")
            try tmux.waitFor("Stan oceny: zatwierdzona.")
        }

        let output = folder.file("ocena.html")
        let printed = try Binary.run(["print", "assessment", assessmentNumber, "--store", store, "--format", "html", "--output", output],
                                     environment: ["TECZKA_PASSPHRASE": headPassphrase, "TZ": "UTC"])
        #expect(printed.status == 0, "\(printed.err)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM.yyyy"
        formatter.timeZone = TimeZone(identifier: "Europe/Warsaw")   // the program's "today", whatever the zone
        let today = formatter.string(from: Date())
        #expect(html.contains("<td>Zielińscy</td>"))
        #expect(html.contains("zatwierdzona \(today) przez: Ewa Kierownik"))
        #expect(html.contains("Dzieci chodzą do szkoły. Oceny się poprawiły."))
        #expect(html.contains("Dopisz, jak dzieci radzą sobie w nauce."))
    }
}
