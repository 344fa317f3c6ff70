import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Bringing a store of an earlier format to format 3 (need-to-know keys) at the first log-in that may do it: a
/// coordinator's, or on a store of format 2 with a single account (an assistant's laptop) that account's own.
extension EncryptedStore {
    /// `identity` is what the slot of format 2 sealed (nil in format 1). The data key is already unwrapped.
    func migrate(as userID: RecordID, identity: AccountIdentity?, passphrase: String) throws -> CaseFile {
        let old = try readRevisions()
        if old.allSatisfy({ !$0.isSigned }) { return try migrateToSigned(old, as: userID, passphrase: passphrase) }
        guard old.allSatisfy(\.isSigned), let identity else {
            throw StoreProblem.damaged(path: path, detail: "partly signed revisions")
        }
        return try migrateToScopeKeys(old, as: userID, identity: identity, passphrase: passphrase)
    }

    private func account(_ userID: RecordID, in revisions: [Revision]) throws -> UserAccount {
        let body = revisions.last { $0.recordID == userID && $0.kind == .user }?.body
        guard let body, let account = try? JSONDecoder().decode(UserAccount.self, from: body) else {
            throw StoreProblem.damaged(path: path, detail: "no user record for \(userID.raw)")
        }
        guard account.active else { throw StoreProblem.accountInactive }
        return account
    }

    /// Format 1: the coordinator gets keys and becomes the store's root of trust; every earlier revision is signed as
    /// vouched for by them (`Vouching`) and sealed under the key of its scope; their account record gets the keys,
    /// old protocols are split into per-family entries, and the migration is recorded in the history. Other accounts
    /// had no keys to prove themselves with: a coordinator resets them (`resetAccount`).
    private func migrateToSigned(_ old: [Revision], as userID: RecordID, passphrase: String) throws -> CaseFile {
        var me = try account(userID, in: old)
        guard me.role == .koordynator else { throw StoreProblem.awaitingCoordinator }
        try keepCopyBeforeMigration("przed-podpisami")
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
        return try reseal(vouched, adding: journal.revisions, readers: file.recipientsOfEveryScope(), as: me.id,
                          identity: AccountIdentity(keys: keys, root: root), passphrase: passphrase)
    }

    /// Format 2 (signed, one data key): the revisions keep their signatures and are sealed again under the keys of
    /// their scopes; the migrating account makes its agreement key and its record names it. Other accounts of the
    /// store re-stretch their slot at their first log-in and ask for keys (`requestKeys`).
    private func migrateToScopeKeys(_ old: [Revision], as userID: RecordID, identity: AccountIdentity,
                                    passphrase: String) throws -> CaseFile {
        let me = try account(userID, in: old)
        // A shared store must be moved by a coordinator: an assistant moving it first would seal the coordinators out.
        let soleAccount = try readSlots().count == 1
        guard me.role == .koordynator || soleAccount else { throw StoreProblem.awaitingCoordinator }
        try keepCopyBeforeMigration("przed-kluczami")
        let signing = try identity.key()
        let keys = AccountKeys(signing: signing, agreement: AgreementKey(migratingFrom: signing))
        let journal = MemoryJournal()
        let file = try CaseFile(revisions: old, journal: journal, currentUser: me, signingKey: keys.signing,
                                root: identity.root, clock: clock)
        guard file.canSign else { throw StoreProblem.damaged(path: path, detail: "key slot of \(userID.short)") }
        try file.completeKeyMigration(agreementKey: keys.agreement.publicKey, resealed: old.count)
        let readers = file.recipientsOfEveryScope(fallback: KeyRecipient(userID: me.id, key: keys.agreement.publicKey))
        return try reseal(old, adding: journal.revisions, readers: readers, as: me.id,
                          identity: AccountIdentity(keys: keys, root: identity.root), passphrase: passphrase)
    }

    /// In one transaction: the store's derivation, every scope's first key wrapped for its readers, every revision
    /// sealed again under its scope's key (with its signed columns), the migration's own revisions, and the migrating
    /// account's slot in place of its old one. Then opens the case file as that account.
    private func reseal(_ revisions: [Revision], adding new: [Revision], readers: [Scope: Set<KeyRecipient>],
                        as userID: RecordID, identity: AccountIdentity, passphrase: String) throws -> CaseFile {
        guard let database, let agreement = try identity.agreement() else { throw StoreProblem.notInitialized(path: path) }
        let derivation = StoreKeyDerivation(salt: Sealing.randomBytes(16), cost: cost)
        let kek = try derivation.derive(passphrase)
        let now = clock()
        var ring = ScopeKeyring()
        try database.write { db in
            try EncryptedStore.writeDerivation(db, derivation)
            for scope in readers.keys.sorted() { try ScopeKeyring.insert(db, try ring.update(scope, readers: readers[scope]!)) }
            for r in revisions {
                guard let (key, epoch) = ring.sealingKey(r.scope) else { throw StoreProblem.io("no key for \(r.scope.raw)") }
                try db.execute(sql: """
                    UPDATE revision SET scope = ?, signer = ?, chain_index = ?, previous_link = ?, clock = ?, legacy = ?,
                        signature = ?, body = ?, key_epoch = ? WHERE id = ?
                    """, arguments: EncryptedStore.envelope(r) + [try Sealing.seal(r, key: key, epoch: epoch), epoch, r.id.raw])
            }
            try EncryptedStore.insert(db, new, readers: [:], into: &ring)
            try EncryptedStore.writeSlot(db, userID: userID, kek: kek, identity: identity, now: now)
            try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [userID.raw])
        }
        dataKey = nil
        account = (userID, agreement)
        keyring = ring
        return try loadCaseFile(as: userID, identity: identity)
    }

    /// `backups/<store>-<label>-<time>.sqlite`: the store as it was before the migration (`przed-podpisami` from
    /// format 1, `przed-kluczami` from format 2).
    private func keepCopyBeforeMigration(_ label: String) throws {
        let folder = backupFolder
        try Backups.makeFolder(folder)
        let stamp = ISO8601DateFormatter().string(from: clock()).replacingOccurrences(of: ":", with: "-")
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // A second migration in the same second (an old backup restored and migrated again) gets its own file.
        var target = (folder as NSString).appendingPathComponent("\(name)-\(label)-\(stamp).sqlite")
        var number = 2
        while FileManager.default.fileExists(atPath: target) {
            target = (folder as NSString).appendingPathComponent("\(name)-\(label)-\(stamp)-\(number).sqlite")
            number += 1
        }
        try backup(to: target)
    }
}
