import Foundation

/// An account of a store of format 2 asks for the keys of what it may read (Docs/store.md, "Migration"): at its first
/// log-in after a coordinator moved the store to need-to-know keys it makes its agreement key and leaves the public
/// half in the file, signed with the signing key its account record names. A coordinator's next log-in checks the
/// signature against the ledger and writes the account record naming the key, which wraps for it every scope it may
/// read. Forging a request needs the account's private signing key; a request made before a reset no longer verifies.
public struct KeyRequest: Sendable, Equatable {
    public let userID: RecordID
    public let agreementKey: PublicAgreementKey
    public let signature: Data

    public init(userID: RecordID, agreementKey: PublicAgreementKey, signature: Data) {
        self.userID = userID
        self.agreementKey = agreementKey
        self.signature = signature
    }

    public init(userID: RecordID, agreementKey: PublicAgreementKey, signedWith key: SigningKey) throws {
        self.init(userID: userID, agreementKey: agreementKey,
                  signature: try key.sign(KeyRequest.message(userID, agreementKey)))
    }

    static func message(_ userID: RecordID, _ key: PublicAgreementKey) -> Data {
        Data("teczka-key-request-v3|\(userID.raw)|".utf8) + key.rawRepresentation
    }

    func isSigned(by key: PublicSigningKey) -> Bool {
        key.isValid(signature, for: KeyRequest.message(userID, agreementKey))
    }
}

extension CaseFile {
    /// A coordinator grants the requests whose signature the account's current key verifies, for active accounts
    /// that have no agreement key yet: each account record then names its key (which wraps every scope the account
    /// may read for it). Returns the requests that are settled — granted, or never to be (forged, made before a
    /// reset, for an inactive account) — for the store to remove; an assistant settles none.
    public func grant(_ requests: [KeyRequest]) throws -> [KeyRequest] {
        guard ledger.isCoordinator(currentUser.id), canSign else { return [] }
        var settled: [KeyRequest] = []
        for request in requests {
            defer { settled.append(request) }
            // Already named (her laptop, moved on its own, published the same key) or never to be.
            guard var account = users[request.userID], account.active, account.agreementKey == nil,
                  let key = ledger.key(of: request.userID), request.isSigned(by: key) else { continue }
            account.agreementKey = request.agreementKey
            try saveUser(account)
        }
        return settled
    }
}

extension KindRules {
    /// An account whose record names no agreement key yet may publish its own (a store of format 2 moved to
    /// need-to-know keys by its only account, an assistant's laptop): the same record with that one field added,
    /// signed by the account itself. The same key published again is let in too (her laptop's publication reaching
    /// an office that granted her request: the key is derived from her signing key, so it is the same). Anything
    /// else in an account record is a coordinator's.
    static func publishesOwnAgreementKey(_ r: Revision, _ document: (any RecordDocument)?, ledger: Ledger) -> Bool {
        guard r.kind == .user, r.signer == r.recordID, let next = document as? UserAccount, let key = next.agreementKey,
              let before = ledger.accounts[r.recordID], before.agreementKey == nil || before.agreementKey == key else { return false }
        var unchanged = next, held = before
        unchanged.agreementKey = nil
        held.agreementKey = nil
        return unchanged == held
    }
}
