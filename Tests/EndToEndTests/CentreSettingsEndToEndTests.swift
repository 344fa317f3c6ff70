import Foundation
import Testing
import TestSupport

/// Issue 17: the centre's details and the case-number pattern, from the command line and on the settings screen.
@Suite("End to end: centre settings")
struct CentreSettingsEndToEndTests {
    @Test("teczka settings sets the centre and the pattern; wrong input is refused in Polish or English and nothing is saved; an assistant is refused")
    func command() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let boss = Binary.boss
        let added = try Binary.officeWithAnna(store)
        #expect(added.status == 0, "\(added.err)")
        let set = try Binary.run(["settings", "--store", store, "--centre-name", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach",
                                  "--centre-address", "ul. Jana Pawła II 12, 55-011 Siechnice", "--centre-town", "Siechnice",
                                  "--case-number-pattern", "AR.4011.{nr}.{rok}"], environment: boss)
        #expect(set.status == 0, "\(set.err)")
        for line in ["Ośrodek: Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach\n", "Adres ośrodka: ul. Jana Pawła II 12, 55-011 Siechnice\n",
                     "Miejscowość ośrodka: Siechnice\n", "Wzór numeru sprawy: AR.4011.{nr}.{rok}\n"] {
            #expect(set.out.contains(line), "\(set.out)")
        }
        let before = try Binary.run(["settings", "--store", store], environment: boss).out

        let noNumber = try Binary.run(["settings", "--store", store, "--case-number-pattern", "AR.{rok}", "--caseload-cap", "12"], environment: boss)
        #expect(noNumber.status == 1)
        #expect(noNumber.err.contains("Wzór numeru sprawy: Wzór musi zawierać {nr}, np. AR.4011.{nr}.{rok}."), "\(noNumber.err)")
        let unknown = try Binary.run(["settings", "--lang", "en", "--store", store, "--case-number-pattern", "AR.{nr}.{year}",
                                      "--centre-town", "Siechnice\u{1B}[2J"], environment: boss)
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("Centre's town: Control characters are not allowed. Case-number pattern: Unknown field {year}; allowed: {nr} and {rok}."),
                "\(unknown.err)")
        #expect(try Binary.run(["settings", "--store", store], environment: boss).out == before, "nothing saved")

        let anna = ["TECZKA_PASSPHRASE": "hasło Anny 123"]
        let refused = try Binary.run(["settings", "--store", store, "--centre-name", "Inny ośrodek"], environment: anna)
        #expect(refused.status == 1)
        #expect(refused.err.contains("Nie zapisano: konta, ustawienia, katalog i protokoły zmienia tylko koordynator."), "\(refused.err)")
        let shown = try Binary.run(["settings", "--store", store], environment: anna)
        #expect(shown.status == 0 && shown.out == before, "an assistant sees the settings: \(shown.err)")

        // The export carries the centre; a store created from it has it.
        let exported = folder.file("eksport.json")
        #expect(try Binary.run(["export", "--store", store, "--output", exported], environment: boss).status == 0)
        let json = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(json.contains("\"caseNumberPattern\" : \"AR.4011.{nr}.{rok}\""), "\(json.prefix(2000))")
        let copy = folder.file("kopia.sqlite")
        let imported = try Binary.run(["import", "--store", copy, "--as", "Ewa Kierownik", exported], environment: boss)
        #expect(imported.status == 0, "\(imported.err)")
        #expect(try Binary.run(["settings", "--store", copy], environment: boss).out == before)
    }

    @Test("a new demo store has a sample centre and pattern")
    func demo() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("demo.sqlite")
        let made = try Binary.run(["demo", "--store", store, "--families", "3"], environment: Binary.boss)
        #expect(made.status == 0, "\(made.err)")
        let shown = try Binary.run(["settings", "--store", store], environment: Binary.boss)
        #expect(shown.out.contains("Ośrodek: Miejsko-Gminny Ośrodek Pomocy Społecznej w Siechnicach\n"), "\(shown.out)\(shown.err)")
        #expect(shown.out.contains("Wzór numeru sprawy: AR.4011.{nr}.{rok}\n"))
    }

    @Test("tmux: a coordinator sets the centre's name and the pattern on the settings screen (F9 B); teczka settings prints them")
    func screen() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let added = try Binary.officeWithAnna(store)
        #expect(added.status == 0, "\(added.err)")
        try TmuxSession.loggedIn(store, Binary.boss["TECZKA_PASSPHRASE"]!) { tmux in
            try tmux.press("Escape")
            try tmux.waitFor("Rodziny")
            try tmux.press("F9")
            try tmux.waitFor("B  Ustawienia")
            try tmux.press("b")
            try tmux.waitFor("Wzór numeru sprawy")
            try tmux.type("MGOPS w Siechnicach")
            try tmux.press("Tab", "Tab", "Tab")
            try tmux.type("AR.{rok}")
            try tmux.press("F2")
            try tmux.waitFor("! Wzór musi zawierać {nr}")
            try tmux.press("C-u")
            try tmux.type("AR.4011.{nr}.{rok}")
            try tmux.press("F2")
            try tmux.waitFor("Zapisano ustawienia.")
        }
        let shown = try Binary.run(["settings", "--store", store], environment: Binary.boss)
        #expect(shown.out.contains("Ośrodek: MGOPS w Siechnicach\n"), "\(shown.out)\(shown.err)")
        #expect(shown.out.contains("Wzór numeru sprawy: AR.4011.{nr}.{rok}\n"))
    }
}
