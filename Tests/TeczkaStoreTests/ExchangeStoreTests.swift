import Foundation
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Exchange between two encrypted stores")
struct ExchangeStoreTests {
    static let transfer = "hasło przekazania 2026"

    /// The assistant's laptop and the supervisor's computer: two stores, two data keys, two accounts.
    final class Pair {
        let folder = TemporaryDirectory()
        let laptop: EncryptedStore
        let office: EncryptedStore
        let anna: CaseFile
        let ewa: CaseFile

        /// The office is made by the coordinator, who adds Anna's account; Anna's laptop is set up from the office's
        /// package for her (as `teczka exchange import --as` does), so both stores trust the same root.
        init() throws {
            laptop = try EncryptedStore(path: folder.file("laptop.sqlite"), cost: .testing)
            office = try EncryptedStore(path: folder.file("office.sqlite"), cost: .testing)
            ewa = try office.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: "hasło kierowniczki")
            let account = try office.addUser(name: "Anna Nowak", role: .asystent, passphrase: TemporaryStore.passphrase, by: ewa)
            let setUp = folder.file("na-laptop.teczka")
            try Exchange.export(ewa, store: office, to: setUp, transferPassphrase: ExchangeStoreTests.transfer, for: account, sinceLast: true)
            let contents = try laptop.readPackage(at: setUp, transferPassphrase: ExchangeStoreTests.transfer)
            anna = try laptop.setUp(from: contents, as: account, passphrase: TemporaryStore.passphrase)
        }

        func package(_ name: String) -> String { folder.file(name) }
    }

    @Test("packages go back and forth; the same package twice adds nothing; a concurrent edit is a conflict with both kept")
    func backAndForth() throws {
        let p = try Pair()
        let family = try p.anna.saveFamily(Family(label: "Wiśniewscy", address: "ul. Polna 3"))
        let toOffice = p.package("do-biura.teczka")
        #expect(try Exchange.export(p.anna, store: p.laptop, to: toOffice, transferPassphrase: Self.transfer, for: nil, sinceLast: true) > 0)
        let bytes = try #require(FileManager.default.contents(atPath: toOffice))
        #expect(bytes.range(of: Data("Wiśniewscy".utf8)) == nil && bytes.range(of: Data("Polna".utf8)) == nil)

        let (contents, preview) = try Exchange.open(p.ewa, store: p.office, at: toOffice, transferPassphrase: Self.transfer)
        #expect(preview.byAuthor["Anna Nowak"]?[.family] == 1)
        try p.ewa.merge(contents.revisions)
        #expect(p.ewa.families[family.id]?.address == "ul. Polna 3")
        #expect(try Exchange.open(p.ewa, store: p.office, at: toOffice, transferPassphrase: Self.transfer).preview.isEmpty)

        // Both change the address; each sends the other what is new since the last package.
        var onLaptop = p.anna.families[family.id]!
        onLaptop.address = "ul. Leśna 8"
        try p.anna.saveFamily(onLaptop)
        var inOffice = p.ewa.families[family.id]!
        inOffice.address = "ul. Łąkowa 1"
        try p.ewa.saveFamily(inOffice)
        let toLaptop = p.package("do-laptopa.teczka")
        try Exchange.export(p.ewa, store: p.office, to: toLaptop, transferPassphrase: Self.transfer, for: p.ewa.users[p.anna.currentUser.id], sinceLast: true)
        let back = try p.anna.merge(try Exchange.open(p.anna, store: p.laptop, at: toLaptop, transferPassphrase: Self.transfer).contents.revisions)
        #expect(back.conflicts == [family.id])
        try Exchange.export(p.anna, store: p.laptop, to: toOffice, transferPassphrase: Self.transfer, for: nil, sinceLast: true)
        let again = try Exchange.open(p.ewa, store: p.office, at: toOffice, transferPassphrase: Self.transfer)
        #expect(again.contents.revisions.count < contents.revisions.count + 3, "only what is new since the last package")
        try p.ewa.merge(again.contents.revisions)

        // After closing and opening again, both stores still hold both versions and show the conflict.
        p.laptop.close()
        p.office.close()
        for (path, passphrase) in [(p.folder.file("laptop.sqlite"), TemporaryStore.passphrase), (p.folder.file("office.sqlite"), "hasło kierowniczki")] {
            let store = try EncryptedStore(path: path, cost: .testing)
            let file = try store.unlock(passphrase: passphrase)
            #expect(file.conflicts.map(\.recordID) == [family.id])
            #expect(Set(file.conflicts[0].heads.compactMap { try? JSONDecoder().decode(Family.self, from: $0.body).address })
                    == ["ul. Leśna 8", "ul. Łąkowa 1"])
            #expect(file.brokenReferences().isEmpty)
            store.close()
        }
    }

    @Test("another transfer passphrase, a flipped byte, and a store with another catalogue are refused; nothing is added")
    func refusals() throws {
        let p = try Pair()
        try p.anna.saveFamily(Family(label: "Kowalscy"))
        let path = p.package("pakiet.teczka")
        try Exchange.export(p.anna, store: p.laptop, to: path, transferPassphrase: Self.transfer, for: nil, sinceLast: false)
        let before = try p.office.revisionCount()
        #expect(throws: PackageProblem.wrongPassphraseOrDamaged) {
            try Exchange.open(p.ewa, store: p.office, at: path, transferPassphrase: "zupełnie inne hasło")
        }
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0x20
        let altered = p.package("zmieniony.teczka")
        try bytes.write(to: URL(fileURLWithPath: altered))
        #expect(throws: PackageProblem.wrongPassphraseOrDamaged) {
            try Exchange.open(p.ewa, store: p.office, at: altered, transferPassphrase: Self.transfer)
        }
        let mielec = try EncryptedStore(path: p.folder.file("mielec.sqlite"), cost: .testing)
        let jan = try mielec.initialize(name: "Jan Mielecki", role: .koordynator, passphrase: "hasło z Mielca",
                                        settings: StoreSettings(catalogue: .mielec))
        let mielecBefore = try mielec.revisionCount()
        #expect(throws: ExchangeProblem.otherCatalogue(mine: "B", theirs: "A")) {
            try Exchange.open(jan, store: mielec, at: path, transferPassphrase: Self.transfer)
        }
        #expect(try p.office.revisionCount() == before)
        #expect(try mielec.revisionCount() == mielecBefore)
    }
}
