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

    public init(id: RecordID = .make(), name: String, role: UserRole, active: Bool = true) {
        self.id = id
        self.name = name
        self.role = role
        self.active = active
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
