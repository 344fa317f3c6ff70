/// Where an assessment is in its review: szkic → przekazana → zatwierdzona, or przekazana → zwrócona → przekazana.
public enum AssessmentState: String, Codable, Sendable, CaseIterable {
    case szkic, przekazana, zatwierdzona, zwrocona

    public var label: String {
        switch self {
        case .szkic: return "szkic"
        case .przekazana: return "przekazana"
        case .zatwierdzona: return "zatwierdzona"
        case .zwrocona: return "zwrócona"
        }
    }
}

public enum Recommendation: String, Codable, Sendable, CaseIterable {
    case kontynuacja, modyfikacjaPlanu, zakonczenie, skierowanieDoSpecjalisty

    public var label: String {
        switch self {
        case .kontynuacja: return "kontynuacja współpracy"
        case .modyfikacjaPlanu: return "modyfikacja planu"
        case .zakonczenie: return "zakończenie współpracy"
        case .skierowanieDoSpecjalisty: return "skierowanie do specjalisty"
        }
    }
}

/// What a person does to an assessment.
public enum AssessmentAction: Equatable, Sendable {
    /// The author passes it to the head of the centre.
    case pass
    /// The supervisor approves it.
    case approve
    /// The supervisor returns it with remarks and recommendations.
    case giveBack(remarks: String, recommendations: String)
    /// The author starts a correction of an approved assessment.
    case correct
}

/// The sections that must be filled in before an assessment is passed on.
public enum AssessmentSection: String, Codable, Sendable, CaseIterable {
    case situation, goals, problems, children, cooperation, recommendation
    /// What the chosen recommendation needs besides itself: the proposed end reason, the specialist.
    case proposedEndReason, specialist
}

public enum AssessmentProblem: Error, Equatable, Sendable {
    case notAllowed(AssessmentAction, from: AssessmentState)
    case notAuthor
    case supervisorOnly
    case missingSections([AssessmentSection])
    case approvedIsFinal
    /// Four eyes: a coordinator does not approve or return an assessment they wrote.
    case ownAssessment
}

public struct GoalProgress: Codable, Equatable, Sendable {
    public var goalID: RecordID
    public var text: String
    public var status: GoalStatus
    public var comment: String
    public init(goalID: RecordID, text: String, status: GoalStatus, comment: String = "") {
        self.goalID = goalID
        self.text = text
        self.status = status
        self.comment = comment
    }
}

public struct ProblemProgress: Codable, Equatable, Sendable {
    public var problemID: RecordID
    public var code: String
    public var status: ProblemStatus
    public var comment: String
    public init(problemID: RecordID, code: String, status: ProblemStatus, comment: String = "") {
        self.problemID = problemID
        self.code = code
        self.status = status
        self.comment = comment
    }
}

/// A supervisor's return of an assessment, kept with it.
public struct ReviewRemark: Codable, Equatable, Sendable {
    public var date: LocalDate
    public var reviewerID: RecordID
    public var remarks: String
    public var recommendations: String
}

/// The periodic assessment of a family's situation (*okresowa ocena sytuacji rodziny*, art. 15 ust. 1 pkt 15).
public struct Assessment: Codable, Equatable, Sendable, Identifiable {
    public var id: RecordID
    public var familyID: RecordID
    public var cooperationID: RecordID
    public var authorID: RecordID
    public var periodFrom: LocalDate
    public var periodTo: LocalDate
    public var situation: String
    public var goals: [GoalProgress]
    public var problems: [ProblemProgress]
    public var children: String
    public var cooperationText: String
    public var recommendation: Recommendation?
    /// With `zakonczenie`: the proposed end reason.
    public var proposedEndReason: EndReason?
    /// With `skierowanieDoSpecjalisty`: to whom.
    public var specialist: String
    public var state: AssessmentState
    public var passedOn: LocalDate?
    public var approvedBy: RecordID?
    public var approvedOn: LocalDate?
    public var reviews: [ReviewRemark]
    /// 0 for the original; 1, 2 … for corrections of an approved assessment.
    public var correction: Int
    public var archived: Bool

    public init(id: RecordID = .make(), familyID: RecordID, cooperationID: RecordID, authorID: RecordID,
                periodFrom: LocalDate, periodTo: LocalDate) {
        self.id = id
        self.familyID = familyID
        self.cooperationID = cooperationID
        self.authorID = authorID
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        situation = ""
        goals = []
        problems = []
        children = ""
        cooperationText = ""
        recommendation = nil
        proposedEndReason = nil
        specialist = ""
        state = .szkic
        passedOn = nil
        approvedBy = nil
        approvedOn = nil
        reviews = []
        correction = 0
        archived = false
    }

    /// Required sections still empty.
    public var missingSections: [AssessmentSection] {
        var missing: [AssessmentSection] = []
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if blank(situation) { missing.append(.situation) }
        if goals.contains(where: { blank($0.comment) }) { missing.append(.goals) }
        if problems.contains(where: { blank($0.comment) }) { missing.append(.problems) }
        if blank(children) { missing.append(.children) }
        if blank(cooperationText) { missing.append(.cooperation) }
        // Named exactly: "rekomendacja" alone, when a recommendation is chosen, sent users looking in the wrong place.
        switch recommendation {
        case nil: missing.append(.recommendation)
        case .zakonczenie where proposedEndReason == nil: missing.append(.proposedEndReason)
        case .skierowanieDoSpecjalisty where blank(specialist): missing.append(.specialist)
        default: break
        }
        return missing
    }

    /// The checks of the record itself: the period, and the texts (printable, within the notes limit).
    public func validate(today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if periodTo < periodFrom { issues.append(.endBeforeStart(.date)) }
        if periodTo > today { issues.append(.dateInFuture(.date)) }
        let texts = [situation, children, cooperationText, specialist] + goals.map(\.comment) + problems.map(\.comment)
        for text in texts {
            if let issue = TextRules.check(text, field: .note, required: false, limit: TextRules.notesLimit, multiline: true) {
                issues.append(issue)
                break
            }
        }
        return issues
    }

    /// Whether the author may still change the text.
    public var isEditable: Bool { state == .szkic || state == .zwrocona }

    /// The state machine. `user` does `action` on `date`; returns the new version or says why not.
    public func applying(_ action: AssessmentAction, by user: UserAccount, on date: LocalDate) throws(AssessmentProblem) -> Assessment {
        var next = self
        switch (action, state) {
        case (.pass, .szkic), (.pass, .zwrocona):
            guard user.id == authorID else { throw .notAuthor }
            let missing = missingSections
            guard missing.isEmpty else { throw .missingSections(missing) }
            next.state = .przekazana
            next.passedOn = date
        case (.approve, .przekazana):
            guard user.role == .koordynator else { throw .supervisorOnly }
            guard user.id != authorID else { throw .ownAssessment }
            next.state = .zatwierdzona
            next.approvedBy = user.id
            next.approvedOn = date
        case (.giveBack(let remarks, let recommendations), .przekazana):
            guard user.role == .koordynator else { throw .supervisorOnly }
            guard user.id != authorID else { throw .ownAssessment }
            next.state = .zwrocona
            next.reviews.append(ReviewRemark(date: date, reviewerID: user.id, remarks: remarks, recommendations: recommendations))
        case (.correct, .zatwierdzona):
            guard user.id == authorID || user.role == .koordynator else { throw .notAuthor }
            next.state = .szkic
            next.correction += 1
            next.approvedBy = nil
            next.approvedOn = nil
        default:
            throw .notAllowed(action, from: state)
        }
        return next
    }
}

extension Cooperation {
    /// The next assessment is due six months after the cooperation's start or the last assessment's period end,
    /// whichever is later (month ends clamp: 31.08 → 28/29.02).
    public func assessmentDue(lastAssessment: LocalDate?) -> LocalDate {
        max(start, lastAssessment ?? start).adding(months: 6)
    }
}
