import Foundation

/// What an exchange package carries between two stores: revisions exactly as written (ids, parents, authors,
/// times, bodies), and where they come from, so that the receiving side can refuse a package from a store with
/// another problem catalogue.
public struct PackageContents: Equatable, Sendable {
    public var sourceStoreID: String
    public var catalogueID: String
    public var catalogueCodes: [String]
    public var createdAt: Date
    public var createdBy: RecordID
    public var revisions: [Revision]
    /// The sending store's settings (its catalogue above all), for a store created from the package.
    public var settings: StoreSettings?
    /// In a coordinator's package for one assistant: her identity as her key slot in the office store seals it (her
    /// signing key and the office's root of trust), which her passphrase opens when her laptop is set up (`--as`).
    public var identity: PackedIdentity?

    public init(sourceStoreID: String, catalogueID: String, catalogueCodes: [String], createdAt: Date, createdBy: RecordID,
                revisions: [Revision], settings: StoreSettings? = nil) {
        self.sourceStoreID = sourceStoreID
        self.catalogueID = catalogueID
        self.catalogueCodes = catalogueCodes
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.revisions = revisions
        self.settings = settings
    }

    /// Names the package itself gives to accounts and families (for naming refused revisions whose author or family
    /// this store does not know).
    public func names() -> [RecordID: String] {
        var names: [RecordID: String] = [:]
        for revision in revisions where revision.kind == .user || revision.kind == .family {
            if let user = try? DocumentCoding.decoder.decode(UserAccount.self, from: revision.body), revision.kind == .user {
                names[revision.recordID] = user.name
            } else if let family = try? DocumentCoding.decoder.decode(Family.self, from: revision.body) {
                names[revision.recordID] = family.label
            }
        }
        return names
    }

    /// The accounts the package carries, each in its newest version.
    public func accounts() -> [UserAccount] {
        Dictionary(grouping: revisions.filter { $0.kind == .user }, by: \.recordID).values.compactMap { history in
            CaseFile.heads(history).first.flatMap { try? DocumentCoding.decoder.decode(UserAccount.self, from: $0.body) }
        }.sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }
}

/// An account's sealed identity as it travels in a package: the key-slot derivation parameters and the sealed bytes.
public struct PackedIdentity: Codable, Equatable, Sendable {
    public var userID: RecordID
    public var salt: Data
    public var log2N: Int
    public var r: Int
    public var p: Int
    public var sealed: Data

    public init(userID: RecordID, salt: Data, log2N: Int, r: Int, p: Int, sealed: Data) {
        self.userID = userID
        self.salt = salt
        self.log2N = log2N
        self.r = r
        self.p = p
        self.sealed = sealed
    }
}

public enum PackageProblem: Error, Equatable, Sendable {
    /// Not an exchange package at all (another file chosen by mistake).
    case notAPackage
    /// The header asks for a key derivation this program refuses to run (more than 1 GiB, or absurd parameters).
    case unacceptableCost
    case newerFormat(version: Int)
    /// AES-GCM cannot tell a wrong transfer passphrase from a truncated or altered file; either way nothing is read.
    case wrongPassphraseOrDamaged
}

/// Why a store could not be set up from a package (`--as`); nothing was created.
public enum SetUpProblem: Error, Equatable, Sendable {
    /// The package holds no identity for this account (not made `--for` it, or the account has no key yet).
    case noIdentity(String)
    /// The passphrase does not open the account's identity (it is the account's passphrase in the office store).
    case wrongPassphrase(String)
    /// Revisions of the package that do not pass against the office's root of trust.
    case refused([Refusal])
}

/// Why exchanging revisions with another store was refused; nothing was imported.
public enum ExchangeProblem: Error, Equatable, Sendable {
    /// The package comes from a store that diagnoses against another problem catalogue.
    case otherCatalogue(mine: String, theirs: String)
    /// The package was made by this same store.
    case ownPackage
}

extension CaseFile {
    /// The package for `recipient` (nil: everything, for a coordinator's store), limited to revision ids `among`.
    public func package(for recipient: UserAccount?, among: Set<RecordID>? = nil, storeID: String) throws -> PackageContents {
        PackageContents(sourceStoreID: storeID, catalogueID: settings.catalogue.id, catalogueCodes: Self.codes(settings.catalogue),
                        createdAt: clock(), createdBy: currentUser.id, revisions: try packageRevisions(for: recipient, among: among),
                        settings: settings)
    }

    /// Refuses a package from a store with another catalogue (codes compared; retiring entries does not matter).
    public func checkCompatible(_ contents: PackageContents, storeID: String) throws {
        guard contents.sourceStoreID != storeID else { throw ExchangeProblem.ownPackage }
        let mine = Self.codes(settings.catalogue)
        guard contents.catalogueID == settings.catalogue.id, contents.catalogueCodes == mine else {
            throw ExchangeProblem.otherCatalogue(mine: settings.catalogue.id, theirs: contents.catalogueID)
        }
    }

    static func codes(_ catalogue: ProblemCatalogue) -> [String] { catalogue.entries.map(\.code) }
}
