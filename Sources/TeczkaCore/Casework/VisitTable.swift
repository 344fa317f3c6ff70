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
/// checkpoint (`FamilyCheckpoint`) stay in its compact encoding, with their facts beside it, and are decoded when one
/// is shown. The facts of such a visit are packed in 20 bytes (`Packed`: its family and assistant as numbers, the date
/// as one integer): at 10,000 families the table of 350,000 visits' facts went from about 88 to 23 MB.
struct VisitTable: Sendable {
    struct Encoded: Sendable {
        let facts: VisitFacts
        /// The visit in `BinaryEncoder`'s encoding: a slice of its family's buffer (no allocation of its own); nil
        /// while the store keeps it in the family's checkpoint (read back when the family is warmed).
        var bytes: Data?
    }

    /// An encoded visit's facts: family and assistant as their places in `people`, the date as
    /// `year << 9 | month << 5 | day`, the start in minutes (-1 when none).
    private struct Packed: Sendable {
        let family: Int32
        let assistant: Int32
        let date: Int32
        let startMinutes: Int16
        let archived: Bool
        let durationMinutes: Int32
    }

    private(set) var decoded: [RecordID: Visit] = [:]
    private var packed: [RecordID: Packed] = [:]
    /// Facts that do not pack (a start or a length out of any real range, from an older or hand-made record): kept
    /// whole, so that no figure changes.
    private var unpacked: [RecordID: VisitFacts] = [:]
    /// The encodings held in memory (most stay in the store's checkpoints until a family's visits are shown).
    private var encodings: [RecordID: Data] = [:]
    /// The families and assistants the packed facts name, each once.
    private var people = NumberedValues<RecordID>()

    var count: Int { decoded.count + packed.count + unpacked.count }

    func contains(_ id: RecordID) -> Bool { decoded[id] != nil || packed[id] != nil || unpacked[id] != nil }

    /// The visit as held: decoded, or its encoding (decoded by the caller, who knows where to turn if it does not).
    func lookup(_ id: RecordID) -> (visit: Visit?, encoded: Encoded?) {
        if let visit = decoded[id] { return (visit, nil) }
        guard let facts = encodedFacts(id) else { return (nil, nil) }
        return (nil, Encoded(facts: facts, bytes: encodings[id]))
    }

    func facts(_ id: RecordID) -> VisitFacts? {
        if let visit = decoded[id] { return VisitFacts(visit) }
        return encodedFacts(id)
    }

    private func encodedFacts(_ id: RecordID) -> VisitFacts? {
        packed[id].map { unpack($0, id: id) } ?? unpacked[id]
    }

    /// Every visit's facts, read in place.
    func forEachFacts(_ body: (VisitFacts) -> Void) {
        for visit in decoded.values { body(VisitFacts(visit)) }
        for (id, item) in packed { body(unpack(item, id: id)) }
        for facts in unpacked.values { body(facts) }
    }

    /// The families with encoded visits whose encodings are not in memory.
    var familiesWithEncodingsInStore: Set<RecordID> {
        var families = Set<Int32>()
        for (id, item) in packed where encodings[id] == nil { families.insert(item.family) }
        return Set(families.map { people[$0] }).union(unpacked.values.filter { encodings[$0.id] == nil }.map(\.familyID))
    }

    /// The ids of the visits held encoded.
    var encodedIDs: [RecordID] { Array(packed.keys) + Array(unpacked.keys) }

    mutating func set(_ visit: Visit, for id: RecordID) {
        decoded[id] = visit
        packed[id] = nil
        unpacked[id] = nil
        encodings[id] = nil
    }

    mutating func setEncoded(_ item: Encoded, for id: RecordID) {
        let facts = item.facts
        if let start = Int16(exactly: facts.startMinutes ?? -1), start >= -1, let length = Int32(exactly: facts.durationMinutes) {
            packed[id] = Packed(family: people.number(facts.familyID), assistant: people.number(facts.assistantID),
                                date: Int32(facts.date.year << 9 | facts.date.month << 5 | facts.date.day),
                                startMinutes: start, archived: facts.archived, durationMinutes: length)
            unpacked[id] = nil
        } else {
            unpacked[id] = facts
            packed[id] = nil
        }
        encodings[id] = item.bytes
        decoded[id] = nil
    }

    /// A visit's encoding read back from its family's checkpoint (`CaseFile.warm`); nothing if it is held otherwise.
    mutating func restoreEncoding(_ bytes: Data, for id: RecordID) {
        guard packed[id] != nil || unpacked[id] != nil, encodings[id] == nil else { return }
        encodings[id] = bytes
    }

    mutating func reserve(decoded decodedCount: Int, encoded encodedCount: Int) {
        decoded.reserveCapacity(decodedCount)
        packed.reserveCapacity(encodedCount)
    }

    private func unpack(_ item: Packed, id: RecordID) -> VisitFacts {
        let date = Int(item.date)
        return VisitFacts(id: id, familyID: people[item.family], assistantID: people[item.assistant],
                          date: LocalDate(year: date >> 9, month: date >> 5 & 15, day: date & 31)!,
                          startMinutes: item.startMinutes < 0 ? nil : Int(item.startMinutes),
                          durationMinutes: Int(item.durationMinutes), archived: item.archived)
    }

    static func decode(_ item: Encoded) -> Visit? {
        item.bytes?.withUnsafeBytes { try? RecordKind.visit.traits.decodeBinary($0) as? Visit }
    }
}

extension CaseFile {
    /// Every visit of the store, decoded: for `teczka check`, exports and tests. Lists and counts use `visitFacts`,
    /// a family's visits `visits(of:)`, one visit `visit(_:)`.
    public var visits: [RecordID: Visit] {
        let families = Array(visitTable.familiesWithEncodingsInStore)
        // A batch at a time, so that the checkpoints read back are not all held at once.
        for start in stride(from: 0, to: families.count, by: 1_024) {
            bringBackVisits(of: families[start..<min(start + 1_024, families.count)])
        }
        var all = visitTable.decoded
        all.reserveCapacity(visitTable.count)
        for id in visitTable.encodedIDs { all[id] = visit(id) }
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
