import Foundation
import TeczkaCore

extension SigningKey {
    /// A key made from the account's id, so that a test can open a case file again as the same account without
    /// passing keys around. Test code only: a real account's key is random and lives in its key slot.
    public static func forTests(_ id: RecordID) -> SigningKey {
        var seed = Data(("teczka-test|" + id.raw).utf8.suffix(32))
        while seed.count < 32 { seed.append(0x5A) }
        return try! SigningKey(rawRepresentation: seed)
    }
}

extension AgreementKey {
    /// The account's test agreement key, made from its id like `SigningKey.forTests`.
    public static func forTests(_ id: RecordID) -> AgreementKey {
        var seed = Data(("teczka-agree|" + id.raw).utf8.suffix(32))
        while seed.count < 32 { seed.append(0xA5) }
        return try! AgreementKey(rawRepresentation: seed)
    }
}

extension UserAccount {
    /// An account whose record names its test keys (`SigningKey.forTests`, `AgreementKey.forTests`).
    public static func test(_ name: String, _ role: UserRole, id: RecordID = .make(), active: Bool = true) -> UserAccount {
        UserAccount(id: id, name: name, role: role, active: active, signingKey: SigningKey.forTests(id).publicKey,
                    agreementKey: AgreementKey.forTests(id).publicKey)
    }
}

extension CaseFile {
    /// A case file of `user` signing with their test key; the root is the first signer of `revisions` with their test
    /// key (or `user` when there are none), as a store pins the coordinator who created it.
    public static func test(_ revisions: [Revision] = [], journal: RevisionJournal, as user: UserAccount,
                            clock: @escaping () -> Date = Date.init) throws -> CaseFile {
        let founder = revisions.first(where: \.isSigned)?.signer ?? user.id
        return try CaseFile(revisions: revisions, journal: journal, currentUser: user, signingKey: .forTests(user.id),
                            root: RootOfTrust(userID: founder, key: SigningKey.forTests(founder).publicKey), clock: clock)
    }
}
