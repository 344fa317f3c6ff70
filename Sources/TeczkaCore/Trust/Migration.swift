import Foundation

extension CaseFile {
    /// The rest of a migration to the signed format, once a coordinator vouched for the store's revisions: their
    /// account record carries their key, protocols written before the split get their per-family entries, and the
    /// history says when and by whom the store was migrated.
    public func completeMigration(vouched count: Int) throws {
        try saveUser(currentUser)
        for meeting in meetingHeaders.values where !meeting.entries.isEmpty {
            if let assembled = meetings[meeting.id] { try writeAll(meetingDocuments(assembled)) }
        }
        try recordTransfer(.migracja, fileName: "", counts: ["revisions": count])
    }

    /// The rest of a migration from format 2 to need-to-know keys: the migrating account's record names its new
    /// agreement key (a coordinator's right; an assistant's own, on the store only she opens), and the history says
    /// how many revisions were sealed again under the keys of their scopes.
    public func completeKeyMigration(agreementKey: PublicAgreementKey, resealed count: Int) throws {
        var account = users[currentUser.id] ?? currentUser
        account.agreementKey = agreementKey
        try saveUser(account)
        try recordTransfer(.klucze, fileName: "", counts: ["revisions": count])
    }

    /// Whether the logged-in account can sign what it saves: its account record names the key this case file holds.
    public var canSign: Bool { ledger.key(of: currentUser.id) == signingKey.publicKey }
}

extension CaseFile {
    /// The key this case file signs with, for the store to seal into the account's slot again (a new passphrase).
    public var signingKeyForSlot: SigningKey { signingKey }
}

extension CaseFile {
    /// Every admitted revision's own signature, checked one by one (`teczka check`): opening a store checks the
    /// links of each chain and the newest signature, which proves the rest; this finds a damaged signature anywhere.
    /// A batch at a time (bodies read from the file, signatures checked on every core), so that a city centre's
    /// half a million revisions are never in memory with their bodies at once.
    public func verifyEverySignature() throws -> [Refusal] {
        let all = Array(revisions.values.joined())
        var refusals: [Refusal] = []
        for start in stride(from: 0, to: all.count, by: 8_192) {
            let batch = try withBodies(Array(all[start..<min(start + 8_192, all.count)]))
            let keys = batch.map { ledger.facts[$0.id]?.key }
            let valid = parallelMap(batch.count) { index in keys[index].map { RevisionSeal.verify(batch[index], with: $0) } ?? true }
            refusals += batch.indices.filter { !valid[$0] }.map { Refusal(batch[$0], .badSignature) }
        }
        return refusals.sorted { (admissionOrder[$0.revisionID] ?? 0) < (admissionOrder[$1.revisionID] ?? 0) }
    }
}
