import Foundation
import Testing
import CoreTestSupport
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Export and import on the encrypted store")
struct TransferStoreTests {
    @Test("a store made from an export keeps the user's id; the import and its audit survive reopening, sealed")
    func newStoreFromExport() throws {
        let source = TemporaryStore()
        let store = try EncryptedStore(path: source.path, cost: .testing)
        let file = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: TemporaryStore.passphrase)
        let anna = try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: "hasło Anny 123", by: file)
        try file.saveFamily(Family(label: "Wiśniewscy"))
        let data = try file.export(fileName: "eksport-wisniewscy.json")
        store.close()

        let document = try TransferDocument.read(data)
        let boss = try #require(document.users.first { $0.role == .koordynator })
        let target = TemporaryStore()
        let copy = try EncryptedStore(path: target.path, cost: .testing)
        let copyFile = try copy.initialize(account: boss, passphrase: TemporaryStore.passphrase, settings: document.storeSettings)
        #expect(copyFile.currentUser.id == boss.id && copyFile.currentUser.name == boss.name)
        #expect(copyFile.currentUser.signingKey != nil && boss.signingKey == nil, "keys never come from a file: the new store made one")
        try copyFile.importDocument(document, fileName: "eksport-wisniewscy.json")
        #expect(try copy.accountsWithoutPassphrase(in: copyFile).map(\.id) == [anna.id])
        #expect(copy.accountsWithoutKey(in: copyFile).map(\.id) == [anna.id])
        copy.close()

        let (reopened, reopenedFile) = try target.reopen()
        #expect(try reopenedFile.transferDocument().encoded() == data)
        #expect(reopenedFile.transferHistory.map(\.log.fileName) == ["eksport-wisniewscy.json"])
        for secret in ["Wiśniewscy", "Anna Nowak", "eksport-wisniewscy"] {
            #expect(target.allBytes().range(of: Data(secret.utf8)) == nil, "\(secret) in clear")
        }
        #expect(throws: StoreProblem.wrongPassphrase) { try reopened.unlock(passphrase: "hasło Anny 123") }
        try reopened.setFirstPassphrase("hasło Anny 123", for: anna.id, by: reopenedFile)
        #expect(throws: AccountProblem.hasPassphrase) { try reopened.setFirstPassphrase("inne hasło 456", for: anna.id, by: reopenedFile) }
        #expect(try reopened.accountsWithoutPassphrase(in: reopenedFile).isEmpty)
        let annasFile = try reopened.unlock(passphrase: "hasło Anny 123")
        #expect(annasFile.currentUser.id == anna.id && annasFile.canSign, "her first passphrase came with a signing key")
    }

    @Test("a failed write leaves nothing of an import, neither on disk nor in memory")
    func atomic() throws {
        let memory = try CaseFile.preview(as: UserAccount.test("Jan", .koordynator), settings: StoreSettings())
        try memory.saveFamily(Family(label: "Nowi"))
        let journal = MemoryJournal()
        let target = try CaseFile.test([], journal: journal, as: UserAccount.test("Jan", .koordynator))
        journal.failNextAppend = true
        let document = try TransferDocument.read(try memory.transferDocument().encoded())
        #expect(throws: StoreProblem.self) { try target.importDocument(document, fileName: "x.json") }
        #expect(target.families.isEmpty && target.transfers.isEmpty && journal.revisions.isEmpty)
    }
}
