import Foundation

/// A cooperation handed from one assistant to another from a date (issue 15): an assistant leaves or goes on leave,
/// and the family's work goes on with a colleague. It is not an end: the tables count one cooperation, and the
/// per-assistant counts follow who had the family on each day (`Cooperation.assignments`).
public struct Handover: Codable, Equatable, Sendable {
    /// The first day with the new assistant.
    public var date: LocalDate
    public var from: RecordID
    public var to: RecordID

    public init(date: LocalDate, from: RecordID, to: RecordID) {
        self.date = date
        self.from = from
        self.to = to
    }
}

/// One assistant's stretch of a cooperation: from the start or a handover to the day before the next handover, or
/// to the end (nil: still going on).
public struct Assignment: Equatable, Sendable {
    public let assistantID: RecordID
    public let from: LocalDate
    public let to: LocalDate?

    public func overlaps(from start: LocalDate, to end: LocalDate) -> Bool { from <= end && (to.map { $0 >= start } ?? true) }
    public func contains(_ date: LocalDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }
}

extension Cooperation {
    /// Who had the cooperation, stretch by stretch, in order (one stretch when it was never handed over).
    public var assignments: [Assignment] {
        let list = handovers ?? []
        guard let first = list.first else { return [Assignment(assistantID: assistantID, from: start, to: end)] }
        var result = [Assignment(assistantID: first.from, from: start, to: first.date.addingDays(-1))]
        for (index, handover) in list.enumerated() {
            let next = list.indices.contains(index + 1) ? list[index + 1].date.addingDays(-1) : end
            result.append(Assignment(assistantID: handover.to, from: handover.date, to: next))
        }
        return result
    }

    /// The assistant who had the cooperation on `date` (the first one before its start, the current one after it).
    public func assistant(on date: LocalDate) -> RecordID {
        (handovers ?? []).last { $0.date <= date }?.to ?? handovers?.first?.from ?? assistantID
    }

    /// Every assistant who ever had the cooperation.
    public var everAssigned: Set<RecordID> { Set(assignments.map(\.assistantID)) }

    /// Handovers in order, each after the start and the one before it, none after the end or today, each from the
    /// assistant who had the family to another one, the last one to `assistantID`.
    func validateHandovers(today: LocalDate) -> [ValidationIssue] {
        guard let list = handovers, !list.isEmpty else { return [] }
        var issues: [ValidationIssue] = []
        var previous = start
        for (index, handover) in list.enumerated() {
            if handover.date <= previous || handover.date > (end ?? today) { issues.append(.outsideCooperation(.handoverDate)) }
            if handover.date > today { issues.append(.dateInFuture(.handoverDate)) }
            if handover.from == handover.to { issues.append(.sameAssistant) }
            if index > 0, list[index - 1].to != handover.from { issues.append(.notApplicable(.assistant)) }
            previous = handover.date
        }
        if list.last?.to != assistantID { issues.append(.notApplicable(.assistant)) }
        return issues.reduce(into: [ValidationIssue]()) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension CaseFile {
    /// Hands a cooperation in progress over to another assistant from `date` (a coordinator's decision): the family's
    /// key goes to the new assistant with the write, and the former one reads nothing written after it. Going above
    /// the new assistant's cap throws `CaseworkWarning.caseloadAboveCap` unless `confirmed`.
    @discardableResult
    public func handOver(_ cooperationID: RecordID, to newAssistant: RecordID, from date: LocalDate,
                         confirmed: Bool = false) throws -> Cooperation {
        guard var cooperation = cooperations[cooperationID] else { throw CaseFileError.unknownRecord(cooperationID) }
        guard let account = users[newAssistant], account.active else { throw ValidationFailure([.required(.assistant)]) }
        let handover = Handover(date: date, from: cooperation.assistantID, to: newAssistant)
        cooperation.handovers = (cooperation.handovers ?? []) + [handover]
        cooperation.assistantID = newAssistant
        let issues = cooperation.validateHandovers(today: today)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        if !confirmed && cooperation.end == nil {
            let day = max(date, today)
            let load = caseload(of: newAssistant, on: day) + 1
            let cap = caseloadCap(of: newAssistant, on: day)
            if load > cap { throw CaseworkWarning.caseloadAboveCap(families: load, cap: cap) }
        }
        return try saveCooperation(cooperation, confirmed: true)
    }

    /// Hands every cooperation in progress of `former` over to `next` from `date` (an assistant leaves or goes on
    /// leave), in one write: all or none. Throws `HandoverProblem` when there is nothing to hand over or a cooperation
    /// cannot be handed over that day, `CaseworkWarning.caseloadAboveCap` above `next`'s cap unless `confirmed`.
    @discardableResult
    public func handOverAll(of former: RecordID, to next: RecordID, from date: LocalDate, confirmed: Bool = false) throws -> [Cooperation] {
        guard let account = users[next], account.active else { throw ValidationFailure([.required(.assistant)]) }
        let theirs = cooperations.values.filter { !$0.archived && $0.end == nil && $0.assistantID == former }
            .sorted { PolishCollation.compare(families[$0.familyID]?.label ?? "", families[$1.familyID]?.label ?? "") == .orderedAscending }
        guard !theirs.isEmpty else { throw HandoverProblem.nothingInProgress }
        let handed = theirs.map { co -> Cooperation in
            var copy = co
            copy.handovers = (co.handovers ?? []) + [Handover(date: date, from: co.assistantID, to: next)]
            copy.assistantID = next
            return copy
        }
        let refused = handed.compactMap { co -> (familyID: RecordID, issues: [ValidationIssue])? in
            let issues = co.validate(today: today)
            return issues.isEmpty ? nil : (co.familyID, issues)
        }
        guard refused.isEmpty else { throw HandoverProblem.refused(refused) }
        let day = max(date, today)
        let load = caseload(of: next, on: day) + handed.count, cap = caseloadCap(of: next, on: day)
        if !confirmed && load > cap { throw CaseworkWarning.caseloadAboveCap(families: load, cap: cap) }
        try writeAll(handed.map { ($0.id, .cooperation, $0) })
        return handed
    }
}

/// Why `CaseFile.handOverAll` wrote nothing.
public enum HandoverProblem: Error, Equatable, Sendable {
    case nothingInProgress
    /// The families whose cooperation cannot be handed over on that day, with why.
    case refused([(familyID: RecordID, issues: [ValidationIssue])])

    public static func == (a: HandoverProblem, b: HandoverProblem) -> Bool {
        switch (a, b) {
        case (.nothingInProgress, .nothingInProgress): return true
        case let (.refused(x), .refused(y)): return x.map(\.familyID) == y.map(\.familyID) && x.map(\.issues) == y.map(\.issues)
        default: return false
        }
    }
}
