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
/// through the journal as a new revision (nothing is overwritten; "delete" archives). Every revision is signed with
/// the user's key and admitted by the `Ledger`, which applies the authority table — to what the user types here, to
/// merged packages, and to the whole store again each time it is opened.
public final class CaseFile {
    public let currentUser: UserAccount
    public let journal: RevisionJournal
    let clock: () -> Date
    let signingKey: SigningKey
    var ledger: Ledger

    public internal(set) var users: [RecordID: UserAccount] = [:]
    public internal(set) var families: [RecordID: Family] = [:]
    public internal(set) var members: [RecordID: Member] = [:]
    public internal(set) var settings = StoreSettings()
    public internal(set) var cooperations: [RecordID: Cooperation] = [:]
    public internal(set) var problems: [RecordID: FamilyProblem] = [:]
    public internal(set) var planVersions: [RecordID: PlanVersion] = [:]
    /// Visits, some held in a checkpoint's encoding until shown (`VisitTable`; `visits`, `visit(_:)`, `visits(of:)`).
    var visitTable = VisitTable()
    public internal(set) var placements: [RecordID: Placement] = [:]
    public internal(set) var events: [RecordID: FamilyEvent] = [:]
    public internal(set) var assessments: [RecordID: Assessment] = [:]
    /// Team meeting protocols as stored (see `meetings` for them with their entries).
    public internal(set) var meetingHeaders: [RecordID: TeamMeeting] = [:]
    /// The per-family parts of team meeting protocols.
    public internal(set) var meetingEntryRecords: [RecordID: FamilyMeetingEntry] = [:]
    /// Exports and imports of this store (audit entries).
    public internal(set) var transfers: [RecordID: TransferLog] = [:]
    /// Anonymisations of families past retention (`Redaction`), by record.
    public internal(set) var redactions: [RecordID: Redaction] = [:]
    /// Every admitted revision of every record in memory, in the order this store admitted them, for history and
    /// merging; the revisions of families taken from checkpoints are in `cold` until needed (`revisions(of:)`, `warm`).
    var loadedRevisions: [RecordID: [Revision]] = [:]
    /// Families taken from checkpoints whose revisions are still encoded (`ColdFamilies.swift`).
    var cold: [RecordID: ColdFamily] = [:]
    /// Whether the bodies of older revisions were dropped from memory (`releaseBodies`).
    var bodiesReleased = false
    /// Each admitted revision's place in the order of admission (packages keep it, so a receiving store meets every
    /// revision after the ones it depends on).
    /// A store gives each revision its row's `seq`, so that families taken from checkpoints and those re-admitted
    /// keep one order.
    var admissionOrder: [RecordID: Int] = [:]
    /// The place the next revision written or merged takes in that order.
    var nextOrder = 0
    /// Revisions of the stored file that could not be admitted when it was opened (a gap or fork in a chain, a
    /// signature or clock that does not hold, a change the authority table forbids): evidence that the file was
    /// edited. They are left out of everything the program shows.
    public internal(set) var integrity: [Refusal] = []
    /// Families the store took away from this user: later revisions are sealed under a key they were not given
    /// (unshared, handed over). What they could read before is still there, and no longer shown.
    public var withdrawn: Set<RecordID> = []

    /// Builds the in-memory state from stored revisions in the order they were written, re-admitting each through
    /// the ledger rooted at `root` (nil: the signer of the first revision, or the current user in an empty journal —
    /// for tests and previews). A record's current state is its head with the highest logical clock.
    /// `releasingBodies`: the journal can read bodies again (a store): those of families' records are dropped from
    /// memory as soon as their documents are decoded (see `CaseFile+Bodies.swift`), so that the whole store's bodies and its
    /// decoded documents are never held at once.
    /// `order`: each stored revision's place in the store (its `seq`; nil: its position). `checkpoints`: families
    /// whose revisions are not among `stored`, taken as this account admitted them before (`FamilyCheckpoint`).
    public init(revisions stored: consuming [Revision], order: [Int]? = nil, checkpoints: consuming [FamilyCheckpoint] = [],
                journal: RevisionJournal, currentUser: UserAccount,
                signingKey: SigningKey? = nil, root: RootOfTrust? = nil, clock: @escaping () -> Date = Date.init,
                releasingBodies: Bool = false) throws {
        let key = signingKey ?? SigningKey()
        self.currentUser = currentUser
        self.journal = journal
        self.clock = clock
        self.signingKey = key
        let trusted = root ?? CaseFile.impliedRoot(stored, currentUser: currentUser, key: key)
        let started = Date()
        let rssRead = PeakMemory.residentNow() ?? -1
        var positions: [RecordID: Int]?
        if let order {
            var byID = [RecordID: Int](minimumCapacity: order.count)
            for (revision, position) in zip(stored, order) { byID[revision.id] = position }
            positions = byID
        }
        var outcome = Replay.run(stored, root: trusted)
        // From here on the admitted revisions are the only copy of the bodies (refused ones stay in `integrity`).
        stored = []
        let checked = Date()
        let rssChecked = PeakMemory.residentNow() ?? -1
        ledger = outcome.ledger
        // The documents the replay decoded for the authority rules (accounts, families, cooperations, assessments)
        // are not decoded again below; then the ledger keeps no documents.
        let decodedByReplay = ledger.decoded
        ledger.keepsDecoded = false
        ledger.decoded = [:]
        integrity = outcome.refused
        // Sized once for the re-admitted and the checkpointed revisions together: growing these tables by doubling
        // cost a fifth of a 10,000-family log-in (rehashing, and the kernel clearing the pages each new table takes).
        // The checkpointed families' revisions and facts stay encoded (`cold`): only their records are counted here.
        let checkpointedRecords = checkpoints.reduce(0) { $0 + $1.documents.count + $1.encodedVisits.count }
        admissionOrder.reserveCapacity(outcome.admitted.count)
        loadedRevisions.reserveCapacity(outcome.admitted.count)
        ledger.reserve(facts: ledger.facts.count, records: ledger.records.count + checkpointedRecords)
        cold.reserveCapacity(checkpoints.count)
        for revision in outcome.admitted {
            loadedRevisions[revision.recordID, default: []].append(revision)
            admissionOrder[revision.id] = positions?[revision.id] ?? admissionOrder.count
        }
        positions = nil
        nextOrder = max(order?.last.map { $0 + 1 } ?? 0, admissionOrder.count, (checkpoints.map(\.lastOrder).max() ?? -1) + 1)
        outcome.admitted = []
        // Only each record's current revision is decoded, on every core: the older ones are read when a history is
        // shown. The documents are then applied in one thread.
        // A batch at a time, so that the decoded documents of a whole store are not held twice (in the batch and in
        // the case file) at once.
        let ids = Array(loadedRevisions.keys)
        var kinds: [RecordKind: Int] = [:]
        for list in loadedRevisions.values { kinds[list[0].kind, default: 0] += 1 }
        for index in checkpoints.indices { for item in checkpoints[index].documents { kinds[item.kind, default: 0] += 1 } }
        for (kind, count) in kinds { kind.traits.reserve(self, count) }
        visitTable.reserve(decoded: kinds[.visit] ?? 0, encoded: checkpoints.reduce(0) { $0 + $1.encodedVisits.count })
        for batch in stride(from: 0, to: ids.count, by: 8_192) {
            let part = ids[batch..<min(batch + 8_192, ids.count)]
            try applyHeads(of: part, decodedByReplay)
            // Once the batch's heads are gone, each history is held once: its bodies are dropped in place.
            if releasingBodies { for id in part { releaseBodies(of: id) } }
        }
        // Each checkpoint is dropped as it is adopted: the whole store is not held twice.
        var pending = consume checkpoints
        adopt(&pending)
        bodiesReleased = releasingBodies
        if users[currentUser.id] == nil { users[currentUser.id] = currentUser }
        // Opening a store freed about as much as it keeps (checkpoints' buffers, decoded batches): those pages go back.
        if releasingBodies { PeakMemory.returnFreePages() }
        loadTiming = (checked.timeIntervalSince(started), Date().timeIntervalSince(checked))
        loadMemory = (rssRead, rssChecked, PeakMemory.residentNow() ?? -1)
    }

    /// Decodes the current revision of each record of `ids` on every core (or takes the document the replay decoded)
    /// and makes it the record's state.
    private func applyHeads(of ids: ArraySlice<RecordID>, _ decodedByReplay: [RecordID: any RecordDocument]) throws {
        let heads = ids.map { CaseFile.heads(loadedRevisions[$0]!) }
        let documents = parallelMap(heads.count) { index in
            decodedByReplay[heads[index][0].id] ?? (try? heads[index][0].kind.traits.decode(heads[index][0].body))
        }
        for (index, id) in ids.enumerated() {
            let head = heads[index][0]
            guard let document = documents[index] else {
                throw CaseFileError.undecodable(head.recordID, kind: head.kind)
            }
            guard head.kind.scope(of: document, recordID: id) == head.scope else {
                // A document about another family than its chain says: not admitted (see `Ledger`).
                integrity += (loadedRevisions[id] ?? []).map { Refusal($0, .wrongScope) }
                loadedRevisions[id] = nil
                continue
            }
            if heads[index].count > 1 { forked.insert(id) }
            applyHead(head.kind, id, document)
        }
    }

    /// How long opening took: re-admitting every revision (digests, chain links, the newest signature of each chain,
    /// the authority table) and decoding the current documents. For `teczka report --timing` (make bench).
    public private(set) var loadTiming: (check: TimeInterval, decode: TimeInterval) = (0, 0)
    /// Resident memory in MiB once the revisions were read, re-admitted and decoded (make bench; -1 where unknown).
    public private(set) var loadMemory: (read: Int, checked: Int, decoded: Int) = (-1, -1, -1)
    /// How long the store took to read and decrypt the revisions before this case file was built (make bench).
    public var readTiming: TimeInterval = 0

    /// The root a store without a pinned one trusts: whoever signed its first revision (with the key their account
    /// record carries), or the current user when there is nothing yet.
    private static func impliedRoot(_ stored: [Revision], currentUser: UserAccount, key: SigningKey) -> RootOfTrust? {
        guard let first = stored.first(where: \.isSigned) else {
            return RootOfTrust(userID: currentUser.id, key: key.publicKey)
        }
        if first.signer == currentUser.id { return RootOfTrust(userID: first.signer, key: key.publicKey) }
        for record in stored.reversed() where record.kind == .user && record.recordID == first.signer {
            if let key = (try? DocumentCoding.decoder.decode(UserAccount.self, from: record.body))?.signingKey {
                return RootOfTrust(userID: first.signer, key: key)
            }
        }
        return nil
    }

    /// The root of trust this case file checks against.
    public var root: RootOfTrust? { ledger.root }

    /// Writes revisions in one `journal.append` (all or none) after the ledger admitted each of them, then makes each
    /// touched record's current head its state. Every write, merge and conflict resolution goes through here.
    func commit(_ batch: [Revision], origin: Ledger.Origin? = nil) throws {
        guard !batch.isEmpty else { return }
        // The ledger checks parents and chains against the families' revisions and facts.
        warm(scopes: Set(batch.map(\.scope)))
        ledger.beginBatch()
        for revision in batch {
            if let reason = ledger.admit(revision, origin: origin ?? .local(signingKey.publicKey)) {
                ledger.rollBack()
                throw AuthorityProblem(reason: reason, kind: revision.kind, familyID: revision.scope.familyID)
            }
        }
        do {
            try journal.append(batch, readers: recipients(after: batch))
        } catch {
            ledger.rollBack()
            throw error
        }
        ledger.endBatch()
        remember(batch)
    }

    /// Adds admitted and written revisions to memory and makes each touched record's head in force its state.
    func remember(_ batch: [Revision]) {
        warm(scopes: Set(batch.map(\.scope)))
        for revision in batch {
            loadedRevisions[revision.recordID, default: []].append(revision)
            admissionOrder[revision.id] = nextOrder
            nextOrder += 1
        }
        for id in Set(batch.map(\.recordID)) {
            var heads = loadedRevisions[id].map(CaseFile.heads) ?? []
            if heads.count > 1 {
                forked.insert(id)
                restoreBodies(of: id)
                heads = loadedRevisions[id].map(CaseFile.heads) ?? []
            } else {
                forked.remove(id)
            }
            guard let head = heads.first, let document = try? head.kind.traits.decode(head.body) else { continue }
            applyHead(head.kind, id, document)
        }
        // A checkpoint is a cache: one not brought up to date here is found stale at the next log-in.
        (journal as? CheckpointKeeper)?.keepCheckpoints(of: self, families: Set(batch.compactMap(\.scope.familyID)))
    }

    /// Makes `document` the state of record `id`, and files a record new to this case file under its family
    /// (`familyIndex`). A record's family never changes: its chain's scope is fixed, and `Ledger` refuses a document
    /// about another family.
    func applyHead(_ kind: RecordKind, _ id: RecordID, _ document: any RecordDocument) {
        let traits = kind.traits
        if case .family(let familyID)? = kind.scope(of: document, recordID: id) { fileChange(kind, id, of: familyID) }
        // Who sees which family, and in what order, changes with a family's label or archiving, an assignment, a
        // share or an account: the list's order is worked out again.
        switch kind {
        case .family, .cooperation, .user: listCaches = [:]
        default: break
        }
        // The other indexes follow a value that an edit may change: a person's PESEL, a cooperation's assistant.
        if let member = document as? Member {
            Self.move(id, from: members[id]?.pesel, to: member.pesel, in: &peselIndex)
        } else if let cooperation = document as? Cooperation {
            // Under every assistant who ever had it: past days' caseloads follow the handovers.
            for old in cooperations[id]?.everAssigned ?? [] { assistantIndex[old]?.remove(id) }
            for new in cooperation.everAssigned { assistantIndex[new, default: []].insert(id) }
        }
        traits.apply(self, id, document)
    }

    /// `applyHead` for a visit taken from a checkpoint in its encoding: filed under its family, not decoded.
    func applyEncodedVisit(_ id: RecordID, _ item: VisitTable.Encoded) {
        fileChange(.visit, id, of: item.facts.familyID)
        visitTable.setEncoded(item, for: id)
    }

    /// A record of a family is about to change: filed under the family if new, and the family's list row made stale.
    private func fileChange(_ kind: RecordKind, _ id: RecordID, of familyID: RecordID) {
        if !kind.traits.contains(self, id) { familyIndex[familyID, default: [:]][kind, default: []].append(id) }
        listRows[familyID] = nil
        searchTexts[familyID] = nil
        for key in listCaches.keys { listCaches[key]?.stale.insert(familyID) }
    }

    private static func move<Key: Hashable>(_ id: RecordID, from old: Key?, to new: Key?, in index: inout [Key: Set<RecordID>]) {
        guard old != new else { return }
        if let old { index[old]?.remove(id) }
        if let new { index[new, default: []].insert(id) }
    }

    /// People by PESEL, and cooperations by assistant: a save's checks (one PESEL is one person, the caseload cap)
    /// look at these instead of at every person or cooperation.
    private var peselIndex: [String: Set<RecordID>] = [:]
    private var assistantIndex: [RecordID: Set<RecordID>] = [:]

    /// Each family's row of the list, for `listRowsDate` (see `familySummaries`); dropped when a record of the family
    /// changes.
    var listRows: [RecordID: ListRow] = [:]
    var listRowsDate: LocalDate?
    /// Each family's folded search text (also in its list row; apart, so that a search per key copies no rows).
    var searchTexts: [RecordID: [UInt8]] = [:]
    /// The family list in order, by whether archived families are included (see `familyList`).
    var listCaches: [Bool: FamilyListCache] = [:]

    /// Records with two or more heads (changed in two stores since their last exchange): where conflicts are looked for.
    var forked: Set<RecordID> = []

    func members(withPesel pesel: String) -> [Member] { (peselIndex[pesel] ?? []).compactMap { members[$0] } }
    func cooperations(ofAssistant id: RecordID) -> [Cooperation] { (assistantIndex[id] ?? []).compactMap { cooperations[$0] } }

    /// The records of one family by kind (issue 14): lists, checks and the card look at one family's records, not at
    /// every record of the store.
    var familyIndex: [RecordID: [RecordKind: [RecordID]]] = [:]

    /// The current documents of one family's records of a kind, in no particular order.
    func records<Document>(_ kind: RecordKind, of familyID: RecordID, in table: [RecordID: Document]) -> [Document] {
        (familyIndex[familyID]?[kind] ?? []).compactMap { table[$0] }
    }

    /// The ids of a family's people, archived ones included (what a visit, plan or placement may name).
    func memberIDs(of familyID: RecordID) -> Set<RecordID> { Set(familyIndex[familyID]?[.member] ?? []) }

    /// The revisions of a record that no other revision of it replaces, the one in force first: the highest logical
    /// clock, and of equal clocks the one this store admitted first (so a package never silently replaces what a
    /// user sees; the other version waits on "Konflikty"). One head for a record edited in one place; two or more
    /// when two stores changed it since their common revision.
    public func heads(of id: RecordID) -> [Revision] { revisions(of: id).map(CaseFile.heads) ?? [] }

    static func heads(_ history: [Revision]) -> [Revision] {
        guard history.count > 1 else { return history }
        let replaced = Set(history.flatMap(\.parents))
        return history.enumerated().filter { !replaced.contains($0.element.id) }
            .sorted { ($0.element.clock, -$0.offset) > ($1.element.clock, -$1.offset) }
            .map(\.element)
    }

    /// The parent of the next revision of a record: its head; when several heads hold the same document (both
    /// sides made the same change), all of them, which closes the fork. Differing heads stay a conflict until the
    /// user resolves it (`resolve`); a plain save builds on the one in force.
    func nextParent(of id: RecordID) -> (current: Revision?, parent: RecordID?) {
        let heads = heads(of: id)
        guard let newest = heads.first else { return (nil, nil) }
        if heads.count > 1, heads.allSatisfy({ $0.body == newest.body }) {
            return (newest, Revision.parentField(heads.map(\.id)))
        }
        return (newest, newest.id)
    }

    /// A new revision of a record by the current user, signed, in the right place of the user's chain.
    /// `pending` holds revisions made for the same batch and not yet admitted.
    func signedRevision(id: RecordID, kind: RecordKind, document: any RecordDocument, body: Data, parent: RecordID?,
                        pending: [Revision] = [], vouched: Bool = false) throws -> Revision {
        guard let scope = kind.scope(of: document, recordID: id) else { throw CaseFileError.unknownRecord(id) }
        // The parents' clocks are the ledger's facts about the family's revisions.
        warm(scopes: [scope])
        let earlier = pending.last { $0.signer == currentUser.id && $0.scope == scope }
        let position = earlier.map { ($0.chainIndex + 1, RevisionSeal.link($0)) } ?? ledger.nextPosition(of: currentUser.id, in: scope)
        let parentClock = Revision.split(parent).map { p in
            pending.first { $0.id == p }?.clock ?? ledger.facts[p]?.clock ?? 0
        }.max() ?? 0
        var revision = Revision(id: .make(), recordID: id, kind: kind, parent: parent, timestamp: clock(),
                                author: currentUser.id, body: body, scope: scope, signer: currentUser.id,
                                chainIndex: position.0, previousLink: position.1, clock: parentClock + 1, legacy: vouched,
                                signature: Data())
        try RevisionSeal.sign(&revision, with: signingKey)
        return revision
    }

    /// Writes a new revision of a record unless the document is unchanged. Returns whether anything was written.
    @discardableResult
    func write<Document: RecordDocument>(_ document: Document, id: RecordID, kind: RecordKind) throws -> Bool {
        let body = try DocumentCoding.encoder.encode(document)
        let (current, parent) = nextParent(of: id)
        // Unchanged: nothing to write, unless the save closes a fork whose heads hold this same document.
        if let current, parent == current.id, try self.body(of: current) == body { return false }
        try commit([try signedRevision(id: id, kind: kind, document: document, body: body, parent: parent)])
        return true
    }

    /// Writes new revisions of several records in one `journal.append` (all or none), skipping documents identical
    /// to their record's current revision. Returns how many were written. `vouched`: records from a whole-store
    /// export that a coordinator imports — signed as vouched for by them (like the revisions of a migrated store),
    /// since their approvals and reviews were signed by people of another store.
    @discardableResult
    func writeAll(_ documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)], vouched: Bool = false) throws -> Int {
        var heads: [RecordID: RecordID] = [:]
        var batch: [Revision] = []
        // The current versions' bodies in one read (an import touches thousands of records).
        let currentBodies = Dictionary(try withBodies(documents.compactMap { nextParent(of: $0.id).current }).map { ($0.id, $0.body) }) { a, _ in a }
        for item in documents {
            let body = try DocumentCoding.encoder.encode(item.document)
            let (current, parent) = nextParent(of: item.id)
            if let current, currentBodies[current.id] == body { continue }
            let revision = try signedRevision(id: item.id, kind: item.kind, document: item.document, body: body,
                                              parent: heads[item.id] ?? parent, pending: batch, vouched: vouched && item.kind != .transfer)
            heads[item.id] = revision.id
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
            + EmploymentPeriod.validate(user.employment ?? [])
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
        var issues = member.validate(today: today)
        if issues.isEmpty, let other = holderOfPesel(member) {
            issues.append(.peselInUse(person: other.fullName, family: families[other.familyID]?.label ?? ""))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        if member.birthDate == nil, let pesel = member.pesel, let date = try? Pesel(pesel).birthDate {
            member.birthDate = date
        }
        try write(member, id: member.id, kind: .member)
        return member
    }

    /// Another person with the PESEL `member` is given: in the same family (not archived), or in another family they
    /// still belong to today. One PESEL is one person; someone who moved has an end date in the old family.
    public func holderOfPesel(_ member: Member) -> Member? {
        guard let pesel = member.pesel, !pesel.isEmpty else { return nil }
        return members(withPesel: pesel).filter { $0.id != member.id && $0.pesel == pesel && !$0.archived }
            .filter { $0.familyID == member.familyID || $0.belongs(on: today) }
            .min { $0.id.raw < $1.id.raw }
    }

    public func setMemberArchived(_ id: RecordID, _ archived: Bool) throws {
        guard var member = members[id] else { throw CaseFileError.unknownRecord(id) }
        member.archived = archived
        try write(member, id: id, kind: .member)
    }

    /// Members of a family: parents first, then other adults, then children from the oldest.
    public func members(of familyID: RecordID, includeArchived: Bool = false) -> [Member] {
        records(.member, of: familyID, in: members)
            .filter { includeArchived || !$0.archived }
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
