import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// A store written by the previous release (`Tests/Fixtures/format3/`, before anonymisation) opened by this one: the
/// migration adds what anonymisation needs, and its families past retention can be anonymised and opened again.
@Suite("A store of the previous release", .serialized)
struct PreviousReleaseStoreTests {
    static let ewa = "Hasło Ewy 2026", kaminska = "Hasło Kamińskiej 2026"

    func migrations(_ path: String) throws -> [String] {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
    }

    @Test("opens with every family and signature as written; its families past retention are anonymised and open again")
    func migratesAndAnonymises() throws {
        let folder = TemporaryDirectory()
        let path = try OldRelease.copy("format3/biuro.sqlite", in: folder)
        #expect(try migrations(path).last == "v4-indeks-zakresow")
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.unlock(passphrase: Self.ewa)
        #expect(try migrations(path).last == "v5-anonimizacja")
        #expect(file.integrity.isEmpty && file.families.count == 8)
        let labels = file.families.mapValues(\.label)
        let due = file.pastRetention(on: file.today).map(\.0)
        #expect(!due.isEmpty && due.count < 8, "some families ended more than a year ago, some go on")
        for family in due { try file.anonymise(family) }
        store.close()

        for passphrase in [Self.ewa, Self.kaminska] {
            let store = try EncryptedStore(path: path, cost: .testing)
            let file = try store.unlock(passphrase: passphrase)
            #expect(file.integrity.isEmpty)
            for (id, family) in file.families {
                #expect(family.label == (due.contains(id) ? "Zanonimizowana \(id.short)" : labels[id]))
            }
            store.close()
        }
    }
}
