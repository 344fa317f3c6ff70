import Crypto
import Foundation
import GRDB
import TeczkaCore

/// A form the user had not saved when the program was stopped (the terminal closed, SIGTERM), kept for the next
/// start. It holds what was typed — family data — so it is sealed under a key only the account holds: derived from
/// its private agreement key, which only its slot (under its passphrase) holds.
extension EncryptedStore {
    private func draftKey(for userID: RecordID) throws -> SymmetricKey {
        guard let account, account.id == userID else { throw StoreProblem.notInitialized(path: path) }
        return HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: account.agreement.rawRepresentation),
                                      info: Data("teczka-draft-v3|\(userID.raw)".utf8), outputByteCount: 32)
    }

    private static func draftContext(_ userID: RecordID) -> Data { Data("teczka-draft-v3|\(userID.raw)".utf8) }

    public func saveDraft(_ draft: Data, for file: CaseFile) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let id = file.currentUser.id
        let sealed = try AES.GCM.seal(draft, using: try draftKey(for: id), authenticating: EncryptedStore.draftContext(id)).combined!
        let now = clock().timeIntervalSince1970
        do {
            try database.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO draft (user_id, sealed, created_at) VALUES (?, ?, ?)",
                               arguments: [id.raw, sealed, now])
            }
        } catch {
            throw StoreProblem.from(error, path: path)
        }
    }

    /// Nil when there is none, or when it does not open (an older key after a reset): nothing to offer then.
    public func loadDraft(for file: CaseFile) throws -> Data? {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        let id = file.currentUser.id
        guard let sealed = try database.read({ db in
            try Data.fetchOne(db, sql: "SELECT sealed FROM draft WHERE user_id = ?", arguments: [id.raw])
        }) else { return nil }
        guard let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: try draftKey(for: id), authenticating: EncryptedStore.draftContext(id))
    }

    public func discardDraft(for file: CaseFile) throws {
        guard let database else { throw StoreProblem.notInitialized(path: path) }
        try database.write { db in try db.execute(sql: "DELETE FROM draft WHERE user_id = ?", arguments: [file.currentUser.id.raw]) }
    }
}
