import Foundation
import GRDB
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 14: a log-in takes the families whose rows did not change from the account's checkpoints instead of
/// re-admitting and decoding their revisions. What the user sees, and what the ledger lets in afterwards, must be what
/// re-admitting everything gives; a checkpoint that does not stand for the file is never used.
@Suite("Checkpoints of families")
struct CheckpointTests {
    /// A store with demo families (edits, visits, plans, assessments), written, closed and opened once (which leaves
    /// every family with a checkpoint).
    func demoStore() throws -> TemporaryStore {
        let temp = TemporaryStore()
        let (store, file) = try temp.create()
        try DemoData.populate(file, families: 8, seed: 5, today: file.today, years: 2)
        store.close()
        let (again, _) = try temp.reopen()
        again.close()
        return temp
    }

    func open(_ temp: TemporaryStore, checkpoints: Bool) throws -> (EncryptedStore, CaseFile) {
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        store.usesCheckpoints = checkpoints
        return (store, try store.unlock(passphrase: TemporaryStore.passphrase))
    }

    /// Everything a user or the ledger could tell apart: every current document, every revision with its place, each
    /// family's history, the chains' newest links and the facts of every revision.
    func state(_ file: CaseFile) throws -> [String] {
        let e = DocumentCoding.encoder
        var lines: [String] = []
        for kind in RecordKind.allCases {
            for id in file.revisions.keys.sorted() where file.revisions[id]?.first?.kind == kind {
                let document = try #require(kind.traits.current(file, id))
                lines.append("\(kind) \(id.raw) " + String(decoding: try e.encode(document), as: UTF8.self))
            }
        }
        let all = file.revisions.values.joined().sorted { file.admissionOrder[$0.id]! < file.admissionOrder[$1.id]! }
        lines += all.map { "rev \($0.id.raw) \($0.recordID.raw) \($0.clock) \($0.chainIndex) \($0.timestamp.timeIntervalSince1970)" }
        for family in file.families.keys.sorted() { lines.append("history \(try file.history(ofFamily: family).count)") }
        lines += file.ledger.tips.map { "tip \($0.key.signer.raw) \($0.key.scope.raw) \($0.value.index) \($0.value.link.base64EncodedString()) \($0.value.verified)" }.sorted()
        lines += file.ledger.facts.map { "fact \($0.key.raw) \($0.value.clock) \($0.value.bodyHash.bytes) \($0.value.body.count)" }.sorted()
        lines += file.ledger.registrants.map { "registrant \($0.key.raw) \($0.value.raw)" }.sorted()
        lines += file.ledger.families.keys.map { "ledger family \($0.raw)" }.sorted()
        lines += file.ledger.cooperations.flatMap { $0.value.keys.map { "ledger cooperation \($0.raw)" } }.sorted()
        return lines
    }

    /// Saves new notes for the first family by label; returns it as it was.
    func changeFirstFamily(_ file: CaseFile, notes: String) throws -> Family {
        let family = try #require(file.families.values.sorted { $0.label < $1.label }.first)
        var changed = family
        changed.notes = notes
        try file.saveFamily(changed)
        return family
    }

    func checkpointCount(_ temp: TemporaryStore) throws -> Int {
        try DatabaseQueue(path: temp.path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checkpoint") ?? 0 }
    }

    @Test("a log-in from checkpoints gives the same documents, histories, ledger and packages as re-admitting every revision")
    func sameState() throws {
        let temp = try demoStore()
        #expect(try checkpointCount(temp) == 8)
        let (cached, fromCheckpoints) = try open(temp, checkpoints: true)
        let cachedState = try state(fromCheckpoints)
        let package = try fromCheckpoints.packageRevisions(for: nil).map(\.id)
        cached.close()
        let (full, replayed) = try open(temp, checkpoints: false)
        defer { full.close() }
        #expect(cachedState == (try state(replayed)))
        #expect(package == (try replayed.packageRevisions(for: nil).map(\.id)))
        #expect(replayed.integrity.isEmpty)
    }

    @Test("after a log-in from checkpoints, saves build on the right chain and the store re-admits whole")
    func savesAfterwards() throws {
        let temp = try demoStore()
        let (store, file) = try open(temp, checkpoints: true)
        let family = try changeFirstFamily(file, notes: "Po punkcie kontrolnym.")
        try file.saveMember(Member(familyID: family.id, firstName: "Zofia", lastName: "Nowa"))
        store.close()
        let (full, replayed) = try open(temp, checkpoints: false)
        #expect(replayed.integrity.isEmpty)
        #expect(try replayed.verifyEverySignature().isEmpty)
        #expect(replayed.families[family.id]?.notes == "Po punkcie kontrolnym.")
        let expected = try state(replayed)
        full.close()
        let (again, cached) = try open(temp, checkpoints: true)
        defer { again.close() }
        #expect(try state(cached) == expected)
    }

    @Test("a row added outside this account's checkpoint makes it stale: the family is re-admitted and the change shows")
    func staleAfterWriteElsewhere() throws {
        let temp = try demoStore()
        // A write that keeps no checkpoint (as another account's, or another program's, would leave this one's).
        let (other, elsewhere) = try open(temp, checkpoints: false)
        let family = try changeFirstFamily(elsewhere, notes: "Zmiana z innego miejsca.")
        other.close()
        let (store, file) = try open(temp, checkpoints: true)
        defer { store.close() }
        #expect(file.families[family.id]?.notes == "Zmiana z innego miejsca.")
        #expect(file.integrity.isEmpty)
    }

    @Test("a checkpoint altered, moved to another account or rebound to other rows is not used; the family is re-admitted")
    func forgedCheckpoints() throws {
        let temp = try demoStore()
        let (full, replayed) = try open(temp, checkpoints: false)
        let expected = try state(replayed)
        full.close()
        let db = try DatabaseQueue(path: temp.path)
        let scopes = try db.read { db in try String.fetchAll(db, sql: "SELECT scope FROM checkpoint ORDER BY scope") }
        try db.write { db in
            // A byte of the sealed contents changed; the binding columns changed; a copy under another account's id.
            try db.execute(sql: "UPDATE checkpoint SET sealed = substr(sealed, 1, 40) || (CASE WHEN substr(sealed, 41, 1) = X'00' THEN X'01' ELSE X'00' END) || substr(sealed, 42) WHERE scope = ?", arguments: [scopes[0]])
            try db.execute(sql: "UPDATE checkpoint SET rows = rows - 1 WHERE scope = ?", arguments: [scopes[1]])
            try db.execute(sql: "UPDATE checkpoint SET user_id = 'someone-else' WHERE scope = ?", arguments: [scopes[2]])
        }
        try db.close()
        let (store, file) = try open(temp, checkpoints: true)
        #expect(try state(file) == expected)
        store.close()
        // The families were re-admitted and got good checkpoints again.
        let rows = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checkpoint WHERE user_id <> 'someone-else'")
        }
        #expect(rows == 8)
    }

    // The byte is changed to another value, never set to one it may already have (a flake once in 256 runs).
    @Test("a revision's signature altered in place under a standing checkpoint: teczka check, which re-admits everything, finds it")
    func checkIgnoresCheckpoints() throws {
        let temp = try demoStore()
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in
            try db.execute(sql: """
                UPDATE revision SET signature = (CASE WHEN substr(signature, 1, 1) = X'00' THEN X'01' ELSE X'00' END) || substr(signature, 2)
                WHERE seq = (SELECT MAX(seq) FROM revision WHERE kind = 'visit')
                """)
        }
        try db.close()
        let (store, file) = try open(temp, checkpoints: false)
        defer { store.close() }
        #expect(!(file.integrity + (try file.verifyEverySignature())).isEmpty)
    }

    /// Makes a store what an earlier release left: `sql` undoes what `migrations` did, and they are not recorded.
    static func undo(_ temp: TemporaryStore, _ sql: String, migrations: [String]) throws {
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in
            try db.execute(sql: sql)
            for name in migrations { try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [name]) }
        }
        try db.close()
    }

    @Test("a store of the release before checkpoints opens, is migrated, and gets them")
    func previousRelease() throws {
        let temp = try demoStore()
        try Self.undo(temp, "DROP TABLE checkpoint; DROP INDEX revision_scope", migrations: ["v3-punkty-kontrolne", "v4-indeks-zakresow"])
        let (store, file) = try open(temp, checkpoints: true)
        let expected = try state(file)
        store.close()
        #expect(try checkpointCount(temp) == 8)
        let (again, cached) = try open(temp, checkpoints: true)
        defer { again.close() }
        #expect(try state(cached) == expected)
    }

    @Test("a store of the release before the index with key epochs is migrated to it and opens as before")
    func indexWithEpochs() throws {
        let temp = try demoStore()
        try Self.undo(temp, "DROP INDEX revision_scope; CREATE INDEX revision_scope ON revision(scope, seq)", migrations: ["v4-indeks-zakresow"])
        let db = try DatabaseQueue(path: temp.path)
        let (store, file) = try open(temp, checkpoints: true)
        let expected = try state(file)
        store.close()
        let index = try db.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'revision_scope'") }
        #expect(index == "CREATE INDEX revision_scope ON revision(scope, seq, key_epoch)")
        try db.close()
        let (again, cached) = try open(temp, checkpoints: true)
        defer { again.close() }
        #expect(try state(cached) == expected)
    }

    @Test("an assistant puts her own checkpoint in the coordinator's place: it does not open for the coordinator and is not used")
    func colleaguesCheckpoint() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try NeedToKnowTests.office(temp)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: anna.id, date: LocalDate(year: 2026, month: 2, day: 2)!, notes: "Pierwsza."))
        store.close()
        // Anna logs in (her checkpoint of the family is written), then so does Ewa (hers).
        let laptop = try EncryptedStore(path: temp.path, cost: .testing)
        _ = try laptop.unlock(passphrase: NeedToKnowTests.anna)
        laptop.close()
        let office = try EncryptedStore(path: temp.path, cost: .testing)
        let expected = try state(try office.unlock(passphrase: NeedToKnowTests.ewa))
        office.close()
        let db = try DatabaseQueue(path: temp.path)
        let ewaID = ewa.currentUser.id.raw
        let annas = try db.write { db -> Data in
            try db.execute(sql: "DELETE FROM checkpoint WHERE user_id = ?", arguments: [ewaID])
            try db.execute(sql: "UPDATE checkpoint SET user_id = ? WHERE user_id = ?", arguments: [ewaID, anna.id.raw])
            return try #require(try Data.fetchOne(db, sql: "SELECT sealed FROM checkpoint WHERE user_id = ? AND scope = ?",
                                                  arguments: [ewaID, family.id.raw]))
        }
        try db.close()
        let again = try EncryptedStore(path: temp.path, cost: .testing)
        let file = try again.unlock(passphrase: NeedToKnowTests.ewa)
        #expect(try state(file) == expected)
        #expect(file.integrity.isEmpty)
        again.close()
        // Re-admitted and sealed anew for Ewa: Anna's checkpoint was not taken.
        let now = try DatabaseQueue(path: temp.path).read { db in
            try Data.fetchOne(db, sql: "SELECT sealed FROM checkpoint WHERE user_id = ? AND scope = ?", arguments: [ewaID, family.id.raw])
        }
        #expect(now != nil && now != annas)
    }

    @Test("a family handed to another assistant after her checkpoint: she is not shown what was written since")
    func handedOverAfterCheckpoint() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try NeedToKnowTests.office(temp)
        let beata = try store.addUser(name: "Beata Lis", role: .asystent, passphrase: NeedToKnowTests.beata, by: ewa)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        var cooperation = Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!)
        try ewa.saveCooperation(cooperation)
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: anna.id, date: LocalDate(year: 2026, month: 2, day: 2)!, notes: "Przed."))
        store.close()
        let first = try EncryptedStore(path: temp.path, cost: .testing)
        _ = try first.unlock(passphrase: NeedToKnowTests.anna)
        first.close()
        #expect(try checkpointCount(temp) >= 1)
        let office = try EncryptedStore(path: temp.path, cost: .testing)
        let coordinator = try office.unlock(passphrase: NeedToKnowTests.ewa)
        cooperation.assistantID = beata.id
        try coordinator.saveCooperation(cooperation)
        try coordinator.saveVisit(Visit(familyID: family.id, assistantID: beata.id, date: LocalDate(year: 2026, month: 3, day: 3)!, notes: "Po."))
        office.close()
        let laptop = try EncryptedStore(path: temp.path, cost: .testing)
        defer { laptop.close() }
        let annas = try laptop.unlock(passphrase: NeedToKnowTests.anna)
        #expect(annas.withdrawn.contains(family.id))
        #expect(!annas.visits.values.contains { $0.notes == "Po." })
    }
}
