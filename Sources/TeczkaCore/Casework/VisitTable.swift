import Foundation

/// What the family list, Do zrobienia, the month summary and the reports read of a visit: its family, assistant,
/// date, start, length and whether it is archived. Held apart so that a visit need not be decoded to be counted.
public struct VisitFacts: Sendable, Equatable {
    public let id: RecordID
    public let familyID: RecordID
    public let assistantID: RecordID
    public let date: LocalDate
    /// Minutes after midnight of the start, when it was given.
    public let startMinutes: Int?
    public let durationMinutes: Int
    public let archived: Bool

    init(_ visit: Visit) {
        id = visit.id
        familyID = visit.familyID
        assistantID = visit.assistantID
        date = visit.date
        startMinutes = visit.startTime?.minutes
        durationMinutes = visit.durationMinutes
        archived = visit.archived
    }

    init(id: RecordID, familyID: RecordID, assistantID: RecordID, date: LocalDate, startMinutes: Int?, durationMinutes: Int,
         archived: Bool) {
        self.id = id
        self.familyID = familyID
        self.assistantID = assistantID
        self.date = date
        self.startMinutes = startMinutes
        self.durationMinutes = durationMinutes
        self.archived = archived
    }
}

/// A case file's visits (issue 14). Visits are two records in three of a centre's store; those taken from a
/// checkpoint (`FamilyCheckpoint`) stay in its compact encoding, with their `VisitFacts` beside it, and are decoded
/// when one is shown: at 10,000 families that is about 250 MiB and a second of opening less. Visits written or
/// re-admitted in this session are held decoded.
struct VisitTable: Sendable {
    struct Encoded: Sendable {
        let facts: VisitFacts
        /// The visit in `BinaryEncoder`'s encoding: a slice of its family's buffer (no allocation of its own); nil
        /// while the store keeps it in the family's checkpoint (read back when the family is warmed).
        var bytes: Data?
    }

    private(set) var decoded: [RecordID: Visit] = [:]
    private(set) var encoded: [RecordID: Encoded] = [:]

    var count: Int { decoded.count + encoded.count }

    func contains(_ id: RecordID) -> Bool { decoded[id] != nil || encoded[id] != nil }

    /// The visit as held: decoded, or its encoding (decoded by the caller, who knows where to turn if it does not).
    func lookup(_ id: RecordID) -> (visit: Visit?, encoded: Encoded?) {
        if let visit = decoded[id] { return (visit, nil) }
        return (nil, encoded[id])
    }

    func facts(_ id: RecordID) -> VisitFacts? {
        if let visit = decoded[id] { return VisitFacts(visit) }
        return encoded[id]?.facts
    }

    /// Every visit's facts, read in place.
    func forEachFacts(_ body: (VisitFacts) -> Void) {
        for visit in decoded.values { body(VisitFacts(visit)) }
        for item in encoded.values { body(item.facts) }
    }

    mutating func set(_ visit: Visit, for id: RecordID) {
        decoded[id] = visit
        encoded[id] = nil
    }

    mutating func setEncoded(_ item: Encoded, for id: RecordID) {
        encoded[id] = item
        decoded[id] = nil
    }

    /// A visit's encoding read back from its family's checkpoint (`CaseFile.warm`); nothing if it is held otherwise.
    mutating func restoreEncoding(_ bytes: Data, for id: RecordID) {
        guard encoded[id]?.bytes == nil, encoded[id] != nil else { return }
        encoded[id]?.bytes = bytes
    }

    mutating func reserve(decoded decodedCount: Int, encoded encodedCount: Int) {
        decoded.reserveCapacity(decodedCount)
        encoded.reserveCapacity(encodedCount)
    }

    static func decode(_ item: Encoded) -> Visit? {
        item.bytes?.withUnsafeBytes { try? RecordKind.visit.traits.decodeBinary($0) as? Visit }
    }
}

extension CaseFile {
    /// Every visit of the store, decoded: for `teczka check`, exports and tests. Lists and counts use `visitFacts`,
    /// a family's visits `visits(of:)`, one visit `visit(_:)`.
    public var visits: [RecordID: Visit] {
        let kept = Set(visitTable.encoded.values.lazy.filter { $0.bytes == nil }.map(\.facts.familyID))
        let families = Array(kept)
        // A batch at a time, so that the checkpoints read back are not all held at once.
        for start in stride(from: 0, to: families.count, by: 1_024) {
            bringBackVisits(of: families[start..<min(start + 1_024, families.count)])
        }
        var all = visitTable.decoded
        all.reserveCapacity(visitTable.count)
        for id in visitTable.encoded.keys { all[id] = visit(id) }
        return all
    }

    /// One visit, decoded if it is held in a checkpoint's encoding.
    public func visit(_ id: RecordID) -> Visit? {
        var held = visitTable.lookup(id)
        if let visit = held.visit { return visit }
        guard var item = held.encoded else { return nil }
        if item.bytes == nil {
            // Kept in the family's checkpoint in the store: read back (the family's revisions stay there).
            bringBackVisits(of: [item.facts.familyID])
            held = visitTable.lookup(id)
            if let visit = held.visit { return visit }
            item = held.encoded ?? item
        }
        if let visit = VisitTable.decode(item), visit.id == id, visit.familyID == item.facts.familyID { return visit }
        // A checkpoint's encoding that does not decode (it cannot come from outside: the checkpoint was sealed by this
        // account) is not the end of the visit: its current revision is read from the file, checked as at log-in.
        guard let head = heads(of: id).first, let body = try? body(of: head) else { return nil }
        return try? head.kind.traits.decode(body) as? Visit
    }

    /// The facts of every visit of the store (see `VisitFacts`), without decoding any.
    public func forEachVisitFacts(_ body: (VisitFacts) -> Void) { visitTable.forEachFacts(body) }

    /// The same as a value that may be read on another thread (the reports count on both cores).
    public var allVisitFacts: VisitFactsView { VisitFactsView(table: visitTable) }

    /// The facts of one family's visits, archived ones included, in no particular order.
    public func visitFacts(of familyID: RecordID) -> [VisitFacts] {
        (familyIndex[familyID]?[.visit] ?? []).compactMap { visitTable.facts($0) }
    }
}

/// Every visit's facts as they stood when taken from a case file (`CaseFile.allVisitFacts`).
public struct VisitFactsView: Sendable {
    let table: VisitTable
    public var count: Int { table.count }
    public func forEach(_ body: (VisitFacts) -> Void) { table.forEachFacts(body) }
}
