import Foundation

/// The limits of `StoreSettings` without the catalogue (the catalogue is its own key of the export document).
public struct TransferSettings: Codable, Equatable, Sendable {
    public var caseloadCap: Int
    public var monitoringMonths: Int
    public var notVisitedDays: Int
    /// Present only when the centre turned it off (absent: on, the default; documents before issue 15 lack it).
    public var capByEmployment: Bool?
    /// Present only when it is not the default of 10 years.
    public var retentionYears: Int?
    /// The centre's name, address, town and case-number pattern (issue 17); present only when one of them is set.
    public var centre: CentreDetails?

    public init(_ settings: StoreSettings) {
        caseloadCap = settings.caseloadCap
        monitoringMonths = settings.monitoringMonths
        notVisitedDays = settings.notVisitedDays
        // Written only when turned off, so that a default store's document is what it was before issue 15.
        capByEmployment = settings.capByEmployment ? nil : false
        retentionYears = settings.retentionYears == 10 ? nil : settings.retentionYears
        // Written only when set, so that a default store's document is what it was before issue 17.
        centre = settings.centre.isEmpty ? nil : settings.centre
    }
}

/// The whole store as one versioned JSON document (Docs/import-format.md): the current revision of every record,
/// archived ones included, each in its own stored shape. Audit entries (`TransferLog`) and key material are never in it.
public struct TransferDocument: Codable, Equatable, Sendable {
    public static let formatName = "teczka-export"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var catalogue: ProblemCatalogue
    /// Absent in a hand-written file: the defaults apply to a store created from it.
    public var settings: TransferSettings?
    public var users: [UserAccount]
    public var families: [Family]
    public var members: [Member]
    public var cooperations: [Cooperation]
    public var problems: [FamilyProblem]
    public var planVersions: [PlanVersion]
    public var visits: [Visit]
    public var placements: [Placement]
    public var events: [FamilyEvent]
    public var assessments: [Assessment]
    public var meetings: [TeamMeeting]

    enum CodingKeys: String, CodingKey {
        case format, version, catalogue, settings, users, families, members, cooperations, problems, planVersions,
             visits, placements, events, assessments, meetings
    }

    /// A missing list is an empty one (a hand-written file may bring only families and members).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        catalogue = try c.decode(ProblemCatalogue.self, forKey: .catalogue)
        settings = try c.decodeIfPresent(TransferSettings.self, forKey: .settings)
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] { try c.decodeIfPresent([T].self, forKey: key) ?? [] }
        users = try list(.users)
        families = try list(.families)
        members = try list(.members)
        cooperations = try list(.cooperations)
        problems = try list(.problems)
        planVersions = try list(.planVersions)
        visits = try list(.visits)
        placements = try list(.placements)
        events = try list(.events)
        assessments = try list(.assessments)
        meetings = try list(.meetings)
    }

    /// The settings of a store created from this document.
    public var storeSettings: StoreSettings {
        let defaults = StoreSettings()
        return StoreSettings(catalogue: catalogue, caseloadCap: settings?.caseloadCap ?? defaults.caseloadCap,
                             monitoringMonths: settings?.monitoringMonths ?? defaults.monitoringMonths,
                             notVisitedDays: settings?.notVisitedDays ?? defaults.notVisitedDays,
                             capByEmployment: settings?.capByEmployment ?? defaults.capByEmployment,
                             retentionYears: settings?.retentionYears ?? defaults.retentionYears,
                             centre: settings?.centre ?? defaults.centre)
    }

    /// Every record with its kind, collection and place in its list, in the order they are imported.
    var records: [TransferRecord] {
        func wrap<T: RecordDocument & Identifiable>(_ list: [T], _ collection: TransferCollection) -> [TransferRecord]
            where T.ID == RecordID {
            list.enumerated().map { TransferRecord(collection: collection, index: $0.offset, id: $0.element.id, value: $0.element) }
        }
        return wrap(users, .users) + wrap(families, .families) + wrap(members, .members)
            + wrap(cooperations, .cooperations) + wrap(problems, .problems) + wrap(planVersions, .planVersions)
            + wrap(visits, .visits) + wrap(placements, .placements) + wrap(events, .events)
            + wrap(assessments, .assessments) + wrap(meetings, .meetings)
    }

    /// Pretty-printed with sorted keys and a final line break: the same store always gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

/// The lists of the export document, by their key.
public enum TransferCollection: String, Sendable, CaseIterable, Equatable {
    case users, families, members, cooperations, problems, planVersions, visits, placements, events, assessments, meetings

    /// The list that holds records of `kind` (none for settings, the log and the per-family meeting entries, which
    /// the export holds inside their protocols): the registry of kinds says.
    public static func of(_ kind: RecordKind) -> TransferCollection? { kind.traits.collection }

    public var kind: RecordKind { RecordKind.allCases.first { $0.traits.collection == self }! }
}

struct TransferRecord {
    let collection: TransferCollection
    let index: Int
    let id: RecordID
    let value: any RecordDocument
}

/// The audit entry written for every export and every import that wrote something (record kind `transfer`).
public struct TransferLog: Codable, Equatable, Sendable, Identifiable {
    public enum Direction: String, Codable, Sendable, CaseIterable {
        case eksport, `import`, importCsv
        /// An exchange package written for another store, and one merged from another store.
        case pakiet, pakietDolaczony
        /// A printed document or a report written to a file or to the screen of the command line.
        case wydruk
        /// A package of which nothing was merged, but whose refused revisions are on record.
        case pakietOdrzucony
        /// The store was brought to the signed format: its earlier revisions vouched for by a coordinator.
        case migracja
        /// The store was brought to need-to-know keys (format 3) from signed revisions under one data key (format 2).
        case klucze
        /// A family past retention was anonymised (`fileName`: the label it is listed under since; `zapisy`: bodies
        /// replaced).
        case anonimizacja
    }

    public var id: RecordID
    public var direction: Direction
    /// The file's name as given on the command line (`-` for standard output).
    public var fileName: String
    public var date: LocalDate
    /// Records per list of the document: exported, or newly written by the import.
    public var counts: [String: Int]
    /// Revisions of a package that this store refused, with why (absent when none were).
    public var refused: [RefusedRevision]?

    public init(id: RecordID = .make(), direction: Direction, fileName: String, date: LocalDate, counts: [String: Int],
                refused: [RefusedRevision]? = nil) {
        self.id = id
        self.direction = direction
        self.fileName = fileName
        self.date = date
        self.counts = counts
        self.refused = refused
    }
}

extension CaseFile {
    /// The whole store as it is now; every list sorted by id.
    public func transferDocument() -> TransferDocument {
        func sorted<T: Identifiable>(_ values: Dictionary<RecordID, T>.Values) -> [T] where T.ID == RecordID {
            values.sorted { $0.id < $1.id }
        }
        return TransferDocument(
            format: TransferDocument.formatName, version: TransferDocument.currentVersion,
            catalogue: settings.catalogue, settings: TransferSettings(settings),
            // Signing keys stay in the store: a file is not where another store learns whom to trust.
            users: sorted(users.values).map(\.withoutKeys),
            families: sorted(families.values), members: sorted(members.values), cooperations: sorted(cooperations.values),
            problems: sorted(problems.values), planVersions: sorted(planVersions.values), visits: sorted(visits.values),
            placements: sorted(placements.values), events: sorted(events.values), assessments: sorted(assessments.values),
            meetings: sorted(meetings.values))
    }

    /// Exports the whole store (coordinators only: it holds every family) and records the export in the history
    /// before handing the data out, so that no export goes unrecorded.
    public func export(fileName: String) throws -> Data {
        guard currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
        let document = transferDocument()
        let data = try document.encoded()
        try recordTransfer(.eksport, fileName: fileName, counts: document.counts)
        return data
    }

    /// Records that a document about `kind` (nil: a statistical report) was printed or saved as `fileName`, so the
    /// history says who printed what, as it says who exported what.
    public func recordPrint(fileName: String, kind: RecordKind?) throws {
        let collection = kind.flatMap(TransferCollection.of)
        try recordTransfer(.wydruk, fileName: fileName, counts: collection.map { [$0.rawValue: 1] } ?? [:])
    }

    func recordTransfer(_ direction: TransferLog.Direction, fileName: String, counts: [String: Int],
                        refused: [Refusal] = [], names: [RecordID: String] = [:]) throws {
        let log = TransferLog(direction: direction, fileName: fileName, date: today, counts: counts,
                              refused: refused.isEmpty ? nil : refused.map { RefusedRevision($0, names: names) })
        try write(log, id: log.id, kind: .transfer)
    }

    /// Exports and imports, newest first, with who did them and when.
    public var transferHistory: [(timestamp: Date, author: String, log: TransferLog)] {
        transfers.values.compactMap { log in
            revisions(of: log.id)?.first.map { ($0.timestamp, userName($0.author), log) }
        }
        .sorted { ($0.timestamp, $0.log.id) > ($1.timestamp, $1.log.id) }
    }
}

extension TransferDocument {
    init(format: String, version: Int, catalogue: ProblemCatalogue, settings: TransferSettings?, users: [UserAccount],
         families: [Family], members: [Member], cooperations: [Cooperation], problems: [FamilyProblem],
         planVersions: [PlanVersion], visits: [Visit], placements: [Placement], events: [FamilyEvent],
         assessments: [Assessment], meetings: [TeamMeeting]) {
        self.format = format
        self.version = version
        self.catalogue = catalogue
        self.settings = settings
        self.users = users
        self.families = families
        self.members = members
        self.cooperations = cooperations
        self.problems = problems
        self.planVersions = planVersions
        self.visits = visits
        self.placements = placements
        self.events = events
        self.assessments = assessments
        self.meetings = meetings
    }

    /// Records per list (only lists that are not empty).
    public var counts: [String: Int] {
        var counts: [String: Int] = [:]
        for record in records { counts[record.collection.rawValue, default: 0] += 1 }
        return counts
    }
}
