import Crypto
import Foundation

/// The two hashes an anonymised body is known by (hex): the body as signed, and the body held now.
struct RedactedHashes: Equatable, Sendable {
    var original: String
    var redacted: String
}

/// What an admitted redaction record vouches for one revision, and which revision of it says so.
struct RedactionApproval: Equatable, Sendable {
    var hashes: RedactedHashes
    var record: RecordID
}

extension Ledger {
    /// What does not agree between anonymised bodies and redaction records, by the revision to refuse:
    /// - an anonymised body that no admitted record vouches for with these hashes (`redactionUnapproved`);
    /// - a revision a record says was anonymised, admitted with its body as written (`redactionUndone`): on opening,
    ///   the revision itself (the names were put back into the file); in a merge, the record (`blameRecord`), since
    ///   the package does not bring the anonymised body for a revision this store already holds.
    /// `replacing`: revisions about to get their anonymised body (a merge brings it), which are not undone.
    func redactionProblems(replacing: Set<RecordID> = [], blameRecord: Bool = false) -> [RecordID: RefusalReason] {
        var problems: [RecordID: RefusalReason] = [:]
        for (id, hashes) in redactedBodies where approvedRedactions[id]?.hashes != hashes {
            problems[id] = .redactionUnapproved
        }
        for (id, approval) in approvedRedactions where facts[id] != nil && redactedBodies[id] == nil && !replacing.contains(id) {
            problems[blameRecord ? approval.record : id] = .redactionUndone
        }
        return problems
    }

    /// Whether `revision`, held here with the body as written, may take `body` as its anonymised body: an admitted
    /// record vouches for exactly this pair.
    func mayRedact(_ revision: RecordID, to body: Data) -> Bool {
        guard let approval = approvedRedactions[revision], let facts = facts[revision], redactedBodies[revision] == nil
        else { return false }
        return approval.hashes == RedactedHashes(original: Redaction.hex(Data(facts.bodyHash.bytes)),
                                                 redacted: Redaction.hex(Redaction.hash(body)))
    }

    /// An admitted revision now holds its anonymised body (`redacted`, with `redactedFrom` set): later reads of it
    /// from the journal must match the new body, and the state the rules read follows it.
    mutating func takeRedacted(_ redacted: Revision) {
        guard let old = facts[redacted.id], let original = redacted.redactedFrom else { return }
        let hash = SHA256.hash(data: redacted.body)
        remember(\.facts, redacted.id)
        facts[redacted.id] = RevisionFacts(recordID: old.recordID, kind: old.kind, clock: old.clock,
                                           body: old.kind == .assessment ? redacted.body : Data(), key: old.key,
                                           bodyHash: BodyHash(hash))
        remember(\.redactedBodies, redacted.id)
        redactedBodies[redacted.id] = RedactedHashes(original: Redaction.hex(original), redacted: Redaction.hex(Data(hash)))
        if Self.stateKinds.contains(redacted.kind), heldClock[redacted.recordID] == redacted.clock,
           let document = try? redacted.kind.traits.decode(redacted.body) {
            hold(document, of: redacted)
        }
    }
}
