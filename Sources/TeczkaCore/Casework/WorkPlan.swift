public enum GoalStatus: String, Codable, Sendable, CaseIterable {
    case wToku, osiagniety, czesciowo, nieosiagniety

    public var label: String {
        switch self {
        case .wToku: return "w toku"
        case .osiagniety: return "osiągnięty"
        case .czesciowo: return "częściowo osiągnięty"
        case .nieosiagniety: return "nieosiągnięty"
        }
    }
}

public struct PlanGoal: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var text: String
    /// Problems of the same family this goal addresses.
    public var problemIDs: [RecordID]
    public var deadline: LocalDate?
    public var expectedEffect: String
    public var status: GoalStatus

    public init(id: RecordID = .make(), text: String, problemIDs: [RecordID] = [], deadline: LocalDate? = nil,
                expectedEffect: String = "", status: GoalStatus = .wToku) {
        self.id = id
        self.text = text
        self.problemIDs = problemIDs
        self.deadline = deadline
        self.expectedEffect = expectedEffect
        self.status = status
    }
}

public struct PlanAction: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var text: String
    public var who: String
    public var deadline: LocalDate?
    public var done: Bool

    public init(id: RecordID = .make(), text: String, who: String = "", deadline: LocalDate? = nil, done: Bool = false) {
        self.id = id
        self.text = text
        self.who = who
        self.deadline = deadline
        self.done = done
    }
}

public struct Signature: Codable, Equatable, Sendable {
    public var memberID: RecordID
    public var date: LocalDate
    public init(memberID: RecordID, date: LocalDate) {
        self.memberID = memberID
        self.date = date
    }
}

/// One version of the family work plan (*plan pracy z rodziną*). Revising the plan writes a new version; earlier
/// versions stay as they were (corrections of a version are revisions of that version's record).
public struct PlanVersion: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var cooperationID: RecordID
    public var number: Int
    public var date: LocalDate
    public var socialWorker: String
    /// When a child is in foster care: the foster-care coordinator consulted.
    public var fosterCoordinator: String
    public var coordinatedWithChildPlan: Bool
    public var goals: [PlanGoal]
    public var actions: [PlanAction]
    public var signatures: [Signature]
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, cooperationID: RecordID, number: Int = 1, date: LocalDate,
                socialWorker: String = "", fosterCoordinator: String = "", coordinatedWithChildPlan: Bool = false,
                goals: [PlanGoal] = [], actions: [PlanAction] = [], signatures: [Signature] = [], archived: Bool = false) {
        self.id = id
        self.familyID = familyID
        self.cooperationID = cooperationID
        self.number = number
        self.date = date
        self.socialWorker = socialWorker
        self.fosterCoordinator = fosterCoordinator
        self.coordinatedWithChildPlan = coordinatedWithChildPlan
        self.goals = goals
        self.actions = actions
        self.signatures = signatures
        self.archived = archived
    }

    /// Checks the version; `familyProblems` are the ids of this family's problems, `familyMembers` its members.
    public func validate(today: LocalDate, familyProblems: Set<RecordID>, familyMembers: Set<RecordID>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if date > today { issues.append(.dateInFuture(.date)) }
        for (text, field) in [(socialWorker, Field.socialWorker), (fosterCoordinator, Field.fosterCoordinator)] {
            if let issue = TextRules.check(text, field: field, required: false) { issues.append(issue) }
        }
        if goals.isEmpty { issues.append(.required(.goals)) }
        for goal in goals {
            if let issue = TextRules.check(goal.text, field: .goals, required: true, limit: 1000) { issues.append(issue); break }
            if let issue = TextRules.check(goal.expectedEffect, field: .goals, required: false, limit: 1000) { issues.append(issue); break }
            if goal.problemIDs.contains(where: { !familyProblems.contains($0) }) {
                issues.append(.notInFamily(.goals))
                break
            }
        }
        for action in actions {
            if let issue = TextRules.check(action.text, field: .actions, required: true, limit: 1000)
                ?? TextRules.check(action.who, field: .actions, required: false) {
                issues.append(issue)
                break
            }
        }
        for signature in signatures {
            if !familyMembers.contains(signature.memberID) { issues.append(.notInFamily(.signatures)); break }
            if signature.date > today { issues.append(.dateInFuture(.signatures)); break }
        }
        return issues
    }

    /// What changed from the previous version, for the "what changed" view.
    public func changes(from old: PlanVersion) -> PlanChanges {
        let oldGoals = Dictionary(old.goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newGoals = Dictionary(goals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldActions = Dictionary(old.actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newActions = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return PlanChanges(
            addedGoals: goals.filter { oldGoals[$0.id] == nil },
            removedGoals: old.goals.filter { newGoals[$0.id] == nil },
            changedGoals: goals.filter { goal in oldGoals[goal.id].map { $0 != goal } ?? false },
            addedActions: actions.filter { oldActions[$0.id] == nil },
            removedActions: old.actions.filter { newActions[$0.id] == nil },
            changedActions: actions.filter { action in oldActions[action.id].map { $0 != action } ?? false })
    }
}

public struct PlanChanges: Equatable, Sendable {
    public var addedGoals, removedGoals, changedGoals: [PlanGoal]
    public var addedActions, removedActions, changedActions: [PlanAction]

    public var isEmpty: Bool {
        addedGoals.isEmpty && removedGoals.isEmpty && changedGoals.isEmpty
            && addedActions.isEmpty && removedActions.isEmpty && changedActions.isEmpty
    }
}
