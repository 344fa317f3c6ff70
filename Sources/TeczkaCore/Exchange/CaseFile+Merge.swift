import Foundation

/// A record two stores changed since their common revision. Every version is kept; the one in force is shown until
/// the user picks one in "Konflikty".
public struct Conflict: Sendable {
    public let recordID: RecordID
    public let kind: RecordKind
    /// The version in force first.
    public let heads: [Revision]
    public let familyID: RecordID?
}

/// What merging a package adds: new revisions by kind and by author, the records left in conflict, and the
/// revisions this store refuses (each with its reason).
public struct MergeSummary: Equatable, Sendable {
    public var revisions = 0
    public var byKind: [RecordKind: Int] = [:]
    /// Revisions per author's name, for "who did what" before the user confirms.
    public var byAuthor: [String: [RecordKind: Int]] = [:]
    public var newRecords = 0
    public var conflicts: [RecordID] = []
    /// Revisions of the package that will not enter this store, whatever the user chooses.
    public var refusals: [Refusal] = []
    public var isEmpty: Bool { revisions == 0 }
}

extension CaseFile {
    /// The family a record is about (nil for accounts, settings, protocols and audit entries).
    public func familyID(of kind: RecordKind, _ id: RecordID) -> RecordID? {
        ledger.place(of: id)?.scope.familyID
    }

    /// The scopes a package for `recipient` may hold: a whole store for coordinators (nil: everything); for an
    /// assistant the accounts, the settings and her families (need to know); her own package also the families she
    /// wrote about and no longer sees, so that nothing she wrote stays behind.
    func packageScopes(for recipient: UserAccount?) -> (Scope) -> Bool {
        guard let recipient, recipient.role == .asystent else { return { $0 != .history } }
        var families = Set(self.families.keys.filter { canSee($0, as: recipient) })
        if recipient.id == currentUser.id {
            for chain in ledger.tips.keys where chain.signer == recipient.id { if let id = chain.scope.familyID { families.insert(id) } }
        }
        return { scope in
            switch scope {
            case .team, .settings: return true
            case .family(let id): return families.contains(id)
            case .meetings, .history: return false
            }
        }
    }

    /// The revisions to send, in the order this store admitted them: every scope the recipient may hold, whole (so
    /// that the receiving store gets every chain from its start and can tell a gap from a revision not sent).
    /// `among` (the revisions written or merged since the last package) limits them to the scopes it touches.
    public func packageRevisions(for recipient: UserAccount?, among: Set<RecordID>? = nil) throws -> [Revision] {
        let allowed = packageScopes(for: recipient)
        let all = revisions.values.joined().filter { $0.kind.traits.travels && allowed($0.scope) }
        let touched = among.map { ids in Set(all.filter { ids.contains($0.id) }.map(\.scope)) }
        return try withBodies(all.filter { touched?.contains($0.scope) ?? true }
            .sorted { (admissionOrder[$0.id] ?? 0) < (admissionOrder[$1.id] ?? 0) })
    }

    /// What `merge` would add and refuse, without writing anything.
    public func mergePreview(_ incoming: [Revision]) -> MergeSummary {
        // A package's revisions build on the families' revisions and facts (the records it touches are theirs).
        warm(scopes: Set(incoming.map(\.scope)))
        ledger.beginBatch()
        defer { ledger.rollBack() }
        let (accepted, refused, _) = admitChecked(incoming)
        return summary(of: accepted, refused: refused, known: Set(loadedRevisions.keys), afterMerge: false)
    }

    /// Adds the revisions of a package that this store does not have and admits, all in one write (all or none).
    /// Refused revisions never enter the store (see `MergeSummary.refusals`). Nothing is overwritten: a record
    /// changed on both sides keeps both versions and shows as a conflict. A second merge of the same package adds
    /// nothing.
    @discardableResult
    public func merge(_ incoming: [Revision]) throws -> MergeSummary {
        warm(scopes: Set(incoming.map(\.scope)))
        let known = Set(loadedRevisions.keys)
        ledger.beginBatch()
        let (accepted, refused, redacted) = admitChecked(incoming)
        do {
            try storeAdmitted(accepted, redacting: redacted)
        } catch {
            ledger.rollBack()
            throw error
        }
        ledger.endBatch()
        takeRedacted(redacted)
        if !accepted.isEmpty { remember(accepted) }
        return summary(of: accepted, refused: refused, known: known, afterMerge: true)
    }

    /// `admitIncoming`, then the anonymisations the package brings (the ledger must be in a batch): a revision this
    /// store holds as written takes the anonymised body the package carries for it when an admitted redaction record
    /// vouches for it (`redacted`, each made anonymised in the ledger already). What does not agree (an anonymised
    /// body nobody vouches for; a redaction whose anonymised bodies the package lacks) is refused, and the package
    /// admitted again without it.
    private func admitChecked(_ incoming: [Revision]) -> (accepted: [Revision], refused: [Refusal], redacted: [Revision]) {
        var excluded: [RecordID: RefusalReason] = [:]
        while true {
            let (accepted, refused) = admitIncoming(incoming, excluded: excluded)
            let redacted = incoming.compactMap { revision -> Revision? in
                guard revision.redactedFrom != nil, ledger.mayRedact(revision.id, to: revision.body),
                      var held = revisions(of: revision.recordID)?.first(where: { $0.id == revision.id }) else { return nil }
                held.body = revision.body
                held.redactedFrom = revision.redactedFrom
                return held
            }
            let problems = ledger.redactionProblems(replacing: Set(redacted.map(\.id)), blameRecord: true)
                .filter { excluded[$0.key] == nil }
            if problems.isEmpty {
                for revision in redacted { ledger.takeRedacted(revision) }
                return (accepted, refused, redacted)
            }
            excluded.merge(problems) { first, _ in first }
            ledger.rollBack()
            ledger.beginBatch()
        }
    }

    /// Admits what it can of `incoming` (the ledger must be in a batch), retrying revisions that wait for another
    /// one of the same package (an earlier version, the previous revision of a chain, the assignment that allows it).
    /// `excluded`: refused at once, for the reason given.
    private func admitIncoming(_ incoming: [Revision], excluded: [RecordID: RefusalReason] = [:]) -> (accepted: [Revision], refused: [Refusal]) {
        let now = clock()
        var seen = Set<RecordID>()
        var pending = incoming.filter { ledger.facts[$0.id] == nil && seen.insert($0.id).inserted }
        var accepted: [Revision] = []
        var refused: [Refusal] = []
        var refusedIDs = Set<RecordID>()
        var brokenChains = Set<ChainKey>()
        var waiting: [RecordID: RefusalReason] = [:]
        func refuse(_ revision: Revision, _ reason: RefusalReason) {
            refused.append(Refusal(revision, reason))
            refusedIDs.insert(revision.id)
            brokenChains.insert(ChainKey(signer: revision.signer, scope: revision.scope))
        }
        var progress = true
        while progress && !pending.isEmpty {
            progress = false
            var next: [Revision] = []
            for revision in pending {
                if let reason = excluded[revision.id] {
                    refuse(revision, reason)
                    progress = true
                    continue
                }
                if brokenChains.contains(ChainKey(signer: revision.signer, scope: revision.scope))
                    || revision.parents.contains(where: refusedIDs.contains) {
                    refuse(revision, .afterRefused)
                    continue
                }
                guard let reason = ledger.admit(revision, origin: .incoming(now: now)) else {
                    accepted.append(revision)
                    progress = true
                    continue
                }
                if Self.mayWait(reason) {
                    waiting[revision.id] = reason
                    next.append(revision)
                } else {
                    refuse(revision, reason)
                    progress = true
                }
            }
            pending = next
        }
        // What still waits is refused: by its own reason, or as following one refused before it.
        for revision in pending {
            let after = brokenChains.contains(ChainKey(signer: revision.signer, scope: revision.scope))
                || revision.parents.contains(where: refusedIDs.contains)
            refuse(revision, after ? .afterRefused : waiting[revision.id] ?? .missingParent)
        }
        return (accepted, refused)
    }

    /// Reasons that another revision of the same package may remove.
    private static func mayWait(_ reason: RefusalReason) -> Bool {
        switch reason {
        case .missingParent, .chainGap, .notAssigned, .unknownSigner, .signerWithoutKey, .coordinatorOnly: return true
        default: return false
        }
    }

    /// Writes revisions the ledger already admitted, and the anonymised bodies it took, in one write.
    private func storeAdmitted(_ batch: [Revision], redacting redacted: [Revision]) throws {
        if !redacted.isEmpty {
            try journal.redact(redacted, appending: batch, readers: recipients(after: batch))
        } else if !batch.isEmpty {
            try journal.append(batch, readers: recipients(after: batch))
        }
    }

    /// Every record in conflict: several heads that hold different documents.
    public var conflicts: [Conflict] {
        forked.compactMap { id -> Conflict? in
            let heads = heads(of: id)
            guard heads.count > 1, Set(heads.map(\.body)).count > 1 else { return nil }
            return Conflict(recordID: id, kind: heads[0].kind, heads: heads, familyID: heads[0].scope.familyID)
        }.sorted { ($0.heads[0].timestamp, $0.recordID) > ($1.heads[0].timestamp, $1.recordID) }
    }

    /// Ends a conflict with the chosen version: a new revision with that document replaces every head, so the
    /// other versions stay in the history and the choice travels to the other store like any edit.
    public func resolve(_ id: RecordID, keeping revisionID: RecordID) throws {
        let heads = heads(of: id)
        guard heads.count > 1, let chosen = heads.first(where: { $0.id == revisionID }),
              let document = try? chosen.kind.traits.decode(chosen.body) else { throw CaseFileError.unknownRecord(revisionID) }
        try commit([try signedRevision(id: id, kind: chosen.kind, document: document, body: chosen.body,
                                       parent: Revision.parentField(heads.map(\.id)))])
    }

    private func summary(of new: [Revision], refused: [Refusal], known: Set<RecordID>, afterMerge: Bool) -> MergeSummary {
        var summary = MergeSummary()
        summary.revisions = new.count
        summary.refusals = refused
        let incomingUsers = Dictionary(new.filter { $0.kind == .user }.compactMap { r in
            (try? DocumentCoding.decoder.decode(UserAccount.self, from: r.body)).map { (r.recordID, $0.name) }
        }, uniquingKeysWith: { _, last in last })
        for revision in new {
            summary.byKind[revision.kind, default: 0] += 1
            let name = incomingUsers[revision.author] ?? userName(revision.author)
            summary.byAuthor[name, default: [:]][revision.kind, default: 0] += 1
        }
        let touched = Set(new.map(\.recordID))
        summary.newRecords = touched.subtracting(known).count
        if afterMerge { summary.conflicts = conflicts.map(\.recordID).filter { touched.contains($0) } }
        return summary
    }
}
