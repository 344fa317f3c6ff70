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
    /// Active assistants (only the one asked for, when filtered): listed in the caseload even with no family.
    let activeAssistants: [RecordID]
    /// Each family's place in Polish alphabetical order of labels (then id), worked out once: the reports list
    /// families many times, and comparing Polish labels pair by pair is slow for a city centre.
    let alphabeticalRank: [RecordID: Int]

    public init(file: CaseFile, assistant: RecordID? = nil) {
        catalogue = file.settings.catalogue
        caseloadCap = file.settings.caseloadCap
        self.assistant = assistant
        let coops = file.cooperations.values.filter { !$0.archived && (assistant == nil || $0.assistantID == assistant) }
        let assisted = Set(coops.map(\.familyID))
        let kept = file.families.filter { id, family in
            !family.archived && file.canSee(id) && (assistant == nil || assisted.contains(id))
        }
        families = kept
        func byFamily<T>(_ values: some Sequence<T>, _ family: (T) -> RecordID, _ archived: (T) -> Bool) -> [RecordID: [T]] {
            Dictionary(grouping: values.filter { kept[family($0)] != nil && !archived($0) }, by: family)
        }
        members = byFamily(file.members.values, \.familyID, \.archived)
        membersByPesel = Dictionary(grouping: members.values.joined().filter { !($0.pesel ?? "").isEmpty }) { $0.pesel! }
        cooperations = byFamily(coops, \.familyID, \.archived).mapValues { $0.sorted { $0.start < $1.start } }
        problems = byFamily(file.problems.values, \.familyID, \.archived)
        placements = byFamily(file.placements.values, \.familyID, \.archived)
        events = byFamily(file.events.values, \.familyID, \.archived)
        let coopIDs = Set(coops.map(\.id))
        assessments = byFamily(file.assessments.values.filter { coopIDs.contains($0.cooperationID) }, \.familyID, \.archived)
        plans = byFamily(file.planVersions.values.filter { coopIDs.contains($0.cooperationID) }, \.familyID, \.archived)
        visits = file.visits.values.compactMap {
            kept[$0.familyID] != nil && !$0.archived && (assistant == nil || $0.assistantID == assistant)
                ? CountedVisit(date: $0.date, minutes: $0.durationMinutes) : nil
        }
        userNames = file.users.mapValues(\.name)
        activeAssistants = file.assistants.map(\.id).filter { assistant == nil || $0 == assistant }
        let keyed = kept.map { (id: $0.key, key: PolishCollation.sortKey($0.value.label)) }
            .sorted { $0.key != $1.key ? $0.key.lexicographicallyPrecedes($1.key) : $0.id < $1.id }
        alphabeticalRank = Dictionary(uniqueKeysWithValues: keyed.enumerated().map { ($0.element.id, $0.offset) })
    }

    struct CountedVisit: Sendable {
        let date: LocalDate
        let minutes: Int
    }

    /// The label printed for a family, and the key families are listed by.
    public func label(_ family: RecordID) -> String { families[family]?.label ?? family.short }

    public func userName(_ id: RecordID) -> String { userNames[id] ?? id.short }

    /// Family ids in Polish alphabetical order of their labels.
    func sorted(_ ids: some Sequence<RecordID>) -> [RecordID] {
        // A family the data does not hold (none is asked for today) goes after the others, by its id.
        ids.sorted { (alphabeticalRank[$0] ?? .max, $0) < (alphabeticalRank[$1] ?? .max, $1) }
    }
}
