import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 15 in a real store: anonymising leaves no copy of the bodies as written in the file — neither their sealed
/// bytes in free pages nor the account checkpoints that held the family's documents — and every account opens the
/// store again with every signature verified.
@Suite("Anonymisation in a store")
struct AnonymisationStoreTests {
    @Test("the old sealed bodies and the family's checkpoints are gone from the file; both accounts open it cleanly")
    func nothingLeftBehind() throws {
        let temp = TemporaryStore()
        let (office, ewa, anna) = try NeedToKnowTests.office(temp)
        var settings = ewa.settings
        settings.retentionYears = 1
        try ewa.saveSettings(settings)
        let family = try ewa.saveFamily(Family(label: "Kowalscy", address: "ul. Lipowa 3", notes: "Długi za czynsz."))
        try ewa.saveMember(Member(familyID: family.id, firstName: "Zofia", lastName: "Kowalska", role: .rodzic, pesel: "90090515836"))
        var cooperation = Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2018, month: 1, day: 8)!)
        cooperation.end = LocalDate(year: 2019, month: 6, day: 30)
        cooperation.endReason = .celeOsiagniete
        try ewa.saveCooperation(cooperation, confirmed: true)
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: anna.id, date: LocalDate(year: 2018, month: 2, day: 1)!,
                                notes: "Rozmowa o długach."), confirmed: true)
        office.close()
        for _ in 0..<2 {  // Anna's first log-in writes her checkpoint of the family, the second reads it
            let store = try EncryptedStore(path: temp.path, cost: .testing)
            #expect(try store.unlock(passphrase: NeedToKnowTests.anna).families[family.id]?.label == "Kowalscy")
            store.close()
        }
        let sealedBefore = try rows(temp.path, family.id)
        #expect(try checkpoints(temp.path, family.id) > 0)

        let store = try EncryptedStore(path: temp.path, cost: .testing)
        let file = try store.unlock(passphrase: NeedToKnowTests.ewa)
        let summary = try file.anonymise(family.id)
        store.close()

        let sealedAfter = try rows(temp.path, family.id)
        let replaced = sealedAfter.filter { $0.redacted }.map(\.id)
        #expect(replaced.count == summary.revisions && summary.revisions == 3, "the family, the person and the visit (the cooperation holds no text)")
        let bytes = temp.allBytes()
        for row in sealedBefore where replaced.contains(row.id) {
            #expect(bytes.range(of: row.body) == nil, "the body as written of \(row.id) is not left in the file")
        }
        #expect(try checkpoints(temp.path, family.id) == 0)

        for passphrase in [NeedToKnowTests.ewa, NeedToKnowTests.anna, NeedToKnowTests.anna] {
            let store = try EncryptedStore(path: temp.path, cost: .testing)
            let file = try store.unlock(passphrase: passphrase)
            #expect(file.integrity.isEmpty)
            #expect(file.families[family.id]?.label == "Zanonimizowana \(family.id.short)")
            #expect(file.members(of: family.id).allSatisfy { $0.pesel == nil && $0.lastName == "(zanonimizowano)" })
            #expect(try file.withBodies(file.revisions.values.joined().filter { $0.scope == .family(family.id) }).allSatisfy {
                !String(decoding: $0.body, as: UTF8.self).contains("ługi")
            })
            store.close()
        }
        #expect(try checkpoints(temp.path, family.id) == 0, "an anonymised family is re-admitted from its rows at each log-in")
    }

    func rows(_ path: String, _ family: RecordID) throws -> [(id: String, body: Data, redacted: Bool)] {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in
            try Row.fetchAll(db, sql: "SELECT id, body, redacted_from FROM revision WHERE scope = ?", arguments: [family.raw])
                .map { ($0["id"], $0["body"], ($0["redacted_from"] as Data?) != nil) }
        }
    }

    func checkpoints(_ path: String, _ family: RecordID) throws -> Int {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checkpoint WHERE scope = ?", arguments: [family.raw]) ?? 0 }
    }
}
