import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 15 in a real store: a family handed over reaches the new assistant whole (key and package) and is closed to
/// the former one for everything written after the handover; the coordinator's charge notes survive an assistant's
/// log-in from her checkpoint and her edit of the placement.
@Suite("Handovers and co-financing in a store")
struct CentreObligationsStoreTests {
    @Test("the new assistant's package carries the family with its whole history; the former one reads nothing written after")
    func handover() throws {
        let temp = TemporaryStore()
        let (office, ewa, anna) = try NeedToKnowTests.office(temp)
        let beata = try office.addUser(name: "Beata Lis", role: .asystent, passphrase: NeedToKnowTests.beata, by: ewa)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        let cooperation = try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: anna.id, date: LocalDate(year: 2026, month: 2, day: 2)!, notes: "Przed."))
        let annasBefore = try NeedToKnowTests.script(temp.path, passphrase: NeedToKnowTests.anna).opened[.family(family.id)] ?? 0

        try ewa.handOver(cooperation.id, to: beata.id, from: LocalDate(year: 2026, month: 6, day: 1)!)
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: beata.id, date: LocalDate(year: 2026, month: 6, day: 3)!, notes: "Po."))
        let rows = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE scope = ?", arguments: [family.id.raw]) ?? 0 }

        #expect(try NeedToKnowTests.script(temp.path, passphrase: NeedToKnowTests.anna).opened[.family(family.id)] == annasBefore)
        #expect(try NeedToKnowTests.script(temp.path, passphrase: NeedToKnowTests.beata).opened[.family(family.id)] == rows)

        let folder = TemporaryDirectory()
        let package = folder.file("dla-beaty.teczka")
        try Exchange.export(ewa, store: office, to: package, transferPassphrase: "koperta 2026", for: beata, sinceLast: false)
        office.close()
        let laptopPath = folder.file("laptop.sqlite")
        let laptop = try EncryptedStore(path: laptopPath, cost: .testing)
        let contents = try laptop.readPackage(at: package, transferPassphrase: "koperta 2026")
        let file = try laptop.setUp(from: contents, as: beata, passphrase: NeedToKnowTests.beata)
        defer { laptop.close() }
        #expect(file.visits(of: family.id).map(\.notes) == ["Po.", "Przed."])
        #expect(file.cooperations[cooperation.id]?.handovers?.map(\.to) == [beata.id])
        #expect(file.integrity.isEmpty)
    }

    @Test("after a log-in from her checkpoint, the assistant edits a placement with the coordinator's notes: let in, the notes kept")
    func placementAfterCheckpoint() throws {
        let temp = TemporaryStore()
        let (office, ewa, anna) = try NeedToKnowTests.office(temp)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        let child = try ewa.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Wiśniewska", role: .dziecko))
        var placement = Placement(familyID: family.id, childID: child.id, form: .rzs, start: LocalDate(year: 2026, month: 2, day: 1)!)
        placement.powiat = "Powiat wrocławski"
        placement.charges = [FosterCharge(month: LocalDate(year: 2026, month: 2, day: 1)!, amount: 45_000)]
        try ewa.savePlacement(placement)
        office.close()
        for _ in 0..<2 {  // the first log-in writes her checkpoint, the second reads it
            let store = try EncryptedStore(path: temp.path, cost: .testing)
            let file = try store.unlock(passphrase: NeedToKnowTests.anna)
            #expect(file.placements[placement.id]?.charges?.count == 1)
            store.close()
        }
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        defer { store.close() }
        let file = try store.unlock(passphrase: NeedToKnowTests.anna)
        var edited = try #require(file.placements[placement.id])
        edited.note = "Kontakt z rodziną zastępczą."
        try file.savePlacement(edited)
        edited.charges = []
        #expect(throws: AuthorityProblem.self) { try file.savePlacement(edited) }
        #expect(file.placements[placement.id]?.charges?.count == 1)
    }
}
