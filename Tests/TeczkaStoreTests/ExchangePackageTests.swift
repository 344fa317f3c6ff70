import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Exchange package: sealing")
struct ExchangePackageTests {
    static let passphrase = "wspólne hasło przekazania"

    static func contents() throws -> PackageContents {
        let author = RecordID.make()
        let family = Family(label: "Wiśniewscy", address: "ul. Polna 3")
        let first = Revision(id: .make(), recordID: family.id, kind: .family, parent: nil,
                             timestamp: Date(timeIntervalSince1970: 1_795_000_000.123456), author: author,
                             body: try JSONEncoder().encode(family))
        let second = Revision(id: .make(), recordID: family.id, kind: .family, parent: first.id,
                              timestamp: Date(timeIntervalSince1970: 1_795_000_100.987654), author: author,
                              body: Data(#"{"label":"Wiśniewscy"}"#.utf8))
        return PackageContents(sourceStoreID: "store-a", catalogueID: "A", catalogueCodes: ["1", "2"],
                               createdAt: Date(timeIntervalSince1970: 1_795_000_200), createdBy: author, revisions: [first, second])
    }

    @Test("what is sealed opens with the same transfer passphrase, revisions bit for bit, and nothing is readable")
    func roundTrip() throws {
        let original = try Self.contents()
        let sealed = try ExchangePackage.seal(original, passphrase: Self.passphrase, cost: .testing)
        #expect(sealed.range(of: Data("Wiśniewscy".utf8)) == nil)
        #expect(sealed.range(of: Data("Polna".utf8)) == nil)
        let opened = try ExchangePackage.open(sealed, passphrase: Self.passphrase)
        #expect(opened == original)
    }

    @Test("another passphrase, a flipped byte anywhere, and a truncated file are all refused")
    func refusals() throws {
        let sealed = try ExchangePackage.seal(try Self.contents(), passphrase: Self.passphrase, cost: .testing)
        #expect(throws: PackageProblem.wrongPassphraseOrDamaged) { try ExchangePackage.open(sealed, passphrase: "inne hasło") }
        for offset in [20, sealed.count / 2, sealed.count - 1] {
            var altered = sealed
            altered[offset] ^= 0x01
            #expect(throws: PackageProblem.wrongPassphraseOrDamaged, "byte \(offset)") {
                try ExchangePackage.open(altered, passphrase: Self.passphrase)
            }
        }
        #expect(throws: PackageProblem.wrongPassphraseOrDamaged) {
            try ExchangePackage.open(sealed.prefix(sealed.count - 10), passphrase: Self.passphrase)
        }
        #expect(throws: PackageProblem.notAPackage) {
            try ExchangePackage.open(Data("rodzina;adres\n".utf8), passphrase: Self.passphrase)
        }
    }
}
