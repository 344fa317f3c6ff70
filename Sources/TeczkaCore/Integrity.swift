/// A reference between records that does not resolve: found by `teczka check`, never by the normal screens, which
/// only write records whose references were checked. It points at data written by an older or a foreign program,
/// or at damage that SQLite's own check cannot see because every row is intact.
public struct BrokenReference: Equatable, Sendable, CustomStringConvertible {
    public let kind: RecordKind
    public let recordID: RecordID
    /// The field holding the reference, as in the record's JSON (`familyID`, `entries.familyID` …).
    public let field: String
    public let target: RecordID

    public var description: String { "\(kind.rawValue) \(recordID.raw): \(field) → \(target.raw)" }
}

extension CaseFile {
    /// Every reference of every current record, checked against the records that exist (archived ones included),
    /// and every revision's parent checked against the revisions of its record.
    public func brokenReferences() -> [BrokenReference] {
        var found: [BrokenReference] = []
        func check(_ kind: RecordKind, _ id: RecordID, _ field: String, _ target: RecordID, in known: Set<RecordID>) {
            if !known.contains(target) { found.append(BrokenReference(kind: kind, recordID: id, field: field, target: target)) }
        }
        let familyIDs = Set(families.keys), memberIDs = Set(members.keys), userIDs = Set(users.keys)
        let cooperationIDs = Set(cooperations.keys), problemIDs = Set(problems.keys)
        for m in members.values { check(.member, m.id, "familyID", m.familyID, in: familyIDs) }
        for f in families.values { for u in f.sharedWith ?? [] { check(.family, f.id, "sharedWith", u, in: userIDs) } }
        for c in cooperations.values {
            check(.cooperation, c.id, "familyID", c.familyID, in: familyIDs)
            check(.cooperation, c.id, "assistantID", c.assistantID, in: userIDs)
            for h in c.handovers ?? [] {
                check(.cooperation, c.id, "handovers.from", h.from, in: userIDs)
                check(.cooperation, c.id, "handovers.to", h.to, in: userIDs)
            }
        }
        for p in problems.values { check(.problem, p.id, "familyID", p.familyID, in: familyIDs) }
        for v in planVersions.values {
            check(.planVersion, v.id, "familyID", v.familyID, in: familyIDs)
            check(.planVersion, v.id, "cooperationID", v.cooperationID, in: cooperationIDs)
            for g in v.goals { for p in g.problemIDs { check(.planVersion, v.id, "goals.problemIDs", p, in: problemIDs) } }
            for s in v.signatures { check(.planVersion, v.id, "signatures.memberID", s.memberID, in: memberIDs) }
        }
        for v in visits.values {
            check(.visit, v.id, "familyID", v.familyID, in: familyIDs)
            check(.visit, v.id, "assistantID", v.assistantID, in: userIDs)
            for m in v.presentMemberIDs { check(.visit, v.id, "presentMemberIDs", m, in: memberIDs) }
        }
        for p in placements.values {
            check(.placement, p.id, "familyID", p.familyID, in: familyIDs)
            check(.placement, p.id, "childID", p.childID, in: memberIDs)
        }
        for e in events.values { check(.event, e.id, "familyID", e.familyID, in: familyIDs) }
        for a in assessments.values {
            check(.assessment, a.id, "familyID", a.familyID, in: familyIDs)
            check(.assessment, a.id, "cooperationID", a.cooperationID, in: cooperationIDs)
            check(.assessment, a.id, "authorID", a.authorID, in: userIDs)
            if let by = a.approvedBy { check(.assessment, a.id, "approvedBy", by, in: userIDs) }
            for r in a.reviews { check(.assessment, a.id, "reviews.reviewerID", r.reviewerID, in: userIDs) }
        }
        for meeting in meetings.values {
            for entry in meeting.entries { check(.meeting, meeting.id, "entries.familyID", entry.familyID, in: familyIDs) }
        }
        for (recordID, history) in revisions {
            let own = Set(history.map(\.id))
            for revision in history {
                for parent in revision.parents { check(revision.kind, recordID, "parent", parent, in: own) }
                check(revision.kind, recordID, "author", revision.author, in: userIDs)
            }
        }
        return found.sorted { ($0.kind.rawValue, $0.recordID, $0.field) < ($1.kind.rawValue, $1.recordID, $1.field) }
    }
}
