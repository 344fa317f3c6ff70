import Foundation

/// A save that needs the user's confirmation first; saving again with `confirmed: true` goes ahead.
public enum CaseworkWarning: Error, Equatable, Sendable {
    /// The assistant would have more concurrent families than the store's cap.
    case caseloadAboveCap(families: Int, cap: Int)
    /// No cooperation with the family is active on the visit's date.
    case visitOutsideCooperation
}

extension CaseFile {
    // MARK: Settings

    public func saveSettings(_ new: StoreSettings) throws {
        var new = new
        new.centre = new.centre.trimmed
        var issues = new.validateLimits()
        // Entries in use can be retired but never removed.
        let used = Set(problems.values.map(\.code))
        for code in used where new.catalogue.entry(code) == nil { issues.append(.unknownCatalogueCode(code)) }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(new, id: StoreSettings.recordID, kind: .settings)
    }

    // MARK: Cooperations

    public func cooperations(of familyID: RecordID) -> [Cooperation] {
        records(.cooperation, of: familyID, in: cooperations).filter { !$0.archived }.sorted { $0.start < $1.start }
    }

    /// The cooperation active on `date`, if any.
    public func cooperation(of familyID: RecordID, on date: LocalDate) -> Cooperation? {
        cooperations(of: familyID).last { $0.isActive(on: date) }
    }

    /// Families of an assistant with a cooperation active on `date` and theirs on that day (handovers followed).
    public func caseload(of assistantID: RecordID, on date: LocalDate) -> Int {
        Set(cooperations(ofAssistant: assistantID).filter { $0.isActive(on: date) && $0.assistant(on: date) == assistantID }
            .map(\.familyID)).count
    }

    /// Saves a cooperation. Overlapping another cooperation of the family is refused; going above the caseload cap
    /// throws `CaseworkWarning.caseloadAboveCap` unless `confirmed`.
    @discardableResult
    public func saveCooperation(_ cooperation: Cooperation, confirmed: Bool = false) throws -> Cooperation {
        guard families[cooperation.familyID] != nil else { throw CaseFileError.unknownRecord(cooperation.familyID) }
        var cooperation = cooperation
        cooperation.referralReference = cooperation.referralReference.trimmingCharacters(in: .whitespaces)
        cooperation.caseNumber = TextRules.blankAsAbsent(cooperation.caseNumber)
        cooperation.categories.sort { $0.from < $1.from }
        var issues = cooperation.validate(today: today)
        let others = cooperations(of: cooperation.familyID).filter { $0.id != cooperation.id }
        if !cooperation.archived, let clash = others.first(where: {
            $0.overlaps(from: cooperation.start, to: cooperation.end ?? LocalDate(year: 2199, month: 12, day: 31)!)
        }) {
            issues.append(.overlapsCooperation(start: clash.start, end: clash.end))
        }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        let isNewOrReopened = cooperations[cooperation.id].map { $0.end != nil && cooperation.end == nil } ?? true
        if isNewOrReopened && cooperation.end == nil && !confirmed {
            let day = max(cooperation.start, today)
            let current = caseload(of: cooperation.assistantID, on: day)
            let cap = caseloadCap(of: cooperation.assistantID, on: day)
            if current + 1 > cap {
                throw CaseworkWarning.caseloadAboveCap(families: current + 1, cap: cap)
            }
        }
        try write(cooperation, id: cooperation.id, kind: .cooperation)
        return cooperation
    }

    // MARK: Problems

    public func problems(of familyID: RecordID) -> [FamilyProblem] {
        let order = Dictionary(settings.catalogue.entries.enumerated().map { ($0.element.code, $0.offset) },
                               uniquingKeysWith: { a, _ in a })
        return records(.problem, of: familyID, in: problems).filter { !$0.archived }
            .sorted { (order[$0.code] ?? .max, $0.identified) < (order[$1.code] ?? .max, $1.identified) }
    }

    @discardableResult
    public func saveProblem(_ problem: FamilyProblem) throws -> FamilyProblem {
        guard families[problem.familyID] != nil else { throw CaseFileError.unknownRecord(problem.familyID) }
        let issues = problem.validate(today: today, catalogue: settings.catalogue)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(problem, id: problem.id, kind: .problem)
        return problem
    }

    /// Records several problems at once (the checklist). Codes the family already has open are skipped, so ticking
    /// twice never doubles a problem. Returns the problems written.
    @discardableResult
    public func recordProblems(familyID: RecordID, codes: [String], identified: LocalDate, source: ProblemSource)
        throws -> [FamilyProblem] {
        let open = Set(problems(of: familyID).filter { $0.closedOn == nil }.map(\.code))
        let new = codes.filter { !open.contains($0) }.map {
            FamilyProblem(familyID: familyID, code: $0, identified: identified, source: source)
        }
        let issues = new.flatMap { $0.validate(today: today, catalogue: settings.catalogue) }
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        for problem in new { try write(problem, id: problem.id, kind: .problem) }
        return new
    }

    public func setProblemStatus(_ id: RecordID, to status: ProblemStatus, on date: LocalDate) throws {
        guard var problem = problems[id] else { throw CaseFileError.unknownRecord(id) }
        problem.history.append(StatusChange(date: date, status: status))
        try saveProblem(problem)
    }

    // MARK: Plans

    /// Plan versions of a cooperation, oldest first.
    public func planVersions(of cooperationID: RecordID) -> [PlanVersion] {
        guard let familyID = cooperations[cooperationID]?.familyID else { return [] }
        return records(.planVersion, of: familyID, in: planVersions).filter { $0.cooperationID == cooperationID && !$0.archived }
            .sorted { $0.number < $1.number }
    }

    @discardableResult
    public func savePlanVersion(_ plan: PlanVersion) throws -> PlanVersion {
        guard let cooperation = cooperations[plan.cooperationID], cooperation.familyID == plan.familyID else {
            throw CaseFileError.unknownRecord(plan.cooperationID)
        }
        let familyProblems = Set(records(.problem, of: plan.familyID, in: problems).map(\.id))
        let familyMembers = memberIDs(of: plan.familyID)
        let issues = plan.validate(today: today, familyProblems: familyProblems, familyMembers: familyMembers)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(plan, id: plan.id, kind: .planVersion)
        return plan
    }

    /// A draft of the next version: the current goals and actions, a new number and date, no signatures yet.
    public func draftNextPlanVersion(of cooperationID: RecordID, on date: LocalDate) -> PlanVersion? {
        guard let cooperation = cooperations[cooperationID] else { return nil }
        guard var next = planVersions(of: cooperationID).last else {
            return PlanVersion(familyID: cooperation.familyID, cooperationID: cooperationID, date: date)
        }
        next.id = .make()
        next.number += 1
        next.date = date
        next.signatures = []
        return next
    }

    // MARK: Visits

    public func visits(of familyID: RecordID) -> [Visit] {
        (familyIndex[familyID]?[.visit] ?? []).compactMap { visit($0) }.filter { !$0.archived }
            .sorted { ($0.date, $0.startTime?.minutes ?? 0) > ($1.date, $1.startTime?.minutes ?? 0) }
    }

    /// Saves a visit; a date outside every cooperation throws `CaseworkWarning.visitOutsideCooperation` unless
    /// `confirmed`.
    @discardableResult
    public func saveVisit(_ visit: Visit, confirmed: Bool = false) throws -> Visit {
        guard families[visit.familyID] != nil else { throw CaseFileError.unknownRecord(visit.familyID) }
        let familyMembers = memberIDs(of: visit.familyID)
        let issues = visit.validate(today: today, familyMembers: familyMembers)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        if !confirmed && cooperation(of: visit.familyID, on: visit.date) == nil {
            throw CaseworkWarning.visitOutsideCooperation
        }
        try write(visit, id: visit.id, kind: .visit)
        return visit
    }

    /// A new visit for quick entry: today, the place of the assistant's last visit to this family (or home), every
    /// current member present.
    public func quickVisit(familyID: RecordID) -> Visit {
        let last = visits(of: familyID).first { $0.assistantID == currentUser.id }
        let present = members(of: familyID).filter { $0.belongs(on: today) }.map(\.id)
        return Visit(familyID: familyID, assistantID: currentUser.id, date: today,
                     durationMinutes: last?.durationMinutes ?? 60, place: last?.place ?? .miejsceZamieszkania,
                     placeOther: last?.placeOther ?? "", presentMemberIDs: present,
                     activities: last?.activities ?? [])
    }

    // MARK: Placements and events

    public func placements(of familyID: RecordID) -> [Placement] {
        records(.placement, of: familyID, in: placements).filter { !$0.archived }.sorted { $0.start < $1.start }
    }

    @discardableResult
    public func savePlacement(_ placement: Placement) throws -> Placement {
        guard families[placement.familyID] != nil else { throw CaseFileError.unknownRecord(placement.familyID) }
        var placement = placement
        placement.placeName = placement.placeName.trimmingCharacters(in: .whitespaces)
        let familyMembers = memberIDs(of: placement.familyID)
        let issues = placement.validate(today: today, familyMembers: familyMembers)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(placement, id: placement.id, kind: .placement)
        return placement
    }

    public func events(of familyID: RecordID) -> [FamilyEvent] {
        records(.event, of: familyID, in: events).filter { !$0.archived }.sorted { $0.date < $1.date }
    }

    @discardableResult
    public func saveEvent(_ event: FamilyEvent) throws -> FamilyEvent {
        guard families[event.familyID] != nil else { throw CaseFileError.unknownRecord(event.familyID) }
        let issues = event.validate(today: today)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(event, id: event.id, kind: .event)
        return event
    }
}
