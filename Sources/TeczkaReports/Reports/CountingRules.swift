import TeczkaCore

/// The counting rules of Docs/reports.md, each in one place so every table counts the same way.
extension ReportData {
    /// Cooperations of a family overlapping the period, oldest first; for one assistant's reports, only where her
    /// stretch of the cooperation overlaps it (a family handed over counts for each assistant in her own days).
    func cooperations(of family: RecordID, in period: ReportPeriod) -> [Cooperation] {
        (cooperations[family] ?? []).filter { counts($0, in: period.from, to: period.to) }
    }

    /// Whether a cooperation was worked in the days from `from` to `to` (by the assistant of the report, if one).
    func counts(_ cooperation: Cooperation, in from: LocalDate, to: LocalDate) -> Bool {
        guard cooperation.overlaps(from: from, to: to) else { return false }
        guard let assistant, cooperation.handovers != nil else { return true }
        return cooperation.assignments.contains { $0.assistantID == assistant && $0.overlaps(from: from, to: to) }
    }

    /// Families served in the period: any cooperation overlapping it, each family once.
    func served(in period: ReportPeriod) -> [RecordID] {
        // Asked for by most rows of most reports: worked out once per period.
        if let known = servedMemo.families(in: period) { return known }
        let families = sorted(cooperations.keys.filter { !cooperations(of: $0, in: period).isEmpty })
        servedMemo.remember(families, in: period)
        return families
    }

    /// The earlier of the period's end and the end of the family's last cooperation overlapping the period.
    func referenceDate(of family: RecordID, in period: ReportPeriod) -> LocalDate? {
        guard let last = cooperations(of: family, in: period).last else { return nil }
        return min(period.to, last.end ?? period.to)
    }

    /// The family's category on its reference date (from its last cooperation overlapping the period).
    func category(of family: RecordID, in period: ReportPeriod) -> FamilyCategory? {
        guard let last = cooperations(of: family, in: period).last, let date = referenceDate(of: family, in: period) else {
            return nil
        }
        return last.category(on: date)
    }

    /// Members who belong to the family on the date (membership dates, born by then).
    func members(of family: RecordID, on date: LocalDate) -> [Member] {
        (members[family] ?? []).filter { $0.belongs(on: date) }
    }

    /// Adults and children (under 18 on the date) of the family on its reference date.
    func people(of family: RecordID, in period: ReportPeriod) -> (adults: Int, children: Int) {
        guard let date = referenceDate(of: family, in: period) else { return (0, 0) }
        let present = members(of: family, on: date)
        let children = present.filter { $0.isChild(on: date) }.count
        return (present.count - children, children)
    }

    /// Two-parent family on the reference date: two parents then; with no parent recorded, the family's own field.
    func isTwoParent(_ family: RecordID, in period: ReportPeriod) -> Bool {
        guard let date = referenceDate(of: family, in: period) else { return false }
        let parents = members(of: family, on: date).filter { $0.role == .rodzic }.count
        if parents == 0 { return families[family]?.structure == .pelna }
        return parents >= 2
    }

    /// Cooperations ending in the period (closed ones only); for one assistant's reports, those she had at their end.
    /// A handover is never an end.
    func ended(in period: ReportPeriod) -> [Cooperation] {
        cooperations.values.joined().filter { c in
            guard let end = c.end, period.contains(end) else { return false }
            return assistant.map { c.assistant(on: end) == $0 } ?? true
        }
    }

    /// Whether the problem counts in the period: recorded by its end and not closed before its start. Closed means
    /// "rozwiązany" or "poprawa" (the outcomes that close a problem for the statistics); a later reopening counts.
    static func counts(_ problem: FamilyProblem, in period: ReportPeriod) -> Bool {
        guard problem.identified <= period.to else { return false }
        let closing: Set<ProblemStatus> = [.rozwiazany, .poprawa]
        if let before = problem.status(on: period.from.addingDays(-1)), closing.contains(before),
           !problem.history.contains(where: { period.contains($0.date) && !closing.contains($0.status) }) {
            return false
        }
        return true
    }

    /// Codes of the problems that count for the family in the period.
    func problemCodes(of family: RecordID, in period: ReportPeriod) -> Set<String> {
        Set((problems[family] ?? []).filter { Self.counts($0, in: period) }.map(\.code))
    }

    /// Children of the family with a foster-care placement overlapping the period.
    func childrenInFosterCare(of family: RecordID, in period: ReportPeriod) -> Set<RecordID> {
        Set((placements[family] ?? []).filter { $0.overlaps(from: period.from, to: period.to) }.map(\.childID))
    }

    func events(of family: RecordID, _ kind: EventKind, in period: ReportPeriod) -> [FamilyEvent] {
        (events[family] ?? []).filter { $0.kind == kind && $0.overlaps(from: period.from, to: period.to) }
    }

    /// Assessments passed on to the head (at any time) for a period ending in `period`.
    func assessments(in period: ReportPeriod) -> [Assessment] {
        assessments.values.joined().filter { $0.passedOn != nil && period.contains($0.periodTo) }
    }

    /// The date the next assessment of a cooperation was due, judged on `date`: six months after the start or the
    /// end of the last assessment passed on by then.
    func assessmentDue(_ cooperation: Cooperation, on date: LocalDate) -> LocalDate {
        let last = (assessments[cooperation.familyID] ?? [])
            .filter { $0.cooperationID == cooperation.id && ($0.passedOn.map { $0 <= date } ?? false) }
            .map(\.periodTo).max()
        return cooperation.assessmentDue(lastAssessment: last)
    }
}
