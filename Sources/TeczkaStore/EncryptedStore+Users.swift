import Crypto
import Foundation
import GRDB
import TeczkaCore

/// Accounts: each user has their own key slot wrapping the one data key, so adding a user or changing a passphrase
/// rewraps one slot and never re-encrypts the data.
extension EncryptedStore {

    /// True when some key slot other than `except`'s opens with this passphrase.
    func passphraseInUse(_ passphrase: String, except: RecordID?) throws -> Bool {
        let slots = try readSlots()
        for slot in slots where slot.userID != except {
            let kek = try Sealing.deriveKey(passphrase: passphrase, salt: slot.salt, cost: slot.cost)
            if Sealing.unwrap(slot.wrapped, with: kek, userID: slot.userID) != nil { return true }
        }
        return false
    }

    /// Adds an account with its own passphrase and signing key. `file` is the coordinator's open case file: the
    /// account record (with the public key) is signed by them; the slot holds the private key and the store's root.
    @discardableResult
    public func addUser(name: String, role: UserRole, passphrase: String, by file: CaseFile) throws -> UserAccount {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        let (user, key) = UserAccount.withNewKey(name: name.trimmingCharacters(in: .whitespaces), role: role)
        var issues = [TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
        if passphrase.count < UserAccount.minimumPassphraseLength {
            issues.append(.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        guard let root = file.root else { throw AccountProblem.notAllowed }
        guard try !passphraseInUse(passphrase, except: nil) else { throw AccountProblem.passphraseInUse }
        try writeSlot(userID: user.id, passphrase: passphrase, identity: AccountIdentity(signingKey: key, root: root))
        do {
            try file.saveUser(user)
        } catch {
            try? removeSlot(user.id)
            throw error
        }
        return user
    }

    /// Replaces the current user's passphrase: their slot is rewrapped (data key and identity), the data stays.
    public func changePassphrase(to passphrase: String, for file: CaseFile) throws {
        guard passphrase.count >= UserAccount.minimumPassphraseLength else {
            throw ValidationFailure([.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength)])
        }
        guard try !passphraseInUse(passphrase, except: file.currentUser.id) else { throw AccountProblem.passphraseInUse }
        let identity = file.root.map { AccountIdentity(signingKey: file.signingKeyForSlot, root: $0) }
        try writeSlot(userID: file.currentUser.id, passphrase: passphrase, identity: file.canSign ? identity : nil)
    }

    /// Active accounts that have no key slot (brought in by an import): they cannot log in until a coordinator
    /// gives them a first passphrase.
    public func accountsWithoutPassphrase(in file: CaseFile) throws -> [UserAccount] {
        let slots = Set(try readSlots().map(\.userID))
        return file.users.values.filter { $0.active && !slots.contains($0.id) }
            .sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }

    /// Gives an imported account without a passphrase its first one (coordinators only). An account that already
    /// has a passphrase changes it itself (`changePassphrase`), or a coordinator resets it (`resetAccount`).
    public func setFirstPassphrase(_ passphrase: String, for userID: RecordID, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard try !readSlots().contains(where: { $0.userID == userID }) else { throw AccountProblem.hasPassphrase }
        try issueKey(to: userID, passphrase: passphrase, by: file)
    }

    /// A coordinator gives an account a new passphrase and a new signing key (a forgotten passphrase, or an account
    /// from before signatures): the old slot is replaced, and the account record names the new key, so revisions
    /// signed with the old key after this are refused.
    public func resetAccount(_ userID: RecordID, passphrase: String, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard userID != file.currentUser.id else { throw AccountProblem.ownAccount }
        try issueKey(to: userID, passphrase: passphrase, by: file)
    }

    private func issueKey(to userID: RecordID, passphrase: String, by file: CaseFile) throws {
        guard var user = file.users[userID], user.active else { throw AccountProblem.unknownUser }
        guard passphrase.count >= UserAccount.minimumPassphraseLength else {
            throw ValidationFailure([.passphraseTooShort(minimum: UserAccount.minimumPassphraseLength)])
        }
        guard let root = file.root else { throw AccountProblem.notAllowed }
        guard try !passphraseInUse(passphrase, except: userID) else { throw AccountProblem.passphraseInUse }
        let key = SigningKey()
        user.signingKey = key.publicKey
        let previous = try readSlots().first { $0.userID == userID }
        try writeSlot(userID: userID, passphrase: passphrase, identity: AccountIdentity(signingKey: key, root: root))
        do {
            try file.saveUser(user)
        } catch {
            if previous == nil { try? removeSlot(userID) }
            throw error
        }
    }

    /// Active accounts whose record names no signing key (stores migrated from format 1): a coordinator resets them.
    public func accountsWithoutKey(in file: CaseFile) -> [UserAccount] {
        file.users.values.filter { $0.active && $0.signingKey == nil }
            .sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
    }

    /// Deactivates an account: its key slot is removed, so the passphrase no longer opens the data; the user record
    /// stays (marked inactive), so history keeps the name, and revisions it signs from now on are refused.
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
        let folder = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("wydruki")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let file = (folder as NSString).appendingPathComponent(name)
            try EncryptedStore.writePrivately(Data(contents.utf8), to: file)
            return file
        } catch {
            throw StoreProblem.io("\(folder): \(error.localizedDescription)")
        }
    }

    /// A file beside the store for its owner only (printouts, packages): written whole or not at all, mode 0600.
    static func writePrivately(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
