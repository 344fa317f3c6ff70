import Synchronization
import TeczkaCore

/// The values the reports count, copied out of a case file: only the families the current user may see, without
/// archived records, and with `assistant` only that assistant's cooperations and the families they belong to.
/// A value, so a report can be built away from the case file (a background task, a benchmark).
public struct ReportData: Sendable {
    public let catalogue: ProblemCatalogue
    public let caseloadCap: Int
    public let assistant: RecordID?
    public let families: [RecordID: Family]
    /// Per family; cooperations oldest first.
    let members: [RecordID: [Member]]
    /// People with a PESEL, by the number (the check that one PESEL is one person looks here, not at everyone).
    let membersByPesel: [String: [Member]]
    let cooperations: [RecordID: [Cooperation]]
    let problems: [RecordID: [FamilyProblem]]
    let placements: [RecordID: [Placement]]
    let events: [RecordID: [FamilyEvent]]
    let assessments: [RecordID: [Assessment]]
    let plans: [RecordID: [PlanVersion]]
    /// What the reports count of a visit (a city centre has hundreds of thousands: the whole documents are not copied).
    let visits: [CountedVisit]
    let userNames: [RecordID: String]
    /// Each account's employment periods, for the caseload report's etat and cap (issue 15).
    let employment: [RecordID: [EmploymentPeriod]]
    let capByEmployment: Bool
    /// Active assistants (only the one asked for, when filtered): listed in the caseload even with no family.
    let activeAssistants: [RecordID]
    /// Each family's place in Polish alphabetical order of labels (then id), worked out once: the reports list
    /// families many times, and comparing Polish labels pair by pair is slow for a city centre.
    let alphabeticalRank: [RecordID: Int]
    /// Families a coordinator anonymised: counted as before, but left out of the completeness check (their names
    /// are gone and nothing can be completed in them).
    let anonymised: Set<RecordID>
    /// The families served in each period asked for so far (`served(in:)`), shared by the reports built at once.
    let servedMemo = ServedMemo()

    public init(file: CaseFile, assistant: RecordID? = nil) {
        catalogue = file.settings.catalogue
        caseloadCap = file.settings.caseloadCap
        self.assistant = assistant
        // One assistant's reports: the cooperations she had at any time (handovers followed; see `counts`).
        let coops = file.cooperations.values.filter { c in !c.archived && (assistant.map { c.everAssigned.contains($0) } ?? true) }
        let assisted = Set(coops.map(\.familyID))
        let kept = file.families.filter { id, family in
            !family.archived && file.canSee(id) && (assistant == nil || assisted.contains(id))
        }
        families = kept
        anonymised = Set(kept.keys.filter(file.isAnonymised))
        cooperations = Self.byFamily(coops, kept, \.familyID, \.archived).mapValues { $0.sorted { $0.start < $1.start } }
        let coopIDs = Set(coops.map(\.id))
        let (memberTable, problemTable, placementTable, eventTable) = (file.members, file.problems, file.placements, file.events)
        let (assessmentTable, planTable, visitTable) = (file.assessments, file.planVersions, file.allVisitFacts)
        // Two halves of about the same work, one per core (a city centre's store has hundreds of thousands of records).
        let (first, second) = concurrently({
            let members = Self.byFamily(memberTable, kept, \.familyID, \.archived)
            // From the visits' facts: a visit held in a checkpoint's encoding is counted without being decoded.
            var visits: [CountedVisit] = []
            visits.reserveCapacity(visitTable.count)
            visitTable.forEach { visit in
                if !visit.archived, kept[visit.familyID] != nil, assistant == nil || visit.assistantID == assistant {
                    visits.append(CountedVisit(date: visit.date, minutes: visit.durationMinutes))
                }
            }
            return (members: members, visits: visits,
                    byPesel: Dictionary(grouping: members.values.joined().filter { !($0.pesel ?? "").isEmpty }) { $0.pesel! })
        }, {
            let keyed = kept.map { (id: $0.key, key: PolishCollation.sortKey($0.value.label)) }
                .sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.id < $1.id }
            return (problems: Self.byFamily(problemTable, kept, \.familyID, \.archived),
                    placements: Self.byFamily(placementTable, kept, \.familyID, \.archived),
                    events: Self.byFamily(eventTable, kept, \.familyID, \.archived),
                    assessments: Self.byFamily(assessmentTable, kept, \.familyID, \.archived) { coopIDs.contains($0.cooperationID) },
                    plans: Self.byFamily(planTable, kept, \.familyID, \.archived) { coopIDs.contains($0.cooperationID) },
                    rank: Dictionary(uniqueKeysWithValues: keyed.enumerated().map { ($0.element.id, $0.offset) }))
        })
        members = first.members
        membersByPesel = first.byPesel
        visits = first.visits
        problems = second.problems
        placements = second.placements
        events = second.events
        assessments = second.assessments
        plans = second.plans
        alphabeticalRank = second.rank
        userNames = file.users.mapValues(\.name)
        employment = file.users.compactMapValues(\.employment)
        capByEmployment = file.settings.capByEmployment
        activeAssistants = file.assistants.map(\.id).filter { assistant == nil || $0 == assistant }
    }

    /// The records of the kept families in a case file's table, not archived, by family: read in place, each copied
    /// once (into its family's list).
    private static func byFamily<T>(_ table: [RecordID: T], _ kept: [RecordID: Family], _ family: (T) -> RecordID,
                                    _ archived: (T) -> Bool, including: (T) -> Bool = { _ in true }) -> [RecordID: [T]] {
        var groups: [RecordID: [T]] = [:]
        let values = table.values
        var index = values.startIndex
        while index != values.endIndex {
            let familyID = family(values[index])
            if kept[familyID] != nil, !archived(values[index]), including(values[index]) {
                groups[familyID, default: []].append(values[index])
            }
            values.formIndex(after: &index)
        }
        return groups
    }

    /// The same for a list of records.
    private static func byFamily<T>(_ values: some Sequence<T>, _ kept: [RecordID: Family], _ family: (T) -> RecordID,
                                    _ archived: (T) -> Bool) -> [RecordID: [T]] {
        Dictionary(grouping: values.filter { kept[family($0)] != nil && !archived($0) }, by: family)
    }

    struct CountedVisit: Sendable {
        let date: LocalDate
        let minutes: Int
    }

    /// The label printed for a family, and the key families are listed by.
    public func label(_ family: RecordID) -> String { families[family]?.label ?? family.short }

    public func userName(_ id: RecordID) -> String { userNames[id] ?? id.short }

    /// An assistant's cap on a day (`EmploymentPeriod.cap`).
    func cap(of assistant: RecordID, on date: LocalDate) -> Int {
        EmploymentPeriod.cap(caseloadCap, scaled: capByEmployment, periods: employment[assistant], on: date)
    }

    /// Family ids in Polish alphabetical order of their labels.
    func sorted(_ ids: some Sequence<RecordID>) -> [RecordID] {
        // A family the data does not hold (none is asked for today) goes after the others, by its id.
        ids.sorted { (alphabeticalRank[$0] ?? .max, $0) < (alphabeticalRank[$1] ?? .max, $1) }
    }
}

/// Families served per period, remembered for the reports of one run (built on several cores at once).
final class ServedMemo: Sendable {
    private let table = Mutex<[ReportPeriod: [RecordID]]>([:])

    func families(in period: ReportPeriod) -> [RecordID]? { table.withLock { $0[period] } }
    func remember(_ families: [RecordID], in period: ReportPeriod) { table.withLock { $0[period] = families } }
}
