extension CaseFile {
    public enum AssessmentSaveProblem: Error, Equatable, Sendable {
        /// An open draft for the same cooperation and period exists: open it instead.
        case draftExists(RecordID)
        /// Approved assessments are final; start a correction.
        case approvedIsFinal
    }

    public func assessments(ofCooperation id: RecordID) -> [Assessment] {
        guard let familyID = cooperations[id]?.familyID else { return [] }
        return records(.assessment, of: familyID, in: assessments).filter { $0.cooperationID == id && !$0.archived }
            .sorted { ($0.periodTo, $0.correction) < ($1.periodTo, $1.correction) }
    }

    public func assessments(ofFamily id: RecordID) -> [Assessment] {
        records(.assessment, of: id, in: assessments).filter { !$0.archived }.sorted { $0.periodTo < $1.periodTo }
    }

    /// The end of the period of the last assessment passed on (or approved) for a cooperation.
    public func lastAssessmentDate(ofCooperation id: RecordID) -> LocalDate? {
        assessments(ofCooperation: id).filter { $0.state == .przekazana || $0.state == .zatwierdzona }.map(\.periodTo).max()
    }

    public func assessmentDue(ofCooperation id: RecordID) -> LocalDate? {
        cooperations[id].map { $0.assessmentDue(lastAssessment: lastAssessmentDate(ofCooperation: id)) }
    }

    /// The draft to work on for a cooperation: the open one if there is one, otherwise a new one prefilled with the
    /// period since the last assessment, the current plan goals and the open problems. Not saved until the user saves.
    public func assessmentDraft(forCooperation id: RecordID, on date: LocalDate) throws -> Assessment {
        guard let cooperation = cooperations[id] else { throw CaseFileError.unknownRecord(id) }
        if let open = assessments(ofCooperation: id).first(where: { $0.isEditable }) { return open }
        let from = lastAssessmentDate(ofCooperation: id).map { $0.addingDays(1) } ?? cooperation.start
        var draft = Assessment(familyID: cooperation.familyID, cooperationID: id, authorID: currentUser.id,
                               periodFrom: from, periodTo: min(date, cooperation.end ?? date))
        if let plan = planVersions(of: id).last {
            draft.goals = plan.goals.map { GoalProgress(goalID: $0.id, text: $0.text, status: $0.status) }
        }
        draft.problems = problems(of: cooperation.familyID).filter { $0.closedOn == nil }
            .map { ProblemProgress(problemID: $0.id, code: $0.code, status: $0.status) }
        return draft
    }

    /// Saves the text of an assessment. A second open draft for the same cooperation and period and changes to an
    /// approved assessment are refused.
    @discardableResult
    public func saveAssessment(_ assessment: Assessment) throws -> Assessment {
        guard cooperations[assessment.cooperationID]?.familyID == assessment.familyID else {
            throw CaseFileError.unknownRecord(assessment.cooperationID)
        }
        if let stored = assessments[assessment.id] {
            if stored.state == .zatwierdzona && assessment != stored { throw AssessmentSaveProblem.approvedIsFinal }
        } else if let open = assessments(ofCooperation: assessment.cooperationID)
            .first(where: { $0.isEditable && $0.periodFrom == assessment.periodFrom }) {
            throw AssessmentSaveProblem.draftExists(open.id)
        }
        let issues = assessment.validate(today: today)
        guard issues.isEmpty else { throw ValidationFailure(issues) }
        try write(assessment, id: assessment.id, kind: .assessment)
        return assessment
    }

    /// Passes, approves, returns or starts a correction, as the current user, today.
    @discardableResult
    public func act(_ action: AssessmentAction, on id: RecordID) throws -> Assessment {
        guard let stored = assessments[id] else { throw CaseFileError.unknownRecord(id) }
        let next = try stored.applying(action, by: currentUser, on: today)
        try write(next, id: id, kind: .assessment)
        return next
    }

    /// Assessments passed on and waiting for the supervisor, oldest first.
    public var reviewQueue: [Assessment] {
        assessments.values.filter { $0.state == .przekazana && !$0.archived }.sorted { ($0.passedOn ?? $0.periodTo) < ($1.passedOn ?? $1.periodTo) }
    }
}
