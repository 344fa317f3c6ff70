import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Assessments")
struct AssessmentTests {
    @Test("due six months after the start or the last assessment, month ends and leap years clamped")
    func dueDates() throws {
        let cooperation = Cooperation(familyID: .make(), assistantID: .make(), start: d(2025, 8, 31))
        #expect(cooperation.assessmentDue(lastAssessment: nil) == d(2026, 2, 28))
        #expect(cooperation.assessmentDue(lastAssessment: d(2023, 1, 1)) == d(2026, 2, 28))
        #expect(cooperation.assessmentDue(lastAssessment: d(2026, 2, 28)) == d(2026, 8, 28))
        let leap = Cooperation(familyID: .make(), assistantID: .make(), start: d(2023, 8, 31))
        #expect(leap.assessmentDue(lastAssessment: nil) == d(2024, 2, 29))
        let plain = Cooperation(familyID: .make(), assistantID: .make(), start: d(2025, 1, 15))
        #expect(plain.assessmentDue(lastAssessment: d(2025, 12, 31)) == d(2026, 6, 30))
    }

    func filled(_ a: Assessment) -> Assessment {
        var a = a
        a.situation = "Sytuacja stabilna."
        a.children = "Dzieci chodzą do szkoły."
        a.cooperationText = "Rodzina współpracuje."
        a.recommendation = .kontynuacja
        for i in a.goals.indices { a.goals[i].comment = "Postęp widoczny." }
        for i in a.problems.indices { a.problems[i].comment = "Bez zmian." }
        return a
    }

    @Test("every allowed and refused transition of the state machine")
    func stateMachine() throws {
        let assistant = UserAccount.test("Anna", .asystent)
        let other = UserAccount.test("Jan", .asystent)
        let head = UserAccount.test("Ewa", .koordynator)
        let today = d(2026, 11, 22)
        let draft = Assessment(familyID: .make(), cooperationID: .make(), authorID: assistant.id,
                               periodFrom: d(2026, 5, 1), periodTo: d(2026, 10, 31))
        #expect(throws: AssessmentProblem.missingSections([.situation, .children, .cooperation, .recommendation])) {
            try draft.applying(.pass, by: assistant, on: today)
        }
        // A recommendation that needs more names what is missing, not "the recommendation" (issue 13, stumble 6).
        var ending = filled(draft)
        ending.recommendation = .zakonczenie
        ending.proposedEndReason = nil
        #expect(throws: AssessmentProblem.missingSections([.proposedEndReason])) { try ending.applying(.pass, by: assistant, on: today) }
        ending.recommendation = .skierowanieDoSpecjalisty
        ending.specialist = " "
        #expect(throws: AssessmentProblem.missingSections([.specialist])) { try ending.applying(.pass, by: assistant, on: today) }
        let ready = filled(draft)
        #expect(throws: AssessmentProblem.notAuthor) { try ready.applying(.pass, by: other, on: today) }
        for action in [AssessmentAction.approve, .giveBack(remarks: "x", recommendations: ""), .correct] {
            #expect(throws: AssessmentProblem.notAllowed(action, from: .szkic)) { try ready.applying(action, by: head, on: today) }
        }
        let passed = try ready.applying(.pass, by: assistant, on: today)
        #expect(passed.state == .przekazana && passed.passedOn == today)
        #expect(throws: AssessmentProblem.supervisorOnly) { try passed.applying(.approve, by: assistant, on: today) }
        #expect(throws: AssessmentProblem.notAllowed(.pass, from: .przekazana)) { try passed.applying(.pass, by: assistant, on: today) }
        let returned = try passed.applying(.giveBack(remarks: "Uzupełnij sytuację dzieci", recommendations: "Konsultacja z pedagogiem"),
                                           by: head, on: today)
        #expect(returned.state == .zwrocona && returned.reviews.first?.remarks == "Uzupełnij sytuację dzieci")
        #expect(returned.isEditable)
        #expect(throws: AssessmentProblem.notAllowed(.approve, from: .zwrocona)) { try returned.applying(.approve, by: head, on: today) }
        let again = try returned.applying(.pass, by: assistant, on: today)
        let approved = try again.applying(.approve, by: head, on: today)
        #expect(approved.state == .zatwierdzona && approved.approvedBy == head.id && approved.approvedOn == today)
        #expect(!approved.isEditable)
        for action in [AssessmentAction.pass, .approve, .giveBack(remarks: "", recommendations: "")] {
            #expect(throws: AssessmentProblem.notAllowed(action, from: .zatwierdzona)) { try approved.applying(action, by: head, on: today) }
        }
        #expect(throws: AssessmentProblem.notAuthor) { try approved.applying(.correct, by: other, on: today) }
        let correction = try approved.applying(.correct, by: assistant, on: today)
        #expect(correction.state == .szkic && correction.correction == 1 && correction.approvedBy == nil)
    }

    @Test("the draft is prefilled; a second draft for the same period is refused; approved ones are final")
    func drafts() throws {
        let f = try CaseworkFixture()
        let cooperation = try f.cooperation(d(2026, 1, 10))
        let problems = try f.file.recordProblems(familyID: f.family.id, codes: ["A1", "A8"], identified: d(2026, 1, 12), source: .wywiad)
        var plan = try #require(f.file.draftNextPlanVersion(of: cooperation.id, on: d(2026, 1, 20)))
        plan.goals = [PlanGoal(text: "Spójne zasady", problemIDs: [problems[0].id])]
        try f.file.savePlanVersion(plan)
        #expect(f.file.assessmentDue(ofCooperation: cooperation.id) == d(2026, 7, 10))

        let draft = try f.file.assessmentDraft(forCooperation: cooperation.id, on: d(2026, 7, 10))
        #expect(draft.periodFrom == d(2026, 1, 10) && draft.periodTo == d(2026, 7, 10))
        #expect(draft.goals.map(\.text) == ["Spójne zasady"])
        #expect(draft.problems.map(\.code) == ["A1", "A8"])
        try f.file.saveAssessment(draft)
        let second = Assessment(familyID: f.family.id, cooperationID: cooperation.id, authorID: f.user.id,
                                periodFrom: d(2026, 1, 10), periodTo: d(2026, 7, 11))
        #expect(throws: CaseFile.AssessmentSaveProblem.draftExists(draft.id)) { try f.file.saveAssessment(second) }
        #expect(try f.file.assessmentDraft(forCooperation: cooperation.id, on: d(2026, 8, 1)).id == draft.id)

        try f.file.saveAssessment(filled(draft))
        try f.file.act(.pass, on: draft.id)
        #expect(f.file.reviewQueue.map(\.id) == [draft.id])
        #expect(f.file.assessmentDue(ofCooperation: cooperation.id) == d(2027, 1, 10))
        let head = UserAccount.test("Ewa", .koordynator)
        try f.file.saveUser(head)   // the store's founder adds the coordinator's account
        let headFile = try CaseFile.test(f.journal.revisions, journal: f.journal, as: head,
                                    clock: { CaseworkFixture.now })
        // What waits for the coordinator's decision is on their "Do zrobienia" (issue 13, stumble 7); not on hers.
        let waiting = headFile.todo(for: nil, on: d(2026, 11, 22)).filter { $0.kind == .assessmentToReview }
        #expect(waiting.map(\.familyID) == [f.family.id] && waiting.first?.assistantID == f.user.id)
        #expect(headFile.todo(for: f.user.id, on: d(2026, 11, 22)).contains { $0.kind == .assessmentToReview })
        #expect(!f.file.todo(for: f.user.id, on: d(2026, 11, 22)).contains { $0.kind == .assessmentToReview })
        let approved = try headFile.act(.approve, on: draft.id)
        var changed = approved
        changed.situation = "Inaczej"
        #expect(throws: CaseFile.AssessmentSaveProblem.approvedIsFinal) { try headFile.saveAssessment(changed) }
        #expect(headFile.reviewQueue.isEmpty)
        #expect(!headFile.todo(for: nil, on: d(2026, 11, 22)).contains { $0.kind == .assessmentToReview })
        let next = try headFile.assessmentDraft(forCooperation: cooperation.id, on: d(2026, 11, 22))
        #expect(next.id != draft.id && next.periodFrom == d(2026, 7, 11))
    }
}

@Suite("Do zrobienia")
struct TodoTests {
    @Test("overdue and soon-due assessments, no plan, overdue goals, no visits, returned assessments, the cap")
    func todo() throws {
        let f = try CaseworkFixture(settings: StoreSettings(caseloadCap: 1))
        let today = d(2026, 11, 22)
        let old = try f.cooperation(d(2026, 1, 10))                     // assessment due 10.07.2026: overdue
        let other = try f.file.saveFamily(Family(label: "Kowalscy"))
        let recent = try f.file.saveCooperation(Cooperation(familyID: other.id, assistantID: f.user.id, start: d(2026, 6, 1)),
                                                confirmed: true)        // due 01.12.2026: within 30 days
        var plan = try #require(f.file.draftNextPlanVersion(of: recent.id, on: d(2026, 6, 10)))
        plan.goals = [PlanGoal(text: "Spłata czynszu", deadline: d(2026, 10, 31))]
        try f.file.savePlanVersion(plan)
        var visit = f.file.quickVisit(familyID: other.id)
        visit.date = d(2026, 11, 20)
        try f.file.saveVisit(visit)
        // Overdue first, the longest overdue first (issue 13: 06.12 and 18.12 were listed above items overdue since
        // 30.06 and 30.09); what falls due soon after; the caseload last.
        let items = f.file.todo(for: f.user.id, on: today)
        #expect(items.map(\.kind) == [.noPlan, .notVisited, .assessmentOverdue, .goalOverdue, .assessmentDueSoon, .caseloadAboveCap])
        #expect(items.map(\.date) == [d(2026, 1, 10), d(2026, 1, 10), d(2026, 7, 10), d(2026, 10, 31), d(2026, 12, 1), nil])
        #expect(items[2].familyID == f.family.id)
        #expect(items[1].detail == "316")
        #expect(f.file.todo(for: RecordID.make(), on: today).isEmpty)
        _ = old
    }
}
