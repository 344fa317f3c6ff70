import Foundation
import GRDB
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

/// Stores and packages written by the previous release (format 2: signed revisions under one data key,
/// `Tests/Fixtures/format2/`) opened by this one, which seals each scope under its own key.
@Suite("Migration of a store of format 2 to need-to-know keys", .serialized)
struct KeyMigrationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/format2")
    static let ewa = "Hasło Ewy 2026", annaNowak = "Hasło Anny 2026", kaminska = "Hasło Kamińskiej 2026"
    static let transfer = "koperta 2026"

    func copy(_ name: String, in folder: TemporaryDirectory) throws -> String {
        try OldRelease.copy("format2/" + name, in: folder)
    }

    /// Each revision's id with its signature, straight from the file.
    func signatures(_ path: String) throws -> [String: Data] {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, signature FROM revision").map { ($0["id"], $0["signature"]) })
        }
    }

    func count(_ sql: String, in path: String) throws -> Int {
        let db = try DatabaseQueue(path: path)
        defer { try? db.close() }
        return try db.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    @Test("the coordinator's first log-in seals every revision under its scope's key; signatures, data and history stay")
    func coordinatorMoves() throws {
        let folder = TemporaryDirectory()
        let path = try copy("biuro.sqlite", in: folder)
        let before = try signatures(path)
        let store = try EncryptedStore(path: path, cost: .testing)
        let file = try store.unlock(passphrase: Self.ewa)
        #expect(file.integrity.isEmpty && file.canSign)
        #expect(file.users[file.currentUser.id]?.agreementKey != nil)
        #expect(file.transferHistory.contains { $0.log.direction == .klucze && $0.log.counts["revisions"] == before.count })
        let export = try Data(contentsOf: Self.fixtures.appendingPathComponent("biuro-eksport.json"))
        #expect(try file.transferDocument().encoded() == export, "the same data as the previous release exported")
        store.close()

        let after = try signatures(path)
        #expect(before.allSatisfy { after[$0.key] == $0.value }, "every revision keeps its signature")
        #expect(try count("SELECT COUNT(*) FROM revision WHERE key_epoch IS NULL", in: path) == 0)
        #expect(try count("SELECT COUNT(*) FROM key_slot", in: path) == 2, "the assistants' old slots wait for them")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("backups")).contains { $0.hasPrefix("biuro-przed-kluczami-") })

        let again = try EncryptedStore(path: path, cost: .testing)
        defer { again.close() }
        let reopened = try again.unlock(passphrase: Self.ewa)
        #expect(try reopened.integrity.isEmpty && reopened.verifyEverySignature().isEmpty)
        #expect(reopened.transferHistory.filter { $0.log.direction == .klucze }.count == 1)
    }

    @Test("an assistant moves her slot at her first log-in, gets her keys at the coordinator's next, then reads only hers")
    func assistantsAskForKeys() throws {
        let folder = TemporaryDirectory()
        let path = try copy("biuro.sqlite", in: folder)
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        #expect(throws: StoreProblem.awaitingCoordinator) { try store.unlock(passphrase: Self.kaminska) }
        _ = try store.unlock(passphrase: Self.ewa)
        #expect(throws: StoreProblem.awaitingKeys) { try store.unlock(passphrase: Self.kaminska) }
        #expect(throws: StoreProblem.awaitingKeys) { try store.unlock(passphrase: Self.kaminska) }
        #expect(throws: StoreProblem.awaitingKeys) { try store.unlock(passphrase: Self.annaNowak) }
        #expect(try count("SELECT COUNT(*) FROM key_slot", in: path) == 0, "both slots re-stretched")
        #expect(try count("SELECT COUNT(*) FROM key_request", in: path) == 2)
        #expect(throws: StoreProblem.wrongPassphrase) { try store.unlock(passphrase: "Hasło Kamińskiej 2025") }

        let ewa = try store.unlock(passphrase: Self.ewa)
        #expect(try count("SELECT COUNT(*) FROM key_request", in: path) == 0)
        #expect(ewa.users.values.allSatisfy { $0.agreementKey != nil })
        let kaminska = try store.unlock(passphrase: Self.kaminska)
        #expect(kaminska.canSign && kaminska.integrity.isEmpty && kaminska.families.count == 6)
        let nowak = try store.unlock(passphrase: Self.annaNowak)
        #expect(nowak.families.isEmpty, "no family is Anna Nowak's")
        try kaminska.saveFamily(Family(label: "Nowa rodzina"))
        #expect(try store.unlock(passphrase: Self.ewa).integrity.isEmpty)

        // Her passphrase against the raw file: her families and the account records, no protocol of the team.
        let (opened, closed) = try NeedToKnowTests.script(path, passphrase: Self.kaminska)
        #expect(opened.keys.filter { $0.familyID != nil }.count == 7)
        #expect(opened[.meetings] == nil && closed > 0)
    }

    @Test("a request that is not the account's own is dropped; the account waits for a reset, and gets one")
    func forgedRequest() throws {
        let folder = TemporaryDirectory()
        let path = try copy("biuro.sqlite", in: folder)
        let store = try EncryptedStore(path: path, cost: .testing)
        defer { store.close() }
        _ = try store.unlock(passphrase: Self.ewa)
        #expect(throws: StoreProblem.awaitingKeys) { try store.unlock(passphrase: Self.annaNowak) }
        // A colleague with the file swaps in her own agreement key, keeping Anna's signature.
        let attacker = AgreementKey()
        let db = try DatabaseQueue(path: path)
        try db.write { db in try db.execute(sql: "UPDATE key_request SET agreement_key = ?", arguments: [attacker.publicKey.rawRepresentation]) }
        try db.close()
        let ewa = try store.unlock(passphrase: Self.ewa)
        let nowak = try #require(ewa.users.values.first { $0.name == "Anna Nowak" })
        #expect(nowak.agreementKey == nil, "nothing is wrapped for the swapped key")
        #expect(try count("SELECT COUNT(*) FROM scope_key WHERE recipient_key = x'\(attacker.publicKey.rawRepresentation.hex)'", in: path) == 0)
        #expect(try count("SELECT COUNT(*) FROM key_request", in: path) == 0)
        #expect(throws: StoreProblem.awaitingReset) { try store.unlock(passphrase: Self.annaNowak) }
        let coordinator = try store.unlock(passphrase: Self.ewa)
        #expect(store.accountsWithoutKey(in: coordinator).map(\.name) == ["Anna Nowak"], "Anna Kamińska will ask herself")
        try store.resetAccount(nowak.id, passphrase: "Nowe hasło Anny 1", by: coordinator)
        #expect(try store.unlock(passphrase: "Nowe hasło Anny 1").canSign)
    }

    @Test("the laptop moves itself; her work there reaches the moved office, whose keys for her are the same")
    func laptopMovesItself() throws {
        let folder = TemporaryDirectory()
        let laptopPath = try copy("laptop.sqlite", in: folder)
        let laptop = try EncryptedStore(path: laptopPath, cost: .testing)
        defer { laptop.close() }
        let anna = try laptop.unlock(passphrase: Self.kaminska)
        #expect(anna.integrity.isEmpty && anna.canSign && anna.families.count == 6)
        let mine = try #require(anna.users[anna.currentUser.id]?.agreementKey)
        let family = try #require(anna.families.values.first)
        var changed = family
        changed.address = "ul. Nowa 1"
        try anna.saveFamily(changed)

        let officePath = try copy("biuro.sqlite", in: folder)
        let office = try EncryptedStore(path: officePath, cost: .testing)
        defer { office.close() }
        _ = try office.unlock(passphrase: Self.ewa)
        #expect(throws: StoreProblem.awaitingKeys) { try office.unlock(passphrase: Self.kaminska) }
        let ewa = try office.unlock(passphrase: Self.ewa)
        #expect(ewa.users[anna.currentUser.id]?.agreementKey == mine, "the office gave her the key her laptop made")

        let package = folder.file("z-laptopa.teczka")
        #expect(try Exchange.export(anna, store: laptop, to: package, transferPassphrase: Self.transfer, for: nil, sinceLast: false) > 0)
        let contents = try office.readPackage(at: package, transferPassphrase: Self.transfer)
        let merged = try ewa.merge(contents.revisions)
        #expect(merged.conflicts.isEmpty, "her publication and the grant name the same key")
        #expect(merged.refusals.isEmpty, "\(merged.refusals.map { "\($0.kind) \($0.reason)" })")
        #expect(ewa.families[family.id]?.address == "ul. Nowa 1")
        let atOffice = try office.unlock(passphrase: Self.kaminska)
        #expect(atOffice.families[family.id]?.address == "ul. Nowa 1" && atOffice.integrity.isEmpty)
    }

    @Test("packages of format 2: the laptop's brings nothing new; the office's sets up a laptop with this program")
    func oldPackages() throws {
        let folder = TemporaryDirectory()
        let office = try EncryptedStore(path: try copy("biuro.sqlite", in: folder), cost: .testing)
        defer { office.close() }
        let ewa = try office.unlock(passphrase: Self.ewa)
        let fromLaptop = try office.readPackage(at: Self.fixtures.appendingPathComponent("z-laptopa.teczka").path, transferPassphrase: Self.transfer)
        #expect(ewa.mergePreview(fromLaptop.revisions).isEmpty && ewa.mergePreview(fromLaptop.revisions).refusals.isEmpty)

        let laptop = try EncryptedStore(path: folder.file("nowy-laptop.sqlite"), cost: .testing)
        defer { laptop.close() }
        let forHer = try laptop.readPackage(at: Self.fixtures.appendingPathComponent("dla-kaminskiej.teczka").path, transferPassphrase: Self.transfer)
        let account = try #require(forHer.accounts().first { $0.name == "Anna Kamińska" })
        let anna = try laptop.setUp(from: forHer, as: account, passphrase: Self.kaminska)
        #expect(anna.integrity.isEmpty && anna.canSign && anna.families.count == 6)
        laptop.close()
        let reopened = try EncryptedStore(path: folder.file("nowy-laptop.sqlite"), cost: .testing)
        defer { reopened.close() }
        #expect(try reopened.unlock(passphrase: Self.kaminska).families.count == 6)
    }
}

extension Data {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
