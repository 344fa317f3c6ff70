import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Revisions in the file: reading what the logged-in account may read, writing sealed under scope keys.
extension EncryptedStore {
    /// Every revision in the order written that the logged-in account may read, decrypted; the others (families
    /// that are not theirs) are not read at all. A body that does not open with a key the account holds is damage.
    func readRevisions() throws -> [Revision] {
        try readRevisionsAndWithdrawn().revisions
    }

    /// What a log-in reads: the revisions this account may read; the families taken away from it; and the rows sealed
    /// under a key it was not given (their clear columns only), which only a coordinator should never meet.
    typealias Readable = (revisions: [Revision], order: [Int], withdrawn: Set<RecordID>, unreadable: [Revision])

    /// The revisions this account may read, and the families taken away from it: those it holds an older key of while
    /// later revisions are sealed under a key it was not given (unshared, handed over).
    /// `skipping`: families taken from checkpoints, whose rows are not read.
    func readRevisionsAndWithdrawn(scopes: Set<Scope>? = nil, skipping: Set<Scope> = []) throws -> Readable {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        var withdrawn = Set<RecordID>()
        var unreadable: [Revision] = []
        let heldScopes = Set(keyring.held.keys.map(\.scope))
        // Columns by position, not by name (GRDB looks a name up case-insensitively for every row and column), and
        // row by row through a cursor rather than all rows at once (a city centre's store has half a million).
        var revisions: [Revision] = []
        var order: [Int] = []
        var sealed: [(body: Data, key: SymmetricKey, epoch: Int?)] = []
        // A limited log-in reads its scopes only (and the unsigned rows of a store from before signatures, if any).
        var limit = scopes.map { "WHERE scope IS NULL OR scope IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        var arguments = StatementArguments((scopes ?? []).map(\.raw).sorted())
        if scopes == nil, !skipping.isEmpty {
            // The other scopes' rows, found through the index by scope (a list of thousands, as one JSON argument).
            let wanted = try database.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT scope FROM revision WHERE scope IS NOT NULL") }
                .filter { !skipping.contains(Scope(raw: $0)) }
            limit = "WHERE scope IS NULL OR scope IN (SELECT value FROM json_each(?))"
            arguments = [String(decoding: try JSONEncoder().encode(wanted), as: UTF8.self)]
        }
        // Authors, signers and scopes repeat on every row: each is kept once (a city centre's store holds half a
        // million revisions by a few hundred people about ten thousand families).
        var people: [String: RecordID] = [:]
        var scopeNames: [String: Scope] = [:]
        func person(_ raw: String) -> RecordID {
            if let known = people[raw] { return known }
            people[raw] = RecordID(raw)
            return people[raw]!
        }
        func scope(_ raw: String) -> Scope {
            if let known = scopeNames[raw] { return known }
            scopeNames[raw] = Scope(raw: raw)
            return scopeNames[raw]!
        }
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT kind, id, record_id, parent, created_at, author, signature, scope, signer, chain_index, previous_link,
                       clock, legacy, key_epoch, body, seq, redacted_from
                FROM revision \(limit) ORDER BY seq
                """, arguments: arguments)
            // First the clear columns and the key of each row, in order; then the bodies are opened on every core.
            while let row = try rows.next() {
                guard let kind = RecordKind(rawValue: row[0]) else {
                    throw StoreProblem.damaged(path: path, detail: "unknown record kind \(String(describing: row[0] as String?))")
                }
                let author = person(row[5])
                var revision = Revision(
                    id: RecordID(row[1]), recordID: RecordID(row[2]), kind: kind,
                    parent: (row[3] as String?).map(RecordID.init), timestamp: Date(timeIntervalSince1970: row[4]),
                    author: author, body: Data())
                if let signature = row[6] as Data? {
                    revision.signature = signature
                    revision.scope = scope(row[7] ?? "")
                    revision.signer = (row[8] as String?).map(person) ?? author
                    revision.chainIndex = row[9] ?? 0
                    revision.previousLink = row[10] ?? Data()
                    revision.clock = row[11] ?? 0
                    revision.legacy = (row[12] as Int? ?? 0) != 0
                    revision.redactedFrom = row[16] as Data?
                }
                if let epoch = row[13] as Int? {
                    guard let key = keyring.held[ScopeEpoch(scope: revision.scope, epoch: epoch)] else {
                        if let family = revision.scope.familyID, heldScopes.contains(revision.scope) {
                            withdrawn.insert(family)
                        }
                        unreadable.append(revision)
                        continue
                    }
                    sealed.append((row[14], key, epoch))
                } else {
                    guard let dataKey else { continue }
                    sealed.append((row[14], dataKey, nil))
                }
                revisions.append(revision)
                order.append(row[15])
                // Opened a batch at a time, so that the sealed and the opened bodies of a whole store are never held
                // together.
                if sealed.count == 8_192 {
                    try openBodies(&revisions, sealed)
                    sealed.removeAll(keepingCapacity: true)
                }
            }
        }
        try openBodies(&revisions, sealed)
        return (revisions, order, withdrawn, unreadable)
    }

    /// Decrypts the bodies of the last `sealed.count` revisions on every core (AES-GCM of each revision is
    /// independent), keeping their order.
    private func openBodies(_ revisions: inout [Revision], _ sealed: [(body: Data, key: SymmetricKey, epoch: Int?)]) throws {
        let start = revisions.count - sealed.count
        let envelopes = Array(revisions[start...])
        let opened = parallelMap(sealed.count) { index -> Data? in
            let (body, key, epoch) = sealed[index]
            if let epoch { return try? Sealing.open(body, envelopeOf: envelopes[index], key: key, epoch: epoch) }
            return try? Sealing.open(body, envelopeOf: envelopes[index], key: key)
        }
        for (offset, body) in opened.enumerated() {
            guard let body else {
                throw StoreProblem.damaged(path: path, detail: "revision \(envelopes[offset].id.raw) does not decrypt")
            }
            revisions[start + offset].body = body
        }
    }

    /// Opens the case file of `userID`, re-admitting every revision it may read against the root sealed in the
    /// account's slot (see `CaseFile.integrity` for what does not pass).

    func loadCaseFile(as userID: RecordID, identity: AccountIdentity?, scopes: Set<Scope>? = nil) throws -> CaseFile {
        let reading = Date()
        limitedLogIn = scopes != nil
        // Families whose rows did not change since this account's checkpoint of them are not read (`FamilyCheckpoint`).
        let checkpoints = scopes == nil && usesCheckpoints ? try currentCheckpoints() : []
        let adopted = Set(checkpoints.map(\.familyID))
        let (revisions, order, withdrawn, unreadable) = try readRevisionsAndWithdrawn(
            scopes: scopes, skipping: Set(adopted.map(Scope.family)))
        let read = Date().timeIntervalSince(reading)
        let userBody = revisions.last { $0.recordID == userID && $0.kind == .user }?.body
        guard let userBody, let user = try? JSONDecoder().decode(UserAccount.self, from: userBody) else {
            throw StoreProblem.damaged(path: path, detail: "no user record for \(userID.raw)")
        }
        do {
            // Handed over whole (the case file drops the bodies as it decodes: it must hold the only copy), and read
            // again from here when a history, a package or teczka check needs them.
            let file = try CaseFile(revisions: consume revisions, order: order, checkpoints: consume checkpoints, journal: self,
                                    currentUser: user, signingKey: try identity?.key(), root: identity?.root, clock: clock,
                                    releasingBodies: true)
            file.withdrawn = withdrawn
            file.readTiming = read
            file.reportKeysMissing(unreadable)
            // The families re-admitted now get checkpoints for the next log-in.
            // A few hundred at a time, so that a whole store's checkpoints are never made and held at once.
            let rebuilt = Array(Set(file.families.keys).subtracting(adopted))
            for start in stride(from: 0, to: rebuilt.count, by: 256) {
                keepCheckpoints(of: file, families: Set(rebuilt[start..<min(start + 256, rebuilt.count)]))
            }
            return file
        } catch {
            throw StoreProblem.damaged(path: path, detail: "\(error)")
        }
    }

    /// Writes revisions with the scope keys brought up to date for `readers` (`ScopeKeyring.update`), each body sealed
    /// under its scope's current key, all in the open transaction.
    static func insert(_ db: Database, _ revisions: [Revision], readers: [Scope: Set<KeyRecipient>],
                       into ring: inout ScopeKeyring) throws {
        for scope in readers.keys.sorted() { try ScopeKeyring.insert(db, try ring.update(scope, readers: readers[scope]!)) }
        for revision in revisions {
            guard let (key, epoch) = ring.sealingKey(revision.scope) else {
                throw StoreProblem.io("no key for \(revision.scope.raw)")
            }
            try db.execute(sql: """
                INSERT INTO revision (id, record_id, kind, parent, created_at, author, body,
                                      scope, signer, chain_index, previous_link, clock, legacy, signature, key_epoch,
                                      redacted_from)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [revision.id.raw, revision.recordID.raw, revision.kind.rawValue, revision.parent?.raw,
                                 revision.timestamp.timeIntervalSince1970, revision.author.raw,
                                 try Sealing.seal(revision, key: key, epoch: epoch)] + envelope(revision) + [epoch, revision.redactedFrom])
        }
    }

    /// The signed columns of a row (NULL for an unsigned revision).
    static func envelope(_ r: Revision) -> StatementArguments {
        guard r.isSigned else { return [nil, nil, nil, nil, nil, 0, nil] }
        return [r.scope.raw, r.signer.raw, r.chainIndex, r.previousLink, r.clock, r.legacy ? 1 : 0, r.signature]
    }

    /// The bodies of revisions this account read at log-in, read and opened again (a case file keeps older bodies out
    /// of memory: `CaseFile.releaseBodies`). Each is checked against the clear columns the case file holds, as at
    /// log-in; a row that is gone or does not open is damage.
    public func bodies(of wanted: [Revision]) throws -> [RecordID: Data] {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        var found: [RecordID: Data] = [:]
        for chunk in stride(from: 0, to: wanted.count, by: 500).map({ Array(wanted[$0..<min($0 + 500, wanted.count)]) }) {
            let rows = try database.read { db in
                try Row.fetchAll(db, sql: "SELECT id, key_epoch, body FROM revision WHERE id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ", ")))",
                                 arguments: StatementArguments(chunk.map(\.id.raw)))
            }
            let sealed = Dictionary(rows.map { (RecordID($0[0] as String), (epoch: $0[1] as Int?, body: $0[2] as Data)) }) { first, _ in first }
            for revision in chunk {
                guard let row = sealed[revision.id] else {
                    throw StoreProblem.damaged(path: path, detail: "revision \(revision.id.raw) is missing")
                }
                let body: Data?
                if let epoch = row.epoch {
                    body = keyring.held[ScopeEpoch(scope: revision.scope, epoch: epoch)].flatMap {
                        try? Sealing.open(row.body, envelopeOf: revision, key: $0, epoch: epoch)
                    }
                } else {
                    body = dataKey.flatMap { try? Sealing.open(row.body, envelopeOf: revision, key: $0) }
                }
                guard let body else { throw StoreProblem.damaged(path: path, detail: "revision \(revision.id.raw) does not decrypt") }
                found[revision.id] = body
            }
        }
        return found
    }

    /// One transaction per save; with WAL and synchronous=FULL the revisions are on disk when this returns.
    public func append(_ revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        guard let database, account != nil else { throw StoreProblem.notInitialized(path: path) }
        var ring = keyring
        do {
            try database.write { db in try EncryptedStore.insert(db, revisions, readers: readers, into: &ring) }
        } catch {
            throw StoreProblem.from(error, path: path)
        }
        keyring = ring
    }

    /// `append`, and in the same transaction each of `redacted` takes its anonymised body, sealed again under the key
    /// its row was sealed under, with `redacted_from`; every checkpoint of the families concerned is dropped (they
    /// hold the documents as written). SQLite's `secure_delete` overwrites the old bodies' bytes in the file instead of
    /// leaving them in free pages.
    public func redact(_ redacted: [Revision], appending revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        guard let database, account != nil else { throw StoreProblem.notInitialized(path: path) }
        var ring = keyring
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                try db.inTransaction {
                    try EncryptedStore.insert(db, revisions, readers: readers, into: &ring)
                    for revision in redacted {
                        guard let row = try Row.fetchOne(db, sql: "SELECT key_epoch FROM revision WHERE id = ?", arguments: [revision.id.raw])
                        else { throw StoreProblem.damaged(path: path, detail: "revision \(revision.id.raw) is not in the file") }
                        let sealed: Data
                        if let epoch = row[0] as Int? {
                            guard let key = ring.held[ScopeEpoch(scope: revision.scope, epoch: epoch)] else {
                                throw StoreProblem.io("no key for \(revision.scope.raw) (\(epoch))")
                            }
                            sealed = try Sealing.seal(revision, key: key, epoch: epoch)
                        } else {
                            guard let dataKey else { throw StoreProblem.io("no data key") }
                            sealed = try Sealing.seal(revision, key: dataKey)
                        }
                        try db.execute(sql: "UPDATE revision SET body = ?, redacted_from = ? WHERE id = ?",
                                       arguments: [sealed, revision.redactedFrom, revision.id.raw])
                    }
                    for scope in Set(redacted.map(\.scope)) where scope.familyID != nil {
                        try db.execute(sql: "DELETE FROM checkpoint WHERE scope = ?", arguments: [scope.raw])
                    }
                    return .commit
                }
            }
        } catch {
            throw StoreProblem.from(error, path: path)
        }
        keyring = ring
    }

    func signedRevisionCount() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE signature IS NOT NULL") ?? 0 }
    }

    /// Revisions still sealed under an earlier format's single data key (a store not yet migrated).
    func revisionsAwaitingKeys() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE key_epoch IS NULL") ?? 0 }
    }

    func unsignedRevisionCount() throws -> Int {
        guard let database else { return 0 }
        return try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision WHERE signature IS NULL") ?? 0 }
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
