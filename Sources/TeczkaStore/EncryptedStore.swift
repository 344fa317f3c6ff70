import Crypto
import Foundation
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
    var dataKey: SymmetricKey?

    /// Takes the lock and, when the file exists, checks that it is an intact Teczka store without changing it.
    /// Throws `StoreProblem`.
    public init(path: String, cost: KeyDerivationCost = .standard, clock: @escaping @Sendable () -> Date = Date.init) throws {
        // Everything the store writes (journal, WAL, lock, backups) must be private to the user.
        umask(0o077)
        self.path = StoreLocation.resolve(path)
        self.cost = cost
        self.clock = clock
        let directory = (self.path as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreProblem.io("\(directory): \(error.localizedDescription)")
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
        dataKey = nil
        lock?.release()
        lock = nil
    }

    public var isInitialized: Bool { database != nil }

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
            throw StoreProblem.io("\(path): \(String(cString: strerror(errno)))")
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
            throw StoreProblem.damaged(path: path, detail: "\(error)")
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
    /// an export document). The account is the store's root of trust and gets a new signing key, unless `identity`
    /// brings one: a laptop set up from the supervisor's package (`seed`, the package's signed revisions, which hold
    /// the account and the settings) keeps the account's own key and the office store's root, and shares every
    /// record's history with the office.
    public func initialize(account user: UserAccount, passphrase: String, settings: StoreSettings,
                           seed: [Revision] = [], identity: AccountIdentity? = nil) throws -> CaseFile {
        guard database == nil, !FileManager.default.fileExists(atPath: path) else {
            throw StoreProblem.alreadyExists(path: path)
        }
        var issues = [TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
        if passphrase.count < UserAccount.minimumPassphraseLength {
            issues.append(.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }

        let key = SymmetricKey(size: .bits256)
        let now = clock()
        var account = user
        let signingKey = try identity?.key() ?? SigningKey()
        if identity == nil { account.signingKey = signingKey.publicKey }
        let accountIdentity = identity ?? AccountIdentity(signingKey: signingKey, root: RootOfTrust(userID: account.id, key: signingKey.publicKey))
        let first: [Revision]
        if seed.isEmpty {
            // The first two revisions: the account and the settings, signed by the new root.
            let journal = MemoryJournal()
            let file = try CaseFile(revisions: [], journal: journal, currentUser: account, signingKey: signingKey,
                                    root: accountIdentity.root, clock: { now })
            try file.saveUser(account)
            try file.saveSettings(settings)
            first = journal.revisions
        } else {
            first = seed
        }
        let temporary = path + ".new"
        unlink(temporary)
        let fd = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreProblem.io("\(temporary): \(String(cString: strerror(errno)))") }
        Glibc.close(fd)
        do {
            let queue = try DatabaseQueue(path: temporary, configuration: EncryptedStore.configuration())
            try Schema.migrator.migrate(queue)
            let cost = self.cost
            try queue.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('format', ?), ('version', ?), ('store_id', ?), ('created_at', ?)",
                               arguments: [Schema.magic, String(Schema.formatVersion), RecordID.make().raw,
                                           ISO8601DateFormatter().string(from: now)])
                try EncryptedStore.insertSlot(db, userID: account.id, passphrase: passphrase, dataKey: key,
                                              identity: accountIdentity, cost: cost, now: now)
                for revision in first { try EncryptedStore.insert(db, revision, key: key) }
            }
            try queue.close()
            guard rename(temporary, path) == 0 else {
                throw StoreProblem.io("\(path): \(String(cString: strerror(errno)))")
            }
            EncryptedStore.syncDirectory(of: path)
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw (error as? StoreProblem) ?? StoreProblem.io("\(error)")
        }
        database = try EncryptedStore.openExisting(path)
        dataKey = key
        return try loadCaseFile(as: account.id, identity: accountIdentity)
    }

    static func syncDirectory(of path: String) {
        let fd = open((path as NSString).deletingLastPathComponent, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            Glibc.close(fd)
        }
    }

    static func insertSlot(_ db: Database, userID: RecordID, passphrase: String, dataKey: SymmetricKey,
                           identity: AccountIdentity?, cost: KeyDerivationCost, now: Date) throws {
        let salt = Sealing.randomBytes(16)
        let kek = try Sealing.deriveKey(passphrase: passphrase, salt: salt, cost: cost)
        let wrapped = try Sealing.wrap(dataKey: dataKey, with: kek, userID: userID)
        let sealedIdentity = try identity.map { try Sealing.seal(identity: $0, with: kek, userID: userID) }
        try db.execute(sql: """
            INSERT OR REPLACE INTO key_slot (user_id, kdf, salt, log2_n, r, p, wrapped_key, created_at, identity)
            VALUES (?, 'scrypt', ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [userID.raw, salt, cost.log2N, cost.r, cost.p, wrapped, now.timeIntervalSince1970, sealedIdentity])
    }

    /// Tries the passphrase on every key slot (one scrypt derivation each); the slot it opens says who logs in.
    /// A store of format 1 opened by a coordinator is brought to the signed format first (`migrateToSigned`).
    public func unlock(passphrase: String) throws -> CaseFile {
        for slot in try readSlots() {
            guard slot.cost.isBounded else {
                throw StoreProblem.damaged(path: path, detail: "key slot of \(slot.userID.short)")
            }
            let kek = try Sealing.deriveKey(passphrase: passphrase, salt: slot.salt, cost: slot.cost)
            guard let key = Sealing.unwrap(slot.wrapped, with: kek, userID: slot.userID) else { continue }
            dataKey = key
            let identity = slot.identity.flatMap { Sealing.openIdentity($0, with: kek, userID: slot.userID) }
            if slot.identity != nil && identity == nil {
                dataKey = nil
                throw StoreProblem.damaged(path: path, detail: "key slot of \(slot.userID.short)")
            }
            do {
                let file: CaseFile
                // A store of format 1 holds no signed revision at all; an unsigned row in a signed store is not a
                // reason to migrate but a forgery, which the replay leaves out and reports.
                if try unsignedRevisionCount() > 0, try signedRevisionCount() == 0 {
                    file = try migrateToSigned(as: slot.userID, kek: kek, slot: slot)
                } else {
                    file = try loadCaseFile(as: slot.userID, identity: identity)
                }
                guard file.currentUser.active else { throw StoreProblem.accountInactive }
                return file
            } catch {
                dataKey = nil
                throw error
            }
        }
        throw StoreProblem.wrongPassphrase
    }

    public func verifyPassphrase(_ passphrase: String, of userID: RecordID) -> Bool {
        guard let slot = (try? readSlots())?.first(where: { $0.userID == userID }),
              let kek = try? Sealing.deriveKey(passphrase: passphrase, salt: slot.salt, cost: slot.cost) else { return false }
        return Sealing.unwrap(slot.wrapped, with: kek, userID: userID) != nil
    }

    struct Slot {
        let userID: RecordID
        let salt: Data
        let cost: KeyDerivationCost
        let wrapped: Data
        /// The sealed `AccountIdentity`; nil in slots made before signatures.
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

    /// Writes (or replaces) a user's key slot wrapping the open store's data key and the account's identity.
    func writeSlot(userID: RecordID, passphrase: String, identity: AccountIdentity?) throws {
        guard let database, let key = dataKey else { throw StoreProblem.notInitialized(path: path) }
        let now = clock()
        let cost = self.cost
        try database.write { db in
            try EncryptedStore.insertSlot(db, userID: userID, passphrase: passphrase, dataKey: key, identity: identity,
                                          cost: cost, now: now)
        }
    }

    func removeSlot(_ userID: RecordID) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        try database.write { db in try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [userID.raw]) }
    }

    // MARK: Revisions

    /// Every revision in the order written, decrypted (a body that does not decrypt is damage).
    func readRevisions() throws -> [Revision] {
        guard let database, let key = dataKey else { throw StoreProblem.notInitialized(path: path) }
        let rows = try database.read { db in try Row.fetchAll(db, sql: "SELECT * FROM revision ORDER BY seq") }
        var revisions: [Revision] = []
        revisions.reserveCapacity(rows.count)
        for row in rows {
            guard let kind = RecordKind(rawValue: row["kind"]) else {
                throw StoreProblem.damaged(path: path, detail: "unknown record kind \(String(describing: row["kind"] as String?))")
            }
            let author = RecordID(row["author"])
            var revision = Revision(
                id: RecordID(row["id"]), recordID: RecordID(row["record_id"]), kind: kind,
                parent: (row["parent"] as String?).map(RecordID.init), timestamp: Date(timeIntervalSince1970: row["created_at"]),
                author: author, body: Data())
            if let signature = row["signature"] as Data? {
                revision.signature = signature
                revision.scope = Scope(raw: row["scope"] ?? "")
                revision.signer = (row["signer"] as String?).map(RecordID.init) ?? author
                revision.chainIndex = row["chain_index"] ?? 0
                revision.previousLink = row["previous_link"] ?? Data()
                revision.clock = row["clock"] ?? 0
                revision.legacy = (row["legacy"] as Int? ?? 0) != 0
            }
            do {
                revision.body = try Sealing.open(row["body"], envelopeOf: revision, key: key)
            } catch {
                throw StoreProblem.damaged(path: path, detail: "revision \(revision.id.raw) does not decrypt")
            }
            revisions.append(revision)
        }
        return revisions
    }

    /// Opens the case file of `userID`, re-admitting every revision against the root sealed in the account's slot
    /// (see `CaseFile.integrity` for what does not pass). An account without an identity (a store migrated to
    /// signatures before a coordinator gave it a key) reads against the store's first signer and cannot write.
    func loadCaseFile(as userID: RecordID, identity: AccountIdentity?) throws -> CaseFile {
        let revisions = try readRevisions()
        let userBody = revisions.last { $0.recordID == userID && $0.kind == .user }?.body
        guard let userBody, let user = try? JSONDecoder().decode(UserAccount.self, from: userBody) else {
            throw StoreProblem.damaged(path: path, detail: "no user record for \(userID.raw)")
        }
        do {
            return try CaseFile(revisions: revisions, journal: self, currentUser: user, signingKey: try identity?.key(),
                                root: identity?.root, clock: clock)
        } catch {
            throw StoreProblem.damaged(path: path, detail: "\(error)")
        }
    }

    static func insert(_ db: Database, _ revision: Revision, key: SymmetricKey) throws {
        try db.execute(sql: """
            INSERT INTO revision (id, record_id, kind, parent, created_at, author, body,
                                  scope, signer, chain_index, previous_link, clock, legacy, signature)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [revision.id.raw, revision.recordID.raw, revision.kind.rawValue, revision.parent?.raw,
                             revision.timestamp.timeIntervalSince1970, revision.author.raw,
                             try Sealing.seal(revision, key: key)] + EncryptedStore.envelope(revision))
    }

    /// The signed columns of a row (NULL for an unsigned revision).
    static func envelope(_ r: Revision) -> StatementArguments {
        guard r.isSigned else { return [nil, nil, nil, nil, nil, 0, nil] }
        return [r.scope.raw, r.signer.raw, r.chainIndex, r.previousLink, r.clock, r.legacy ? 1 : 0, r.signature]
    }

    func signedRevisionCount() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE signature IS NOT NULL") ?? 0 }
    }

    func unsignedRevisionCount() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE signature IS NULL") ?? 0 }
    }

    /// One transaction per save; with WAL and synchronous=FULL the revisions are on disk when this returns.
    public func append(_ revisions: [Revision]) throws {
        guard let database, let key = dataKey else { throw StoreProblem.notInitialized(path: path) }
        do {
            try database.write { db in
                for revision in revisions { try EncryptedStore.insert(db, revision, key: key) }
            }
        } catch {
            throw StoreProblem.io("\(error)")
        }
    }

    /// Every stored revision row exactly as it is in the file (clear columns, sealed body and signature in hex), in
    /// the order written, leaving out `kinds`: for tests that check an attack changed nothing.
    public func storedRows(excluding kinds: Set<RecordKind> = []) throws -> [String] {
        guard let database else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM revision ORDER BY seq").compactMap { row -> String? in
                guard let kind = RecordKind(rawValue: row["kind"]), !kinds.contains(kind) else { return nil }
                return row.columnNames.map { name -> String in
                    switch row[name] as DatabaseValue? {
                    case let value?:
                        if let blob = Data.fromDatabaseValue(value) { return blob.map { String(format: "%02x", $0) }.joined() }
                        return value.description
                    case nil: return "NULL"
                    }
                }.joined(separator: "|")
            }
        }
    }

    /// Number of revisions in the file (clear metadata only; for diagnostics and tests).
    public func revisionCount() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision") ?? 0 }
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}
