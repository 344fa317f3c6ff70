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
    static let version = 4

    public let familyID: RecordID
    /// The family's revisions in the order the store admitted them (bodies left out), with that order (`seq`).
    var revisions: [Revision]
    var order: [Int]
    var slice: LedgerScopeSlice
    var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)]
    /// Visits kept in their encoding (`VisitTable`): read from a checkpoint and not shown since, or about to be written
    /// to one again.
    var encodedVisits: [(id: RecordID, item: VisitTable.Encoded)] = []

    /// The number of the family's revisions and the newest one's place: what the store binds the checkpoint to.
    public var rows: Int { revisions.count }
    public var lastOrder: Int { order.last ?? 0 }

    public func encoded() throws -> [UInt8] {
        let w = BinaryWriter()
        w.varint(UInt64(Self.version))
        w.recordID(familyID)
        var keys: [Data: Int] = [:]
        var keyList: [Data] = []
        func keyIndex(_ key: PublicSigningKey) -> Int {
            if let known = keys[key.rawRepresentation] { return known }
            keys[key.rawRepresentation] = keyList.count
            keyList.append(key.rawRepresentation)
            return keyList.count - 1
        }
        let revisionBytes = BinaryWriter()
        revisionBytes.varint(UInt64(revisions.count))
        // `slice.facts` are in the revisions' order (`CaseFile.checkpoints(of:)` and `decode` make them so).
        guard slice.facts.count == revisions.count else { throw BinaryDecodingFailure() }
        for ((r, position), item) in zip(zip(revisions, order), slice.facts) {
            guard item.revisionID == r.id else { throw BinaryDecodingFailure() }
            let fact = item.facts
            revisionBytes.recordID(r.id)
            revisionBytes.recordID(r.recordID)
            revisionBytes.string(r.kind.rawValue)
            revisionBytes.bool(r.parent != nil)
            if let parent = r.parent { revisionBytes.recordID(parent) }
            revisionBytes.double(r.timestamp.timeIntervalSinceReferenceDate)
            revisionBytes.recordID(r.author)
            revisionBytes.recordID(r.signer)
            revisionBytes.int(r.chainIndex)
            revisionBytes.data(r.previousLink)
            revisionBytes.int(r.clock)
            revisionBytes.bool(r.legacy)
            revisionBytes.data(r.signature)
            revisionBytes.int(position)
            revisionBytes.data(fact.bodyHash.bytes)
            revisionBytes.int(keyIndex(fact.key))
            revisionBytes.data(fact.body)
        }
        let tipBytes = BinaryWriter()
        tipBytes.varint(UInt64(slice.tips.count))
        for (signer, tip) in slice.tips {
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
        for key in keyList { w.data(key) }
        w.bytes += revisionBytes.bytes
        w.bytes += tipBytes.bytes
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
            w.recordID(id)
            w.string(RecordKind.visit.rawValue)
            w.data(item.bytes)
            Self.write(item.facts, w)
        }
        return w.bytes
    }

    /// Reads a checkpoint of `familyID`; nil when it is of another version, about another family, or does not decode
    /// whole (it is rebuilt then).
    public static func decode(_ bytes: UnsafeRawBufferPointer, familyID: RecordID) -> FamilyCheckpoint? {
        var r = BinaryReader(bytes)
        do {
            guard try r.varint() == UInt64(version), try r.recordID() == familyID else { return nil }
            let keys = try (0..<r.count()).map { _ in PublicSigningKey(checked: try r.data()) }
            func key(_ index: Int) throws -> PublicSigningKey {
                guard keys.indices.contains(index) else { throw BinaryDecodingFailure() }
                return keys[index]
            }
            let scope = Scope.family(familyID)
            let revisionCount = try r.count()
            var revisions: [Revision] = []
            var order: [Int] = []
            var slice = LedgerScopeSlice()
            revisions.reserveCapacity(revisionCount)
            order.reserveCapacity(revisionCount)
            slice.facts.reserveCapacity(revisionCount)
            // Every revision's previous link and signature are copied into one buffer and held as slices of it: a
            // `Data` of 32 or 64 bytes on its own is two allocations, which at 10,000 families were ~160 MiB.
            var shared = Data()
            shared.reserveCapacity(revisionCount * 96)
            var sharedRanges: [(link: Range<Int>, signature: Range<Int>)] = []
            sharedRanges.reserveCapacity(revisionCount)
            func appendShared(_ bytes: UnsafeRawBufferPointer) -> Range<Int> {
                let start = shared.count
                shared.append(contentsOf: bytes)
                return start..<shared.count
            }
            for _ in 0..<revisionCount {
                let id = try r.recordID()
                let recordID = try r.recordID()
                guard let kind = RecordKind(rawValue: try r.string()) else { return nil }
                let parent = try r.bool() ? try r.recordID() : nil
                let timestamp = Date(timeIntervalSinceReferenceDate: try r.double())
                let author = try r.recordID()
                var revision = Revision(id: id, recordID: recordID, kind: kind, parent: parent, timestamp: timestamp,
                                        author: author, body: Data(), scope: scope, signer: try r.recordID(),
                                        chainIndex: try r.int(), previousLink: Data(), clock: 0, legacy: false, signature: Data())
                let link = appendShared(try r.bytes(try r.count()))
                revision.clock = try r.int()
                revision.legacy = try r.bool()
                sharedRanges.append((link, appendShared(try r.bytes(try r.count()))))
                order.append(try r.int())
                guard let hash = BodyHash(bytes: try r.bytes(try r.count())) else { return nil }
                let signerKey = try key(r.int())
                let body = try r.data()
                revisions.append(revision)
                slice.facts.append(.init(revisionID: id, facts: RevisionFacts(recordID: recordID, kind: kind, clock: revision.clock,
                                                                               body: body, key: signerKey, bodyHash: hash)))
            }
            for index in revisions.indices {
                revisions[index].previousLink = shared[sharedRanges[index].link]
                revisions[index].signature = shared[sharedRanges[index].signature]
            }
            for _ in 0..<(try r.count()) {
                let signer = try r.recordID()
                let tip = ChainTip(index: try r.int(), link: try r.data(), revisionID: try r.recordID(), digest: try r.data(),
                                   signature: try r.data(), key: try key(r.int()), verified: true,
                                   timestamp: Date(timeIntervalSinceReferenceDate: try r.double()))
                slice.tips.append((signer, tip))
            }
            var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
            let documentCount = try r.count()
            documents.reserveCapacity(documentCount)
            // Visits are not decoded: their encodings go into one buffer, each held as a slice of it, with their facts.
            var visitBytes = Data()
            var visitRanges: [(id: RecordID, range: Range<Int>, facts: VisitFacts)] = []
            for _ in 0..<documentCount {
                let id = try r.recordID()
                guard let kind = RecordKind(rawValue: try r.string()) else { return nil }
                let bytes = try r.bytes(try r.count())
                if kind == .visit {
                    let start = visitBytes.count
                    visitBytes.append(contentsOf: bytes)
                    visitRanges.append((id, start..<visitBytes.count, try readVisitFacts(&r, id: id, familyID: familyID)))
                    continue
                }
                let document = try kind.traits.decodeBinary(bytes)
                // A document about another family than the checkpoint's is not this family's state.
                guard kind.scope(of: document, recordID: id) == scope else { return nil }
                documents.append((id, kind, document))
            }
            guard r.isAtEnd else { return nil }
            return FamilyCheckpoint(familyID: familyID, revisions: revisions, order: order, slice: slice, documents: documents,
                                    encodedVisits: visitRanges.map { ($0.id, VisitTable.Encoded(facts: $0.facts, bytes: visitBytes[$0.range])) })
        } catch {
            return nil
        }
    }
}

extension FamilyCheckpoint {
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
        let tips = ledger.tips(in: Set(families.map(Scope.family)))
        return families.compactMap { familyID -> FamilyCheckpoint? in
            // An anonymised family is re-admitted at each log-in: its redaction records must be admitted with its
            // anonymised bodies (`Ledger.redactionProblems`), and a checkpoint does not carry `redactedFrom`.
            guard !withdrawn.contains(familyID), let byKind = familyIndex[familyID], byKind[.redaction] == nil else { return nil }
            var chosen: [Revision] = []
            var documents: [(id: RecordID, kind: RecordKind, document: any RecordDocument)] = []
            var encodedVisits: [(id: RecordID, item: VisitTable.Encoded)] = []
            for (kind, ids) in byKind {
                for id in ids {
                    guard !forked.contains(id), let history = revisions[id] else { return nil }
                    chosen += history
                    // A visit still in its checkpoint encoding is written again as it is, not decoded for it.
                    if kind == .visit, let item = visitTable.lookup(id).encoded {
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
            var slice = LedgerScopeSlice()
            for revision in chosen {
                guard let facts = ledger.facts[revision.id] else { return nil }
                slice.facts.append(.init(revisionID: revision.id, facts: facts))
            }
            slice.tips = tips[.family(familyID)] ?? []
            return FamilyCheckpoint(familyID: familyID, revisions: chosen.map { var r = $0; r.body = Data(); return r },
                                    order: chosen.map { admissionOrder[$0.id] ?? 0 }, slice: slice, documents: documents,
                                    encodedVisits: encodedVisits)
        }
    }

    /// Makes checkpointed families part of the case file as the replay would have: the ledger's facts and chains,
    /// each record's revisions and its current document.
    func adopt(_ checkpoints: inout [FamilyCheckpoint]) {
        while let checkpoint = checkpoints.popLast() {
            var documents: [RecordID: any RecordDocument] = [:]
            for item in checkpoint.documents { documents[item.id] = item.document }
            ledger.adopt(family: checkpoint.familyID, revisions: checkpoint.revisions, slice: checkpoint.slice, documents: documents)
            for (revision, position) in zip(checkpoint.revisions, checkpoint.order) {
                revisions[revision.recordID, default: []].append(revision)
                admissionOrder[revision.id] = position
            }
            for item in checkpoint.documents { applyHead(item.kind, item.id, item.document) }
            for (id, item) in checkpoint.encodedVisits { applyEncodedVisit(id, item) }
        }
    }
}
