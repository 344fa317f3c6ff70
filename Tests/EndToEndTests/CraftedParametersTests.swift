import Foundation
import GRDB
import Testing
import TestSupport

/// Threat 6 of the security brief: key-derivation parameters read from a file are bounded before any work. A store or
/// a package asking for gigabytes of scrypt memory is refused at once, with a message naming the file, and left as
/// it was.
@Suite("End to end: crafted key-derivation parameters")
struct CraftedParametersTests {
    let env = ["TECZKA_PASSPHRASE": "Hasło Ewy 2026", "TECZKA_TRANSFER_PASSPHRASE": "koperta 2026"]

    @Test("a store whose derivation asks for 2^30 is refused before any derivation, naming the file, unchanged")
    func craftedStore() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("biuro.sqlite")
        #expect(try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: env).status == 0)
        let database = try DatabaseQueue(path: store)
        try database.write { db in try db.execute(sql: "UPDATE meta SET value = '30' WHERE key = 'kdf_log2n'") }
        try database.close()
        let before = try #require(FileManager.default.contents(atPath: store))
        let started = Date()
        let check = try Binary.run(["check", "--store", store], environment: env)
        let seconds = Date().timeIntervalSince(started)
        #expect(check.status == 1)
        #expect(check.err.contains("Plik \(store) żąda wyprowadzenia klucza z hasła ponad dopuszczalne granice"), "\(check.err)")
        #expect(FileManager.default.contents(atPath: store) == before)
        print("crafted store refused in \(String(format: "%.3f", seconds)) s (whole process)")
    }

    @Test("a backup whose derivation asks for 2^30 is refused by restore, naming the file; the store stays as it was")
    func craftedBackup() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("biuro.sqlite")
        #expect(try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: env).status == 0)
        let backup = folder.file("kopia.sqlite")
        #expect(try Binary.run(["backup", "--store", store, "--to", backup], environment: env).status == 0)
        let database = try DatabaseQueue(path: backup)
        try database.write { db in try db.execute(sql: "UPDATE meta SET value = '30' WHERE key = 'kdf_log2n'") }
        try database.close()
        let before = try #require(FileManager.default.contents(atPath: store))
        let restore = try Binary.run(["restore", backup, "--store", store, "--yes"], environment: env)
        #expect(restore.status == 1)
        #expect(restore.err.contains("Plik \(backup) żąda wyprowadzenia klucza z hasła ponad dopuszczalne granice"), "\(restore.err)")
        #expect(FileManager.default.contents(atPath: store) == before)
        #expect(try Binary.run(["check", "--store", store], environment: env).status == 0)
    }

    @Test("a package whose header asks for 2^30 is refused before any derivation, naming the file")
    func craftedPackage() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("biuro.sqlite")
        #expect(try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: env).status == 0)
        let package = folder.file("pakiet.teczka")
        let header = Data(#"{"kdf":"scrypt","log2N":30,"p":1,"r":8,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","version":2}"#.utf8)
        var length = UInt32(header.count).bigEndian
        let file = Data("TECZKA-PAKIET-1\n".utf8) + Data(bytes: &length, count: 4) + header + Data(repeating: 7, count: 64)
        try file.write(to: URL(fileURLWithPath: package))
        let started = Date()
        let result = try Binary.run(["exchange", "import", package, "--store", store, "--yes"], environment: env)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.err.contains("Plik \(package) żąda wyprowadzenia klucza z hasła ponad dopuszczalne granice"), "\(result.err)")
        print("crafted package refused in \(String(format: "%.3f", seconds)) s (whole process)")
    }
}
