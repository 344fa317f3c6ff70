import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// A form kept when the program is stopped holds family data: it is sealed for its account alone.
@Suite("Drafts of unsaved forms")
struct DraftStoreTests {
    @Test("a draft is sealed: not in the raw file, opened by its account only, replaced by a later one, discarded")
    func sealedForTheAccount() throws {
        let temp = TemporaryStore()
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        defer { store.close() }
        let ewa = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: "hasło kierowniczki 1")
        _ = try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 2026", by: ewa)
        let anna = try store.unlock(passphrase: "hasło Anny 2026")
        let note = Data("Notatka: ojciec znów pił, dzieci u babci.".utf8)
        try store.saveDraft(note, for: anna)
        try store.saveDraft(note + Data(" Dalej.".utf8), for: anna)
        #expect(try store.loadDraft(for: anna) == note + Data(" Dalej.".utf8))
        let raw = try #require(FileManager.default.contents(atPath: temp.path)) + (FileManager.default.contents(atPath: temp.path + "-wal") ?? Data())
        #expect(raw.range(of: Data("ojciec znów pił".utf8)) == nil, "sealed, not in clear")
        let coordinator = try store.unlock(passphrase: "hasło kierowniczki 1")
        #expect(try store.loadDraft(for: coordinator) == nil, "not even a coordinator reads another account's draft")
        let again = try store.unlock(passphrase: "hasło Anny 2026")
        try store.discardDraft(for: again)
        #expect(try store.loadDraft(for: again) == nil)
    }

    @Test("a draft row written by someone else — another account's, or forged — is not offered, and nothing else breaks")
    func forgedDraft() throws {
        let temp = TemporaryStore()
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        defer { store.close() }
        let ewa = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: "hasło kierowniczki 1")
        let nowak = try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 2026", by: ewa)
        try store.saveDraft(Data("Ewa: notatka".utf8), for: try store.unlock(passphrase: "hasło kierowniczki 1"))
        // A colleague with the file copies the coordinator's draft into Anna's row, and writes a row of her own making.
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in
            try db.execute(sql: "INSERT INTO draft (user_id, sealed, created_at) SELECT ?, sealed, created_at FROM draft", arguments: [nowak.id.raw])
        }
        let anna = try store.unlock(passphrase: "hasło Anny 2026")
        #expect(try store.loadDraft(for: anna) == nil, "sealed for another account: does not open as hers")
        try db.write { db in
            try db.execute(sql: "UPDATE draft SET sealed = ? WHERE user_id = ?", arguments: [Data(repeating: 7, count: 80), nowak.id.raw])
        }
        try db.close()
        #expect(try store.loadDraft(for: anna) == nil)
        #expect(try store.loadDraft(for: try store.unlock(passphrase: "hasło kierowniczki 1")) == Data("Ewa: notatka".utf8))
    }
}
