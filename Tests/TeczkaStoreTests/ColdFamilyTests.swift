import Foundation
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
}
