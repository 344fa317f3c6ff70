import Crypto
import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Threat 2 of the security brief: an assistant who can copy the office's file and knows her own passphrase writes a
/// script. It derives her passphrase key from the file's parameters, finds her slot by its tag, opens her identity,
/// unwraps every scope key addressed to her and tries each on every revision of the raw file.
@Suite("Need-to-know keys: what an assistant's passphrase opens in the raw office file")
struct NeedToKnowTests {
    static let ewa = "hasło kierowniczki 1", anna = "hasło Anny 2026", beata = "hasło Beaty 2026"

    /// The office: coordinator Ewa and assistant Anna.
    static func office(_ temp: TemporaryStore) throws -> (EncryptedStore, CaseFile, UserAccount) {
        let store = try EncryptedStore(path: temp.path, cost: .testing)
        let ewa = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: Self.ewa)
        return (store, ewa, try store.addUser(name: "Anna Nowak", role: .asystent, passphrase: Self.anna, by: ewa))
    }

    /// The scopes of the revisions her keys decrypt, and how many revisions could not be opened.
    static func script(_ path: String, passphrase: String) throws -> (opened: [Scope: Int], closed: Int) {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in
            let kdf = try #require(try EncryptedStore.readDerivation(db))
            let kek = try Sealing.deriveKey(passphrase: passphrase, salt: try #require(kdf.salt), cost: kdf.cost)
            let slot = try #require(try Row.fetchOne(db, sql: "SELECT * FROM account_slot WHERE tag = ?", arguments: [Sealing.slotTag(kek)]))
            let userID = RecordID(slot["user_id"])
            let identity = try #require(Sealing.openIdentity(slot["identity"], with: kek, userID: userID))
            let agreement = try #require(try identity.agreement())
            var keys: [SymmetricKey] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM scope_key WHERE recipient = ?", arguments: [userID.raw]) {
                if let key = Sealing.unwrap(scopeKey: row["wrapped"], ephemeral: row["ephemeral"], scope: Scope(raw: row["scope"]),
                                            epoch: row["epoch"], recipient: userID, with: agreement) { keys.append(key) }
            }
            var opened: [Scope: Int] = [:]
            var closed = 0
            for row in try Row.fetchAll(db, sql: "SELECT * FROM revision") {
                let scope = Scope(raw: row["scope"])
                var revision = Revision(id: RecordID(row["id"]), recordID: RecordID(row["record_id"]),
                                        kind: RecordKind(rawValue: row["kind"])!, parent: (row["parent"] as String?).map(RecordID.init),
                                        timestamp: Date(timeIntervalSince1970: row["created_at"]), author: RecordID(row["author"]), body: Data())
                revision.scope = scope
                let epoch: Int = row["key_epoch"]
                // Every key she has, on every row: not only the one the row names.
                if keys.contains(where: { (try? Sealing.open(row["body"], envelopeOf: revision, key: $0, epoch: epoch)) != nil }) {
                    opened[scope, default: 0] += 1
                } else {
                    closed += 1
                }
            }
            return (opened, closed)
        }
    }

    @Test("her passphrase opens her families, the shared one and the account records; nothing else; after unsharing, nothing new")
    func rawFile() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try Self.office(temp)
        let beata = try store.addUser(name: "Beata Lis", role: .asystent, passphrase: Self.beata, by: ewa)
        var families: [String: RecordID] = [:]
        for (label, assistant) in [("Wiśniewscy", anna), ("Zielińscy", beata), ("Kowalscy", beata), ("Nowakowie", nil)] {
            let family = try ewa.saveFamily(Family(label: label))
            try ewa.saveMember(Member(familyID: family.id, firstName: "Marta", lastName: label, role: .rodzic))
            if let assistant {
                try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
                try ewa.saveVisit(Visit(familyID: family.id, assistantID: assistant.id, date: LocalDate(year: 2026, month: 2, day: 2)!, notes: "Notatka."))
            }
            families[label] = family.id
        }
        try ewa.saveMeeting(TeamMeeting(date: LocalDate(year: 2026, month: 3, day: 3)!, participants: "Ewa, Anna, Beata",
                                        entries: [MeetingEntry(familyID: families["Zielińscy"]!, remarks: "Przemoc w rodzinie.")]))
        try ewa.share(families["Kowalscy"]!, with: [anna.id])
        store.close()

        let before = try Self.script(temp.path, passphrase: Self.anna)
        let hers: Set<Scope> = [.family(families["Wiśniewscy"]!), .family(families["Kowalscy"]!)]
        let familyScopes = Set(before.opened.keys.filter { $0.familyID != nil })
        #expect(familyScopes == hers, "exactly her family and the one shared with her")
        #expect(before.opened[.team] ?? 0 > 0 && before.opened[.settings] ?? 0 > 0, "the account records and settings she needs")
        #expect(before.opened[.meetings] == nil, "not the protocols")
        #expect(before.closed > 0)
        let total = try EncryptedStore(path: temp.path, cost: .testing).revisionCount()
        let others = try Self.script(temp.path, passphrase: Self.beata)
        #expect(!Set(others.opened.keys).contains(.family(families["Wiśniewscy"]!)))

        // Unshared: what is written in that family from now on is sealed under a key she never gets.
        let office = try EncryptedStore(path: temp.path, cost: .testing)
        let ewa2 = try office.unlock(passphrase: Self.ewa)
        try ewa2.share(families["Kowalscy"]!, with: [])
        var family = try #require(ewa2.families[families["Kowalscy"]!])
        family.notes = "Po cofnięciu udostępnienia."
        try ewa2.saveFamily(family)
        try ewa2.saveVisit(Visit(familyID: families["Kowalscy"]!, assistantID: beata.id, date: LocalDate(year: 2026, month: 4, day: 4)!, notes: "Nowa."))
        let written = try office.revisionCount() - total
        office.close()
        let after = try Self.script(temp.path, passphrase: Self.anna)
        #expect(after.opened[.family(families["Kowalscy"]!)] == before.opened[.family(families["Kowalscy"]!)],
                "what she could read before stays disclosed; nothing of the \(written) revisions written since opens")
        #expect(after.closed == before.closed + written)
        print("raw file, Anna's passphrase: before unsharing opened \(before.opened.values.reduce(0, +)) of \(total) revisions "
              + "(\(familyScopes.count) families, team \(before.opened[.team] ?? 0), settings \(before.opened[.settings] ?? 0), "
              + "history \(before.opened[.history] ?? 0)), closed \(before.closed); after unsharing, of the \(written) revisions "
              + "written since: opened \(after.opened.values.reduce(0, +) - before.opened.values.reduce(0, +))")

        // Her own program agrees: the family is gone from her lists.
        let again = try EncryptedStore(path: temp.path, cost: .testing)
        defer { again.close() }
        let annasFile = try again.unlock(passphrase: Self.anna)
        #expect(Set(annasFile.families.values.map(\.label)) == ["Wiśniewscy", "Kowalscy"], "the old version of Kowalscy stays readable")
        #expect(!annasFile.canSee(families["Kowalscy"]!))
        #expect(annasFile.integrity.isEmpty)
    }

    @Test("a family handed over: the new assistant reads its whole history, the former one nothing written after")
    func handover() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try Self.office(temp)
        let beata = try store.addUser(name: "Beata Lis", role: .asystent, passphrase: Self.beata, by: ewa)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        var cooperation = Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!)
        try ewa.saveCooperation(cooperation)
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: anna.id, date: LocalDate(year: 2026, month: 2, day: 2)!, notes: "Przed."))
        let before = try Self.script(temp.path, passphrase: Self.anna).opened[.family(family.id)] ?? 0
        #expect(try Self.script(temp.path, passphrase: Self.beata).opened[.family(family.id)] == nil)

        cooperation.assistantID = beata.id
        try ewa.saveCooperation(cooperation)
        try ewa.saveVisit(Visit(familyID: family.id, assistantID: beata.id, date: LocalDate(year: 2026, month: 3, day: 3)!, notes: "Po."))
        store.close()
        let annas = try Self.script(temp.path, passphrase: Self.anna).opened[.family(family.id)] ?? 0
        let beatas = try Self.script(temp.path, passphrase: Self.beata).opened[.family(family.id)] ?? 0
        #expect(annas == before, "what she read stays disclosed; the handover and the visit after it do not open")
        #expect(beatas == before + 2, "the new assistant reads everything, from the first version on")
    }

    @Test("an assistant's laptop set up from the office's package holds her families only, and keys for nothing else")
    func laptop() throws {
        let temp = TemporaryStore()
        let (office, ewa, anna) = try Self.office(temp)
        let beata = try office.addUser(name: "Beata Lis", role: .asystent, passphrase: Self.beata, by: ewa)
        for (label, assistant) in [("Wiśniewscy", anna), ("Zielińscy", beata)] {
            let family = try ewa.saveFamily(Family(label: label))
            try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        }
        let folder = TemporaryDirectory()
        let package = folder.file("dla-anny.teczka")
        try Exchange.export(ewa, store: office, to: package, transferPassphrase: "koperta 2026", for: anna, sinceLast: false)
        let laptopPath = folder.file("laptop.sqlite")
        let laptop = try EncryptedStore(path: laptopPath, cost: .testing)
        let contents = try laptop.readPackage(at: package, transferPassphrase: "koperta 2026")
        _ = try laptop.setUp(from: contents, as: anna, passphrase: Self.anna)
        laptop.close()
        let (opened, closed) = try Self.script(laptopPath, passphrase: Self.anna)
        #expect(opened.keys.compactMap(\.familyID).count == 1 && closed == 0, "her family, and nothing she cannot read")
        let wrapped = try DatabaseQueue(path: laptopPath).read { db in
            try Set(String.fetchAll(db, sql: "SELECT DISTINCT scope FROM scope_key")) }
        #expect(!wrapped.contains { wrappedScope in ewa.families.values.contains { $0.label == "Zielińscy" && $0.id.raw == wrappedScope } })
    }

    @Test("her wrap of one family copied onto another family's rows opens nothing of that family")
    func movedWrap() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try Self.office(temp)
        let beata = try store.addUser(name: "Beata Lis", role: .asystent, passphrase: Self.beata, by: ewa)
        let hers = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        try ewa.saveCooperation(Cooperation(familyID: hers.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        let other = try ewa.saveFamily(Family(label: "Zielińscy"))
        try ewa.saveCooperation(Cooperation(familyID: other.id, assistantID: beata.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        store.close()
        // Anna edits the file: her wrap of Wiśniewscy's key, relabelled as a wrap of Zielińscy's for her.
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in
            try db.execute(sql: """
                INSERT INTO scope_key (scope, epoch, recipient, recipient_key, ephemeral, wrapped)
                SELECT ?, epoch, recipient, recipient_key, ephemeral, wrapped FROM scope_key WHERE scope = ? AND recipient = ?
                """, arguments: [other.id.raw, hers.id.raw, anna.id.raw])
        }
        try db.close()
        let (opened, _) = try Self.script(temp.path, passphrase: Self.anna)
        #expect(opened[.family(other.id)] == nil, "the wrap is bound to its scope: it unwraps nothing for another family")
        let again = try EncryptedStore(path: temp.path, cost: .testing)
        defer { again.close() }
        let annas = try again.unlock(passphrase: Self.anna)
        #expect(annas.families[other.id] == nil && annas.families[hers.id] != nil)
    }

    @Test("a coordinator's wrap removed from the file: the check at log-in names the revisions it no longer opens")
    func wrapRemoved() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try Self.office(temp)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        #expect(try store.unlock(passphrase: Self.ewa).integrity.isEmpty)
        store.close()
        let db = try DatabaseQueue(path: temp.path)
        try db.write { db in
            try db.execute(sql: "DELETE FROM scope_key WHERE scope = ? AND recipient = ?", arguments: [family.id.raw, ewa.currentUser.id.raw])
        }
        try db.close()
        let again = try EncryptedStore(path: temp.path, cost: .testing)
        defer { again.close() }
        let coordinator = try again.unlock(passphrase: Self.ewa)
        #expect(coordinator.families[family.id] == nil)
        #expect(coordinator.integrity.map(\.reason) == [.keyMissing, .keyMissing], "the family and its cooperation")
        #expect(coordinator.integrity.allSatisfy { $0.familyID == family.id })
        // Anna still reads it, and an assistant is never told about families that are not hers.
        #expect(try again.unlock(passphrase: Self.anna).families[family.id] != nil)
    }

    @Test("a deactivated account's scopes get new keys; a reset account reads with its new key only")
    func deactivationAndReset() throws {
        let temp = TemporaryStore()
        let (store, ewa, anna) = try Self.office(temp)
        let family = try ewa.saveFamily(Family(label: "Wiśniewscy"))
        try ewa.saveCooperation(Cooperation(familyID: family.id, assistantID: anna.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        let epochsBefore = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(epoch) FROM scope_key WHERE scope = ?", arguments: [family.id.raw]) }
        try store.resetAccount(anna.id, passphrase: "nowe hasło Anny 1", by: ewa)
        let epochsAfter = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(epoch) FROM scope_key WHERE scope = ?", arguments: [family.id.raw]) }
        #expect(epochsAfter == (epochsBefore ?? 0) + 1, "her old key may be in someone's hands: the family gets a new one")
        let annasFile = try store.unlock(passphrase: "nowe hasło Anny 1")
        #expect(annasFile.families[family.id]?.label == "Wiśniewscy", "with the new key she reads its whole history")
        let coordinator = try store.unlock(passphrase: Self.ewa)
        try store.deactivate(anna.id, by: coordinator)
        let teamKeys = try DatabaseQueue(path: temp.path).read { db in
            try Row.fetchAll(db, sql: "SELECT epoch, recipient FROM scope_key WHERE scope = 'zespol' ORDER BY epoch") }
        let newest = try #require(teamKeys.map { $0["epoch"] as Int }.max())
        #expect(!teamKeys.contains { ($0["epoch"] as Int) == newest && ($0["recipient"] as String) == anna.id.raw })
        store.close()
    }
}
