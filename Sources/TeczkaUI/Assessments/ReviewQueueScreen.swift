import TeczkaCore

/// Assessments passed on and waiting for review, oldest first (F9 `O` on the family list). A coordinator approves
/// (A) or returns (Z) from here; Enter opens the review: the assessment side by side with the plan and visits.
enum ReviewQueueScreen {
    static func screen(app: App) -> RecordListScreen {
        let a = app.strings.assessment
        let screen = RecordListScreen(
            heading: { app in app.strings.assessment.queueTitle },
            columns: { app in app.strings.assessment.queueColumns },
            rows: { app in
                guard let file = app.file else { return [] }
                return file.reviewQueue.filter { file.canSee($0.familyID) }.map { x in
                    let waiting = x.passedOn.map { app.today.days(since: $0) } ?? 0
                    return .init(id: x.id, text: fit(app.familyLabel(x.familyID), 22) + " " + fit(x.periodFrom.polish + "–" + x.periodTo.polish, 22)
                        + " " + fit(file.userName(x.authorID), 20) + " " + app.strings.assessment.waitingDays(waiting))
                }
            },
            details: { id, app in AssessmentScreens.details(id, app) },
            empty: { app in app.strings.assessment.queueEmpty },
            help: { app in app.strings.assessment.helpQueue })
        screen.actions = [
            .init(app.strings.keyOpen, keys: [.enter], menu: "O", run: { id, app in
                guard let id else { return }
                app.push(ReviewScreen(assessmentID: id))
            }),
            .init(a.keyApprove, menu: "A", run: { id, app in
                AssessmentScreens.approve(id, app)
            }),
            .init(a.keyReturn, menu: "Z", run: { id, app in
                guard let id else { return }
                app.push(AssessmentScreens.returnForm(id, app: app))
            }),
        ]
        return screen
    }
}
