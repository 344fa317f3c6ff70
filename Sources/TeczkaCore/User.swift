public enum UserRole: String, Codable, Sendable, CaseIterable {
    case asystent      // asystent rodziny
    case koordynator   // koordynator / kierownik
}

/// A person who logs in. Name and role live in an encrypted record; in clear the store knows only the user's id
/// (as the author of revisions and the owner of a key slot).
public struct UserAccount: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var name: String
    public var role: UserRole
    public var active: Bool
    /// The account's public signing key: every revision it writes is signed with the private half, which only its
    /// key slot holds. Absent in accounts of stores made before signatures, until a coordinator gives them one.
    public var signingKey: PublicSigningKey?
    /// The account's public agreement key: the keys of the families (and other scopes) it may read are wrapped for it.
    public var agreementKey: PublicAgreementKey?
    /// Periods of employment with their etat (`EmploymentPeriod`); nil when the centre has not recorded them (the
    /// account's records made before issue 15 have none, and their bodies stay as they were).
    public var employment: [EmploymentPeriod]?

    public init(id: RecordID = .make(), name: String, role: UserRole, active: Bool = true,
                signingKey: PublicSigningKey? = nil, agreementKey: PublicAgreementKey? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.active = active
        self.signingKey = signingKey
        self.agreementKey = agreementKey
    }

    /// A new account with its new keys: the public halves go into the account record, the private ones into the
    /// account's key slot (and nowhere else).
    public static func withNewKeys(id: RecordID = .make(), name: String, role: UserRole) -> (UserAccount, AccountKeys) {
        let keys = AccountKeys()
        return (UserAccount(id: id, name: name, role: role, signingKey: keys.signing.publicKey,
                            agreementKey: keys.agreement.publicKey), keys)
    }

    /// The etat in percent on `date`: nil when no employment is recorded, 0 outside every period.
    public func ftePercent(on date: LocalDate) -> Int? {
        guard let employment, !employment.isEmpty else { return nil }
        return employment.first { $0.contains(date) }?.ftePercent ?? 0
    }

    /// The account without its keys (as an export document holds it: keys never travel in a file).
    public var withoutKeys: UserAccount {
        var copy = self
        copy.signingKey = nil
        copy.agreementKey = nil
        return copy
    }
}

/// The private keys of one account: signing what it writes, receiving the keys of what it may read.
public struct AccountKeys: Sendable {
    public let signing: SigningKey
    public let agreement: AgreementKey

    public init(signing: SigningKey = SigningKey(), agreement: AgreementKey = AgreementKey()) {
        self.signing = signing
        self.agreement = agreement
    }
}

extension UserAccount {
    public static let minimumPassphraseLength = 8

    public static func validatePassphrase(_ passphrase: String, repeated: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if passphrase.count < minimumPassphraseLength {
            issues.append(.passphraseTooShort(minimum: minimumPassphraseLength))
        } else if passphrase != repeated {
            issues.append(.passphrasesDiffer)
        }
        return issues
    }
}

extension Sequence where Element == UserAccount {
    /// The accounts called `name` as it is typed on the command line: case, Polish letters and spaces around it do
    /// not matter.
    public func named(_ name: String) -> [UserAccount] {
        let wanted = PolishCollation.fold(name.trimmingCharacters(in: .whitespaces))
        return filter { PolishCollation.fold($0.name) == wanted }
    }
}
