import Foundation

/// Collects revisions and passes them on to another journal in one `append` (one transaction in the store) when
/// flushed: for bulk writers such as the demo data, where a transaction per save would be most of the time spent.
/// A case file built over it (see `DemoData.populateInBatches`) sees its saves at once; the target sees them only
/// after `flush()`.
public final class BatchJournal: RevisionJournal {
    private let target: RevisionJournal
    public private(set) var pending: [Revision] = []
    private var readers: [Scope: Set<KeyRecipient>] = [:]

    public init(writingTo target: RevisionJournal) { self.target = target }

    public func append(_ revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        pending.append(contentsOf: revisions)
        self.readers.merge(readers) { $1 }   // the newest view of each scope's readers
    }

    public var location: String { target.location }

    public func redact(_ redacted: [Revision], appending revisions: [Revision], readers: [Scope: Set<KeyRecipient>]) throws {
        try flush()
        try target.redact(redacted, appending: revisions, readers: readers)
    }

    public func bodies(of wanted: [Revision]) throws -> [RecordID: Data] {
        let ids = Set(wanted.map(\.id))
        var found = try target.bodies(of: wanted.filter { revision in !pending.contains { $0.id == revision.id } })
        for revision in pending where ids.contains(revision.id) { found[revision.id] = revision.body }
        return found
    }

    /// Writes everything collected so far, atomically.
    public func flush() throws {
        guard !pending.isEmpty else { return }
        try target.append(pending, readers: readers)
        pending.removeAll(keepingCapacity: true)
        readers.removeAll(keepingCapacity: true)
    }
}

extension DemoData {
    /// `populate` for large stores: the same records, written to `file`'s journal in transactions of whole families
    /// (about `batchSize` revisions each) instead of one per save. The saves go through a second case file over a
    /// `BatchJournal` that holds the accounts, the settings and the cooperations (all that the checks of new records
    /// of new families look at), so that a large store is not decoded twice. `file` itself does not see the new
    /// records: open the store again to work with them.
    @discardableResult
    public static func populateInBatches(_ file: CaseFile, families count: Int, seed: UInt64, today: LocalDate,
                                         years: Int = 1, assistants: Int? = nil, batchSize: Int = 5_000) throws -> Summary {
        let batch = BatchJournal(writingTo: file.journal)
        // The store-wide kinds whole (their chains go on), and the cooperations (the checks of new records look at
        // them); everything else the generator writes is about new families, whose chains start anew.
        let needed: Set<RecordKind> = [.user, .settings, .meeting, .cooperation]
        // In the order they were admitted, signed with the same key against the same root: the copy's saves take the
        // next places in the user's chains (new families start chains of their own).
        let kept = try file.withBodies(file.revisions.values.flatMap { $0 }.filter { needed.contains($0.kind) }
            .sorted { (file.admissionOrder[$0.id] ?? 0) < (file.admissionOrder[$1.id] ?? 0) })
        let copy = try CaseFile(revisions: kept, journal: batch, currentUser: file.currentUser, signingKey: file.signingKey,
                                root: file.root)
        let summary = try generate(copy, families: count, seed: seed, today: today, years: years, assistants: assistants,
                                   familiesBefore: file.families.count) {
            if batch.pending.count >= batchSize { try batch.flush() }
        }
        try batch.flush()
        return summary
    }
}
