import Foundation
/// What the UI needs from a store to create it or log in. `TeczkaStore` implements it over an encrypted file;
/// tests use an in-memory one.
///
/// There is no list of accounts before log-in: the store keeps no user names in clear, so the passphrase itself
/// finds the account (each user has their own key slot; see Docs/store.md).
public protocol CaseStore: AnyObject {
    /// Where the data lives, shown to the user.
    var location: String { get }
    var isInitialized: Bool { get }
    /// Creates the store with its first user and the centre's settings (the problem catalogue cannot change
    /// later except by retiring entries). Throws `ValidationFailure` or `StoreProblem`.
    func initialize(name: String, role: UserRole, passphrase: String, settings: StoreSettings) throws -> CaseFile
    /// Opens the case file of the account this passphrase belongs to. Throws `StoreProblem.wrongPassphrase`
    /// without touching any data.
    func unlock(passphrase: String) throws -> CaseFile
    /// Adds an account with its own passphrase (coordinators only); refuses a passphrase another account uses.
    func addUser(name: String, role: UserRole, passphrase: String, by file: CaseFile) throws -> UserAccount
    /// Replaces the current user's passphrase.
    func changePassphrase(to passphrase: String, for file: CaseFile) throws
    /// A coordinator gives another account a new passphrase and a new signing key.
    func resetAccount(_ userID: RecordID, passphrase: String, by file: CaseFile) throws
    /// Deactivates an account; its passphrase stops opening the store.
    func deactivate(_ userID: RecordID, by file: CaseFile) throws
    /// Writes a printed document (readable by the owner only) beside the store; returns its path.
    func writeDocument(named name: String, contents: String) throws -> String
    /// The same for a binary document (a spreadsheet workbook).
    func writeDocument(named name: String, data: Data) throws -> String

    // Exchange between stores (Docs/store.md, "Exchange packages").
    /// The id every copy of this store shares; packages name the store they come from.
    func exchangeStoreID() throws -> String
    /// Seals revisions into a package file with a transfer passphrase (complete or absent, owner-only).
    func writePackage(_ contents: PackageContents, to path: String, transferPassphrase: String) throws
    /// Opens a package; throws `PackageProblem` for a foreign, altered or truncated file or another passphrase.
    func readPackage(at path: String, transferPassphrase: String) throws -> PackageContents
    /// Ids of the revisions written or merged here since the last package made for `recipient`; nil when no
    /// package was made for them yet (then everything goes).
    func revisionsSinceLastPackage(for recipient: String) throws -> Set<RecordID>?
    /// Remembers that everything written so far went into a package for `recipient`.
    func recordPackageMade(for recipient: String) throws
    /// The account's sealed identity (signing key and root of trust) for a package to that account (`--as`).
    func sealedIdentity(of userID: RecordID) throws -> PackedIdentity?
    /// Whether the passphrase opens this account's key slot (the idle lock asks for it; one key derivation).
    func verifyPassphrase(_ passphrase: String, of userID: RecordID) -> Bool

    // An unsaved form kept when the program is stopped (a closed terminal, SIGTERM), for its account alone.
    /// Keeps the account's draft (one per account; a later one replaces it).
    func saveDraft(_ draft: Data, for file: CaseFile) throws
    /// The account's draft, if one was kept.
    func loadDraft(for file: CaseFile) throws -> Data?
    func discardDraft(for file: CaseFile) throws
}

extension CaseStore {
    /// A store that keeps no drafts (the screen tests' memory store, unless it says otherwise).
    public func saveDraft(_ draft: Data, for file: CaseFile) throws {}
    public func loadDraft(for file: CaseFile) throws -> Data? { nil }
    public func discardDraft(for file: CaseFile) throws {}
}
