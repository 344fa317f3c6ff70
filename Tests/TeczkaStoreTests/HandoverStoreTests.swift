import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 15: a family handed over reaches the new assistant whole (key and package) and is closed to the former one
/// for everything written after the handover.
@Suite("Handing a family over in a store")
struct HandoverStoreTests {
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
}
