import Foundation
import GRDB
import Testing
import TestSupport

/// `teczka --version` tells IT which stores a program reads and writes: the format version and the newest migration
/// are those a store it creates has in its file, so a new migration changes the line without anyone remembering to.
@Suite("teczka --version")
struct VersionTests {
    @Test("names the release and the format of the stores it writes, in Polish and in English")
    func namesTheStoreFormat() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("baza.sqlite")
        let created = try Binary.run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"],
                                     environment: Binary.boss)
        try #require(created.status == 0, "\(created.err)")
        let (version, newestMigration) = try DatabaseQueue(path: store).read { db in
            (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'version'") ?? "",
             try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1") ?? "")
        }
        let polish = try Binary.run(["--version"])
        #expect(polish.status == 0 && Self.release(polish.out, endsWith: " (format bazy \(version), ostatnia migracja \(newestMigration))\n"),
                "\(polish.out) \(polish.err)")
        for english in [try Binary.run(["--lang", "en", "--version"]), try Binary.run(["--version"], environment: ["LANG": "en_GB.UTF-8"])] {
            #expect(english.status == 0 && Self.release(english.out, endsWith: " (store format \(version), latest migration \(newestMigration))\n"),
                    "\(english.out) \(english.err)")
        }
    }

    /// "teczka 1.2.3" and then `format`.
    static func release(_ line: String, endsWith format: String) -> Bool {
        line.hasSuffix(format) && line.dropLast(format.count).range(of: #"^teczka \d+\.\d+\.\d+$"#, options: .regularExpression) != nil
    }
}
