import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Bringing a store of format 1 (unsigned revisions) to the signed format, at the first log-in of a coordinator.
extension EncryptedStore {
    /// The coordinator gets a signing key and becomes the store's root of trust; every earlier revision is signed as
    /// vouched for by them (`Vouching`), their account record gets the key, old protocols are split into per-family
    /// entries, and the migration is recorded in the history — all in one transaction, after a copy of the store
    /// was put in `backups/`. Other accounts get their keys from a coordinator (`resetAccount`).
    func migrateToSigned(as userID: RecordID, kek: SymmetricKey, slot: Slot) throws -> CaseFile {
        guard let database, let dataKey else { throw StoreProblem.notInitialized(path: path) }
        let old = try readRevisions()
        guard old.allSatisfy({ !$0.isSigned }) else {
            throw StoreProblem.damaged(path: path, detail: "partly signed revisions")
        }
        let userBody = old.last { $0.recordID == userID && $0.kind == .user }?.body
        guard let userBody, var me = try? JSONDecoder().decode(UserAccount.self, from: userBody) else {
            throw StoreProblem.damaged(path: path, detail: "no user record for \(userID.raw)")
        }
        guard me.active else { throw StoreProblem.accountInactive }
        guard me.role == .koordynator else { throw StoreProblem.awaitingCoordinator }
        try keepCopyBeforeMigration()

        let key = SigningKey()
        let root = RootOfTrust(userID: me.id, key: key.publicKey)
        let vouched: [Revision]
        do {
            vouched = try Vouching.sign(old, by: me.id, key: key)
        } catch {
            throw StoreProblem.damaged(path: path, detail: "\(error)")
        }
        me.signingKey = key.publicKey
        let journal = MemoryJournal()
        let file = try CaseFile(revisions: vouched, journal: journal, currentUser: me, signingKey: key, root: root, clock: clock)
        if let refusal = file.integrity.first {
            throw StoreProblem.damaged(path: path, detail: "revision \(refusal.revisionID.raw): \(refusal.reason.code)")
        }
        try file.completeMigration(vouched: vouched.count)
        let identity = try Sealing.seal(identity: AccountIdentity(signingKey: key, root: root), with: kek, userID: me.id)
        try database.write { db in
            for r in vouched {
                try db.execute(sql: """
                    UPDATE revision SET scope = ?, signer = ?, chain_index = ?, previous_link = ?, clock = ?, legacy = ?,
                        signature = ? WHERE id = ?
                    """, arguments: EncryptedStore.envelope(r) + [r.id.raw])
            }
            for r in journal.revisions { try EncryptedStore.insert(db, r, key: dataKey) }
            try db.execute(sql: "UPDATE key_slot SET identity = ? WHERE user_id = ?", arguments: [identity, me.id.raw])
        }
        return try loadCaseFile(as: me.id, identity: AccountIdentity(signingKey: key, root: root))
    }

    /// `backups/<store>-przed-podpisami-<time>.sqlite`: the store as it was before the migration.
    private func keepCopyBeforeMigration() throws {
        let folder = backupFolder
        try Backups.makeFolder(folder)
        let stamp = ISO8601DateFormatter().string(from: clock()).replacingOccurrences(of: ":", with: "-")
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // A second migration in the same second (an old backup restored and migrated again) gets its own file.
        var target = (folder as NSString).appendingPathComponent("\(name)-przed-podpisami-\(stamp).sqlite")
        var number = 2
        while FileManager.default.fileExists(atPath: target) {
            target = (folder as NSString).appendingPathComponent("\(name)-przed-podpisami-\(stamp)-\(number).sqlite")
            number += 1
        }
        try backup(to: target)
    }
}
