import Foundation
import Testing
import TeczkaCore
import TestSupport

@Suite("End to end: the real binary in tmux", .serialized)
struct FamilyRegistryEndToEndTests {
    let passphrase = "Zażółć-gęślą-jaźń 7"

    @Test("a fresh store: add a family and a child, quit, log in again, search, open the card; a second copy is refused")
    func familyRegistry() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Binary.teczka), "build first: \(Binary.teczka)")
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let open = Binary.command(["--store", store])

        // First start: name, role, passphrase twice; no demo data.
        do {
            let tmux = try TmuxSession(open)
            try tmux.waitFor("Nie ma jeszcze bazy danych")
            try tmux.type("Anna Testowa")
            try tmux.press("Tab", "Tab", "Tab")
            try tmux.type(passphrase)
            try tmux.press("Tab")
            try tmux.type(passphrase)
            try tmux.press("Enter")
            let created = try tmux.waitFor("Wczytać przykładowe rodziny")
            #expect(!created.contains(passphrase))
            try tmux.press("n")
            try tmux.waitFor("Brak rodzin. Naciśnij F7")

            // A new family, then its first member, with the keyboard only.
            try tmux.press("F7")
            try tmux.waitFor("Nowa rodzina")
            try tmux.type("Wiśniewscy")
            try tmux.press("Tab", "Tab")
            try tmux.type("Siechnice")
            try tmux.press("F2")
            try tmux.waitFor("Rodzina: Wiśniewscy")
            try tmux.press("F7")
            try tmux.waitFor("Nowa osoba")
            try tmux.type("Łucja")
            try tmux.press("Tab")
            try tmux.type("Wiśniewska")
            try tmux.press("Tab")
            try tmux.type("2015-03-02")
            try tmux.press("F2")
            try tmux.waitFor("Dodano osobę: Łucja Wiśniewska")
            try tmux.press("F10")
            try tmux.waitFor("EXIT=0")
        }

        // Start again: log in, search, open the card.
        let tmux = try TmuxSession(open)
        try tmux.waitFor("Logowanie")
        try tmux.type(passphrase)
        try tmux.press("Enter")
        // The first screen after log-in is "Do zrobienia": a family without a cooperation has nothing due.
        try tmux.waitFor("Nic pilnego")
        try tmux.press("Escape")
        try tmux.waitFor("Wiśniewscy")
        try tmux.press("/")
        try tmux.type("Wiś")
        try tmux.press("Enter")
        try tmux.waitFor("Filtr „Wiś”: 1 z 1")
        try tmux.press("Enter")
        let age = LocalDate(year: 2015, month: 3, day: 2)!.age(on: LocalDate.today())
        let card = try tmux.waitFor("Łucja Wiśniewska")
        #expect(card.contains("Rodzina: Wiśniewscy"))
        #expect(card.contains("02.03.2015 \(age) lat"))
        #expect(card.contains("dziecko"))
        #expect(card.contains("Anna Testowa"))

        // A second copy on the same store is refused with the message naming the first.
        try tmux.window("second", open)
        let refused = try tmux.waitFor("EXIT=1", target: "second")
        #expect(refused.contains("Baza jest otwarta w innym oknie (PID"))

        try tmux.press("F10", target: "app:0")
        try tmux.waitFor("EXIT=0", target: "app:0")

        // Nothing readable in the file.
        var bytes = Data()
        for suffix in ["", "-wal"] { bytes.append(FileManager.default.contents(atPath: store + suffix) ?? Data()) }
        #expect(bytes.range(of: Data("Wiśniewsk".utf8)) == nil)
        #expect(bytes.range(of: Data("Łucja".utf8)) == nil)
    }

    @Test("resizing below 80×24 shows the too-small message, and back restores the screen")
    func resize() throws {
        let folder = TemporaryDirectory()
        let tmux = try TmuxSession(Binary.command(["--store", folder.file("s.sqlite")]))
        try tmux.waitFor("Nie ma jeszcze bazy danych")
        try tmux.run(["resize-window", "-t", "app", "-x", "70", "-y", "20"])
        try tmux.waitFor("Okno terminala jest za małe")
        try tmux.run(["resize-window", "-t", "app", "-x", "100", "-y", "30"])
        try tmux.waitFor("Nie ma jeszcze bazy danych")
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }

    @Test("English with --lang en, and NO_COLOR works")
    func englishNoColor() throws {
        let folder = TemporaryDirectory()
        let tmux = try TmuxSession(Binary.command(["--store", folder.file("s.sqlite"), "--lang", "en"]),
                                   environment: ["NO_COLOR": "1"])
        try tmux.waitFor("There is no store yet")
        try tmux.press("F1")
        try tmux.waitFor("Help — First start")
        try tmux.press("Escape", "F10")
        try tmux.waitFor("EXIT=0")
    }

    @Test("without a terminal the program says so and exits with status 2")
    func noTerminal() throws {
        let folder = TemporaryDirectory()
        let result = try Binary.run(["--store", folder.file("s.sqlite")])
        #expect(result.status == 2)
        #expect(result.err.contains("Teczka działa w oknie terminala"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("s.sqlite")))
    }

    @Test("on a dumb terminal the program says so and exits with status 2")
    func dumbTerminal() throws {
        let folder = TemporaryDirectory()
        let tmux = try TmuxSession("TERM=dumb " + Binary.command(["--store", folder.file("s.sqlite")]))
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("nie umie przesuwać kursora"))
    }

    @Test("a file that is not a store: a clear message, status 1, the file untouched")
    func notAStore() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("notatki.txt")
        let text = Data("lista zakupów\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: text)
        let tmux = try TmuxSession(Binary.command(["--store", path]))
        let screen = try tmux.waitFor("EXIT=1")
        #expect(screen.contains("nie jest bazą"))
        #expect(FileManager.default.contents(atPath: path) == text)
    }

    @Test("init and demo work from scripts with TECZKA_PASSPHRASE; a wrong one is refused")
    func commandLine() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let env = ["TECZKA_PASSPHRASE": passphrase]
        let created = try Binary.run(["init", "--store", store, "--user", "Jan Kierownik", "--role", "koordynator"], environment: env)
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Utworzono bazę"))
        let again = try Binary.run(["init", "--store", store, "--user", "X"], environment: env)
        #expect(again.status == 1)
        #expect(again.err.contains("już istnieje"))
        let demo = try Binary.run(["demo", "--store", store, "--families", "5", "--seed", "3"], environment: env)
        #expect(demo.status == 0, "\(demo.err)")
        #expect(demo.out.contains("Dodano 5 przykładowych rodzin."))
        let wrong = try Binary.run(["demo", "--store", store], environment: ["TECZKA_PASSPHRASE": "nie to hasło"])
        #expect(wrong.status == 1)
        #expect(wrong.err.contains("Błędne hasło."))
        let passphraseFile = folder.file("haslo.txt")
        try (passphrase + "\n").write(toFile: passphraseFile, atomically: true, encoding: .utf8)
        let fromFile = try Binary.run(["demo", "--store", store, "--families", "1", "--passphrase-file", passphraseFile])
        #expect(fromFile.status == 0, "\(fromFile.err)")
        // A centre's demo with many assistants names a dozen of the new accounts and says where the rest are.
        let team = try Binary.run(["demo", "--store", folder.file("zespol.sqlite"), "--families", "12", "--assistants", "20"], environment: env)
        #expect(team.status == 0, "\(team.err)")
        let accounts = try #require(team.out.split(separator: "\n").first { $0.hasPrefix("Nowe konta bez hasła") })
        #expect(accounts.hasSuffix(" i 8 kolejnych (wszystkie: teczka user list)."), "\(accounts)")
        #expect(accounts.split(separator: ",").count == 12)
        let listed = try Binary.run(["user", "list", "--store", folder.file("zespol.sqlite")], environment: env)
        #expect(listed.out.split(separator: "\n").filter { $0.contains("bez hasła") }.count == 20, "\(listed.out)")
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && !version.out.isEmpty)
        let help = try Binary.run(["--help"])
        #expect(help.out.contains("TECZKA_PASSPHRASE"))
    }
}
