/// One thing that needs doing, for the "Do zrobienia" dashboard.
public struct TodoItem: Equatable, Sendable {
    public enum Kind: Int, Sendable, CaseIterable {
        /// A record changed on two computers since their last exchange (first: nothing else is certain until it is
        /// resolved).
        case conflict
        case assessmentOverdue, assessmentReturned, assessmentDueSoon, noPlan, goalOverdue, notVisited,
             monitoringEnding, caseloadAboveCap
        /// A family whose records are past the centre's retention (a coordinator's; issue 15).
        case pastRetention
        /// An assessment passed on to the head of the centre, waiting for this coordinator's approval or return.
        case assessmentToReview
    }

    /// How urgent, for the order of the list: conflicts; then whatever is overdue, the longest overdue first; then
    /// what waits for the user's decision; then what falls due soon, the nearest first; then the caseloads.
    func urgency(on today: LocalDate) -> Int {
        switch kind {
        case .conflict: return 0
        case .assessmentOverdue, .goalOverdue, .notVisited, .noPlan: return 1
        case .assessmentToReview, .assessmentReturned: return 2
        case .assessmentDueSoon, .monitoringEnding: return (date.map { $0 < today } ?? false) ? 1 : 3
        case .caseloadAboveCap, .pastRetention: return 4
        }
    }

    public let kind: Kind
    public let familyID: RecordID?
    public let assistantID: RecordID?
    /// The date it is about (due date, deadline, last visit, end of monitoring).
    public let date: LocalDate?
    /// A short detail: a goal's text, a number of families.
    public let detail: String
    /// The record it is about, when that is not the family (a record in conflict).
    public var recordID: RecordID? = nil
}

extension CaseFile {
    /// Everything due for `assistantID`'s families (nil: every assistant's, for a supervisor), most urgent first (see
    /// `TodoItem.urgency`). A coordinator's list also holds the assessments waiting for their approval (of
    /// `assistantID`'s, when narrowed to one assistant), except their own.
    public func todo(for assistantID: RecordID?, on today: LocalDate, dueWithinDays: Int = 30) -> [TodoItem] {
        var items: [TodoItem] = []
        let mine = cooperations.values.filter { !$0.archived && (assistantID == nil || $0.assistantID == assistantID) }
        for co in mine where co.isActive(on: today) && families[co.familyID]?.archived == false {
            if let due = assessmentDue(ofCooperation: co.id) {
                if due < today {
                    items.append(TodoItem(kind: .assessmentOverdue, familyID: co.familyID, assistantID: co.assistantID, date: due, detail: ""))
                } else if due <= today.addingDays(dueWithinDays) {
                    items.append(TodoItem(kind: .assessmentDueSoon, familyID: co.familyID, assistantID: co.assistantID, date: due, detail: ""))
                }
            }
            let plans = planVersions(of: co.id)
            if plans.isEmpty {
                items.append(TodoItem(kind: .noPlan, familyID: co.familyID, assistantID: co.assistantID, date: co.start, detail: ""))
            }
            for goal in plans.last?.goals ?? [] where goal.status == .wToku {
                if let deadline = goal.deadline, deadline < today {
                    items.append(TodoItem(kind: .goalOverdue, familyID: co.familyID, assistantID: co.assistantID, date: deadline, detail: goal.text))
                }
            }
            let lastVisit = visitFacts(of: co.familyID).filter { !$0.archived }.map(\.date).max() ?? co.start
            if today.days(since: lastVisit) > settings.notVisitedDays {
                items.append(TodoItem(kind: .notVisited, familyID: co.familyID, assistantID: co.assistantID, date: lastVisit,
                                      detail: "\(today.days(since: lastVisit))"))
            }
        }
        for co in mine {
            if let until = co.monitoringUntil, co.isMonitored(on: today), until <= today.addingDays(dueWithinDays) {
                items.append(TodoItem(kind: .monitoringEnding, familyID: co.familyID, assistantID: co.assistantID, date: until, detail: ""))
            }
        }
        for a in assessments.values where a.state == .zwrocona && !a.archived && (assistantID == nil || a.authorID == assistantID) {
            items.append(TodoItem(kind: .assessmentReturned, familyID: a.familyID, assistantID: a.authorID, date: a.reviews.last?.date, detail: ""))
        }
        if currentUser.role == .koordynator {
            for a in reviewQueue where a.authorID != currentUser.id && (assistantID == nil || a.authorID == assistantID) {
                items.append(TodoItem(kind: .assessmentToReview, familyID: a.familyID, assistantID: a.authorID,
                                      date: a.passedOn ?? a.periodTo, detail: ""))
            }
        }
        let viewer: UserAccount? = assistantID.map { users[$0] ?? UserAccount(id: $0, name: "", role: .asystent) }
        for conflict in conflicts(visibleTo: viewer) {
            items.append(TodoItem(kind: .conflict, familyID: conflict.familyID, assistantID: nil,
                                  date: LocalDate.today(now: conflict.heads[0].timestamp), detail: "", recordID: conflict.recordID))
        }
        if currentUser.role == .koordynator && assistantID == nil {
            for (familyID, until) in pastRetention(on: today) {
                items.append(TodoItem(kind: .pastRetention, familyID: familyID, assistantID: nil, date: until, detail: ""))
            }
        }
        let assistants = Set(mine.map(\.assistantID))
        for id in assistants {
            let load = caseload(of: id, on: today)
            if load > caseloadCap(of: id, on: today) {
                items.append(TodoItem(kind: .caseloadAboveCap, familyID: nil, assistantID: id, date: nil, detail: "\(load)"))
            }
        }
        return items.sorted {
            ($0.urgency(on: today), $0.date ?? today, $0.kind.rawValue) < ($1.urgency(on: today), $1.date ?? today, $1.kind.rawValue)
        }
    }
}

extension CaseFile {
    /// The records in conflict that `user` (nil: the logged-in user) may see: those of families they can see; users
    /// and meetings, which belong to no family, for coordinators only.
    public func conflicts(visibleTo user: UserAccount?) -> [Conflict] {
        let user = user ?? currentUser
        return conflicts.filter { conflict in
            conflict.familyID.map { canSee($0, as: user) } ?? (user.role == .koordynator)
        }
    }
}
