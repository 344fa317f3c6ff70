import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Accounts: each has its own slot with its own keys; adding an account or changing a passphrase writes one slot,
/// and the account record (public keys, role) decides which scope keys are wrapped for it.
extension EncryptedStore {
    /// Adds an account with its own passphrase and keys. `file` is the coordinator's open case file: the account
    /// record (with the public keys) is signed by them, and saving it wraps the keys of the scopes the account may
    /// read for it; the slot holds the private keys and the store's root.
    @discardableResult
    public func addUser(name: String, role: UserRole, passphrase: String, by file: CaseFile) throws -> UserAccount {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        let (user, keys) = UserAccount.withNewKeys(name: name.trimmingCharacters(in: .whitespaces), role: role)
        var issues = [TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
        if passphrase.count < UserAccount.minimumPassphraseLength {
            issues.append(.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        guard let root = file.root else { throw AccountProblem.notAllowed }
        // One key derivation serves the check and the slot.
        let kek = try slotKey(passphrase)
        guard try !passphraseInUse(kek, except: nil) else { throw AccountProblem.passphraseInUse }
        try writeSlot(userID: user.id, kek: kek, identity: AccountIdentity(keys: keys, root: root))
        do {
            try file.saveUser(user)
        } catch {
            try? removeSlot(user.id)
            throw error
        }
        return user
    }

    /// Replaces the current user's passphrase: their slot is sealed again under the new passphrase key; the keys and
    /// the data stay as they are.
    public func changePassphrase(to passphrase: String, for file: CaseFile) throws {
        guard passphrase.count >= UserAccount.minimumPassphraseLength else {
            throw ValidationFailure([.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength)])
        }
        guard let account, account.id == file.currentUser.id, let root = file.root else { throw AccountProblem.notAllowed }
        // One key derivation serves the check and the slot.
        let kek = try slotKey(passphrase)
        guard try !passphraseInUse(kek, except: file.currentUser.id) else { throw AccountProblem.passphraseInUse }
        let keys = AccountKeys(signing: file.signingKeyForSlot, agreement: account.agreement)
        try writeSlot(userID: file.currentUser.id, kek: kek, identity: AccountIdentity(keys: keys, root: root))
    }

    /// Active accounts that have no slot of this format (brought in by an import, or left from before a migration):
    /// they cannot log in, or only to be told to ask for a reset, until a coordinator gives them a passphrase.
    public func accountsWithoutPassphrase(in file: CaseFile) throws -> [UserAccount] {
        let slots = try accountsWithSlot()
        return file.users.values.filter { $0.active && !slots.contains($0.id) }
            .sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }

    /// Gives an imported account without a passphrase its first one (coordinators only). An account that already
    /// has a passphrase changes it itself (`changePassphrase`), or a coordinator resets it (`resetAccount`).
    public func setFirstPassphrase(_ passphrase: String, for userID: RecordID, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard try !accountsWithSlot().contains(userID) else { throw AccountProblem.hasPassphrase }
        try issueKeys(to: userID, passphrase: passphrase, by: file)
    }

    /// A coordinator gives an account a new passphrase and new keys (a forgotten passphrase, or an account from
    /// before signatures): the old slot is replaced, the account record names the new keys — revisions signed with
    /// the old key after this are refused, and the scopes the account reads get new keys (the old one may be lost).
    public func resetAccount(_ userID: RecordID, passphrase: String, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard userID != file.currentUser.id else { throw AccountProblem.ownAccount }
        try issueKeys(to: userID, passphrase: passphrase, by: file)
    }

    private func issueKeys(to userID: RecordID, passphrase: String, by file: CaseFile) throws {
        guard var user = file.users[userID], user.active else { throw AccountProblem.unknownUser }
        guard passphrase.count >= UserAccount.minimumPassphraseLength else {
            throw ValidationFailure([.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength)])
        }
        guard let root = file.root else { throw AccountProblem.notAllowed }
        // One key derivation serves the check and the slot.
        let kek = try slotKey(passphrase)
        guard try !passphraseInUse(kek, except: userID) else { throw AccountProblem.passphraseInUse }
        let keys = AccountKeys()
        user.signingKey = keys.signing.publicKey
        user.agreementKey = keys.agreement.publicKey
        let hadSlot = try accountsWithSlot().contains(userID)
        try writeSlot(userID: userID, kek: kek, identity: AccountIdentity(keys: keys, root: root))
        do {
            try file.saveUser(user)
        } catch {
            if !hadSlot { try? removeSlot(userID) }
            throw error
        }
    }

    /// Active accounts that only a coordinator's reset gives keys: no signing key (moved from format 1), or no
    /// agreement key and nothing to ask for one with (a request was refused). Accounts of format 2 still holding
    /// their old slot ask for keys themselves at their first log-in.
    public func accountsWithoutKey(in file: CaseFile) -> [UserAccount] {
        let willAsk = Set(((try? readSlots()) ?? []).filter { $0.identity != nil }.map(\.userID))
        let asked = Set(((try? keyRequests()) ?? []).map(\.userID))
        return file.users.values.filter { user in
            user.active && (user.signingKey == nil || (user.agreementKey == nil && !willAsk.contains(user.id) && !asked.contains(user.id)))
        }.sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }

    /// Deactivates an account: its slot is removed, so the passphrase no longer opens anything; the record stays
    /// (marked inactive), so history keeps the name; revisions it signs from now on are refused, and every scope it
    /// could read gets a new key for what is written next.
    public func deactivate(_ userID: RecordID, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard var user = file.users[userID] else { throw AccountProblem.unknownUser }
        let coordinators = file.users.values.filter { $0.active && $0.role == .koordynator }
        if user.role == .koordynator && coordinators.count <= 1 { throw AccountProblem.lastCoordinator }
        user.active = false
        try file.saveUser(user)
        try removeSlot(userID)
    }
}

extension EncryptedStore {
    /// Printed documents go to `wydruki/` beside the store, private to the user (they hold readable data).
    public func writeDocument(named name: String, contents: String) throws -> String {
        try writeDocument(named: name, data: Data(contents.utf8))
    }

    public func writeDocument(named name: String, data: Data) throws -> String {
        let folder = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("wydruki")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let file = (folder as NSString).appendingPathComponent(name)
            try EncryptedStore.writePrivately(data, to: file)
            return file
        } catch {
            throw StoreProblem.from(error, path: folder)
        }
    }

    /// A file beside the store for its owner only (printouts, packages): written whole or not at all, mode 0600.
    static func writePrivately(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
