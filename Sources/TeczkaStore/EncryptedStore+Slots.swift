import Crypto
import Foundation
import GRDB
import TeczkaCore

/// The store's passphrase derivation and the accounts' slots (format 3): one scrypt salt and cost in `meta`; per
/// account a slot found by the tag of the passphrase key, holding the account's identity (signing and agreement keys,
/// the root of trust) sealed under that key.
extension EncryptedStore {
    static func writeDerivation(_ db: Database, _ derivation: StoreKeyDerivation) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('kdf_salt', ?), ('kdf_log2n', ?), ('kdf_r', ?), ('kdf_p', ?)",
                       arguments: [derivation.salt.base64EncodedString(), String(derivation.cost.log2N),
                                   String(derivation.cost.r), String(derivation.cost.p)])
    }

    static func readDerivation(_ db: Database) throws -> (salt: Data?, cost: KeyDerivationCost)? {
        let values = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key LIKE 'kdf_%'")
            .map { ($0["key"] as String, $0["value"] as String) })
        guard !values.isEmpty else { return nil }
        let cost = KeyDerivationCost(log2N: Int(values["kdf_log2n"] ?? "") ?? -1, r: Int(values["kdf_r"] ?? "") ?? -1,
                                     p: Int(values["kdf_p"] ?? "") ?? -1)
        return (values["kdf_salt"].flatMap { Data(base64Encoded: $0) }, cost)
    }

    /// The store's derivation, checked before any work: parameters out of bounds (more than 1 GiB, absurd costs) are
    /// refused at once, naming the file. Nil for a store of an earlier format.
    func readDerivation() throws -> StoreKeyDerivation? {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        guard let read = try database.read(EncryptedStore.readDerivation) else { return nil }
        guard read.cost.isBounded, let salt = read.salt, salt.count >= 16 else { throw StoreProblem.unacceptableKeyDerivation(path: path) }
        return StoreKeyDerivation(salt: salt, cost: read.cost)
    }

    /// Refuses a file whose stored derivation parameters (the store's, or an old slot's) are out of bounds before it is
    /// opened any further: checking them takes no key derivation.
    static func checkDerivationBounds(_ db: Database, path: String) throws {
        if let read = try readDerivation(db), !read.cost.isBounded { throw StoreProblem.unacceptableKeyDerivation(path: path) }
        if try db.tableExists("key_slot") {
            for row in try Row.fetchAll(db, sql: "SELECT log2_n, r, p FROM key_slot") {
                let cost = KeyDerivationCost(log2N: row["log2_n"], r: row["r"], p: row["p"])
                if !cost.isBounded { throw StoreProblem.unacceptableKeyDerivation(path: path) }
            }
        }
    }

    static func writeSlot(_ db: Database, userID: RecordID, kek: SymmetricKey, identity: AccountIdentity, now: Date) throws {
        try db.execute(sql: "DELETE FROM account_slot WHERE user_id = ?", arguments: [userID.raw])
        try db.execute(sql: "INSERT INTO account_slot (user_id, tag, identity, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [userID.raw, Sealing.slotTag(kek), try Sealing.seal(identity: identity, with: kek, userID: userID),
                                   now.timeIntervalSince1970])
    }

    /// The passphrase key of this store for `passphrase`; new slots are refused in a store whose parameters are
    /// weaker than this program's (someone lowered them in the file).
    func slotKey(_ passphrase: String) throws -> SymmetricKey {
        guard let derivation = try readDerivation() else { throw StoreProblem.notInitialized(path: path) }
        guard derivation.cost.isAtLeast(cost) else { throw StoreProblem.unacceptableKeyDerivation(path: path) }
        return try derivation.derive(passphrase)
    }

    /// Writes (or replaces) an account's slot: its identity sealed under the passphrase key (`slotKey`, derived once by
    /// the caller, which also checked with it that no other account uses the passphrase).
    func writeSlot(userID: RecordID, kek: SymmetricKey, identity: AccountIdentity) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let now = clock()
        try database.write { db in
            try EncryptedStore.writeSlot(db, userID: userID, kek: kek, identity: identity, now: now)
            try db.execute(sql: "DELETE FROM key_slot WHERE user_id = ?", arguments: [userID.raw])
        }
    }

    /// True when the passphrase (its `slotKey`) opens a slot other than `except`'s: the tags are compared.
    func passphraseInUse(_ kek: SymmetricKey, except: RecordID?) throws -> Bool {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let tag = Sealing.slotTag(kek)
        let owner = try database.read { db in try String.fetchOne(db, sql: "SELECT user_id FROM account_slot WHERE tag = ?", arguments: [tag]) }
        return owner.map { RecordID($0) != except } ?? false
    }

    /// Accounts that have a slot of this format.
    func accountsWithSlot() throws -> Set<RecordID> {
        guard let database else { return [] }
        return Set(try database.read { db in try String.fetchAll(db, sql: "SELECT user_id FROM account_slot") }.map(RecordID.init))
    }
}
