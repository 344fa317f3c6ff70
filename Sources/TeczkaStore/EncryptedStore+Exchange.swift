import Foundation
import GRDB
import TeczkaCore

/// The store's side of exchange packages: sealing and opening them with the transfer passphrase, and remembering per
/// recipient how far the last package went (the `seq` of the newest revision it could hold, in `meta`).
extension EncryptedStore {
    public func exchangeStoreID() throws -> String { try storeID() }

    public func writePackage(_ contents: PackageContents, to path: String, transferPassphrase: String) throws {
        let sealed = try ExchangePackage.seal(contents, passphrase: transferPassphrase, cost: cost)
        let target = StoreLocation.resolve(path)
        do {
            try EncryptedStore.writePrivately(sealed, to: target)
        } catch {
            throw StoreProblem.from(error, path: target)
        }
    }

    public func readPackage(at path: String, transferPassphrase: String) throws -> PackageContents {
        let (source, data) = try EncryptedStore.packageBytes(path)
        do {
            return try ExchangePackage.open(data, passphrase: transferPassphrase)
        } catch PackageProblem.unacceptableCost {
            throw StoreProblem.unacceptableKeyDerivation(path: source)   // named: the user sees which file
        }
    }

    /// Checks a package's clear header (its mark, version and key-derivation parameters) without any key derivation,
    /// so that a crafted or foreign file is refused before a passphrase is asked for or a store unlocked.
    public static func checkPackage(at path: String) throws {
        let (source, data) = try packageBytes(path)
        do {
            _ = try ExchangePackage.checkedHeader([UInt8](data))
        } catch PackageProblem.unacceptableCost {
            throw StoreProblem.unacceptableKeyDerivation(path: source)
        }
    }

    private static func packageBytes(_ path: String) throws -> (String, Data) {
        let source = StoreLocation.resolve(path)
        guard let data = FileManager.default.contents(atPath: source) else {
            throw StoreProblem.lastSystemError(source)
        }
        return (source, data)
    }

    public func revisionsSinceLastPackage(for recipient: String) throws -> Set<RecordID>? {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        return try database.read { db in
            guard let mark = try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?",
                                              arguments: [Self.markKey(recipient)]) else { return nil }
            return Set(try String.fetchAll(db, sql: "SELECT id FROM revision WHERE seq > ?", arguments: [mark]).map(RecordID.init))
        }
    }

    public func recordPackageMade(for recipient: String) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        try database.write { db in
            let newest = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM revision") ?? 0
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                           arguments: [Self.markKey(recipient), String(newest)])
        }
    }

    static func markKey(_ recipient: String) -> String { "exchange_sent:" + recipient }

    /// An account's identity as its slot seals it, with the store's derivation parameters, for a coordinator's package
    /// to that account (nil: no slot of this format).
    public func sealedIdentity(of userID: RecordID) throws -> PackedIdentity? {
        guard let database, let derivation = try readDerivation(),
              let sealed = try database.read({ db in try Data.fetchOne(db, sql: "SELECT identity FROM account_slot WHERE user_id = ?", arguments: [userID.raw]) })
        else { return nil }
        return PackedIdentity(userID: userID, salt: derivation.salt, log2N: derivation.cost.log2N, r: derivation.cost.r,
                              p: derivation.cost.p, sealed: sealed)
    }

    /// Opens an identity from a package with the account's passphrase (its office passphrase). The derivation's
    /// parameters come from the file, so they are bounded first.
    public static func openIdentity(_ packed: PackedIdentity, passphrase: String) throws -> AccountIdentity {
        let cost = KeyDerivationCost(log2N: packed.log2N, r: packed.r, p: packed.p)
        guard cost.isBounded else { throw PackageProblem.unacceptableCost }
        let kek = try Sealing.deriveKey(passphrase: passphrase, salt: packed.salt, cost: cost)
        guard var identity = Sealing.openIdentity(packed.sealed, with: kek, userID: packed.userID) else {
            throw StoreProblem.wrongPassphrase
        }
        // A package from an office of format 2: the agreement key its own move to format 3 gives the account.
        if identity.agreementKey == nil {
            identity.agreementKey = AgreementKey(migratingFrom: try identity.key()).rawRepresentation
        }
        return identity
    }

    /// Creates this store from a coordinator's package for `user` (an assistant's laptop, `teczka exchange import
    /// --as`): the passphrase must open the account's identity sealed in the package (its keys and the office store's
    /// root of trust); every revision of the package is checked against that root before anything is created, and
    /// all of them go in with the store's first write, each scope's new key wrapped for whom this store lets read it.
    public func setUp(from contents: PackageContents, as user: UserAccount, passphrase: String) throws -> CaseFile {
        guard let packed = contents.identity, packed.userID == user.id else { throw SetUpProblem.noIdentity(user.name) }
        let identity: AccountIdentity
        do {
            identity = try EncryptedStore.openIdentity(packed, passphrase: passphrase)
        } catch StoreProblem.wrongPassphrase {
            throw SetUpProblem.wrongPassphrase(user.name)
        }
        var seed = contents.revisions.filter { $0.kind.traits.travels }
        let journal = MemoryJournal()
        let preview = try CaseFile(revisions: seed, journal: journal, currentUser: user,
                                   signingKey: try identity.key(), root: identity.root)
        guard preview.integrity.isEmpty, preview.canSign else { throw SetUpProblem.refused(preview.integrity) }
        var readers = preview.recipientsOfEveryScope()
        if let agreement = try identity.agreement(), preview.users[user.id]?.agreementKey == nil {
            // From an office of format 2: the account publishes its agreement key itself, as a laptop of format 2
            // does when it moves (see `migrateToScopeKeys`); what no key holder may read stays hers.
            try preview.completeKeyMigration(agreementKey: agreement.publicKey, resealed: seed.count)
            seed += journal.revisions
            readers = preview.recipientsOfEveryScope(fallback: KeyRecipient(userID: user.id, key: agreement.publicKey))
        }
        return try initialize(account: user, passphrase: passphrase, settings: preview.settings, seed: seed,
                              seedReaders: readers, identity: identity)
    }
}
