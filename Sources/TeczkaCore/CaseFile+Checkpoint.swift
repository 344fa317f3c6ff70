import Crypto
import Foundation

/// One family's state as this account admitted it, for opening a store without re-admitting and decoding the family's
/// revisions again (issue 14): its revisions' clear columns and the ledger's facts about them, its chains' newest
/// links, and its records' current documents, in the compact `BinaryWriter` encoding.
///
/// The store seals it under a key only the account holds (derived from its agreement key, as drafts are) and binds it
/// to the family's rows in the file (their number and the newest `seq`): it is a cache of what this account already
/// admitted, so it cannot let in anything the ledger would refuse. A colleague holding the family's key cannot make
/// one; a row added or removed since makes it stale and the family is re-admitted from its revisions as before; a
/// checkpoint that does not open or decode is rebuilt. `teczka check` never uses them.
public struct FamilyCheckpoint: @unchecked Sendable {
    /// Bumped when the encoding or a document type changes: a checkpoint of another version is rebuilt.
    static let version = 6

    public let familyID: RecordID
    /// The number of the family's revisions and the newest one's place: what the store binds the checkpoint to.
    public let rows: Int
    public let lastOrder: Int
    /// The family's revisions in the order the store admitted them (bodies left out), with that order (`seq`) and the
    /// ledger's facts, kept encoded until the family is needed (`ColdRevisions`); nil when they are read back from the
    /// store's checkpoint then (`decode(_:familyID:readBack:)`).
    var revisions: ColdRevisions?
    /// Its chains' newest links.
    var tips: [(signer: RecordID, tip: ChainTip)]
    /// What the ledger works out from the revisions without their facts: who registered the family, when, and the
    /// clock of the version in force of each record the authority rules read (`Ledger.stateKinds`).
    var registrant: RecordID?
    var registeredAt: Date?
    var heldClocks: [(id: RecordID, clock: Int)]
    var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)]
    /// Visits kept in their encoding (`VisitTable`): read from a checkpoint and not shown since, or about to be written
    /// to one again (without their encodings when those are read back from the store when needed).
    var encodedVisits: [(id: RecordID, item: VisitTable.Encoded)] = []

    public func encoded() throws -> [UInt8] {
        guard let revisions else { throw BinaryDecodingFailure() }
        let w = BinaryWriter()
        w.varint(UInt64(Self.version))
        w.recordID(familyID)
        w.varint(UInt64(rows))
        w.int(lastOrder)
        w.bool(registrant != nil)
        if let registrant { w.recordID(registrant) }
        w.bool(registeredAt != nil)
        if let registeredAt { w.double(registeredAt.timeIntervalSinceReferenceDate) }
        // The revisions' keys come first; the chains' keys are added after them.
        var keyList = revisions.keys
        var keys: [Data: Int] = [:]
        for (index, key) in keyList.enumerated() { keys[key.rawRepresentation] = index }
        func keyIndex(_ key: PublicSigningKey) -> Int {
            if let known = keys[key.rawRepresentation] { return known }
            keys[key.rawRepresentation] = keyList.count
            keyList.append(key)
            return keyList.count - 1
        }
        let tipBytes = BinaryWriter()
        tipBytes.varint(UInt64(tips.count))
        for (signer, tip) in tips {
            tipBytes.recordID(signer)
            tipBytes.int(tip.index)
            tipBytes.data(tip.link)
            tipBytes.recordID(tip.revisionID)
            tipBytes.data(tip.digest)
            tipBytes.data(tip.signature)
            tipBytes.int(keyIndex(tip.key))
            tipBytes.double(tip.timestamp.timeIntervalSinceReferenceDate)
        }
        w.varint(UInt64(keyList.count))
        for key in keyList { w.data(key.rawRepresentation) }
        w.data(revisions.bytes)
        w.bytes += tipBytes.bytes
        w.varint(UInt64(heldClocks.count))
        for (id, clock) in heldClocks {
            w.recordID(id)
            w.int(clock)
        }
        w.varint(UInt64(documents.count + encodedVisits.count))
        for (id, kind, document) in documents {
            w.recordID(id)
            w.string(kind.rawValue)
            let body = BinaryWriter()
            try kind.traits.encodeBinary(document, body)
            w.data(body.bytes)
            if let visit = document as? Visit { Self.write(VisitFacts(visit), w) }
        }
        for (id, item) in encodedVisits {
            guard let bytes = item.bytes else { throw BinaryDecodingFailure() }
            w.recordID(id)
            w.string(RecordKind.visit.rawValue)
            w.data(bytes)
            Self.write(item.facts, w)
        }
        return w.bytes
    }

    /// Reads a checkpoint of `familyID`; nil when it is of another version, about another family, or does not decode
    /// whole (it is rebuilt then). The revisions are checked through but left encoded. `readBack`: the store reads the
    /// checkpoint again when the family is needed (`CheckpointReader`), so its revisions and its visits' encodings are
    /// checked and not kept: at 10,000 families they are about 250 MiB a log-in no longer holds.
    public static func decode(_ bytes: UnsafeRawBufferPointer, familyID: RecordID, readBack: Bool = false) -> FamilyCheckpoint? {
        var r = BinaryReader(bytes)
        do {
            let (rows, lastOrder, registrant, registeredAt, keys, block) = try readHeader(&r, familyID: familyID)
            guard ColdRevisions.validate(block, keys: keys, count: rows, familyID: familyID) else { return nil }
            let revisions = readBack ? nil : ColdRevisions(keys: keys, bytes: Data(block), count: rows)
            let (tips, heldClocks) = try readChains(&r, keys: keys)
            var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
            let documentCount = try r.count()
            documents.reserveCapacity(documentCount)
            // Visits are not decoded: their encodings go into one buffer, each held as a slice of it, with their facts.
            var visitBytes = Data()
            var visitRanges: [(id: RecordID, range: Range<Int>, facts: VisitFacts)] = []
            let scope = Scope.family(familyID)
            for _ in 0..<documentCount {
                let id = try r.recordID()
                guard let kind = RecordKind(rawValue: try r.string()) else { return nil }
                let bytes = try r.bytes(try r.count())
                if kind == .visit {
                    let start = visitBytes.count
                    if !readBack { visitBytes.append(contentsOf: bytes) }
                    visitRanges.append((id, start..<visitBytes.count, try readVisitFacts(&r, id: id, familyID: familyID)))
                    continue
                }
                let document = try kind.traits.decodeBinary(bytes)
                // A document about another family than the checkpoint's is not this family's state.
                guard kind.scope(of: document, recordID: id) == scope else { return nil }
                documents.append((id, kind, document))
            }
            guard r.isAtEnd else { return nil }
            return FamilyCheckpoint(familyID: familyID, rows: rows, lastOrder: lastOrder, revisions: revisions, tips: tips,
                                    registrant: registrant, registeredAt: registeredAt, heldClocks: heldClocks,
                                    documents: documents,
                                    encodedVisits: visitRanges.map { ($0.id, VisitTable.Encoded(facts: $0.facts, bytes: readBack ? nil : visitBytes[$0.range])) })
        } catch {
            return nil
        }
    }
}

extension FamilyCheckpoint {
    /// What comes before the chains' links: the rows the checkpoint stands for, who registered the family and when,
    /// the signing keys, and the revisions' block (not checked through here).
    private static func readHeader(_ r: inout BinaryReader, familyID: RecordID) throws
        -> (rows: Int, lastOrder: Int, registrant: RecordID?, registeredAt: Date?, keys: [PublicSigningKey],
            revisions: UnsafeRawBufferPointer) {
        guard try r.varint() == UInt64(version), try r.recordID() == familyID else { throw BinaryDecodingFailure() }
        let rows = try r.count()
        let lastOrder = try r.int()
        let registrant = try r.bool() ? try r.recordID() : nil
        let registeredAt = try r.bool() ? Date(timeIntervalSinceReferenceDate: try r.double()) : nil
        let keys = try (0..<r.count()).map { _ in PublicSigningKey(checked: try r.data()) }
        return (rows, lastOrder, registrant, registeredAt, keys, try r.bytes(try r.count()))
    }

    /// The chains' newest links and the clocks the authority rules read, after the revisions' block.
    private static func readChains(_ r: inout BinaryReader, keys: [PublicSigningKey]) throws
        -> (tips: [(signer: RecordID, tip: ChainTip)], heldClocks: [(id: RecordID, clock: Int)]) {
        var tips: [(signer: RecordID, tip: ChainTip)] = []
        for _ in 0..<(try r.count()) {
            let signer = try r.recordID()
            let index = try r.int(), link = try r.data(), revisionID = try r.recordID(), digest = try r.data()
            let signature = try r.data(), keyIndex = try r.int()
            guard keys.indices.contains(keyIndex) else { throw BinaryDecodingFailure() }
            tips.append((signer, ChainTip(index: index, link: link, revisionID: revisionID, digest: digest, signature: signature,
                                          key: keys[keyIndex], verified: true,
                                          timestamp: Date(timeIntervalSinceReferenceDate: try r.double()))))
        }
        let heldClocks = try (0..<r.count()).map { _ in (id: try r.recordID(), clock: try r.int()) }
        return (tips, heldClocks)
    }

    /// A checkpoint read again from the store when its family is needed (`CaseFile.warm`): the rows it stands for, its
    /// revisions (copied only when `withRevisions`: a card's visits need none) and its visits' encodings. Nil when it
    /// is not a whole checkpoint of `familyID` of this version.
    static func readBack(_ bytes: UnsafeRawBufferPointer, familyID: RecordID, withRevisions: Bool)
        -> (rows: Int, lastOrder: Int, revisions: ColdRevisions?, visits: [RecordID: Data])? {
        var r = BinaryReader(bytes)
        do {
            let (rows, lastOrder, _, _, keys, block) = try readHeader(&r, familyID: familyID)
            _ = try readChains(&r, keys: keys)
            var visits: [RecordID: Data] = [:]
            for _ in 0..<(try r.count()) {
                let id = try r.recordID()
                guard let kind = RecordKind(rawValue: try r.string()) else { return nil }
                let bytes = try r.bytes(try r.count())
                guard kind == .visit else { continue }
                visits[id] = Data(bytes)
                _ = try readVisitFacts(&r, id: id, familyID: familyID)
            }
            guard r.isAtEnd else { return nil }
            let revisions = withRevisions ? ColdRevisions(keys: keys, bytes: Data(block), count: rows) : nil
            return (rows, lastOrder, revisions, visits)
        } catch {
            return nil
        }
    }

    /// A visit's facts after its encoding (its id and family are the entry's and the checkpoint's).
    static func write(_ facts: VisitFacts, _ w: BinaryWriter) {
        w.recordID(facts.assistantID)
        w.date(facts.date)
        w.bool(facts.startMinutes != nil)
        if let start = facts.startMinutes { w.int(start) }
        w.int(facts.durationMinutes)
        w.bool(facts.archived)
    }
}

private func readVisitFacts(_ r: inout BinaryReader, id: RecordID, familyID: RecordID) throws -> VisitFacts {
    let assistantID = try r.recordID()
    let date = try r.date()
    let start = try r.bool() ? try r.int() : nil
    return VisitFacts(id: id, familyID: familyID, assistantID: assistantID, date: date, startMinutes: start,
                      durationMinutes: try r.int(), archived: try r.bool())
}

extension CaseFile {
    /// Checkpoints of `families` as they stand in memory, for the store to seal and keep. A family is left out when a
    /// checkpoint could not stand for it: a record in conflict (its versions are compared with their bodies), a
    /// revision without a signature (a store not yet migrated), a family taken away from this user.
    public func checkpoints(of families: Set<RecordID>) -> [FamilyCheckpoint] {
        warm(scopes: families.map(Scope.family))
        let tips = ledger.tips(in: Set(families.map(Scope.family)))
        return families.compactMap { familyID -> FamilyCheckpoint? in
            // An anonymised family is re-admitted at each log-in: its redaction records must be admitted with its
            // anonymised bodies (`Ledger.redactionProblems`), and a checkpoint does not carry `redactedFrom`.
            guard !withdrawn.contains(familyID), let byKind = familyIndex[familyID], byKind[.redaction] == nil else { return nil }
            var chosen: [Revision] = []
            var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
            var encodedVisits: [(id: RecordID, item: VisitTable.Encoded)] = []
            var heldClocks: [(id: RecordID, clock: Int)] = []
            for (kind, ids) in byKind {
                for id in ids {
                    guard !forked.contains(id), let history = loadedRevisions[id] else { return nil }
                    chosen += history
                    if Ledger.stateKinds.contains(kind) {
                        guard let clock = ledger.heldClock[id] else { return nil }
                        heldClocks.append((id, clock))
                    }
                    // A visit still in its checkpoint encoding is written again as it is, not decoded for it.
                    if kind == .visit, let item = visitTable.lookup(id).encoded {
                        // Warmed above, so its encoding came back from the store's checkpoint.
                        guard item.bytes != nil else { return nil }
                        encodedVisits.append((id, item))
                        continue
                    }
                    guard let document = kind.traits.current(self, id) else { return nil }
                    documents.append((id, kind, document))
                }
            }
            guard !chosen.isEmpty, chosen.allSatisfy(\.isSigned) else { return nil }
            // Each revision's place looked up once, not at every comparison.
            chosen = chosen.map { (admissionOrder[$0.id] ?? 0, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
            var facts: [RevisionFacts] = []
            facts.reserveCapacity(chosen.count)
            for revision in chosen {
                guard let fact = ledger.facts[revision.id] else { return nil }
                facts.append(fact)
            }
            let order = chosen.map { admissionOrder[$0.id] ?? 0 }
            guard let revisions = try? ColdRevisions(revisions: chosen, order: order, facts: facts) else { return nil }
            return FamilyCheckpoint(familyID: familyID, rows: chosen.count, lastOrder: order.last ?? 0, revisions: revisions,
                                    tips: tips[.family(familyID)] ?? [], registrant: ledger.registrants[familyID],
                                    registeredAt: loadedRevisions[familyID]?.first?.timestamp, heldClocks: heldClocks,
                                    documents: documents, encodedVisits: encodedVisits)
        }
    }

    /// Makes checkpointed families part of the case file as the replay would have: their current documents, the
    /// ledger's state about them and their chains; their revisions and the ledger's facts about each stay encoded
    /// until the family is needed (`warm`).
    func adopt(_ checkpoints: inout [FamilyCheckpoint]) {
        while let checkpoint = checkpoints.popLast() {
            ledger.adopt(family: checkpoint.familyID,
                         records: checkpoint.documents.map { ($0.id, $0.kind) } + checkpoint.encodedVisits.map { ($0.id, RecordKind.visit) },
                         heldClocks: checkpoint.heldClocks, registrant: checkpoint.registrant, tips: checkpoint.tips,
                         documents: checkpoint.documents)
            for item in checkpoint.documents { applyHead(item.kind, item.id, item.document) }
            for (id, item) in checkpoint.encodedVisits { applyEncodedVisit(id, item) }
            // Without revisions when the store reads them back from the checkpoint when the family is needed.
            cold[checkpoint.familyID] = ColdFamily(revisions: checkpoint.revisions, rows: checkpoint.rows,
                                                   lastOrder: checkpoint.lastOrder, registeredAt: checkpoint.registeredAt)
        }
    }
}
