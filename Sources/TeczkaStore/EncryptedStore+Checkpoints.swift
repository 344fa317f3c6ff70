import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Checkpoints of families (`FamilyCheckpoint`, Docs/store.md "Checkpoints"): each account's own, sealed under a key
/// derived from its private agreement key and bound to the family's rows in the file, so that a log-in re-admits only
/// the families whose rows changed since.
extension EncryptedStore: CheckpointKeeper {
    private func checkpointKey(_ account: (id: RecordID, agreement: AgreementKey)) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: account.agreement.rawRepresentation),
                               info: Data("teczka-checkpoint-v1|\(account.id.raw)".utf8), outputByteCount: 32)
    }

    /// What a checkpoint's seal authenticates besides its contents: whose it is, which family, and the rows it stands for.
    private static func binding(_ userID: RecordID, _ scope: String, rows: Int, lastSeq: Int) -> Data {
        Data("teczka-checkpoint-v1|\(userID.raw)|\(scope)|\(rows)|\(lastSeq)".utf8)
    }

    /// Each scope's number of rows and newest `seq` in the file now, for the scopes whose every row is sealed under
    /// a key the account holds now. A key wrap removed from the file is found by re-admitting the family, as before
    /// checkpoints (the rows it no longer opens are named at log-in).
    private func scopeRows(_ db: Database) throws -> [String: (rows: Int, lastSeq: Int)] {
        var found: [String: (rows: Int, lastSeq: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT scope, COUNT(*), MAX(seq), COUNT(key_epoch), MIN(key_epoch), MAX(key_epoch)
            FROM revision WHERE scope IS NOT NULL GROUP BY scope
            """)
        while let row = try rows.next() {
            let scope: String = row[0], count: Int = row[1]
            guard row[3] as Int == count, let low = row[4] as Int?, let high = row[5] as Int?, low >= 1, high - low < 1_000,
                  (low...high).allSatisfy({ keyring.held[ScopeEpoch(scope: Scope(raw: scope), epoch: $0)] != nil }) else { continue }
            found[scope] = (count, row[2])
        }
        return found
    }

    /// The logged-in account's checkpoints that still stand for their family's rows, opened and decoded on every core.
    /// One that does not open (another account's, an older key) or decode is left out: the family is re-admitted.
    func currentCheckpoints() throws -> [FamilyCheckpoint] {
        guard let database, let account else { return [] }
        let key = checkpointKey(account)
        let userID = account.id
        var found: [FamilyCheckpoint] = []
        // A batch at a time, so that the sealed and opened checkpoints of a whole store are never held at once.
        var batch: [(scope: String, rows: Int, lastSeq: Int, sealed: Data)] = []
        func openBatch() {
            let candidates = batch
            found += parallelMap(candidates.count) { index -> FamilyCheckpoint? in
                let c = candidates[index]
                guard case .family(let familyID) = Scope(raw: c.scope),
                      let plain = EncryptedStore.open(c.sealed, key: key, userID: userID, scope: c.scope, rows: c.rows, lastSeq: c.lastSeq),
                      let checkpoint = plain.withUnsafeBytes({ FamilyCheckpoint.decode($0, familyID: familyID, readBack: true) }),
                      checkpoint.rows == c.rows, checkpoint.lastOrder == c.lastSeq else { return nil }
                return checkpoint
            }.compactMap { $0 }
            batch.removeAll(keepingCapacity: true)
        }
        try database.read { db in
            let now = try scopeRows(db)
            let rows = try Row.fetchCursor(db, sql: "SELECT scope, rows, last_seq, sealed FROM checkpoint WHERE user_id = ?",
                                           arguments: [userID.raw])
            while let row = try rows.next() {
                let scope: String = row[0], count: Int = row[1], lastSeq: Int = row[2]
                guard let current = now[scope], current.rows == count, current.lastSeq == lastSeq else { continue }
                batch.append((scope, count, lastSeq, row[3]))
                if batch.count == 256 { openBatch() }
            }
        }
        openBatch()
        return found
    }

    /// A sealed checkpoint opened, if it is this account's and stands for the rows its row in the table names.
    private static func open(_ sealed: Data, key: SymmetricKey, userID: RecordID, scope: String, rows: Int, lastSeq: Int) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: key, authenticating: binding(userID, scope, rows: rows, lastSeq: lastSeq))
    }

    /// Seals and keeps the checkpoints of `families` as `file` holds them; a family whose rows in the file are not
    /// exactly the revisions the case file admitted (one refused or sealed under a key this account was not given,
    /// a write that did not finish) gets none, and an older one of it is removed.
    public func keepCheckpoints(of file: CaseFile, families: Set<RecordID>) {
        guard usesCheckpoints, !families.isEmpty, let database, let account, account.id == file.currentUser.id,
              !limitedLogIn else { return }
        let key = checkpointKey(account)
        let checkpoints = file.checkpoints(of: families)
        let userID = account.id
        let sealed = parallelMap(checkpoints.count) { index -> (scope: String, rows: Int, lastSeq: Int, sealed: Data)? in
            let c = checkpoints[index]
            let scope = Scope.family(c.familyID).raw
            guard let bytes = try? c.encoded(),
                  let box = try? AES.GCM.seal(bytes, using: key, authenticating: EncryptedStore.binding(userID, scope, rows: c.rows, lastSeq: c.lastOrder))
            else { return nil }
            return (scope, c.rows, c.lastOrder, box.combined!)
        }.compactMap { $0 }
        // A cache: if this write fails, the next log-in re-admits these families from their revisions.
        try? database.write { db in
            for family in families {
                try db.execute(sql: "DELETE FROM checkpoint WHERE user_id = ? AND scope = ?", arguments: [userID.raw, Scope.family(family).raw])
            }
            for c in sealed {
                let now = try Row.fetchOne(db, sql: "SELECT COUNT(*), MAX(seq) FROM revision WHERE scope = ?", arguments: [c.scope])
                guard let now, now[0] as Int == c.rows, now[1] as Int? == c.lastSeq else { continue }
                try db.execute(sql: "INSERT INTO checkpoint (user_id, scope, rows, last_seq, sealed) VALUES (?, ?, ?, ?, ?)",
                               arguments: [userID.raw, c.scope, c.rows, c.lastSeq, c.sealed])
            }
        }
    }
}

/// Checkpoints read back when a family adopted from one is needed (`CaseFile.warm`): its revisions are not held
/// from log-in on.
extension EncryptedStore: CheckpointReader {
    public func openedCheckpoints(of families: Set<RecordID>) -> [RecordID: Data] {
        openedCheckpoints(of: families, byNameUpTo: 64)
    }

    /// `byNameUpTo`: up to how many families are asked for by name (the tests try both ways).
    func openedCheckpoints(of families: Set<RecordID>, byNameUpTo: Int) -> [RecordID: Data] {
        guard let database, let account, !families.isEmpty else { return [:] }
        let key = checkpointKey(account)
        let userID = account.id
        var sealed: [(familyID: RecordID, scope: String, rows: Int, lastSeq: Int, sealed: Data)] = []
        try? database.read { db in
            // A few families by name; many (teczka check, a package) by one pass over the account's checkpoints.
            let rows: RowCursor
            if families.count <= byNameUpTo {
                let scopes = families.map { Scope.family($0).raw }
                rows = try Row.fetchCursor(db, sql: """
                    SELECT scope, rows, last_seq, sealed FROM checkpoint
                    WHERE user_id = ? AND scope IN (\(databaseQuestionMarks(count: scopes.count)))
                    """, arguments: StatementArguments([userID.raw] + scopes))
            } else {
                rows = try Row.fetchCursor(db, sql: "SELECT scope, rows, last_seq, sealed FROM checkpoint WHERE user_id = ?",
                                           arguments: [userID.raw])
            }
            while let row = try rows.next() {
                let scope: String = row[0]
                guard case .family(let familyID) = Scope(raw: scope), families.contains(familyID) else { continue }
                sealed.append((familyID, scope, row[1], row[2], row[3]))
            }
        }
        let found = sealed
        let opened = parallelMap(found.count) { index -> (RecordID, Data)? in
            let c = found[index]
            return EncryptedStore.open(c.sealed, key: key, userID: userID, scope: c.scope, rows: c.rows, lastSeq: c.lastSeq)
                .map { (c.familyID, $0) }
        }
        return Dictionary(opened.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }
}
