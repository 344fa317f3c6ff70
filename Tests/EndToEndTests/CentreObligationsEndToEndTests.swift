import Foundation
import Testing
import TestSupport

/// Issue 15: a coordinator records an assistant's employment from the command line, and the caseload report shows
/// the etat and families per etat.
@Suite("End to end: employment and etat")
struct EmploymentEndToEndTests {
    @Test("periods of employment added, refused when they overlap, removed; the report shows the etat")
    func employment() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let boss = Binary.boss
        let added = try Binary.officeWithAnna(store)
        #expect(added.status == 0, "\(added.err)")
        let none = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"], environment: boss)
        #expect(none.out.contains("Anna Nowak: zatrudnienia nie wpisano (pełny limit rodzin)."), "\(none.err)")

        let first = try Binary.run(["user", "employment", "--store", store, "anna nowak", "--from", "2025-01-01", "--to", "30.06.2025", "--fte", "1"], environment: boss)
        #expect(first.status == 0, "\(first.err)")
        let second = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--from", "2025-07-01", "--fte", "0,5"], environment: boss)
        #expect(second.out.contains("01.07.2025 – trwa: etat 0,5"), "\(second.err)")
        #expect(second.out.contains("01.01.2025 – 30.06.2025: etat 1"))

        // Overlapping, a bad etat, a bad date: a Polish message, status 1, nothing saved.
        for (arguments, message) in [(["--from", "2025-03-01", "--fte", "1"], "Nakłada się na okres zatrudnienia 01.01.2025–30.06.2025."),
                                     (["--from", "2026-01-01", "--fte", "1,5"], "Etat od 0,01 do 1"),
                                     (["--from", "2026-02-30", "--fte", "1"], "Początek: Nieprawidłowa data"),
                                     (["--remove", "2024-01-01"], "Nie ma okresu zatrudnienia zaczynającego się 01.01.2024.")] {
            let refused = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"] + arguments, environment: boss)
            #expect(refused.status == 1 && refused.err.contains(message), "\(arguments): \(refused.err)")
        }
        let unchanged = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"], environment: boss)
        #expect(unchanged.out.split(separator: "\n").count == 3, "\(unchanged.out)")

        // An assistant cannot give herself another etat.
        let own = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--from", "2026-01-01", "--fte", "1"],
                                 environment: ["TECZKA_PASSPHRASE": "hasło Anny 123"])
        #expect(own.status == 1, "\(own.out)")

        let report = try Binary.run(["report", "obciazenie", "--store", store, "--year", "2025", "--format", "csv"], environment: boss)
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("Etat"), "\(report.out)")
        // 181 days full time and 184 at half: 0.75 etat over the year.
        #expect(report.out.contains("Anna Nowak;0;0;0;0,75;0,0"), "\(report.out)")

        let removed = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--remove", "01.07.2025"], environment: boss)
        #expect(removed.status == 0 && !removed.out.contains("01.07.2025"), "\(removed.err)")
        let settings = try Binary.run(["settings", "--store", store, "--cap-by-fte", "nie"], environment: boss)
        #expect(settings.out.contains("Limit rodzin na asystenta: 15\n"), "\(settings.out)")
        let wrong = try Binary.run(["settings", "--store", store, "--cap-by-fte", "może"], environment: boss)
        #expect(wrong.status == 1 && wrong.err.contains("--cap-by-fte: tak albo nie."))
    }
}

@Suite("End to end: handing a family over in tmux")
struct HandoverEndToEndTests {
    @Test("a coordinator hands a family over with F9 P: the list, the details and the timeline show the new assistant; nothing ends")
    func handover() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let demo = try Binary.demoOffice(store, families: 3, assistants: 2, years: 1, seed: 3)
        #expect(demo.status == 0, "\(demo.err)")
        let centre = { try Binary.run(["report", "obsluga", "--store", store, "--year", Self.year, "--format", "csv"], environment: Binary.boss).out }
        let before = try centre()
        #expect(before.contains("Rodziny objęte wsparciem asystenta rodziny"), "\(before)")
        var family = "", former = "", new = ""
        try TmuxSession.loggedIn(store, Binary.boss["TECZKA_PASSPHRASE"]!) { tmux in
            try tmux.press("Escape")
            // The demo's dates follow today: the first family in progress, whoever has it.
            let row = try #require(try tmux.waitFor(" trwa ").split(separator: "\n").first { $0.contains(" trwa ") })
            let columns = row.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
            family = columns[0]
            former = columns[2]
            try tmux.type(family)
            try tmux.press("Enter")
            try tmux.press("Enter")
            try tmux.waitFor("1 Współpraca")
            try tmux.press("1")
            try tmux.waitFor("Współpraca: \(family)")
            try tmux.press("F9")
            try tmux.waitFor("P  Przekaż")
            try tmux.press("p")
            let form = try tmux.waitFor("Nowy asystent")
            new = try #require(form.split(separator: "◂").last?.split(separator: "▸").first).trimmingCharacters(in: .whitespaces)
            #expect(new != former)
            try tmux.press("F2")
            try tmux.waitFor("Przekazana \(Self.today): \(former) → \(new)")
            try tmux.waitFor("Rodzina \(family) przekazana")
            try tmux.press("Escape")
            try tmux.press("6")
            try tmux.waitFor("Przekazanie rodziny: \(former) → \(new)".prefix(60).description)
            try tmux.press("Escape")
            try tmux.press("Escape")
            try tmux.press("Escape")
            try tmux.waitFor(new)
        }
        #expect(!family.isEmpty)
        // The centre's counts do not change: a handover is no end and no new family.
        #expect(try centre() == before)
        let hers = try Binary.run(["report", "obsluga", "--store", store, "--year", Self.year, "--format", "csv", "--assistant", new],
                                  environment: Binary.boss)
        #expect(hers.status == 0, "\(hers.err)")
    }

    static var today: String {
        let f = DateFormatter()
        f.dateFormat = "dd.MM.yyyy"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
    static var year: String { String(Calendar(identifier: .gregorian).component(.year, from: Date())) }
}

@Suite("End to end: a person's data for an access request")
struct PrintPersonEndToEndTests {
    @Test("teczka print person prints the person's records and families and is recorded in the history; an unknown id changes nothing")
    func printPerson() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let demo = try Binary.demoOffice(store, families: 3, assistants: 1, years: 1, seed: 4)
        #expect(demo.status == 0, "\(demo.err)")
        let exported = folder.file("eksport.json")
        #expect(try Binary.run(["export", "--store", store, "--output", exported], environment: Binary.boss).status == 0)
        let document = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: exported))) as! [String: Any]
        let member = try #require((document["members"] as! [[String: Any]]).first)
        let id = String((member["id"] as! String).prefix(8)), name = "\(member["firstName"]!) \(member["lastName"]!)"

        let output = folder.file("osoba.md")
        let printed = try Binary.run(["print", "person", id, "--store", store, "--format", "md", "--output", output], environment: Binary.boss)
        #expect(printed.status == 0, "\(printed.err)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("# Dane osoby: \(name)"))
        #expect(text.contains("**PESEL:** —"))
        #expect(text.contains("Współpraca z asystentem rodziny"))
        let history = try Binary.run(["history", "--store", store], environment: Binary.boss)
        #expect(history.out.contains("wydruk  \(output)  (członkowie: 1)"), "\(history.out)")

        // By PESEL: a person moved in from a spreadsheet.
        let csv = folder.file("osoby.csv")
        try "rodzina;adres;miejscowosc;imie;nazwisko;pesel\nWiśniewscy;ul. Łąkowa 12;Siechnice;Łucja;Wiśniewska;15230201244\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try Binary.run(["import", "--csv", csv, "--store", store], environment: Binary.boss)
        #expect(imported.status == 0, "\(imported.err)")
        let byPesel = try Binary.run(["print", "person", "15230201244", "--store", store, "--format", "text"], environment: Binary.boss)
        #expect(byPesel.status == 0 && byPesel.out.contains("DANE OSOBY: ŁUCJA WIŚNIEWSKA") && byPesel.out.contains("Adres: ul. Łąkowa 12, Siechnice"),
                "\(byPesel.out)\(byPesel.err)")

        let unknown = try Binary.run(["print", "person", "00000000000", "--store", store], environment: Binary.boss)
        #expect(unknown.status == 1 && unknown.err.contains("Nie ma osoby o identyfikatorze „00000000000”."))
        #expect(try Binary.run(["history", "--store", store], environment: Binary.boss).out.split(separator: "\n").count
                == history.out.split(separator: "\n").count + 2, "the import and the printout by PESEL, nothing for the unknown id")
    }
}

@Suite("End to end: co-financing of foster care in tmux")
struct CoFinancingEndToEndTests {
    @Test("a coordinator registers a child of a family without an assistant, its placement with the powiat and a month's note; the report counts it")
    func chargeNotes() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        #expect(try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: Binary.boss).status == 0)
        try TmuxSession.loggedIn(store, Binary.boss["TECZKA_PASSPHRASE"]!) { tmux in
            try tmux.press("Escape")
            try tmux.press("F7")
            try tmux.waitFor("Nowa rodzina")
            try tmux.type("Zielińscy")
            try tmux.press("F2")
            try tmux.waitFor("Rodzina: Zielińscy")
            try tmux.press("F7")
            try tmux.waitFor("Nowa osoba")
            try tmux.type("Ola")
            try tmux.press("Tab")
            try tmux.type("Zielińska")
            try tmux.press("Tab")
            try tmux.type("2015-03-02")
            try tmux.press("F2")
            try tmux.waitFor("Ola Zielińska")
            try tmux.press("5")
            try tmux.waitFor("Piecza i zdarzenia")
            try tmux.press("F7")
            try tmux.waitFor("Powiat")
            try tmux.press("Tab", "Tab", "Tab")
            for _ in 0..<12 { try tmux.press("BSpace") }
            try tmux.type("2024-09-15")
            try tmux.press("Tab", "Tab", "Tab", "Tab")
            try tmux.type("Powiat wrocławski")
            try tmux.press("F2")
            try tmux.waitFor("Powiat: Powiat wrocławski")
            try tmux.press("F9")
            try tmux.waitFor("O  Noty obciążeniowe")
            try tmux.press("o")
            try tmux.waitFor("Brak not.")
            try tmux.press("F7")
            try tmux.waitFor("Nowa nota obciążeniowa")
            try tmux.press("Tab", "Right", "Tab")
            try tmux.type("4 500,00")
            try tmux.press("F2")
            let list = try tmux.waitFor("(udział 10%)")
            #expect(list.contains("09.2024   koszt: 4\u{00A0}500,00 zł") && list.contains("450,00 zł (udział 10%)"))
        }
        let report = try Binary.run(["report", "wspolfinansowanie", "--store", store, "--year", "2024", "--format", "csv"], environment: Binary.boss)
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("RAZEM;1;0;0;450,00"), "\(report.out)")
        #expect(report.out.contains("brak noty obciążeniowej za 10.2024, 11.2024, 12.2024: Ola Zielińska"), "\(report.out)")
    }
}

@Suite("End to end: handing all of an assistant's families over from the command line")
struct HandoverCommandTests {
    @Test("teczka user handover moves every cooperation in progress, all or none; the centre's counts stay")
    func handoverAll() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let demo = try Binary.demoOffice(store, families: 8, assistants: 2, years: 2, seed: 5)
        #expect(demo.status == 0, "\(demo.err)")
        let users = try Binary.run(["user", "list", "--store", store], environment: Binary.boss).out
        var assistants = users.split(separator: "\n").filter { $0.contains("(asystent rodziny)") }
            .map { $0.split(separator: "  ")[1].trimmingCharacters(in: .whitespaces) }
        #expect(assistants.count == 2)
        // The demo's dates follow today: the one with families in progress hands them over.
        let probe = try Binary.run(["user", "handover", assistants[0], "--to", assistants[1], "--from", "2000-01-01", "--store", store],
                                   environment: Binary.boss)
        if probe.err.contains("nie ma rodzin ze współpracą w toku") { assistants.reverse() }
        let year = HandoverEndToEndTests.year
        let centre = { try Binary.run(["report", "obsluga", "--store", store, "--year", year, "--format", "csv"], environment: Binary.boss).out }
        let before = try centre()
        // A day before some cooperation started: nothing is written.
        let early = try Binary.run(["user", "handover", assistants[0], "--to", assistants[1], "--from", "2000-01-01", "--store", store],
                                   environment: Binary.boss)
        #expect(early.status == 1 && early.err.contains("Dzień przekazania musi przypadać po początku współpracy"), "\(early.err)")
        let moved = try Binary.run(["user", "handover", assistants[0], "--to", assistants[1], "--from", HandoverEndToEndTests.today,
                                    "--store", store, "--yes"], environment: Binary.boss)
        #expect(moved.status == 0, "\(moved.err)")
        #expect(moved.out.contains("— \(assistants[0]) → \(assistants[1]) od \(HandoverEndToEndTests.today). Współprace trwają."), "\(moved.out)")
        #expect(try centre() == before)
        let again = try Binary.run(["user", "handover", assistants[0], "--to", assistants[1], "--from", HandoverEndToEndTests.today,
                                    "--store", store], environment: Binary.boss)
        #expect(again.status == 1 && again.err.contains("nie ma rodzin ze współpracą w toku"), "\(again.err)")
    }
}
