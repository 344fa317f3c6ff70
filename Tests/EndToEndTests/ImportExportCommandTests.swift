import Foundation
import Testing
import TestSupport

@Suite("End to end: teczka export and import (no terminal)", .serialized)
struct ImportExportCommandTests {
    let boss = ["TECZKA_PASSPHRASE": "Hasło-kierownika-1"]
    let assistant = ["TECZKA_PASSPHRASE": "Hasło-asystentki-2"]

    /// A store with a coordinator, an assistant and demo families.
    func source(in folder: TemporaryDirectory) throws -> String {
        let store = folder.file("zrodlo.sqlite")
        let created = try Binary.run(["init", "--store", store, "--user", "Jan Kierownik", "--role", "koordynator"], environment: boss)
        #expect(created.status == 0, "\(created.err)")
        let added = try Binary.run(["user", "add", "--store", store, "--name", "Anna Nowak"],
                                   environment: boss.merging(["TECZKA_NEW_PASSPHRASE": assistant["TECZKA_PASSPHRASE"]!]) { a, _ in a })
        #expect(added.status == 0, "\(added.err)")
        let demo = try Binary.run(["demo", "--store", store, "--families", "4", "--seed", "5"], environment: boss)
        #expect(demo.status == 0, "\(demo.err)")
        return store
    }

    @Test("export → import into a new store with --as → export gives the same file; the import is in the history")
    func roundTrip() throws {
        let folder = TemporaryDirectory()
        let store = try source(in: folder)
        let first = folder.file("eksport.json"), second = folder.file("eksport2.json"), copy = folder.file("kopia.sqlite")
        let exported = try Binary.run(["export", "--store", store, "--format", "json", "--output", first], environment: boss)
        #expect(exported.status == 0, "\(exported.err)")
        #expect(exported.out.contains("Wyeksportowano bazę do \(first)"))

        let imported = try Binary.run(["import", first, "--store", copy, "--as", "Jan Kierownik"], environment: boss)
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("Utworzono bazę \(copy)"))
        #expect(imported.out.contains("Zaimportowano z \(first): użytkownicy: "))
        #expect(imported.out.contains(", rodziny: 4"))
        #expect(imported.out.contains("Konta bez hasła") && imported.out.contains("Anna Nowak"))

        let again = try Binary.run(["export", "--store", copy, "--output", second], environment: boss)
        #expect(again.status == 0, "\(again.err)")
        let a = try #require(FileManager.default.contents(atPath: first))
        #expect(a == FileManager.default.contents(atPath: second))
        let stdout = try Binary.run(["export", "--store", copy], environment: boss)
        #expect(Data(stdout.out.utf8) == a)

        let twice = try Binary.run(["import", first, "--store", copy], environment: boss)
        #expect(twice.status == 0 && twice.out.contains("Nic nowego do zaimportowania"), "\(twice.err)")
        let history = try Binary.run(["history", "--store", copy], environment: boss)
        #expect(history.out.split(separator: "\n").count == 3, "\(history.out)")   // the import, two exports
        #expect(history.out.contains("Jan Kierownik  import  \(first)  (użytkownicy: "))

        // The assistant came in without a passphrase; a coordinator gives the first one, then she logs in.
        let list = try Binary.run(["user", "list", "--store", copy], environment: boss)
        let line = try #require(list.out.split(separator: "\n").first { $0.contains("Anna Nowak") })
        #expect(line.contains("bez hasła"))
        #expect(try Binary.run(["history", "--store", copy], environment: assistant).err.contains("Błędne hasło."))
        let given = try Binary.run(["user", "passphrase", String(line.prefix(8)), "--store", copy],
                                   environment: boss.merging(["TECZKA_NEW_PASSPHRASE": assistant["TECZKA_PASSPHRASE"]!]) { a, _ in a })
        #expect(given.status == 0, "\(given.err)")
        #expect(try Binary.run(["history", "--store", copy], environment: assistant).status == 0)
        let retake = try Binary.run(["user", "passphrase", String(line.prefix(8)), "--store", copy],
                                    environment: boss.merging(["TECZKA_NEW_PASSPHRASE": "Inne-hasło-333"]) { a, _ in a })
        #expect(retake.status == 1 && retake.err.contains("To konto ma już hasło"))
    }

    @Test("a refused import exits 1 with the Polish message and leaves the store and the folder as they were")
    func refused() throws {
        let folder = TemporaryDirectory()
        let store = try source(in: folder)
        let good = folder.file("eksport.json"), bad = folder.file("zly.json")
        #expect(try Binary.run(["export", "--store", store, "--output", good], environment: boss).status == 0)
        var document = try JSONSerialization.jsonObject(with: FileManager.default.contents(atPath: good)!) as! [String: Any]
        var families = document["families"] as! [[String: Any]]
        families[1]["nazwisko"] = "Kowalscy"
        document["families"] = families
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: bad))
        let id = families[1]["id"] as! String

        let before = FileManager.default.contents(atPath: store)
        let refused = try Binary.run(["import", bad, "--store", store], environment: boss)
        #expect(refused.status == 1)
        #expect(refused.err.contains("Import odrzucony, nic nie zapisano. Błędy (1):"))
        #expect(refused.err.contains("rodziny[1] (id \(id)): nieznane pole „nazwisko”"), "\(refused.err)")
        #expect(FileManager.default.contents(atPath: store) == before)

        let nothingMade = try Binary.run(["import", bad, "--store", folder.file("nowa.sqlite"), "--as", "Jan Kierownik"], environment: boss)
        #expect(nothingMade.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("nowa.sqlite")))

        let byAssistant = try Binary.run(["import", good, "--store", store], environment: assistant)
        #expect(byAssistant.status == 1 && byAssistant.err.contains("tylko koordynator"))
        #expect(try Binary.run(["export", "--store", store], environment: assistant).status == 1)
        #expect(FileManager.default.contents(atPath: store) == before)
    }

    @Test("CSV: families and members from a spreadsheet; a bad row names its line and column and writes nothing")
    func csv() throws {
        let folder = TemporaryDirectory()
        let store = try source(in: folder)
        let file = folder.file("rodziny.csv")
        try "\u{FEFF}rodzina;adres;miejscowość;imię;nazwisko;data_urodzenia;pesel\nZiębowie;Lipowa 2;Mielec;Ewa;Zięba;01.05.1990;\nZiębowie;Lipowa 2;;Ola;Zięba;2020-02-30;\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let before = FileManager.default.contents(atPath: store)
        let bad = try Binary.run(["import", "--csv", file, "--store", store], environment: assistant)
        #expect(bad.status == 1)
        #expect(bad.err.contains("wiersz 3, kolumna data_urodzenia: „2020-02-30” nie jest poprawną datą"), "\(bad.err)")
        #expect(FileManager.default.contents(atPath: store) == before)

        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "2020-02-30", with: "2020-02-28")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let good = try Binary.run(["import", "--csv", file, "--store", store], environment: assistant)
        #expect(good.status == 0, "\(good.err)")
        #expect(good.out.contains("Zaimportowano z \(file): rodziny: 1, członkowie: 2."))
        let again = try Binary.run(["import", "--csv", file, "--store", store], environment: assistant)
        #expect(again.out.contains("Nic nowego do zaimportowania"))
        let history = try Binary.run(["history", "--store", store], environment: assistant)
        #expect(history.out.contains("Anna Nowak  import CSV  \(file)  (rodziny: 1, członkowie: 2)"))
    }
}
