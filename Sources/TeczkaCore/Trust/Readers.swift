import Foundation

/// Who may read what (threat 2 of the security brief): each scope's revisions are sealed under a key of that scope,
/// wrapped for exactly these accounts, so a passphrase opens nothing else. The store asks at every write, and when the
/// readers of a scope shrink it seals what follows under a new key.
extension Ledger {
    /// The accounts that may read `scope` on `day`: every active coordinator; for a family also
    /// the assistant whose cooperation with it is in progress or in monitoring, the assistants it is shared with, and
    /// the one who registered it while nobody is assigned; accounts, settings and the audit log are read by every
    /// active account; team meeting protocols by coordinators.
    func readers(of scope: Scope, on day: LocalDate) -> Set<RecordID> {
        // By role only: the root's extra trust (it may act before its own record exists) is not a right to read.
        var readers = Set(accounts.values.filter { $0.active && $0.role == .koordynator }.map(\.id))
        switch scope {
        case .team, .settings, .history:
            readers.formUnion(accounts.values.filter(\.active).map(\.id))
        case .meetings:
            break
        case .family(let familyID):
            readers.formUnion(familyReaders(familyID, on: day))
        }
        return readers
    }

    /// The assistants who may read a family on `day`: those it is shared with; the assistant of every cooperation in
    /// progress or in monitoring; when none is, the assistant of the latest cooperation (a family whose work ended
    /// stays with its last assistant, until another one is assigned); with no cooperation, who registered it.
    func familyReaders(_ familyID: RecordID, on day: LocalDate) -> Set<RecordID> {
        var readers = Set(families[familyID]?.sharedWith ?? [])
        let all = (cooperations[familyID] ?? [:]).values.filter { !$0.archived }
        let current = all.filter { $0.monitoringUntil.map { day <= $0 } ?? true }
        if !current.isEmpty {
            readers.formUnion(current.map(\.assistantID))
        } else if let latest = all.max(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            readers.insert(latest.assistantID)
        } else if let registrant = registrants[familyID] {
            readers.insert(registrant)
        }
        return readers.filter(isActive)
    }

    /// The readers that have a public agreement key (an account without one gets the keys when a coordinator gives it
    /// a passphrase).
    func recipients(of scope: Scope, on day: LocalDate) -> Set<KeyRecipient> {
        Set(readers(of: scope, on: day).compactMap { id in
            accounts[id]?.agreementKey.map { KeyRecipient(userID: id, key: $0) }
        })
    }

    /// Every scope the ledger holds, and the store-wide ones.
    var allScopes: Set<Scope> {
        Set(records.values.map { scopeTable[$0.scope] }).union([.team, .settings, .meetings, .history])
    }
}

extension CaseFile {
    /// The recipients of every scope a batch touches: its own scopes; after a change of an account (a role, a
    /// deactivation, new keys) every scope, as the readers of all of them may change. For `RevisionJournal`.
    func recipients(after batch: [Revision]) -> [Scope: Set<KeyRecipient>] {
        let scopes = batch.contains { $0.kind == .user } ? ledger.allScopes : Set(batch.map(\.scope))
        let day = today
        return Dictionary(uniqueKeysWithValues: scopes.map { ($0, ledger.recipients(of: $0, on: day)) })
    }

    /// The recipients of every scope the store holds (a store set up or migrated wraps every key at once).
    public func recipientsOfEveryScope() -> [Scope: Set<KeyRecipient>] {
        let day = today
        return Dictionary(uniqueKeysWithValues: ledger.allScopes.map { ($0, ledger.recipients(of: $0, on: day)) })
    }

    /// The same, where a scope nobody with a key may read goes to `fallback` instead of to nobody: a store moved
    /// from format 2 by its only account (a laptop, whose coordinators have no keys there yet) keeps readable what
    /// that account could read before.
    public func recipientsOfEveryScope(fallback: KeyRecipient) -> [Scope: Set<KeyRecipient>] {
        recipientsOfEveryScope().mapValues { $0.isEmpty ? [fallback] : $0 }
    }

    /// A coordinator reads every scope, so a revision of its store sealed under a key it was not given means the file
    /// was edited (a wrap removed) or made elsewhere: listed with the check's other findings instead of silently
    /// missing. An assistant meets such revisions by design (other families) and is told nothing.
    public func reportKeysMissing(_ unreadable: [Revision]) {
        guard !unreadable.isEmpty, ledger.isCoordinator(currentUser.id) else { return }
        integrity += unreadable.map { Refusal($0, .keyMissing) }
    }

    /// Whether `user` may read a family's records (and so sees it on the lists): what the keys allow.
    func mayRead(_ familyID: RecordID, as user: UserAccount) -> Bool {
        ledger.readers(of: .family(familyID), on: today).contains(user.id)
    }
}
