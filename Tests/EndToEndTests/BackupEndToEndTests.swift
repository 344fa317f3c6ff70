import Foundation
import Testing
import TestSupport
@testable import TeczkaCore
import TeczkaStore

@Suite("End to end: backups, restore and the integrity check", .serialized)
struct BackupEndToEndTests {
    let passphrase = "Hasło kopii 2026"
    var env: [String: String] { ["TECZKA_PASSPHRASE": passphrase] }

    @Test("backup, check and restore from the command line; refusals change nothing")
    func commands() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        #expect(try Binary.run(["demo", "--store", store, "--families", "3"], environment: env).status == 0)
        let copy = folder.file("pendrive.sqlite")
        let backup = try Binary.run(["backup", "--store", store, "--to", copy])
        #expect(backup.status == 0, "\(backup.err)")
        #expect(backup.out.contains("Kopia zapasowa zapisana: \(copy)"))
        let again = try Binary.run(["backup", "--store", store, "--to", copy])
        #expect(again.status == 1 && again.err.contains("już istnieje"))

        let check = try Binary.run(["check", "--store", store], environment: env)
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.contains("jest w porządku"))

        try #require(try Binary.run(["demo", "--store", store, "--families", "2", "--seed", "9"], environment: env).status == 0)
        let unconfirmed = try Binary.run(["restore", "--store", store, copy])
        #expect(unconfirmed.status == 1 && unconfirmed.err.contains("dodaj --yes"))
        let junk = folder.file("lista.csv")
        try "rodzina;adres\n".write(toFile: junk, atomically: true, encoding: .utf8)
        let notBackup = try Binary.run(["restore", "--store", store, junk, "--yes"])
        #expect(notBackup.status == 1 && notBackup.err.contains("nie jest kopią bazy Teczki"))

        let restored = try Binary.run(["restore", "--store", store, copy, "--yes"])
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("Poprzednia baza: \(folder.path)/backups/teczka-zastapiona-"))
        let demo = try Binary.run(["demo", "--store", store, "--families", "1"], environment: env)
        #expect(demo.status == 0, "the restored store opens with the same passphrase: \(demo.err)")
    }

    @Test("teczka check finds a reference injected past the validation, and a revision written into the file unsigned")
    func brokenReference() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("teczka.sqlite")
        #expect(try Binary.run(["demo", "--store", path, "--families", "2"], environment: env).status == 0)
        let familyID = try #require(try {
            let store = try EncryptedStore(path: path, cost: .testing)
            defer { store.close() }
            return try store.unlock(passphrase: passphrase).families.keys.first
        }())
        // Signed by the user but never validated (a bug in another program): only the reference check finds it.
        let visit = Visit(familyID: familyID, assistantID: RecordID("konto-ktorego-nie-ma"), date: LocalDate(year: 2026, month: 11, day: 2)!)
        do {
            let store = try EncryptedStore(path: path, cost: .testing)
            let file = try store.unlock(passphrase: passphrase)
            try store.append([try file.signedRevision(id: visit.id, kind: .visit, document: visit,
                                                      body: try JSONEncoder().encode(visit), parent: nil)])
            store.close()
        }
        let check = try Binary.run(["check", "--store", path], environment: env)
        #expect(check.status == 1)
        #expect(check.err.contains("Nierozwiązane odwołanie: visit \(visit.id.raw): assistantID → konto-ktorego-nie-ma"), "\(check.err)")

        // Unsigned, as someone with the data key could add it: left out of everything and reported.
        let orphan = Member(familyID: familyID, firstName: "Jan", lastName: "Podrzucony")
        do {
            let store = try EncryptedStore(path: path, cost: .testing)
            let file = try store.unlock(passphrase: passphrase)
            try store.append([Revision(id: .make(), recordID: orphan.id, kind: .member, parent: nil, timestamp: Date(),
                                       author: file.currentUser.id, body: try JSONEncoder().encode(orphan))])
            store.close()
        }
        let again = try Binary.run(["check", "--store", path], environment: env)
        #expect(again.status == 1)
        #expect(again.err.contains("osoba: zapis bez podpisu"), "\(again.err)")
        #expect(again.err.contains("Przywróć najnowszą kopię zapasową"))
    }

    @Test("the program makes the day's backup when it starts")
    func dailyBackupOnStart() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        #expect(try Binary.run(["demo", "--store", store, "--families", "1"], environment: env).status == 0)
        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Logowanie")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
        #expect(files == ["teczka-\(LocalDate.today().iso).sqlite"])
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}

@Suite("End to end: a damaged store on start", .serialized)
struct DamagedStoreEndToEndTests {
    @Test("the program offers the newest good backup, keeps the damaged file, and opens the restored store")
    func offersBackup() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let env = ["TECZKA_PASSPHRASE": "Hasło kopii 2026"]
        #expect(try Binary.run(["demo", "--store", store, "--families", "2"], environment: env).status == 0)
        try FileManager.default.createDirectory(atPath: folder.file("backups"), withIntermediateDirectories: true)
        #expect(try Binary.run(["backup", "--store", store, "--to", folder.file("backups/teczka-2026-11-29.sqlite")]).status == 0)
        // Damage the middle of the file, as a failing disk would.
        let handle = try #require(FileHandle(forWritingAtPath: store))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 16384))
        try handle.close()

        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Przywrócić najnowszą dobrą kopię zapasową z 29.11.2026?")
        try tmux.type("t")
        try tmux.press("Enter")
        try tmux.waitFor("Logowanie")
        try tmux.type("Hasło kopii 2026")
        try tmux.press("Enter")
        try tmux.waitFor("Do zrobienia")
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
        #expect(kept.contains { $0.hasPrefix("teczka-uszkodzona-") })
    }
}
