import Foundation

/// A checkpointed family's revisions kept in their checkpoint encoding until something needs them (issue 14): the
/// first screen, the family list, Do zrobienia, the card and the reports read current documents only, and a
/// revision's clear columns and the ledger's facts about it (about 450 bytes a revision once decoded into tables,
/// about 400 MiB at 10,000 families) are needed only by a history, a save or a merge into the family, a package,
/// `teczka check` and conflicts. `CaseFile.warm` decodes them then, into the same tables a re-admission fills.
struct ColdRevisions: @unchecked Sendable {
    /// The signing keys the checkpoint names, by index (its revisions' and its chains').
    var keys: [PublicSigningKey]
    /// The revisions in admission order, each with its place (`seq`) and the ledger's facts, encoded as below.
    let bytes: Data
    let count: Int
}

extension ColdRevisions {
    /// Encodes a warm family's revisions (in admission order) with their places and the ledger's facts.
    init(revisions: [Revision], order: [Int], facts: [RevisionFacts]) throws {
        guard facts.count == revisions.count, order.count == revisions.count else { throw BinaryDecodingFailure() }
        var known: [Data: Int] = [:]
        var keys: [PublicSigningKey] = []
        let w = BinaryWriter()
        for ((r, position), fact) in zip(zip(revisions, order), facts) {
            guard fact.recordID == r.recordID else { throw BinaryDecodingFailure() }
            let keyIndex: Int
            if let index = known[fact.key.rawRepresentation] {
                keyIndex = index
            } else {
                keyIndex = keys.count
                known[fact.key.rawRepresentation] = keyIndex
                keys.append(fact.key)
            }
            w.recordID(r.id)
            w.recordID(r.recordID)
            w.string(r.kind.rawValue)
            w.bool(r.parent != nil)
            if let parent = r.parent { w.recordID(parent) }
            w.double(r.timestamp.timeIntervalSinceReferenceDate)
            w.recordID(r.author)
            w.recordID(r.signer)
            w.int(r.chainIndex)
            w.data(r.previousLink)
            w.int(r.clock)
            w.bool(r.legacy)
            w.data(r.signature)
            w.int(position)
            w.data(fact.bodyHash.bytes)
            w.int(keyIndex)
            w.data(fact.body)
        }
        self.init(keys: keys, bytes: Data(w.bytes), count: revisions.count)
    }

    /// The revisions (bodies left out, as a store's case file holds them), their places and facts.
    func decoded(familyID: RecordID) throws -> (revisions: [Revision], order: [Int], facts: [RevisionFacts]) {
        var revisions: [Revision] = []
        var order: [Int] = []
        var facts: [RevisionFacts] = []
        revisions.reserveCapacity(count)
        order.reserveCapacity(count)
        facts.reserveCapacity(count)
        try walk(familyID: familyID) { revision, position, fact in
            revisions.append(revision)
            order.append(position)
            facts.append(fact)
        }
        return (revisions, order, facts)
    }

    /// Reads every revision through without keeping any: a checkpoint whose revisions would not decode when the
    /// family is needed is refused at log-in (the family is re-admitted) instead.
    func validate(familyID: RecordID) -> Bool {
        (try? walk(familyID: familyID, nil)) != nil
    }

    /// The same for a block still in the buffer it was read from (not copied: a log-in checks every family's).
    static func validate(_ block: UnsafeRawBufferPointer, keys: [PublicSigningKey], count: Int, familyID: RecordID) -> Bool {
        guard let base = block.baseAddress else { return count == 0 }
        let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: block.count, deallocator: .none)
        return ColdRevisions(keys: keys, bytes: view, count: count).validate(familyID: familyID)
    }

    private func walk(familyID: RecordID, _ take: ((Revision, Int, RevisionFacts) -> Void)?) throws {
        let scope = Scope.family(familyID)
        try bytes.withUnsafeBytes { raw in
            var r = BinaryReader(raw)
            // Every revision's previous link and signature are held as slices of one buffer: a `Data` of 32 or 64
            // bytes on its own is two allocations.
            var shared = Data()
            if take != nil { shared.reserveCapacity(count * 96) }
            var pending: [(Revision, Range<Int>, Range<Int>, Int, RevisionFacts)] = []
            if take != nil { pending.reserveCapacity(count) }
            func append(_ bytes: UnsafeRawBufferPointer) -> Range<Int> {
                guard take != nil else { return 0..<0 }
                let start = shared.count
                shared.append(contentsOf: bytes)
                return start..<shared.count
            }
            for _ in 0..<count {
                let id = try r.recordID()
                let recordID = try r.recordID()
                guard let kind = RecordKind(rawValue: try r.string()) else { throw BinaryDecodingFailure() }
                let parent = try r.bool() ? try r.recordID() : nil
                let timestamp = Date(timeIntervalSinceReferenceDate: try r.double())
                let author = try r.recordID()
                let signer = try r.recordID()
                let chainIndex = try r.int()
                let link = append(try r.bytes(try r.count()))
                let clock = try r.int()
                let legacy = try r.bool()
                let signature = append(try r.bytes(try r.count()))
                let position = try r.int()
                guard let hash = BodyHash(bytes: try r.bytes(try r.count())) else { throw BinaryDecodingFailure() }
                let keyIndex = try r.int()
                guard keys.indices.contains(keyIndex) else { throw BinaryDecodingFailure() }
                let body = try r.bytes(try r.count())
                guard take != nil else { continue }
                let revision = Revision(id: id, recordID: recordID, kind: kind, parent: parent, timestamp: timestamp,
                                        author: author, body: Data(), scope: scope, signer: signer, chainIndex: chainIndex,
                                        previousLink: Data(), clock: clock, legacy: legacy, signature: Data())
                pending.append((revision, link, signature, position,
                                RevisionFacts(recordID: recordID, kind: kind, clock: clock, body: Data(body),
                                              key: keys[keyIndex], bodyHash: hash)))
            }
            guard r.isAtEnd else { throw BinaryDecodingFailure() }
            guard let take else { return }
            for (revision, link, signature, position, fact) in pending {
                var revision = revision
                revision.previousLink = shared[link]
                revision.signature = shared[signature]
                take(revision, position, fact)
            }
        }
    }
}

/// A family taken from a checkpoint whose revisions were not needed yet.
struct ColdFamily {
    /// The revisions as the checkpoint holds them; nil when the store reads them back from the checkpoint when they
    /// are needed (`CheckpointReader`): at 10,000 families they are about 150 MiB that a log-in no longer holds.
    var revisions: ColdRevisions?
    /// The rows the checkpoint stands for: one read back must stand for the same ones.
    let rows: Int
    let lastOrder: Int
    /// When the family's record was first written (its first revision): the retention of a family that never had a
    /// cooperation or placement counts from it.
    var registeredAt: Date?
}

/// What happens when a checkpoint read back from the store no longer stands for what the log-in adopted: the file was
/// changed while the program had it open (its lock keeps other copies of Teczka out). Nothing may be admitted on top of
/// it and the case file cannot go on, so the program stops; it sets `stop` at start to leave the screen in order and
/// say so in the user's language (`CheckpointChange.message`).
public enum CheckpointChange {
    /// Set once at start, before any store is opened.
    nonisolated(unsafe) public static var stop: (RecordID) -> Never = { familyID in fatalError(message(familyID, polish: true)) }

    public static func message(_ familyID: RecordID, polish: Bool) -> String {
        polish
            ? "Plik bazy zmienił się w czasie pracy programu: punkt kontrolny rodziny \(familyID.short) nie jest już tym "
                + "z chwili logowania. Program kończy pracę, nic więcej nie zapisując; otwórz bazę ponownie i sprawdź ją "
                + "poleceniem „teczka check”."
            : "The store file changed while the program had it open: the checkpoint of family \(familyID.short) is no "
                + "longer the one read at log-in. The program stops without saving anything more; open the store again "
                + "and check it with “teczka check”."
    }
}

extension CaseFile {
    /// Brings a family's revisions, their places and the ledger's facts into memory (see `ColdRevisions`); nothing
    /// when they are there already.
    func warm(_ familyID: RecordID) {
        guard cold[familyID] != nil else { return }
        warm(families: [familyID])
    }

    /// Warms `families`, reading back at once the checkpoints of those whose revisions the store keeps (their
    /// visits' encodings come back with them, for a visit shown or a checkpoint written again).
    private func warm(families: [RecordID]) {
        let unread = Set(families.filter { cold[$0] != nil && cold[$0]?.revisions == nil })
        var reread = unread.isEmpty ? [:] : readBack(unread, withRevisions: true)
        for familyID in families {
            guard let family = cold.removeValue(forKey: familyID) else { continue }
            // Checked whole when the checkpoint was read (`FamilyCheckpoint.decode`), sealed under this account's key;
            // one read back again is checked against the rows it stood for then.
            let back = reread.removeValue(forKey: familyID)
            guard let revisions = family.revisions ?? back?.revisions ?? nil,
                  let (list, order, facts) = try? revisions.decoded(familyID: familyID) else {
                CheckpointChange.stop(familyID)
            }
            for ((revision, position), fact) in zip(zip(list, order), facts) {
                loadedRevisions[revision.recordID, default: []].append(revision)
                admissionOrder[revision.id] = position
                ledger.adoptFact(fact, of: revision.id)
            }
            for (id, bytes) in back?.visits ?? [:] { visitTable.restoreEncoding(bytes, for: id) }
        }
    }

    /// Reads back the visits' encodings of `families` still kept in their checkpoints in the store, leaving their
    /// revisions there: a card shows its visits without bringing the family's history into memory.
    func bringBackVisits<Families: Sequence>(of families: Families) where Families.Element == RecordID {
        let wanted = Set(families.filter { cold[$0] != nil && cold[$0]?.revisions == nil })
        guard !wanted.isEmpty else { return }
        for back in readBack(wanted, withRevisions: false).values {
            for (id, bytes) in back.visits { visitTable.restoreEncoding(bytes, for: id) }
        }
    }

    /// The revisions and visits' encodings of `families`' checkpoints read back from the store, each only if it
    /// stands for the rows the log-in adopted.
    func readBack(_ families: Set<RecordID>, withRevisions: Bool) -> [RecordID: (revisions: ColdRevisions?, visits: [RecordID: Data])] {
        guard let reader = journal as? CheckpointReader else { return [:] }
        let opened = Array(reader.openedCheckpoints(of: families))
        let expected = Dictionary(uniqueKeysWithValues: families.compactMap { id in cold[id].map { (id, ($0.rows, $0.lastOrder)) } })
        let read = parallelMap(opened.count) { index -> (RecordID, ColdRevisions?, [RecordID: Data])? in
            let (familyID, bytes) = opened[index]
            guard let family = expected[familyID],
                  let found = bytes.withUnsafeBytes({ FamilyCheckpoint.readBack($0, familyID: familyID, withRevisions: withRevisions) }),
                  found.rows == family.0, found.lastOrder == family.1 else { return nil }
            return (familyID, found.revisions, found.visits)
        }
        var result: [RecordID: (revisions: ColdRevisions?, visits: [RecordID: Data])] = [:]
        for case let (familyID, revisions, visits)? in read { result[familyID] = (revisions, visits) }
        return result
    }

    /// Warms the families of `scopes` (a save or a merge into them needs their revisions and facts).
    func warm<Scopes: Sequence>(scopes: Scopes) where Scopes.Element == Scope {
        guard !cold.isEmpty else { return }
        for scope in scopes { if let familyID = scope.familyID { warm(familyID) } }
    }

    /// Warms every family: for what reads the whole store (a package, `teczka check`, a migration).
    func warmAll() {
        // A batch at a time, so that the checkpoints read back are not all held at once.
        while !cold.isEmpty { warm(families: Array(cold.keys.prefix(1_024))) }
    }

    /// Every admitted revision of every record, in the order this store admitted them (every family warmed).
    public var revisions: [RecordID: [Revision]] {
        warmAll()
        return loadedRevisions
    }

    /// The admitted revisions of one record, in the order this store admitted them (its family warmed).
    public func revisions(of id: RecordID) -> [Revision]? {
        if !cold.isEmpty, let familyID = ledger.place(of: id)?.scope.familyID { warm(familyID) }
        return loadedRevisions[id]
    }

    /// How many revisions this case file admitted, without warming any family.
    public var revisionCount: Int {
        loadedRevisions.values.reduce(0) { $0 + $1.count } + cold.values.reduce(0) { $0 + $1.rows }
    }

    /// Families whose revisions are still in their checkpoint encoding (make bench, tests).
    public var coldFamilyCount: Int { cold.count }

    /// Of those, the families whose encoded revisions are held in memory (a journal that cannot read checkpoints back).
    public var coldFamiliesHeldInMemory: Int { cold.values.reduce(0) { $0 + ($1.revisions == nil ? 0 : 1) } }

    /// When a family's record was first written, without warming it.
    func registeredAt(_ familyID: RecordID) -> Date? {
        if let family = cold[familyID] { return family.registeredAt }
        return loadedRevisions[familyID]?.first?.timestamp
    }
}
