import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Accounts of a store of format 2 after a coordinator moved it to need-to-know keys: each one's first log-in
/// re-stretches its slot (the same passphrase, the store's derivation) and asks for the keys of what it may read;
/// a coordinator's next log-in grants them (`CaseFile.grant`). See `KeyRequest`.
extension EncryptedStore {
    /// Replaces the account's old slot with one of this format, holding its signing key, a new agreement key and
    /// its root of trust, and leaves the signed request — in one transaction.
    func requestKeys(for userID: RecordID, identity: AccountIdentity, passphrase: String) throws {
        guard let database, let derivation = try readDerivation() else { throw StoreProblem.notInitialized(path: path) }
        let kek = try derivation.derive(passphrase)
        let signing = try identity.key()
        let keys = AccountKeys(signing: signing, agreement: AgreementKey(migratingFrom: signing))
        let request = try KeyRequest(userID: userID, agreementKey: keys.agreement.publicKey, signedWith: keys.signing)
        let now = clock()
        try database.write { db in
            // Another account took this passphrase meanwhile: only a coordinator's reset can sort it out.
            let owner = try String.fetchOne(db, sql: "SELECT user_id FROM account_slot WHERE tag = ?", arguments: [Sealing.slotTag(kek)])
            if let owner, owner != userID.raw { throw StoreProblem.awaitingReset }
            try EncryptedStore.writeSlot(db, userID: userID, kek: kek, identity: AccountIdentity(keys: keys, root: identity.root), now: now)
            try db.execute(sql: "INSERT OR REPLACE INTO key_request (user_id, agreement_key, signature, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [userID.raw, request.agreementKey.rawRepresentation, request.signature, now.timeIntervalSince1970])
            try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [userID.raw])
        }
    }

    /// The requests waiting for a coordinator (rows that do not hold a public key are left out).
    func keyRequests() throws -> [KeyRequest] {
        guard let database else { return [] }
        return try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM key_request ORDER BY created_at, user_id").compactMap { row in
                PublicAgreementKey(rawRepresentation: row["agreement_key"]).map {
                    KeyRequest(userID: RecordID(row["user_id"]), agreementKey: $0, signature: row["signature"])
                }
            }
        }
    }

    func hasKeyRequest(_ userID: RecordID) throws -> Bool {
        try keyRequests().contains { $0.userID == userID }
    }

    /// At a coordinator's log-in: the requests are granted (or dropped when they never will be).
    func grantKeyRequests(in file: CaseFile) throws {
        guard let database else { return }
        let requests = try keyRequests()
        guard !requests.isEmpty else { return }
        let settled = try file.grant(requests)
        try database.write { db in
            for request in settled {
                try db.execute(sql: "DELETE FROM key_request WHERE user_id = ? AND agreement_key = ?",
                               arguments: [request.userID.raw, request.agreementKey.rawRepresentation])
            }
        }
    }
}
