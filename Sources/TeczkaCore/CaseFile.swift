import Foundation

/// Thrown when a record does not pass its checks; nothing was saved.
public struct ValidationFailure: Error, Equatable, Sendable {
    public let issues: [ValidationIssue]
    public init(_ issues: [ValidationIssue]) { self.issues = issues }
}

public enum CaseFileError: Error, Equatable, Sendable {
    case unknownRecord(RecordID)
    case undecodable(RecordID, kind: RecordKind)
}

/// The open case file of one logged-in user: the current version of every record in memory, and every save going
/// through the journal as a new revision (nothing is overwritten; "delete" archives).
public final class CaseFile {
    public let currentUser: UserAccount
    public let journal: RevisionJournal
    let clock: () -> Date

    public private(set) var users: [RecordID: UserAccount] = [:]
    public private(set) var families: [RecordID: Family] = [:]
    public private(set) var members: [RecordID: Member] = [:]
    public private(set) var settings = StoreSettings()
    public private(set) var cooperations: [RecordID: Cooperation] = [:]
    public private(set) var problems: [RecordID: FamilyProblem] = [:]
    public private(set) var planVersions: [RecordID: PlanVersion] = [:]
    public private(set) var visits: [RecordID: Visit] = [:]
    public private(set) var placements: [RecordID: Placement] = [:]
    public private(set) var events: [RecordID: FamilyEvent] = [:]
    public private(set) var assessments: [RecordID: Assessment] = [:]
    public private(set) var meetings: [RecordID: TeamMeeting] = [:]
    /// Exports and imports of this store (audit entries).
    public private(set) var transfers: [RecordID: TransferLog] = [:]
    /// Every revision of every record, oldest first, for history and later merging.
    public private(set) var revisions: [RecordID: [Revision]] = [:]

    /// Builds the in-memory state from stored revisions in the order they were written. A record's current state is
    /// its newest head (see `heads(of:)`): normally its last revision; after a merge of concurrent edits, the newer of
    /// the two versions, the other one kept and shown as a conflict.
    public init(revisions stored: [Revision], journal: RevisionJournal, currentUser: UserAccount,
                clock: @escaping () -> Date = Date.init) throws {
        self.currentUser = currentUser
        self.journal = journal
        self.clock = clock
        // Only each record's newest revision is decoded: the older ones are read when a history is shown.
        for revision in stored {
            revisions[revision.recordID, default: []].append(revision)
        }
        for list in revisions.values {
            try decode(CaseFile.heads(list)[0])
        }
        if users[currentUser.id] == nil { users[currentUser.id] = currentUser }
    }

    /// Writes revisions in one `journal.append` (all or none), then makes each touched record's newest head its
    /// current state. Every write, merge and conflict resolution goes through here.
    func commit(_ batch: [Revision]) throws {
        guard !batch.isEmpty else { return }
        try journal.append(batch)
        for revision in batch { revisions[revision.recordID, default: []].append(revision) }
        for id in Set(batch.map(\.recordID)) {
            if let newest = revisions[id].map(CaseFile.heads)?.first { try decode(newest) }
        }
    }

    /// The revisions of a record that no other revision of it replaces, newest first. One for a record edited in one
    /// place; two or more when two stores changed it since their common revision.
    public func heads(of id: RecordID) -> [Revision] { revisions[id].map(CaseFile.heads) ?? [] }

    static func heads(_ history: [Revision]) -> [Revision] {
        guard history.count > 1 else { return history }
        let replaced = Set(history.flatMap(\.parents))
        return history.filter { !replaced.contains($0.id) }
            .sorted { ($0.timestamp, $0.id) > ($1.timestamp, $1.id) }
    }

    /// The parent of the next revision of a record: its head; when several heads hold the same document (both
    /// sides made the same change), all of them, which closes the fork. Differing heads stay a conflict until the
    /// user resolves it (`resolve`); a plain save builds on the newest.
    func nextParent(of id: RecordID) -> (current: Revision?, parent: RecordID?) {
        let heads = heads(of: id)
        guard let newest = heads.first else { return (nil, nil) }
        if heads.count > 1, heads.allSatisfy({ $0.body == newest.body }) {
            return (newest, Revision.parentField(heads.map(\.id)))
        }
        return (newest, newest.id)
    }

    /// Makes `revision` the current state of its record.
    private func decode(_ revision: Revision) throws {
        let decoder = DocumentCoding.decoder
        do {
            switch revision.kind {
            case .user: users[revision.recordID] = try decoder.decode(UserAccount.self, from: revision.body)
            case .family: families[revision.recordID] = try decoder.decode(Family.self, from: revision.body)
            case .member: members[revision.recordID] = try decoder.decode(Member.self, from: revision.body)
            case .settings: settings = try decoder.decode(StoreSettings.self, from: revision.body)
            case .cooperation: cooperations[revision.recordID] = try decoder.decode(Cooperation.self, from: revision.body)
            case .problem: problems[revision.recordID] = try decoder.decode(FamilyProblem.self, from: revision.body)
            case .planVersion: planVersions[revision.recordID] = try decoder.decode(PlanVersion.self, from: revision.body)
            case .visit: visits[revision.recordID] = try decoder.decode(Visit.self, from: revision.body)
            case .placement: placements[revision.recordID] = try decoder.decode(Placement.self, from: revision.body)
            case .event: events[revision.recordID] = try decoder.decode(FamilyEvent.self, from: revision.body)
            case .assessment: assessments[revision.recordID] = try decoder.decode(Assessment.self, from: revision.body)
            case .meeting: meetings[revision.recordID] = try decoder.decode(TeamMeeting.self, from: revision.body)
            case .transfer: transfers[revision.recordID] = try decoder.decode(TransferLog.self, from: revision.body)
            }
        } catch {
            throw CaseFileError.undecodable(revision.recordID, kind: revision.kind)
        }
    }

    /// Writes a new revision of a record unless the document is unchanged. Returns whether anything was written.
    @discardableResult
    func write<Document: Encodable>(_ document: Document, id: RecordID, kind: RecordKind) throws -> Bool {
        let body = try DocumentCoding.encoder.encode(document)
        let (current, parent) = nextParent(of: id)
        // Unchanged: nothing to write, unless the save closes a fork whose heads hold this same document.
        if let current, current.body == body, parent == current.id { return false }
        try commit([Revision(id: .make(), recordID: id, kind: kind, parent: parent,
                             timestamp: clock(), author: currentUser.id, body: body)])
        return true
    }

    /// Writes new revisions of several records in one `journal.append` (all or none), skipping documents identical
    /// to their record's current revision. Returns how many were written.
    @discardableResult
    func writeAll(_ documents: [(id: RecordID, kind: RecordKind, body: Data)]) throws -> Int {
        let now = clock()
        var heads: [RecordID: RecordID] = [:]
        var batch: [Revision] = []
        for document in documents {
            let (current, parent) = nextParent(of: document.id)
            if let current, current.body == document.body { continue }
            let revision = Revision(id: .make(), recordID: document.id, kind: document.kind,
                                    parent: heads[document.id] ?? parent, timestamp: now, author: currentUser.id,
                                    body: document.body)
            heads[document.id] = revision.id
            batch.append(revision)
        }
        try commit(batch)
        return batch.count
    }

    public var today: LocalDate { LocalDate.today(now: clock()) }

    // MARK: Users

    /// Records a user account (the store writes the key slot; this is the encrypted part with the name and role).
    public func saveUser(_ user: UserAccount) throws {
        let issues = [TextRules.check(user.name, field: .userName, required: true, limit: 100)].compactMap { $0 }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(user, id: user.id, kind: .user)
    }

    public func userName(_ id: RecordID) -> String {
        users[id]?.name ?? id.short
    }

    // MARK: Families

    @discardableResult
    public func saveFamily(_ family: Family) throws -> Family {
        var family = family
        family.label = family.label.trimmingCharacters(in: .whitespaces)
        family.locality = family.locality.trimmingCharacters(in: .whitespaces)
        let issues = family.validate()
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(family, id: family.id, kind: .family)
        return family
    }

    public func setFamilyArchived(_ id: RecordID, _ archived: Bool) throws {
        guard var family = families[id] else { throw CaseFileError.unknownRecord(id) }
        family.archived = archived
        try write(family, id: id, kind: .family)
    }

    // MARK: Members

    /// Saves a member; a PESEL without a birth date fills the birth date in.
    @discardableResult
    public func saveMember(_ member: Member) throws -> Member {
        guard families[member.familyID] != nil else { throw CaseFileError.unknownRecord(member.familyID) }
        var member = member
        member.firstName = member.firstName.trimmingCharacters(in: .whitespaces)
        member.lastName = member.lastName.trimmingCharacters(in: .whitespaces)
        if let pesel = member.pesel?.filter({ $0 != " " }) { member.pesel = pesel.isEmpty ? nil : pesel }
        let issues = member.validate(today: today)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        if member.birthDate == nil, let pesel = member.pesel, let date = try? Pesel(pesel).birthDate {
            member.birthDate = date
        }
        try write(member, id: member.id, kind: .member)
        return member
    }

    public func setMemberArchived(_ id: RecordID, _ archived: Bool) throws {
        guard var member = members[id] else { throw CaseFileError.unknownRecord(id) }
        member.archived = archived
        try write(member, id: id, kind: .member)
    }

    /// Members of a family: parents first, then other adults, then children from the oldest.
    public func members(of familyID: RecordID, includeArchived: Bool = false) -> [Member] {
        members.values
            .filter { $0.familyID == familyID && (includeArchived || !$0.archived) }
            .sorted { a, b in
                let order: [MemberRole] = [.rodzic, .innaDorosla, .dziecko]
                let ra = order.firstIndex(of: a.role)!, rb = order.firstIndex(of: b.role)!
                if ra != rb { return ra < rb }
                switch (a.birthDate, b.birthDate) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.fullName.localizedCompare(b.fullName) == .orderedAscending
                }
            }
    }
}
