import Foundation
import Testing
import TestSupport

/// Issue 13: the walk-through of a new assistant at 80×24, one test per numbered stumble, on the real binary.
@Suite("End to end: the stumbles of a new user", .serialized)
struct StumbleEndToEndTests {
    static let passphrase = "Hasło-demo-13"

    /// A demo store of three families, all the logged-in assistant's ("Asystent Demo").
    func demoStore(_ folder: TemporaryDirectory) throws -> String {
        let store = folder.file("teczka.sqlite")
        let made = try Binary.run(["demo", "--store", store, "--families", "3", "--seed", "5"],
                                  environment: ["TECZKA_PASSPHRASE": Self.passphrase])
        try #require(made.status == 0, "\(made.err)")
        return store
    }

    /// A new store of an assistant, "Anna Testowa", with no family.
    func emptyStore(_ folder: TemporaryDirectory) throws -> String {
        let store = folder.file("teczka.sqlite")
        let made = try Binary.run(["init", "--store", store, "--user", "Anna Testowa"], environment: ["TECZKA_PASSPHRASE": Self.passphrase])
        try #require(made.status == 0, "\(made.err)")
        return store
    }

    /// From "Do zrobienia" to the first family's card.
    func openFirstFamily(_ tmux: TmuxSession) throws {
        try tmux.press("Escape")
        try tmux.waitFor("Teczka — Rodziny")
        try tmux.press("Enter")
        try tmux.waitFor("F5 Wizyta")
    }

    @Test("1: in the activities picker, Down then Space ticks the first activity, and nothing is highlighted before")
    func pickerFocus() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try demoStore(folder), Self.passphrase) { tmux in
            try openFirstFamily(tmux)
            try tmux.press("F5")
            try tmux.waitFor("Nowa wizyta")
            try tmux.type("Rozmowa o szkole.")
            // Notes → Miejsce → Inne miejsce → Obecni → Działania.
            try tmux.press("Tab", "Tab", "Tab", "Tab", "Enter")
            // A new visit starts with the last visit's activities: read them, then flip the first one only.
            // Under load the capture can come while the picker's rows are still being drawn: wait for all eight.
            var before = marks(try tmux.waitFor("Szukaj:"))
            let deadline = Date().addingTimeInterval(20)
            while before.count < 8 && Date() < deadline {
                usleep(50_000)
                before = marks(try tmux.screen())
            }
            try #require(before.count == 8, "\(before)")
            try tmux.press("Down", "Space")
            var expected = before
            expected[0].mark = before[0].mark == "[x]" ? "[ ]" : "[x]"
            try tmux.waitFor(expected[0].mark + " " + expected[0].label)
            #expect(marks(try tmux.screen()).map(\.mark) == expected.map(\.mark), "only the first activity changed")
            try tmux.type("xyz")
            try tmux.waitFor("Nic nie znaleziono.")
            try tmux.press("Escape")
            try tmux.waitFor("Nowa wizyta")
            try tmux.press("Escape")
            try tmux.waitFor("Porzucić")
            try tmux.press("t")
        }
    }

    /// The ticks of a checklist on the screen, in order: "[x] Pedagogizacja rodziców" → ("[x]", "Pedagogizacja rodziców").
    func marks(_ screen: String) -> [(mark: String, label: String)] {
        screen.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let open = line.range(of: "│ ["), line[open.upperBound...].count > 4 else { return nil }
            let item = line[line.index(open.lowerBound, offsetBy: 2)...].trimmingCharacters(in: CharacterSet(charactersIn: " │"))
            return (String(item.prefix(3)), String(item.dropFirst(4)))
        }
    }

    @Test("2: text typed on a choice field changes nothing and says how the field is changed")
    func typingOnAChoice() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try demoStore(folder), Self.passphrase) { tmux in
            try openFirstFamily(tmux)
            try tmux.press("F5")
            try tmux.waitFor("Nowa wizyta")
            try tmux.press("Tab")
            try tmux.waitFor("← → zmienia wybór")
            let before = try tmux.screen().split(separator: "\n").first { $0.contains("Miejsce ") }.map(String.init)
            try tmux.type("ala ma kota")
            try tmux.waitFor("W tym polu nie wpisuje się tekstu")
            let after = try tmux.screen().split(separator: "\n").first { $0.contains("Miejsce ") }.map(String.init)
            #expect(before != nil && before == after, "the place is as it was: \(after ?? "")")
            // Nothing changed, so Esc leaves without asking.
            try tmux.press("Escape")
            try tmux.waitFor("F5 Wizyta")
        }
    }

    @Test("5: letters typed on the family list search; commands are in the F9 menu")
    func typeToFind() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try demoStore(folder), Self.passphrase) { tmux in
            try tmux.press("Escape")
            try tmux.waitFor("3 rodziny")
            // "z" used to open the team meetings, "t" the to-do list, "o" the review queue …
            try tmux.type("zielin")
            let searching = try tmux.waitFor("Szukaj: zielin")
            #expect(!searching.contains("Posiedzenia"), "\(searching)")
            #expect(searching.contains("Zielińscy") && !searching.contains("Wójcikowie"), "the Zielińscy are found: \(searching)")
            try tmux.press("Escape")
            try tmux.waitFor("3 rodziny")
            try tmux.press("F9")
            try tmux.waitFor("Posiedzenia zespołu")
            try tmux.press("z")
            try tmux.waitFor("Teczka — Posiedzenia")
            try tmux.press("Escape")
            try tmux.waitFor("3 rodziny")
            // The same on a casework list: K used to end the cooperation, C to change its category, M monitoring.
            try tmux.type("zielin")
            try tmux.press("Enter", "Enter")
            try tmux.waitFor("Rodzina: Zielińscy")
            try tmux.press("1")
            try tmux.waitFor("Współpraca: Zielińscy")
            try tmux.type("kcm")
            let typed = try tmux.waitFor("Szukaj: kcm")
            #expect(!typed.contains("Zakończenie współpracy") && !typed.contains("Zmiana kategorii"), "\(typed)")
            try tmux.press("Escape")
            try tmux.waitFor("F9 Menu")
            try tmux.press("F9")
            // Waiting for the item, not the frame: a capture may come while the menu is half drawn.
            let menu = try tmux.waitFor("K  Zakończ")
            #expect(menu.contains("─ Polecenia ─") && menu.contains("K  Zakończ") && menu.contains("F8"),
                    "the menu names the command and its key: \(menu)")
            try tmux.press("Escape")
        }
    }

    @Test("9: a second person with the father's PESEL is refused, naming him; nothing is saved")
    func duplicatePesel() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try emptyStore(folder), Self.passphrase) { tmux in
            try tmux.press("Escape")
            try tmux.waitFor("Brak rodzin")
            try tmux.press("F7")
            try tmux.type("Wiśniewscy")
            try tmux.press("F2")
            try tmux.waitFor("Współpraca: brak")
            for (first, last) in [("Jan", "Wiśniewski"), ("Ola", "Wiśniewska")] {
                try tmux.press("F7")
                try tmux.waitFor("Imię")
                try tmux.type(first)
                try tmux.press("Tab")
                try tmux.type(last)
                // Nazwisko → Data urodzenia → Rola → PESEL.
                try tmux.press("Tab", "Tab", "Tab")
                try tmux.type("15230201244")
                try tmux.press("F2")
            }
            try tmux.waitFor("Ten PESEL ma już Jan Wiśniewski (rodzina Wiśniewscy)")
            try tmux.press("Escape")
            try tmux.waitFor("Porzucić")
            try tmux.press("t")
            let card = try tmux.waitFor("Osoby (1)")
            #expect(!card.contains("Ola"), "\(card)")
        }
    }

    @Test("8: the command line counts a year not yet over as of today, writes CSV as the screen does, fits 80 columns")
    func reportDefaults() throws {
        let folder = TemporaryDirectory()
        let store = try demoStore(folder)
        let env = ["TECZKA_PASSPHRASE": Self.passphrase, "TZ": "Europe/Warsaw"]
        let formatter = DateFormatter()
        formatter.dateFormat = "dd.MM.yyyy"
        formatter.timeZone = TimeZone(identifier: "Europe/Warsaw")
        let today = formatter.string(from: Date())
        let year = String(today.suffix(4))
        let text = try Binary.run(["report", "oceny", "--store", store, "--year", year], environment: env)
        #expect(text.status == 0, "\(text.err)")
        if !today.hasPrefix("31.12") {
            #expect(text.out.contains("dane na \(today)r."), "a year not over is counted as of today:\n\(text.out)")
        }
        let lines = text.out.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "no line wider than 80 columns:\n\(text.out)")
        let csv = try Binary.run(["report", "zakonczenia", "--store", store, "--format", "csv"], environment: env)
        #expect(csv.out.hasPrefix("\u{FEFF}") && csv.out.contains("RAZEM;"), "as the screen writes it: a BOM and semicolons")
        let script = try Binary.run(["report", "zakonczenia", "--store", store, "--format", "csv", "--separator", ",", "--no-bom"], environment: env)
        #expect(!script.out.hasPrefix("\u{FEFF}") && script.out.contains("RAZEM,"))
        let list = try Binary.run(["report", "--list", "--format", "json"], environment: env)
        let entries = try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: String]]
        #expect(entries?.first?["name"] == "rodziny" && entries?.count ?? 0 >= 11, "\(list.out)")
    }

    @Test("11: a family named in Chinese characters keeps the columns after it in place in a real terminal")
    func wideCharacters() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try emptyStore(folder), Self.passphrase) { tmux in
            try tmux.press("Escape")
            try tmux.waitFor("Brak rodzin")
            for (label, locality) in [("王小明家", "Siechnice"), ("Nowakowie", "Radwanice")] {
                try tmux.press("F7")
                try tmux.type(label)
                try tmux.press("Tab", "Tab")
                try tmux.type(locality)
                try tmux.press("F2")
                try tmux.waitFor("Współpraca: brak")
                try tmux.press("Escape")
            }
            let list = try tmux.waitFor("2 rodziny")
            // Columns as the terminal shows them: an ideograph takes two.
            func columns(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) } }
            let lines = list.split(separator: "\n")
            let header = try #require(lines.first { $0.contains("Miejscowość") })
            let wide = try #require(lines.first { $0.contains("Siechnice") })
            let plain = try #require(lines.first { $0.contains("Radwanice") })
            let at = columns(header[..<header.range(of: "Miejscowość")!.lowerBound])
            #expect(columns(wide[..<wide.range(of: "Siechnice")!.lowerBound]) == at, "\(list)")
            #expect(columns(plain[..<plain.range(of: "Radwanice")!.lowerBound]) == at, "\(list)")
        }
    }

    @Test("12: a coordinator's family list shows whose each family is, where the work stands and the last visit")
    func coordinatorColumns() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let env = ["TECZKA_PASSPHRASE": Self.passphrase]
        try #require(try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: env).status == 0)
        try #require(try Binary.run(["demo", "--store", store, "--families", "3", "--seed", "5"], environment: env).status == 0)
        try TmuxSession.loggedIn(store, Self.passphrase) { tmux in
            try tmux.press("Escape")
            let list = try tmux.waitFor("Asystent           Współpraca  Wizyta")
            let rows = list.split(separator: "\n").filter { $0.contains(" trwa ") || $0.contains("zakończona") || $0.contains("monitoring") }
            #expect(rows.count == 3, "every family with its assistant and state:\n\(list)")
            #expect(rows.allSatisfy { $0.range(of: #"\d\d\.\d\d\.\d{4}"#, options: .regularExpression) != nil }, "and its last visit")
        }
    }

    @Test("11: a missing folder is said in Polish with its path; check creates no folder for a store that is not there")
    func systemErrors() throws {
        let folder = TemporaryDirectory()
        let store = try demoStore(folder)
        let env = ["TECZKA_PASSPHRASE": Self.passphrase]
        let backup = try Binary.run(["backup", "--store", store, "--to", folder.file("nie-ma/kopia.sqlite")], environment: env)
        #expect(backup.status == 1)
        #expect(backup.err.contains("Nie ma takiego pliku ani folderu: \(folder.file("nie-ma"))."), "\(backup.err)")
        let nowhere = folder.file("brak/teczka.sqlite")
        let check = try Binary.run(["check", "--store", nowhere], environment: env)
        #expect(check.status == 1 && check.err.contains("Baza \(nowhere) nie istnieje."), "\(check.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("brak")), "check made no folder")
    }

    /// The pid of `teczka` running in the session's pane (the pane's shell is its parent).
    func teczkaPID(_ tmux: TmuxSession) throws -> String {
        let shell = try tmux.run(["list-panes", "-t", "app", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try Subprocess.run("/usr/bin/pgrep", ["-P", shell])
        return try #require(found.output.split(separator: "\n").first.map(String.init), "no teczka under \(shell)")
    }

    /// Opens a new visit in the first family (from "Do zrobienia") and types a note, without saving.
    func typeUnsavedVisit(_ tmux: TmuxSession, _ note: String) throws {
        try openFirstFamily(tmux)
        try tmux.press("F5")
        try tmux.waitFor("Nowa wizyta")
        try tmux.type(note)
        // Every key is in before the signal comes.
        try tmux.waitFor(note)
    }

    func logIn(_ tmux: TmuxSession) throws {
        try tmux.waitFor("Logowanie")
        try tmux.type(Self.passphrase)
        try tmux.press("Enter")
    }

    @Test("11: SIGTERM and a closed terminal stop the program in order; the unsaved visit is offered at the next log-in")
    func stoppedFromOutside() throws {
        let folder = TemporaryDirectory()
        let store = try demoStore(folder)
        // SIGTERM: the terminal is given back (the message is printed after it), the exit status says it stopped.
        do {
            let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
            try logIn(tmux)
            try tmux.waitFor("Do zrobienia")
            try typeUnsavedVisit(tmux, "Rozmowa o szkole, przerwana sygnałem.")
            _ = try Subprocess.run("/bin/kill", ["-TERM", try teczkaPID(tmux)])
            let after = try tmux.waitFor("EXIT=1")
            #expect(after.contains("Program zamknięto z zewnątrz"), "\(after)")
        }
        // A closed window (SIGHUP): the session is killed with the form open.
        do {
            let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
            try logIn(tmux)
            // The draft of the first stop is offered; later keeps it.
            try tmux.waitFor("Niezapisany formularz")
            try tmux.waitFor("Rozmowa o szkole, przerwana sygnałem.")
            try tmux.press("Escape")
            try tmux.waitFor("Do zrobienia")
            try typeUnsavedVisit(tmux, "Notatka z zamkniętego okna.")
            let pid = try teczkaPID(tmux)
            _ = try Subprocess.run("/bin/kill", ["-HUP", pid])
            // The program ends on its own.
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline, try Subprocess.run("/bin/kill", ["-0", pid]).status == 0 { usleep(100_000) }
            #expect(try Subprocess.run("/bin/kill", ["-0", pid]).status != 0, "teczka ended after SIGHUP")
        }
        // The next start offers the latest draft; Enter opens the visit with its note, F2 saves it.
        try TmuxSession.loggedIn(store, Self.passphrase, waitForTodo: false) { tmux in
            try tmux.waitFor("Niezapisany formularz")
            try tmux.waitFor("Notatka z zamkniętego okna.")
            try tmux.press("Enter")
            try tmux.waitFor("Nowa wizyta")
            try tmux.waitFor("Notatka z zamkniętego okna.")
            try tmux.press("F2")
            try tmux.waitFor("Zapisano.")
            // Saved in the family it was typed for: its visits list has it.
            try tmux.waitFor("Do zrobienia")
            try openFirstFamily(tmux)
            try tmux.press("4")
            try tmux.waitFor("Notatka z zamkniętego okna.")
            try tmux.press("Escape")
        }
    }

    @Test("10: the command line's help and errors are in Polish; a passphrase prompt says whose it is; --lang en is English")
    func polishCommandLine() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        for english in ["Show the version", "Show help information", "(default:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "See 'teczka help"] {
            #expect(!help.out.contains(english), "English in the help: \(english)")
        }
        #expect(help.out.contains("UŻYCIE:") && help.out.contains("Pokazuje wersję programu."))
        let report = try Binary.run(["report", "--help"])
        #expect(!report.out.contains("(default:") && report.out.contains("--format <format>"))
        let wrong = try Binary.run(["report", "--bogus"])
        #expect(wrong.status == 64 && wrong.err.contains("Błąd: Nieznana opcja „--bogus”"), "\(wrong.err)")
        let english = try Binary.run(["report", "--bogus", "--lang", "en"])
        #expect(english.err.contains("Error: Unknown option '--bogus'"))
        let folder = TemporaryDirectory()
        let store = try demoStore(folder)
        let add = try Binary.run(["user", "add", "--store", store, "--name", "Jan Nowy"], environment: ["TECZKA_PASSPHRASE": Self.passphrase])
        #expect(add.status == 1 && add.err.contains("Hasło dla konta „Jan Nowy”"), "\(add.err)")
    }

    @Test("4: the visit form opens with the date in sight and the cursor in the notes")
    func visitFormShowsTheDate() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try demoStore(folder), Self.passphrase) { tmux in
            try openFirstFamily(tmux)
            try tmux.press("F5")
            let form = try tmux.waitFor("Nowa wizyta")
            #expect(form.contains("Data "), "\(form)")
            try tmux.press("Escape")
        }
    }

    @Test("3: a long choice keeps its ▸, a long title ends with … before the user's name")
    func cutText() throws {
        let folder = TemporaryDirectory()
        try TmuxSession.loggedIn(try demoStore(folder), Self.passphrase) { tmux in
            try openFirstFamily(tmux)
            try tmux.press("1")
            try tmux.waitFor("Współpraca:")
            try tmux.press("Enter")
            let form = try tmux.waitFor("Skierowanie")
            let choices = form.split(separator: "\n").filter { $0.contains("◂") }
            #expect(!choices.isEmpty && choices.allSatisfy { $0.contains("▸") }, "every choice keeps its closing mark: \(form)")
            try tmux.press("Escape")
            try tmux.waitFor("Współpraca:")
            try tmux.press("Escape")
            try tmux.waitFor("F5 Wizyta")
            try tmux.press("Escape")
            try tmux.waitFor("Teczka — Rodziny")
            try tmux.press("F7")
            try tmux.waitFor("Nowa rodzina")
            try tmux.type("Rodzina z bardzo długą nazwą, która nie mieści się w tytule ekranu razem z nazwiskiem")
            try tmux.press("F2")
            let card = try tmux.waitFor("F5 Wizyta")
            let title = String(card.split(separator: "\n").first ?? "")
            #expect(title.contains("…") && title.contains(" Asystent Demo · "), "the title is cut before the name: \(title)")
            #expect(!title.contains("ekranuAsystent"), "\(title)")
        }
    }

    @Test("7: Do zrobienia lists what is overdue before what is due, and what waits for the coordinator's decision")
    func todoOverdueFirst() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        // Twenty families: enough for overdue goals and assessments, and assessments passed on for approval.
        let made = try Binary.run(["demo", "--store", store, "--families", "20", "--seed", "5"],
                                  environment: ["TECZKA_PASSPHRASE": Self.passphrase])
        try #require(made.status == 0, "\(made.err)")
        try TmuxSession.loggedIn(store, Self.passphrase) { tmux in
            let todo = try tmux.waitFor("Teczka — Do zrobienia")
            #expect(todo.contains("ocena czeka na Twoje zatwierdzenie"), "\(todo)")
            let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Warsaw")!, from: Date())
            let todayKey = today.year! * 10_000 + today.month! * 100 + today.day!
            // The date column: " 30.06.2026  Family …"; as yyyymmdd to compare.
            let dates = todo.split(separator: "\n").compactMap { line -> Int? in
                guard let match = line.firstMatch(of: #/^ (\d\d)\.(\d\d)\.(\d{4})\s/#) else { return nil }
                return Int(match.3)! * 10_000 + Int(match.2)! * 100 + Int(match.1)!
            }
            #expect(dates.count > 3 && dates[0] < todayKey, "\(todo)")
            let firstDue = dates.firstIndex { $0 >= todayKey } ?? dates.count
            #expect(dates[firstDue...].allSatisfy { $0 >= todayKey }, "nothing overdue below what is due: \(todo)")
            try tmux.press("Escape")
        }
    }
}
