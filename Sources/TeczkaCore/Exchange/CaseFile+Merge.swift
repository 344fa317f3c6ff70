import Foundation

/// A record two stores changed since their common revision. Every version is kept; the newest is what the program
/// shows until the user picks one in "Konflikty".
public struct Conflict: Sendable {
    public let recordID: RecordID
    public let kind: RecordKind
    /// Newest first.
    public let heads: [Revision]
    public let familyID: RecordID?
}

/// What merging a package adds: new revisions by kind and by author, and the records left in conflict.
public struct MergeSummary: Equatable, Sendable {
    public var revisions = 0
    public var byKind: [RecordKind: Int] = [:]
    /// Revisions per author's name, for "who did what" before the user confirms.
    public var byAuthor: [String: [RecordKind: Int]] = [:]
    public var newRecords = 0
    public var conflicts: [RecordID] = []
    public var isEmpty: Bool { revisions == 0 }
}

/// Why a package's revisions were refused as a whole (nothing is merged).
public enum MergeProblem: Error, Equatable, Sendable {
    /// A revision's document does not decode as its kind: not written by a Teczka store of this version.
    case undecodable(RecordID, RecordKind)
    /// The same record id with another kind here: the package is not from a compatible store.
    case kindMismatch(RecordID)
    case localKind(RecordKind)
}

extension CaseFile {
    /// Kinds that never travel: each store keeps its own settings and its own log of exports and imports.
    public static let localKinds: Set<RecordKind> = [.settings, .transfer]

    /// The family a record is about (nil for users and meetings).
    public func familyID(of kind: RecordKind, _ id: RecordID) -> RecordID? {
        switch kind {
        case .family: return id
        case .member: return members[id]?.familyID
        case .cooperation: return cooperations[id]?.familyID
        case .problem: return problems[id]?.familyID
        case .planVersion: return planVersions[id]?.familyID
        case .visit: return visits[id]?.familyID
        case .placement: return placements[id]?.familyID
        case .event: return events[id]?.familyID
        case .assessment: return assessments[id]?.familyID
        case .user, .settings, .meeting, .transfer: return nil
        }
    }

    /// The revisions to send, in the order they were written here: all but the local kinds; for an assistant
    /// only what that assistant may see (their own and shared families, the users, meetings about those families).
    /// `among` limits them to revision ids not sent before.
    public func packageRevisions(for recipient: UserAccount?, among: Set<RecordID>? = nil) -> [Revision] {
        let everything = revisions.values.joined().filter { !Self.localKinds.contains($0.kind) && (among?.contains($0.id) ?? true) }
        guard let recipient, recipient.role == .asystent else {
            return everything.sorted { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
        }
        // Her families once, not per revision: `canSee` looks through every cooperation.
        let hers = Set(families.keys.filter { canSee($0, as: recipient) })
        return everything.compactMap { revision -> Revision? in
            switch revision.kind {
            case .user: return revision
            case .meeting:
                guard meetings[revision.recordID]?.entries.contains(where: { hers.contains($0.familyID) }) == true else { return nil }
                return redacted(revision, keeping: hers)
            default:
                return familyID(of: revision.kind, revision.recordID).map(hers.contains) == true ? revision : nil
            }
        }.sorted { ($0.timestamp, $0.id) < ($1.timestamp, $1.id) }
    }

    /// A team meeting protocol as an assistant may hold it: only the entries about her families. The copy keeps the
    /// revision's id, so it never travels back over the full one (a known id is skipped on merge).
    private func redacted(_ revision: Revision, keeping hers: Set<RecordID>) -> Revision {
        guard var meeting = try? DocumentCoding.decoder.decode(TeamMeeting.self, from: revision.body) else { return revision }
        meeting.entries = meeting.entries.filter { hers.contains($0.familyID) }
        var copy = revision
        copy.body = (try? DocumentCoding.encoder.encode(meeting)) ?? revision.body
        return copy
    }

    /// What `merge` would add, without writing anything. Throws when any new revision is unusable.
    public func mergePreview(_ incoming: [Revision]) throws -> MergeSummary {
        try summary(of: newRevisions(incoming), known: Set(revisions.keys), afterMerge: false)
    }

    /// Adds the revisions this store does not have, all in one write (all or none). Nothing is overwritten: a record
    /// changed on both sides keeps both versions and shows as a conflict. A second merge of the same package adds
    /// nothing.
    @discardableResult
    public func merge(_ incoming: [Revision]) throws -> MergeSummary {
        let new = try newRevisions(incoming)
        let known = Set(revisions.keys)
        try commit(new)
        return try summary(of: new, known: known, afterMerge: true)
    }

    /// Every record in conflict: several heads that hold different documents.
    public var conflicts: [Conflict] {
        revisions.compactMap { id, history -> Conflict? in
            let heads = CaseFile.heads(history)
            guard heads.count > 1, Set(heads.map(\.body)).count > 1 else { return nil }
            return Conflict(recordID: id, kind: heads[0].kind, heads: heads, familyID: familyID(of: heads[0].kind, id))
        }.sorted { ($0.heads[0].timestamp, $0.recordID) > ($1.heads[0].timestamp, $1.recordID) }
    }

    /// Ends a conflict with the chosen version: a new revision with that document replaces every head, so the
    /// other versions stay in the history and the choice travels to the other store like any edit.
    public func resolve(_ id: RecordID, keeping revisionID: RecordID) throws {
        let heads = heads(of: id)
        guard heads.count > 1, let chosen = heads.first(where: { $0.id == revisionID }) else { throw CaseFileError.unknownRecord(revisionID) }
        try commit([Revision(id: .make(), recordID: id, kind: chosen.kind, parent: Revision.parentField(heads.map(\.id)),
                             timestamp: clock(), author: currentUser.id, body: chosen.body)])
    }

    private func newRevisions(_ incoming: [Revision]) throws -> [Revision] {
        let known = Set(revisions.values.joined().map(\.id))
        var seen = Set<RecordID>()
        var new: [Revision] = []
        for revision in incoming where !known.contains(revision.id) && seen.insert(revision.id).inserted {
            guard !Self.localKinds.contains(revision.kind) else { throw MergeProblem.localKind(revision.kind) }
            if let existing = revisions[revision.recordID]?.first, existing.kind != revision.kind {
                throw MergeProblem.kindMismatch(revision.recordID)
            }
            guard Self.decodes(revision) else { throw MergeProblem.undecodable(revision.recordID, revision.kind) }
            new.append(revision)
        }
        return new
    }

    private func summary(of new: [Revision], known: Set<RecordID>, afterMerge: Bool) throws -> MergeSummary {
        var summary = MergeSummary()
        summary.revisions = new.count
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

    /// Whether a revision's document reads as its kind (a package from a compatible store).
    public static func decodes(_ revision: Revision) -> Bool {
        let d = DocumentCoding.decoder, body = revision.body
        switch revision.kind {
        case .user: return (try? d.decode(UserAccount.self, from: body)) != nil
        case .family: return (try? d.decode(Family.self, from: body)) != nil
        case .member: return (try? d.decode(Member.self, from: body)) != nil
        case .settings: return (try? d.decode(StoreSettings.self, from: body)) != nil
        case .cooperation: return (try? d.decode(Cooperation.self, from: body)) != nil
        case .problem: return (try? d.decode(FamilyProblem.self, from: body)) != nil
        case .planVersion: return (try? d.decode(PlanVersion.self, from: body)) != nil
        case .visit: return (try? d.decode(Visit.self, from: body)) != nil
        case .placement: return (try? d.decode(Placement.self, from: body)) != nil
        case .event: return (try? d.decode(FamilyEvent.self, from: body)) != nil
        case .assessment: return (try? d.decode(Assessment.self, from: body)) != nil
        case .meeting: return (try? d.decode(TeamMeeting.self, from: body)) != nil
        case .transfer: return (try? d.decode(TransferLog.self, from: body)) != nil
        }
    }
}
