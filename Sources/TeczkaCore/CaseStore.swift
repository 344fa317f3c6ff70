/// An account as listed on the log-in screen, before anything is decrypted.
public struct AccountLabel: Equatable, Sendable {
    public let userID: RecordID
    public let login: String
    public init(userID: RecordID, login: String) {
        self.userID = userID
        self.login = login
    }
}

/// What the UI needs from a store to create it or log in. `TeczkaStore` implements it over an encrypted file;
/// tests use an in-memory one.
public protocol CaseStore: AnyObject {
    /// Where the data lives, shown to the user.
    var location: String { get }
    var isInitialized: Bool { get }
    var accounts: [AccountLabel] { get }
    /// Creates the store with its first user. Throws `ValidationFailure` or `StoreProblem`.
    func initialize(name: String, role: UserRole, passphrase: String) throws -> CaseFile
    /// Opens the case file for an account. Throws `StoreProblem.wrongPassphrase` without touching any data.
    func unlock(userID: RecordID, passphrase: String) throws -> CaseFile
}
