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

    public init(id: RecordID = .make(), name: String, role: UserRole, active: Bool = true,
                signingKey: PublicSigningKey? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.active = active
        self.signingKey = signingKey
    }

    /// A new account with a new key pair: the public half goes into the account record, the private half into the
    /// account's key slot (and nowhere else).
    public static func withNewKey(id: RecordID = .make(), name: String, role: UserRole) -> (UserAccount, SigningKey) {
        let key = SigningKey()
        return (UserAccount(id: id, name: name, role: role, signingKey: key.publicKey), key)
    }

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
