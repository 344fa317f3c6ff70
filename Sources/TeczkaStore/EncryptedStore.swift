import Crypto
import Foundation
import Synchronization
import GRDB
import TeczkaCore
#if canImport(Glibc)
import Glibc
#endif

/// The encrypted store file: one SQLite database (WAL, synchronous=FULL, mode 0600) held under an exclusive lock
/// for as long as this object lives. Implements `CaseStore` for the UI and `RevisionJournal` for the case file.
public final class EncryptedStore: CaseStore, RevisionJournal {
    public let path: String
    public var location: String { path }
    let cost: KeyDerivationCost
    let clock: @Sendable () -> Date
    private var lock: StoreLock?
    var database: DatabaseQueue?
    /// Format 1 and 2: the one data key every account's slot wrapped; only while such a store is being migrated.
    var dataKey: SymmetricKey?
    /// After log-in (format 3): who is logged in, with their agreement key, and the scope keys they hold.
    var account: (id: RecordID, agreement: AgreementKey)?
    var keyring = ScopeKeyring()
    /// Whether log-ins take families from this account's checkpoints (`teczka check` re-admits everything).
    public var usesCheckpoints = true
    /// The last log-in read only some scopes (`unlock(passphrase:limitedTo:)`): its case file keeps no checkpoints.
    var limitedLogIn = false

    /// Takes the lock and, when the file exists, checks that it is an intact Teczka store without changing it.
    /// With `mustExist` (commands that only read or change a store) a missing file is `notInitialized` before
    /// anything is created — no folder, no lock file. Throws `StoreProblem`.
    public init(path: String, cost: KeyDerivationCost = .forNewStores(), clock: @escaping @Sendable () -> Date = Date.init,
                mustExist: Bool = false) throws {
        // Everything the store writes (journal, WAL, lock, backups) must be private to the user.
        umask(0o077)
        self.path = StoreLocation.resolve(path)
        self.cost = cost
        self.clock = clock
        if mustExist, !FileManager.default.fileExists(atPath: self.path) { throw StoreProblem.notInitialized(path: self.path) }
        let directory = (self.path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreProblem.from(error, path: directory)
            }
        }
        lock = try StoreLock(storePath: self.path)
        if FileManager.default.fileExists(atPath: self.path) {
            database = try EncryptedStore.openExisting(self.path)
        }
    }

    deinit { close() }

    /// Closes the database and releases the lock.
    public func close() {
        if let database { try? database.close() }
        database = nil
        forget()
        lock?.release()
        lock = nil
    }

    public var isInitialized: Bool { database != nil }

    /// Drops every key of the logged-in account from memory.
    func forget() {
        dataKey = nil
        account = nil
        keyring = ScopeKeyring()
    }

    // MARK: Opening

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return config
    }

    private static func openExisting(_ path: String) throws -> DatabaseQueue {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreProblem.lastSystemError(path)
        }
        let header = (try? handle.read(upToCount: 16)) ?? nil
        try? handle.close()
        guard let header, Array(header) == Schema.sqliteHeader else {
            throw StoreProblem.notATeczkaStore(path: path)
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
        } catch {
            throw StoreProblem.damaged(path: path, detail: "\(error)")
        }
        do {
            // Read first and change nothing: a foreign SQLite file must be left exactly as it was.
            let magic = try queue.read { db -> String? in
                guard try db.tableExists("meta") else { return nil }
                return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'")
            }
            guard magic == Schema.magic else {
                try? queue.close()
                throw StoreProblem.notATeczkaStore(path: path)
            }
            let version = try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'version'")
            }
            guard let version, version >= 1 else {
                try? queue.close()
                throw StoreProblem.damaged(path: path, detail: "no format version")
            }
            guard version <= Schema.formatVersion else {
                try? queue.close()
                throw StoreProblem.newerFormat(version: version)
            }
            // Crafted key-derivation parameters are refused before anything else costs time.
            try queue.read { db in try EncryptedStore.checkDerivationBounds(db, path: path) }
            let check = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            guard check == ["ok"] else {
                try? queue.close()
                throw StoreProblem.damaged(path: path, detail: check.prefix(3).joined(separator: "; "))
            }
            // A migration this program does not know is a newer format: refused before anything is written.
            let migrator = Schema.migrator
            if try queue.read({ db in try db.tableExists("grdb_migrations") && migrator.hasBeenSuperseded(db) }) {
                try? queue.close()
                throw StoreProblem.newerFormat(version: version)
            }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
            // Older formats are brought up to this one (each migration in its own transaction).
            try migrator.migrate(queue)
        } catch let problem as StoreProblem {
            throw problem
        } catch {
            try? queue.close()
            // A full disk or a read-only file while switching to WAL or migrating is not damage.
            throw StoreProblem.from(error, path: path) { StoreProblem.damaged(path: path, detail: $0) }
        }
        return queue
    }

    // MARK: Accounts

    /// Creates the store file with its first user, atomically: the file appears complete or not at all.
    public func initialize(name: String, role: UserRole, passphrase: String,
                           settings: StoreSettings = StoreSettings()) throws -> CaseFile {
        try initialize(account: UserAccount(name: name.trimmingCharacters(in: .whitespaces), role: role),
                       passphrase: passphrase, settings: settings)
    }

    /// Creates the store with a given first account (its id kept: `teczka import --as` makes a store for a user of
    /// an export document). The account is the store's root of trust and gets new keys, unless `identity` brings
    /// them: a laptop set up from the supervisor's package (`seed`, the package's signed revisions, which hold the
    /// account and the settings) keeps the account's own keys and the office store's root, and shares every record's
    /// history with the office. `seedReaders` says who may read each scope of the seed (the preview's ledger).
    public func initialize(account user: UserAccount, passphrase: String, settings: StoreSettings,
                           seed: [Revision] = [], seedReaders: [Scope: Set<KeyRecipient>] = [:],
                           identity: AccountIdentity? = nil) throws -> CaseFile {
        guard database == nil, !FileManager.default.fileExists(atPath: path) else {
            throw StoreProblem.alreadyExists(path: path)
        }
        var issues = [TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
        if passphrase.count < UserAccount.minimumPassphraseLength {
            issues.append(.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }

        let now = clock()
        var account = user
        let keys: AccountKeys
        if let identity, let agreement = try identity.agreement() {
            keys = AccountKeys(signing: try identity.key(), agreement: agreement)
        } else {
            keys = AccountKeys()
            account.signingKey = keys.signing.publicKey
            account.agreementKey = keys.agreement.publicKey
        }
        let accountIdentity = identity ?? AccountIdentity(keys: keys, root: RootOfTrust(userID: account.id, key: keys.signing.publicKey))
        let first: [Revision]
        let readers: [Scope: Set<KeyRecipient>]
        if seed.isEmpty {
            // The first two revisions: the account and the settings, signed by the new root.
            let journal = MemoryJournal()
            let file = try CaseFile(revisions: [], journal: journal, currentUser: account, signingKey: keys.signing,
                                    root: accountIdentity.root, clock: { now })
            try file.saveUser(account)
            try file.saveSettings(settings)
            first = journal.revisions
            readers = journal.readers
        } else {
            first = seed
            readers = seedReaders
        }
        let derivation = StoreKeyDerivation(salt: Sealing.randomBytes(16), cost: cost)
        let kek = try derivation.derive(passphrase)
        let temporary = path + ".new"
        unlink(temporary)
        let fd = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreProblem.lastSystemError(temporary) }
        Glibc.close(fd)
        var ring = ScopeKeyring()
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: EncryptedStore.configuration())
            try Schema.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('version', ?), ('store_id', ?), ('created_at', ?)",
                               arguments: [Schema.magic, String(Schema.formatVersion), RecordID.make().raw,
                                           ISO8601DateFormatter().string(from: now)])
                try EncryptedStore.writeDerivation(db, derivation)
                try EncryptedStore.writeSlot(db, userID: account.id, kek: kek, identity: accountIdentity, now: now)
                try EncryptedStore.insert(db, first, readers: readers, into: &ring)
            }
            try queue.close()
            guard rename(temporary, path) == 0 else {
                throw StoreProblem.lastSystemError(path)
            }
            EncryptedStore.syncDirectory(of: path)
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw StoreProblem.from(error, path: path)
        }
        database = try EncryptedStore.openExisting(path)
        self.account = (account.id, keys.agreement)
        keyring = ring
        return try loadCaseFile(as: account.id, identity: accountIdentity)
    }

    static func syncDirectory(of path: String) {
        let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            Glibc.close(fd)
        }
    }

    /// Finds the account by its passphrase — one key derivation, whatever the number of accounts (the derived key's
    /// tag names the slot) — and opens its case file, holding only the scope keys wrapped for it. A store of an earlier
    /// format is migrated at a coordinator's first log-in (`migrateToSigned`).
    /// The scopes of the records of `kind` whose id starts with `prefix`, from the file's clear columns (what a
    /// limited log-in must read to show one of them).
    public func scopes(ofRecordsStartingWith prefix: String, kind: RecordKind) throws -> Set<Scope> {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let pattern = prefix.lowercased().replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        let raws = try database.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT scope FROM revision WHERE kind = ? AND record_id LIKE ? ESCAPE '\\' AND scope IS NOT NULL",
                                arguments: [kind.rawValue, pattern])
        }
        return Set(raws.map(Scope.init(raw:)))
    }

    /// How long the last log-in's key derivation took (make bench shows it apart from opening the data).
    public private(set) var lastDerivation: TimeInterval = 0
    /// Set by `teczka report --timing`: reset the peak memory after the key derivation (see `PeakMemory`).
    public static let measurePeakAfterDerivation = Atomic<Bool>(false)

    public func unlock(passphrase: String) throws -> CaseFile { try unlock(passphrase: passphrase, limitedTo: nil) }

    /// Log-in that reads only the revisions of `scopes` (nil: all), for a command that needs one family (`teczka print
    /// assessment|plan`): its scope with the accounts, the settings, the protocols and the audit log. Those revisions
    /// are re-admitted as at every log-in; the rest of the file is not read (`teczka check` reads everything).
    public func unlock(passphrase: String, limitedTo scopes: Set<Scope>?) throws -> CaseFile {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        if let derivation = try readDerivation() {
            let deriving = Date()
            let kek = try derivation.derive(passphrase)
            lastDerivation = Date().timeIntervalSince(deriving)
            // For make bench: the peak memory of what follows, without scrypt's (freed) working memory.
            if Self.measurePeakAfterDerivation.load(ordering: .relaxed) { PeakMemory.reset() }
            let tag = Sealing.slotTag(kek)
            if let row = try database.read({ db in try Row.fetchOne(db, sql: "SELECT * FROM account_slot WHERE tag = ?", arguments: [tag]) }) {
                let userID = RecordID(row["user_id"])
                guard let identity = Sealing.openIdentity(row["identity"], with: kek, userID: userID),
                      let agreement = try identity.agreement() else {
                    throw StoreProblem.damaged(path: path, detail: "key slot of \(userID.short)")
                }
                do {
                    account = (userID, agreement)
                    keyring = try database.read { db in try ScopeKeyring.load(db, for: userID, agreement: agreement, only: scopes) }
                    // Every account with keys reads the accounts' records: without that key it has none yet.
                    if !keyring.held.keys.contains(where: { $0.scope == .team }) {
                        throw try hasKeyRequest(userID) ? StoreProblem.awaitingKeys : StoreProblem.awaitingReset
                    }
                    let file = try loadCaseFile(as: userID, identity: identity, scopes: scopes)
                    guard file.currentUser.active else { throw StoreProblem.accountInactive }
                    // Keys are granted from a whole case file only: a part would leave out the scopes it did not read.
                    if file.currentUser.role == .koordynator, scopes == nil {
                        // Settled at the next log-in if this fails: nothing of the case file depends on it.
                        try? grantKeyRequests(in: file)
                    }
                    return file
                } catch {
                    forget()
                    throw error
                }
            }
        }
        return try unlockLegacy(passphrase: passphrase)
    }

    /// Slots of format 1 and 2, each with its own salt (tried one by one): the first log-in of a coordinator migrates
    /// the store (see `migrate`); an account left with such a slot in a migrated store asks for keys (format 2) or
    /// waits for a coordinator's reset (format 1).
    private func unlockLegacy(passphrase: String) throws -> CaseFile {
        for slot in try readSlots() {
            guard slot.cost.isBounded else { throw StoreProblem.unacceptableKeyDerivation(path: path) }
            let kek = try Sealing.deriveKey(passphrase: passphrase, salt: slot.salt, cost: slot.cost)
            guard let key = Sealing.unwrap(slot.wrapped, with: kek, userID: slot.userID) else { continue }
            let identity = slot.identity.flatMap { Sealing.openIdentity($0, with: kek, userID: slot.userID) }
            if slot.identity != nil && identity == nil { throw StoreProblem.damaged(path: path, detail: "key slot of \(slot.userID.short)") }
            if try readDerivation() != nil {
                // Migrated already: an account of format 2 re-stretches its slot and asks for keys; of format 1 it
                // has nothing to prove itself with and waits for a reset.
                guard let identity else { throw StoreProblem.awaitingReset }
                try requestKeys(for: slot.userID, identity: identity, passphrase: passphrase)
                throw StoreProblem.awaitingKeys
            }
            dataKey = key
            do {
                let file = try migrate(as: slot.userID, identity: identity, passphrase: passphrase)
                guard file.currentUser.active else { throw StoreProblem.accountInactive }
                return file
            } catch {
                forget()
                throw error
            }
        }
        throw StoreProblem.wrongPassphrase
    }

    public func verifyPassphrase(_ passphrase: String, of userID: RecordID) -> Bool {
        guard let database, let derivation = try? readDerivation(), let kek = try? derivation.derive(passphrase),
              let tag = try? database.read({ db in try Data.fetchOne(db, sql: "SELECT tag FROM account_slot WHERE user_id = ?", arguments: [userID.raw]) })
        else { return false }
        return tag == Sealing.slotTag(kek)
    }

    /// A slot of format 1 or 2 (`key_slot`): its own salt and cost, the data key, an identity of format 2.
    struct Slot {
        let userID: RecordID
        let salt: Data
        let cost: KeyDerivationCost
        let wrapped: Data
        let identity: Data?
    }

    func readSlots() throws -> [Slot] {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM key_slot ORDER BY created_at, user_id").map {
                guard $0["kdf"] == "scrypt" else { throw StoreProblem.damaged(path: path, detail: "key slot kdf") }
                return Slot(userID: RecordID($0["user_id"]), salt: $0["salt"],
                            cost: KeyDerivationCost(log2N: $0["log2_n"], r: $0["r"], p: $0["p"]), wrapped: $0["wrapped_key"],
                            identity: $0["identity"])
            }
        }
    }

    func removeSlot(_ userID: RecordID) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        try database.write { db in
            try db.execute(sql: "DELETE FROM account_slot WHERE user_id = ?", arguments: [userID.raw])
            try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [userID.raw])
        }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
