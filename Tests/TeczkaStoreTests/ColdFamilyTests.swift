import Foundation
import GRDB
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 14: families taken from checkpoints keep their revisions encoded until something needs them (`ColdRevisions`).
/// The first screen, the list, the card and the retention check must not bring them into memory; a save, a merge, a
/// history or a package must find them exactly as a full re-admission would.
@Suite("Families kept encoded until needed")
struct ColdFamilyTests {
    let checkpoints = CheckpointTests()

    @Test("after a log-in from checkpoints Do zrobienia, the list, a card and retention touch no family's revisions; a history warms its family only")
    func firstScreenWarmsNothing() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        defer { store.close() }
        #expect(file.coldFamilyCount == 8)
        let today = file.today
        _ = file.todo(for: nil, on: today)
        _ = file.familyList(on: today, includeArchived: true)
        _ = file.pastRetention(on: today)
        let family = try #require(file.families.values.sorted { $0.label < $1.label }.first)
        _ = file.members(of: family.id)
        _ = file.visits(of: family.id)
        _ = file.cooperations(of: family.id)
        #expect(file.coldFamilyCount == 8)
        let history = try file.history(ofFamily: family.id)
        #expect(!history.isEmpty)
        #expect(file.coldFamilyCount == 7)
    }

    @Test("the retention of a family without casework counts from its registration, read from the checkpoint as from the file")
    func registrationFromCheckpoint() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        let fromCheckpoint = file.families.keys.map { ($0, file.registeredAt($0)) }
        store.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        // The same moment (the file keeps seconds since 1970, a checkpoint since 2001: they may differ in the last bit).
        #expect(fromCheckpoint.allSatisfy { id, at in
            guard let at, let read = replayed.registeredAt(id) else { return false }
            return abs(at.timeIntervalSince(read)) < 0.001
        })
    }

    @Test("an edit and a new record in an encoded family are saved on the right chain and clock; the store re-admits whole")
    func saveIntoColdFamily() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        let visit = try #require(file.visits.values.sorted { $0.date < $1.date }.first)
        // `visits` decodes every visit but warms no family: the edit below is the first thing that needs the chain.
        var edited = visit
        edited.notes = "Poprawione po punkcie kontrolnym."
        try file.saveVisit(edited)
        try file.saveMember(Member(familyID: visit.familyID, firstName: "Zofia", lastName: "Nowa"))
        store.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        #expect(replayed.integrity.isEmpty)
        #expect(replayed.visit(visit.id)?.notes == "Poprawione po punkcie kontrolnym.")
        #expect(replayed.heads(of: visit.id).count == 1)
    }

    @Test("a package that edits records of an encoded family merges as into a store that re-admitted everything")
    func mergeIntoColdFamily() throws {
        let temp = try checkpoints.demoStore()
        // The same store on another computer: a copy of the file, where a visit is edited.
        let copy = temp.path + "-inny.sqlite"
        try FileManager.default.copyItem(atPath: temp.path, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let other = try EncryptedStore(path: copy, cost: .testing)
        let elsewhere = try other.unlock(passphrase: TemporaryStore.passphrase)
        var visit = try #require(elsewhere.visits.values.sorted { $0.date < $1.date }.first)
        visit.notes = "Zmienione na drugim komputerze."
        try elsewhere.saveVisit(visit)
        let package = try elsewhere.packageRevisions(for: nil)
        other.close()

        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        #expect(file.coldFamilyCount == 8)
        let preview = file.mergePreview(package)
        #expect(preview.refusals.isEmpty && preview.revisions == 1, "\(preview.refusals)")
        let merged = try file.merge(package)
        #expect(merged.refusals.isEmpty && merged.revisions == 1)
        #expect(file.visit(visit.id)?.notes == "Zmienione na drugim komputerze.")
        store.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        #expect(replayed.integrity.isEmpty)
        #expect(replayed.visit(visit.id)?.notes == "Zmienione na drugim komputerze.")
    }

    @Test("a store's log-in holds no family's revisions: they are read back from its checkpoints, the same as a full re-admission's")
    func revisionsReadBack() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        #expect(file.coldFamilyCount == 8)
        #expect(file.coldFamiliesHeldInMemory == 0)
        // Asked for by name and by one pass over the account's checkpoints: the same.
        let families = Set(file.families.keys)
        let byName = store.openedCheckpoints(of: families, byNameUpTo: 64)
        #expect(byName.count == 8)
        #expect(store.openedCheckpoints(of: families, byNameUpTo: 0) == byName)
        // A card's visits come back from the checkpoint without its history.
        let visited = try #require(file.families.keys.max { file.visitFacts(of: $0).count < file.visitFacts(of: $1).count })
        let shown = file.visits(of: visited)
        #expect(!shown.isEmpty && file.coldFamilyCount == 8)
        let readBack = file.revisions
        #expect(file.coldFamilyCount == 0)
        store.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        #expect(shown == replayed.visits(of: visited))
        let whole = replayed.revisions
        #expect(readBack.count == whole.count)
        for (id, list) in whole {
            let other = try #require(readBack[id])
            #expect(other.map(\.id) == list.map(\.id))
            #expect(other.map(\.signature) == list.map(\.signature))
            #expect(other.map(\.previousLink) == list.map(\.previousLink))
            #expect(other.map(\.clock) == list.map(\.clock))
        }
    }

    @Test("a memory journal holds an encoded family's revisions itself (it cannot read checkpoints back)")
    func memoryJournalHoldsRevisions() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        defer { store.close() }
        let checkpoints = file.checkpoints(of: Set(file.families.keys))
        let elsewhere = try CaseFile(revisions: [], checkpoints: checkpoints, journal: MemoryJournal(), currentUser: file.currentUser,
                                     root: file.root)
        #expect(elsewhere.coldFamiliesHeldInMemory == 8)
        #expect(elsewhere.revisionCount == checkpoints.reduce(0) { $0 + $1.rows })
        let family = try #require(file.families.keys.first)
        #expect(elsewhere.revisions(of: family)?.map(\.id) == file.revisions(of: family)?.map(\.id))
        #expect(elsewhere.coldFamiliesHeldInMemory == 7)
    }

    @Test("an older checkpoint of the family put back while the program is open is not read back: it stands for other rows")
    func olderCheckpointPutBack() throws {
        let temp = try checkpoints.demoStore()
        var (store, file) = try checkpoints.open(temp, checkpoints: true)
        let visit = try #require(file.visits.values.sorted { $0.date < $1.date }.first)
        let scope = Scope.family(visit.familyID).raw
        let database = try DatabaseQueue(path: temp.path)
        let older = try #require(try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM checkpoint WHERE scope = ?", arguments: [scope])
        })
        var edited = visit
        edited.notes = "Po tej zmianie punkt kontrolny rodziny jest nowy."
        try file.saveVisit(edited)
        store.close()

        (store, file) = try checkpoints.open(temp, checkpoints: true)
        defer { store.close() }
        #expect(file.coldFamilyCount == 8)
        // Authentic (sealed by this account, bound to its own rows), but not what this log-in adopted.
        try database.write { db in
            try db.execute(sql: "UPDATE checkpoint SET rows = ?, last_seq = ?, sealed = ? WHERE user_id = ? AND scope = ?",
                           arguments: [older["rows"], older["last_seq"], older["sealed"], older["user_id"], scope])
        }
        try database.close()
        #expect(file.readBack([visit.familyID], withRevisions: true).isEmpty)
        let other = try #require(file.families.keys.first { $0 != visit.familyID })
        #expect(file.readBack([other], withRevisions: true)[other]?.revisions != nil)
    }
}
