import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Bringing a store of format 1 (unsigned revisions, one data key) to format 3, at the first log-in of a coordinator.
extension EncryptedStore {
    /// The coordinator gets keys and becomes the store's root of trust; every earlier revision is signed as vouched
    /// for by them (`Vouching`) and sealed again under the key of its scope, each scope's key wrapped for the accounts
    /// that may read it (so far only the coordinator has keys); their account record gets the keys, old protocols are
    /// split into per-family entries, and the migration is recorded in the history — all in one transaction, after a
    /// copy of the store was put in `backups/`. Other accounts get their keys from a coordinator (`resetAccount`).
    func migrateToSigned(as userID: RecordID, passphrase: String) throws -> CaseFile {
        guard let database, dataKey != nil else { throw StoreProblem.notInitialized(path: path) }
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

        let keys = AccountKeys()
        let root = RootOfTrust(userID: me.id, key: keys.signing.publicKey)
        let vouched: [Revision]
        do {
            vouched = try Vouching.sign(old, by: me.id, key: keys.signing)
        } catch {
            throw StoreProblem.damaged(path: path, detail: "\(error)")
        }
        me.signingKey = keys.signing.publicKey
        me.agreementKey = keys.agreement.publicKey
        let journal = MemoryJournal()
        let file = try CaseFile(revisions: vouched, journal: journal, currentUser: me, signingKey: keys.signing, root: root, clock: clock)
        if let refusal = file.integrity.first {
            throw StoreProblem.damaged(path: path, detail: "revision \(refusal.revisionID.raw): \(refusal.reason.code)")
        }
        try file.completeMigration(vouched: vouched.count)
        let readers = file.recipientsOfEveryScope()
        let derivation = StoreKeyDerivation(salt: Sealing.randomBytes(16), cost: cost)
        let kek = try derivation.derive(passphrase)
        let identity = AccountIdentity(keys: keys, root: root)
        let now = clock()
        var ring = ScopeKeyring()
        try database.write { db in
            try EncryptedStore.writeDerivation(db, derivation)
            for scope in readers.keys.sorted() { try ScopeKeyring.insert(db, try ring.update(scope, readers: readers[scope]!)) }
            for r in vouched {
                guard let (key, epoch) = ring.sealingKey(r.scope) else { throw StoreProblem.io("no key for \(r.scope.raw)") }
                try db.execute(sql: """
                    UPDATE revision SET scope = ?, signer = ?, chain_index = ?, previous_link = ?, clock = ?, legacy = ?,
                        signature = ?, body = ?, key_epoch = ? WHERE id = ?
                    """, arguments: EncryptedStore.envelope(r) + [try Sealing.seal(r, key: key, epoch: epoch), epoch, r.id.raw])
            }
            try EncryptedStore.insert(db, journal.revisions, readers: [:], into: &ring)
            try EncryptedStore.writeSlot(db, userID: me.id, kek: kek, identity: identity, now: now)
            try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [me.id.raw])
        }
        dataKey = nil
        account = (me.id, keys.agreement)
        keyring = ring
        return try loadCaseFile(as: me.id, identity: identity)
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
