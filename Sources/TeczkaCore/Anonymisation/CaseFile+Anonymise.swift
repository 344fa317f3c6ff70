import Foundation

/// Why a family was not anonymised; nothing was changed.
public enum AnonymisationProblem: Error, Equatable, Sendable {
    case coordinatorOnly
    case unknownFamily(RecordID)
    /// Its records are still kept: until that day, or (nil) while a cooperation or placement goes on.
    case notPastRetention(until: LocalDate?)
    /// Every body of the family is anonymised already.
    case alreadyAnonymised
}

/// What one anonymisation changed.
public struct AnonymisationSummary: Equatable, Sendable {
    public var familyID: RecordID
    /// The label the family is listed under since.
    public var label: String
    /// Revisions whose bodies were replaced, and the records they belong to.
    public var revisions: Int
    public var records: Int
}

extension CaseFile {
    /// Whether a coordinator anonymised the family (its label, people and texts are gone).
    public func isAnonymised(_ familyID: RecordID) -> Bool { familyIndex[familyID]?[.redaction] != nil }

    /// Anonymises a family past retention (issue 15): every revision of its records, and its entries in team meeting
    /// protocols, get an anonymised body (`Anonymiser`), vouched for by one redaction record signed by this
    /// coordinator, and the history gets an entry — in one write. What the tables count stays, so reports for
    /// past years print as before. The bodies as written are gone from the store (its backups keep them until they
    /// are rotated out); the signatures still verify through their hashes.
    @discardableResult
    public func anonymise(_ familyID: RecordID) throws -> AnonymisationSummary {
        if let problem = anonymisationProblem(familyID, checkingBodies: false) { throw problem }
        let replacements = try anonymisedBodies(of: familyID)
        guard !replacements.isEmpty else { throw AnonymisationProblem.alreadyAnonymised }

        let redaction = Redaction(familyID: familyID, date: today, entries: replacements.map {
            Redaction.Entry(revision: $0.id, original: $0.redactedFrom!, redacted: Redaction.hash($0.body))
        })
        let record = try signedRevision(id: redaction.id, kind: .redaction, document: redaction,
                                        body: try DocumentCoding.encoder.encode(redaction), parent: nil)
        let log = TransferLog(direction: .anonimizacja, fileName: Anonymiser.label(familyID), date: today,
                              counts: ["zapisy": replacements.count])
        let entry = try signedRevision(id: log.id, kind: .transfer, document: log, body: try DocumentCoding.encoder.encode(log),
                                       parent: nil, pending: [record])
        try commit([record, entry], redacting: replacements)
        return AnonymisationSummary(familyID: familyID, label: Anonymiser.label(familyID), revisions: replacements.count,
                                    records: Set(replacements.map(\.recordID)).count)
    }

    /// Why `anonymise` would refuse the family now (nil: it would anonymise it), asked before a user confirms.
    public func anonymisationProblem(_ familyID: RecordID, checkingBodies: Bool = true) -> AnonymisationProblem? {
        guard ledger.isCoordinator(currentUser.id) else { return .coordinatorOnly }
        guard families[familyID] != nil else { return .unknownFamily(familyID) }
        let until = retainedUntil(familyID)
        guard let until, until < today else { return .notPastRetention(until: until) }
        // Anonymised before: only what was written since (if anything) is left to anonymise.
        if checkingBodies, isAnonymised(familyID), (try? anonymisedBodies(of: familyID))?.isEmpty ?? true { return .alreadyAnonymised }
        return nil
    }

    /// The family's revisions (and the team meeting protocols that name it) with anonymised bodies, `redactedFrom`
    /// set to the hash of the body as written; those already anonymised, or that anonymising leaves as they are,
    /// are left out.
    func anonymisedBodies(of familyID: RecordID) throws -> [Revision] {
        var ids = (familyIndex[familyID] ?? [:]).filter { $0.key != .redaction }.values.flatMap { $0 }
        ids += meetings.values.filter { meeting in meeting.entries.contains { $0.familyID == familyID } }.map(\.id)
        let held = ids.flatMap { revisions(of: $0) ?? [] }.filter { $0.redactedFrom == nil }
        var out: [Revision] = []
        for revision in try withBodies(held) {
            guard let document = try? revision.kind.traits.decode(revision.body) else {
                throw CaseFileError.undecodable(revision.id, kind: revision.kind)
            }
            guard let anonymised = Anonymiser.redact(document, family: familyID) else { continue }
            let body = try DocumentCoding.encoder.encode(AnyDocument(anonymised))
            guard body != revision.body else { continue }
            var replaced = revision
            replaced.redactedFrom = Redaction.hash(revision.body)
            replaced.body = body
            out.append(replaced)
        }
        return out
    }

    /// `commit` of `batch` with `redacted` revisions taking their anonymised bodies in the same write: each must be
    /// vouched for by a record the ledger admitted (one of `batch`, or of a merged package).
    func commit(_ batch: [Revision], redacting redacted: [Revision], origin: Ledger.Origin? = nil) throws {
        ledger.beginBatch()
        for revision in batch {
            if let reason = ledger.admit(revision, origin: origin ?? .local(signingKey.publicKey)) {
                ledger.rollBack()
                throw AuthorityProblem(reason: reason, kind: revision.kind, familyID: revision.scope.familyID)
            }
        }
        for revision in redacted {
            guard ledger.mayRedact(revision.id, to: revision.body) else {
                ledger.rollBack()
                throw AuthorityProblem(reason: .redactionUnapproved, kind: revision.kind, familyID: revision.scope.familyID)
            }
            ledger.takeRedacted(revision)
        }
        do {
            try journal.redact(redacted, appending: batch, readers: recipients(after: batch))
        } catch {
            ledger.rollBack()
            throw error
        }
        ledger.endBatch()
        takeRedacted(redacted)
        remember(batch)
    }

    /// Puts anonymised bodies in place of those held in memory, and makes each touched record's head in force its state.
    func takeRedacted(_ redacted: [Revision]) {
        guard !redacted.isEmpty else { return }
        for revision in redacted {
            guard let index = revisions(of: revision.recordID)?.firstIndex(where: { $0.id == revision.id }) else { continue }
            loadedRevisions[revision.recordID]![index].redactedFrom = revision.redactedFrom
            loadedRevisions[revision.recordID]![index].body = revision.body
        }
        for id in Set(redacted.map(\.recordID)) {
            guard let head = heads(of: id).first,
                  let document = try? head.kind.traits.decode(try body(of: head)) else { continue }
            applyHead(head.kind, id, document)
            if bodiesReleased { releaseBodies(of: id) }
        }
    }
}

/// Encodes any record document as its own type (the anonymiser returns them as `any RecordDocument`).
private struct AnyDocument: Encodable {
    let document: any RecordDocument
    init(_ document: any RecordDocument) { self.document = document }
    func encode(to encoder: Encoder) throws { try document.encode(to: encoder) }
}
