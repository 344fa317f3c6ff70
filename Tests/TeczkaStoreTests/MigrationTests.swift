import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Stores written by the previous release (format 1, `Tests/Fixtures/format1/`) opened by this one.
@Suite("Migration of a store of format 1 to signed revisions", .serialized)
struct MigrationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/format1")
    static let ewa = "Hasło Ewy 2025", annaNowak = "Hasło Anny 2025", kaminska = "Hasło Kamińskiej 2025"

    func copy(_ name: String, in folder: TemporaryDirectory) throws -> String {
        try OldRelease.copy("format1/" + name, in: folder)
    }

    @Test("the coordinator's first log-in signs every revision as vouched for by her, records it, and the data is the same")
    func coordinatorMigrates() throws {
        let folder = TemporaryDirectory()
        let path = try copy("biuro.sqlite", in: folder)
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.unlock(passphrase: Self.ewa)
        #expect(file.integrity.isEmpty)
        #expect(try store.unsignedRevisionCount() == 0)
        #expect(file.canSign && file.root?.userID == file.currentUser.id)
        let all = file.revisions.values.joined()
        #expect(all.allSatisfy { $0.isSigned })
        let vouched = all.filter(\.legacy)
        #expect(vouched.count > 100 && vouched.allSatisfy { $0.signer == file.currentUser.id })
        let migration = try #require(file.transferHistory.first { $0.log.direction == .migracja })
        #expect(migration.author == "Ewa Kierownik" && migration.log.counts["revisions"] == vouched.count)
        // Protocols written before the split got their per-family entries.
        #expect(!file.meetingEntryRecords.isEmpty && file.meetingHeaders.values.allSatisfy { $0.entries.isEmpty })
        // The same data as the previous release exported.
        let before = try Data(contentsOf: Self.fixtures.appendingPathComponent("biuro-eksport.json"))
        #expect(try file.transferDocument().encoded() == before)
        // The store as it was is kept.
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
        #expect(kept.contains { $0.hasPrefix("biuro-przed-podpisami-") })
        store.close()

        // Opened again: nothing to migrate, everything admitted; a second migration never happens.
        let again = try EncryptedStore(path: path, cost: .testing)
        let reopened = try again.unlock(passphrase: Self.ewa)
        #expect(try reopened.integrity.isEmpty && reopened.verifyEverySignature().isEmpty)
        #expect(reopened.transferHistory.filter { $0.log.direction == .migracja }.count == 1)
        again.close()
    }

    @Test("an assistant of a migrated store waits for a coordinator's reset, then reads her families only and signs")
    func otherAccountsNeedAKey() throws {
        let folder = TemporaryDirectory()
        let path = try copy("biuro.sqlite", in: folder)
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        #expect(throws: StoreProblem.awaitingCoordinator) { try store.unlock(passphrase: Self.annaNowak) }
        let ewa = try store.unlock(passphrase: Self.ewa)
        #expect(throws: StoreProblem.awaitingReset) { try store.unlock(passphrase: Self.annaNowak) }
        let account = try #require(ewa.users.values.first { $0.name == "Anna Nowak" })
        let kaminska = try #require(ewa.users.values.first { $0.name == "Anna Kamińska" })
        #expect(store.accountsWithoutKey(in: ewa).map(\.name) == ["Anna Kamińska", "Anna Nowak"])
        let coordinator = try store.unlock(passphrase: Self.ewa)
        try store.resetAccount(account.id, passphrase: "Nowe hasło Anny 1", by: coordinator)
        try store.resetAccount(kaminska.id, passphrase: "Nowe hasło Kamińskiej 1", by: coordinator)
        #expect(throws: StoreProblem.wrongPassphrase) { try store.unlock(passphrase: Self.annaNowak) }
        let anna = try store.unlock(passphrase: "Nowe hasło Anny 1")
        #expect(anna.canSign && anna.families.isEmpty, "no family is assigned to Anna Nowak")
        let theirs = try store.unlock(passphrase: "Nowe hasło Kamińskiej 1")
        #expect(theirs.canSign && theirs.families.count == 6, "the demo's families are Anna Kamińska's")
        try anna.saveFamily(Family(label: "Nowa rodzina"))
        #expect(try store.unlock(passphrase: Self.ewa).integrity.isEmpty)
    }

    @Test("an assistant's laptop of format 1 waits for a coordinator, and says so; the file is left as it was")
    func laptopWaits() throws {
        let folder = TemporaryDirectory()
        let path = try copy("laptop.sqlite", in: folder)
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        #expect(throws: StoreProblem.awaitingCoordinator) { try store.unlock(passphrase: Self.kaminska) }
        #expect(try store.unsignedRevisionCount() > 0)
    }

    @Test("a package of format 1 opens; revisions the store has are nothing new, unknown ones are refused as unsigned")
    func oldPackage() throws {
        let folder = TemporaryDirectory()
        let office = try EncryptedStore(path: try copy("biuro.sqlite", in: folder), cost: .testing)
        defer { office.close() }
        let file = try office.unlock(passphrase: Self.ewa)
        let package = Self.fixtures.appendingPathComponent("z-laptopa.teczka").path
        let contents = try office.readPackage(at: package, transferPassphrase: "koperta 2025")
        #expect(contents.revisions.allSatisfy { !$0.isSigned })
        #expect(file.mergePreview(contents.revisions).isEmpty, "the office has all of them")
        var unknown = contents.revisions[0]
        unknown.id = .make()
        let preview = file.mergePreview([unknown])
        #expect(preview.isEmpty && preview.refusals.map(\.reason) == [.unsigned])
    }
}

/// The files the previous releases wrote (`Tests/Fixtures/format1/`, `format2/`).
enum OldRelease {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// A copy of a fixture in a folder of its own (opening a store changes it).
    static func copy(_ name: String, in folder: TemporaryDirectory) throws -> String {
        let path = folder.file((name as NSString).lastPathComponent)
        try FileManager.default.copyItem(atPath: fixtures.appendingPathComponent(name).path, toPath: path)
        return path
    }
}

@Suite("Backups of earlier formats")
struct OldBackupTests {
    @Test("a backup of an earlier format restores over the migrated store and is migrated again at the coordinator's log-in",
          arguments: [("format1", "Hasło Ewy 2025"), ("format2", "Hasło Ewy 2026")])
    func oldBackupRestores(format: String, passphrase: String) throws {
        let folder = TemporaryDirectory()
        let path = try OldRelease.copy(format + "/biuro.sqlite", in: folder)
        let elsewhere = TemporaryDirectory()
        let backup = try OldRelease.copy(format + "/biuro.sqlite", in: elsewhere)
        do {
            let store = try EncryptedStore(path: path, cost: .testing)
            _ = try store.unlock(passphrase: passphrase)
            store.close()
        }
        _ = try EncryptedStore.restore(backup, over: path)
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        #expect(try store.revisionsAwaitingKeys() > 0, "restored as it was")
        let file = try store.unlock(passphrase: passphrase)
        #expect(file.integrity.isEmpty && file.families.count == 6)
        #expect(try store.revisionsAwaitingKeys() == 0)
    }
}

@Suite("The store's migrations")
struct SchemaMigrationTests {
    @Test("a new store has every migration this program knows; one it does not know is a newer format, left as it was")
    func newerMigration() throws {
        let temp = TemporaryStore()
        do {
            let (store, _) = try temp.create()
            store.close()
        }
        let applied = try DatabaseQueue(path: temp.path).read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied == Schema.migrator.migrations)
        let later = try DatabaseQueue(path: temp.path)
        try later.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-z-przyszlosci')") }
        try later.close()
        let before = try #require(FileManager.default.contents(atPath: temp.path))
        #expect(throws: StoreProblem.newerFormat(version: 3)) { try EncryptedStore(path: temp.path, cost: .testing) }
        #expect(FileManager.default.contents(atPath: temp.path) == before)
    }
}
