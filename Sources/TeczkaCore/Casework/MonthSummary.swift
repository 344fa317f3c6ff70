/// An assistant's visits in one calendar month.
public struct MonthSummary: Equatable, Sendable {
    public let visits: Int
    public let minutes: Int
    public let familiesVisited: Set<RecordID>
    /// Families with the assistant's cooperation active some day in the month and no visit in it, by label.
    public let notVisited: [RecordID]
}

extension CaseFile {
    public func monthSummary(assistantID: RecordID, year: Int, month: Int) -> MonthSummary {
        let first = LocalDate(year: year, month: month, day: 1)!
        let last = LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year))!
        var inMonth: [VisitFacts] = []
        forEachVisitFacts { visit in
            if !visit.archived && visit.assistantID == assistantID && visit.date >= first && visit.date <= last { inMonth.append(visit) }
        }
        let visited = Set(inMonth.map(\.familyID))
        let inCare = Set(cooperations.values.filter { c in
            c.overlaps(from: first, to: last) && c.assignments.contains { $0.assistantID == assistantID && $0.overlaps(from: first, to: last) }
        }
            .map(\.familyID))
        let notVisited = inCare.subtracting(visited)
            .filter { families[$0]?.archived == false }
            .sorted { PolishCollation.compare(families[$0]?.label ?? "", families[$1]?.label ?? "") == .orderedAscending }
        return MonthSummary(visits: inMonth.count, minutes: inMonth.reduce(0) { $0 + $1.durationMinutes },
                            familiesVisited: visited, notVisited: notVisited)
    }
}
