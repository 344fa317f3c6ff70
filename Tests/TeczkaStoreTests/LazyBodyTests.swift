import Foundation
import GRDB
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 14: an open case file keeps the bodies of families' records out of memory and reads them from the file when
/// a history, a package, `teczka check` or a save needs them. What the user sees must not change, and a file changed
/// under an open program must be reported, never used.
@Suite("Older bodies read from the file when needed")
struct LazyBodyTests {
    /// A family edited twice, with a person, in a reopened store.
    func editedFamily() throws -> (TemporaryStore, EncryptedStore, CaseFile, Family) {
        let temp = TemporaryStore()
        let (store, file) = try temp.create()
        var family = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        family.address = "ul. Polna 3"
        try file.saveFamily(family)
        try file.saveMember(Member(familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska"))
        store.close()
        let (reopened, again) = try temp.reopen()
        return (temp, reopened, again, family)
    }

    @Test("after log-in the bodies are out of memory; the documents, the history, a package and the check are whole")
    func released() throws {
        let (_, store, file, family) = try editedFamily()
        defer { store.close() }
        #expect(file.revisions[family.id]?.allSatisfy { $0.body.isEmpty } == true)
        #expect(file.families[family.id]?.address == "ul. Polna 3")
        #expect(try file.history(ofFamily: family.id).map(\.change) == [.memberAdded(name: "Łucja Wiśniewska"),
                                                                         .familyChanged([.address]), .familyCreated])
        let package = try file.packageRevisions(for: nil)
        #expect(!package.isEmpty && package.allSatisfy { !$0.body.isEmpty })
        #expect(package.allSatisfy { RevisionSeal.verify($0, with: file.currentUser.signingKey!) })
        #expect(try file.verifyEverySignature().isEmpty)
    }

    @Test("saving a family unchanged writes nothing; a change is written once")
    func unchangedSave() throws {
        let (_, store, file, family) = try editedFamily()
        defer { store.close() }
        let before = try store.revisionCount()
        try file.saveFamily(file.families[family.id]!)
        #expect(try store.revisionCount() == before)
        var changed = file.families[family.id]!
        changed.notes = "Rodzina wielodzietna."
        try file.saveFamily(changed)
        #expect(try store.revisionCount() == before + 1)
    }

    @Test("a revision deleted or replaced in the file while the program is open: a clear error, nothing used")
    func fileChangedUnderneath() throws {
        let (temp, store, file, family) = try editedFamily()
        defer { store.close() }
        let first = try #require(file.revisions[family.id]?.first)
        let db = try DatabaseQueue(path: temp.path)
        // Another record's sealed body copied over this one's: it does not open with this row's columns.
        try db.write { db in
            try db.execute(sql: "UPDATE revision SET body = (SELECT body FROM revision WHERE kind = 'member') WHERE id = ?",
                           arguments: [first.id.raw])
        }
        #expect(throws: StoreProblem.damaged(path: store.path, detail: "revision \(first.id.raw) does not decrypt")) {
            try file.history(ofFamily: family.id)
        }
        try db.write { db in try db.execute(sql: "DELETE FROM revision WHERE id = ?", arguments: [first.id.raw]) }
        try db.close()
        #expect(throws: StoreProblem.damaged(path: store.path, detail: "revision \(first.id.raw) is missing")) {
            try file.packageRevisions(for: nil)
        }
    }

    @Test("a body sealed anew into its row by someone holding the family's key is refused: it is not the one admitted")
    func resealedByKeyHolder() throws {
        let (temp, store, file, family) = try editedFamily()
        defer { store.close() }
        let first = try #require(file.revisions[family.id]?.first)
        // The key holder writes another document under the same row's columns: it opens (the envelope is the same),
        // but its signature was never checked at log-in.
        var forged = first
        var document = try #require(file.families[family.id])
        document.label = "Podmienieni"
        forged.body = try JSONEncoder().encode(document)
        let epoch = try #require(try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT key_epoch FROM revision WHERE id = ?", arguments: [first.id.raw])
        })
        let key = try #require(store.keyring.held[ScopeEpoch(scope: first.scope, epoch: epoch)])
        let sealed = try Sealing.seal(forged, key: key, epoch: epoch)
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in try db.execute(sql: "UPDATE revision SET body = ? WHERE id = ?", arguments: [sealed, first.id.raw]) }
        try db.close()
        #expect(throws: StoreProblem.damaged(path: store.path, detail: "revision \(first.id.raw) changed since log-in")) {
            try file.history(ofFamily: family.id)
        }
        #expect(throws: StoreProblem.damaged(path: store.path, detail: "revision \(first.id.raw) changed since log-in")) {
            try file.packageRevisions(for: nil)
        }
    }
}
