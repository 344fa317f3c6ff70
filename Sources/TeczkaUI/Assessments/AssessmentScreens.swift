import TeczkaCore
import TeczkaReports

/// Periodic assessments of one family (key 7 on the card): write from a prefilled draft, pass on, and — for a
/// coordinator — approve or return with remarks. Approved assessments are final; C starts a correction.
enum AssessmentScreens {
    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let a = app.strings.assessment
        let screen = RecordListScreen(
            heading: { app in app.strings.assessment.listTitle(app.familyLabel(familyID)) },
            columns: { app in app.strings.assessment.columns },
            rows: { app in
                guard let file = app.file else { return [] }
                let a = app.strings.assessment
                return file.assessments(ofFamily: familyID).reversed().map { x in
                    .init(id: x.id, text: fit(x.periodFrom.polish + " – " + x.periodTo.polish, 25) + " "
                        + fit(a.state(x.state) + (x.correction > 0 ? " (\(a.correctionWord) \(x.correction))" : ""), 26) + " "
                        + file.userName(x.authorID))
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in
                guard let file = app.file, let co = currentCooperation(familyID, app) else { return app.strings.assessment.noCooperation }
                return app.strings.assessment.empty(file.assessmentDue(ofCooperation: co.id)?.polish ?? "—")
            },
            help: { app in app.strings.assessment.help })
        screen.actions = [
            .init(a.keyWrite, keys: [.function(7)], menu: "N", run: { _, app in
                guard let file = app.file, let co = currentCooperation(familyID, app) else {
                    app.show(app.strings.assessment.noCooperation, error: true)
                    return
                }
                do { app.push(form(try file.assessmentDraft(forCooperation: co.id, on: app.today), app: app)) } catch { app.report(error) }
            }),
            .init(app.strings.keyOpen, keys: [.enter, .function(4)], menu: "O", run: { id, app in
                guard let id, let x = app.file?.assessments[id] else { return }
                if x.isEditable && x.authorID == app.file?.currentUser.id { app.push(form(x, app: app)) } else {
                    app.show(app.strings.assessment.readOnly(app.strings.assessment.state(x.state)))
                }
            }),
            .init(a.keyPass, menu: "P", run: { id, app in act(.pass, id, app) }),
            .init(a.keyApprove, menu: "A", run: { id, app in approve(id, app) }),
            .init(a.keyReturn, menu: "Z", run: { id, app in
                guard let id else { return }
                app.push(returnForm(id, app: app))
            }),
            .init(a.keyCorrection, menu: "C", run: { id, app in act(.correct, id, app) }),
            .init(a.keyReview, menu: "R", run: { id, app in
                if let id { app.push(ReviewScreen(assessmentID: id)) }
            }),
            .init(a.keyPrint, menu: "D", run: { id, app in printDocument(id, app) }),
        ]
        return screen
    }

    static func currentCooperation(_ familyID: RecordID, _ app: App) -> Cooperation? {
        guard let file = app.file else { return nil }
        return file.cooperation(of: familyID, on: app.today) ?? file.cooperations(of: familyID).last
    }

    /// An approval makes the assessment final, so it is asked for first — once it is known that it would pass (the
    /// user's role, four eyes, its state), so that nobody confirms something that is then refused.
    static func approve(_ id: RecordID?, _ app: App) {
        guard let id, let file = app.file, let x = file.assessments[id] else { return }
        do {
            _ = try x.applying(.approve, by: file.currentUser, on: file.today)
        } catch {
            app.show(app.strings.assessment.problem(error), error: true)
            return
        }
        let period = "\(x.periodFrom.polish)–\(x.periodTo.polish)"
        app.push(ConfirmDialog(app.strings.assessment.approveQuestion(app.familyLabel(x.familyID), period), onYes: { app in
            act(.approve, id, app)
        }))
    }

    static func act(_ action: AssessmentAction, _ id: RecordID?, _ app: App) {
        guard let id, let file = app.file else { return }
        do {
            let x = try file.act(action, on: id)
            app.show(app.strings.assessment.done(app.strings.assessment.state(x.state)))
        } catch let problem as AssessmentProblem {
            app.show(app.strings.assessment.problem(problem), error: true)
        } catch {
            app.report(error)
        }
    }

    /// Writes the assessment as a printable HTML page and says where.
    static func printDocument(_ id: RecordID?, _ app: App) {
        guard let id, let file = app.file, let x = file.assessments[id], let document = PrintedAssessment.document(id, in: file) else { return }
        let name = "ocena-" + PrintedDocument.fileName(app.familyLabel(x.familyID)) + "-\(x.periodTo.iso).html"
        app.savePrintable(document, named: name, about: .assessment)
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let file = app.file, let x = file.assessments[id] else { return [] }
        let a = app.strings.assessment
        var lines: [String] = []
        if let by = x.approvedBy, let on = x.approvedOn { lines.append(a.approvedLine(file.userName(by), on.polish)) }
        if let on = x.passedOn, x.state == .przekazana { lines.append(a.passedLine(on.polish)) }
        for review in x.reviews.suffix(2) {
            lines.append(a.returnedLine(review.date.polish, file.userName(review.reviewerID), review.remarks))
            if !review.recommendations.isEmpty { lines.append("  \(a.recommendationsLabel): \(review.recommendations)") }
        }
        lines.append("\(a.recommendationLabel): " + (x.recommendation.map(a.recommendation) ?? "—") + "  ·  " + a.idLine(x.id.short))
        lines += wrap(x.situation, width: 76).prefix(3)
        return lines
    }

    final class Draft {
        var assessment: Assessment
        init(_ assessment: Assessment) { self.assessment = assessment }
    }

    static func form(_ assessment: Assessment, app: App) -> RecordFormScreen {
        let s = app.strings, a = s.assessment
        let draft = Draft(assessment)
        let recommendations = Recommendation.allCases
        let reasons = EndReason.allCases
        let fields = [
            FormField(.start, a.periodFrom, .text(TextField(assessment.periodFrom.iso, limit: 12)), hint: s.dateHint),
            FormField(.end, a.periodTo, .text(TextField(assessment.periodTo.iso, limit: 12)), hint: s.dateHint),
            FormField(.note, a.situationLabel, .area(TextArea(assessment.situation, limit: TextRules.notesLimit), rows: 4)),
            FormField(.goals, s.fieldLabel(.goals), .link(a.progressSummary(assessment.goals.count)), hint: a.progressHint),
            FormField(.problems, s.fieldLabel(.problems), .link(a.progressSummary(assessment.problems.count)), hint: a.progressHint),
            FormField(.child, a.childrenLabel, .area(TextArea(assessment.children, limit: TextRules.notesLimit), rows: 3)),
            FormField(.monitoringNotes, a.cooperationLabel, .area(TextArea(assessment.cooperationText, limit: TextRules.notesLimit), rows: 3)),
            FormField(.status, a.recommendationLabel, .choice(options: ["—"] + recommendations.map(a.recommendation),
                      selected: assessment.recommendation.flatMap { recommendations.firstIndex(of: $0).map { $0 + 1 } } ?? 0), hint: s.choiceHint),
            FormField(.endReason, a.proposedReason, .choice(options: ["—"] + reasons.map(s.casework.endReason),
                      selected: assessment.proposedEndReason.flatMap { reasons.firstIndex(of: $0).map { $0 + 1 } } ?? 0), hint: a.proposedReasonHint),
            FormField(.placeName, a.specialistLabel, .text(TextField(assessment.specialist, limit: TextRules.shortLimit)), hint: a.specialistHint),
        ]
        let heading = assessment.correction > 0 ? a.correctionTitle(assessment.correction) : a.formTitle(app.familyLabel(assessment.familyID))
        let screen = RecordFormScreen(heading: heading, help: a.helpForm, fields: fields, focus: 2) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var x = draft.assessment
            if let from = FormScreen.requiredDate(form.field(.start)!.text, .start, into: &issues) { x.periodFrom = from }
            if let to = FormScreen.requiredDate(form.field(.end)!.text, .end, into: &issues) { x.periodTo = to }
            x.situation = form.field(.note)!.text
            x.children = form.field(.child)!.text
            x.cooperationText = form.field(.monitoringNotes)!.text
            let r = form.field(.status)!.selected
            x.recommendation = r == 0 ? nil : recommendations[r - 1]
            let e = form.field(.endReason)!.selected
            x.proposedEndReason = e == 0 ? nil : reasons[e - 1]
            x.specialist = form.field(.placeName)!.text
            guard issues.isEmpty else { return issues }
            try app.file!.saveAssessment(x)
            return [:]
        }
        screen.opener = { field, _, app in
            switch field {
            case .goals: app.push(progressList(draft, goals: true, app: app))
            case .problems: app.push(progressList(draft, goals: false, app: app))
            default: break
            }
        }
        screen.refresher = { screen, app in
            screen.form.set(.goals, .link(app.strings.assessment.progressSummary(draft.assessment.goals.count)))
            screen.form.set(.problems, .link(app.strings.assessment.progressSummary(draft.assessment.problems.count)))
        }
        return screen
    }

    /// Goals or problems of the assessment, each with its status and a comment.
    static func progressList(_ draft: Draft, goals: Bool, app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { app in app.strings.fieldLabel(goals ? .goals : .problems) },
            columns: { app in app.strings.assessment.progressColumns },
            rows: { app in
                let c = app.strings.casework
                if goals {
                    // The marker goes before the text, so that a long goal cannot push it off the screen.
                    return draft.assessment.goals.map { .init(id: $0.goalID, text: fit(c.goalStatus($0.status), 20) + ($0.comment.isEmpty ? " (!) " : "     ") + $0.text) }
                }
                let catalogue = app.file?.settings.catalogue
                return draft.assessment.problems.map {
                    .init(id: $0.problemID, text: fit(c.status($0.status), 20) + ($0.comment.isEmpty ? " (!) " : "     ") + (catalogue?.entry($0.code)?.label ?? $0.code))
                }
            },
            details: { id, _ in
                let comment = goals ? draft.assessment.goals.first { $0.goalID == id }?.comment : draft.assessment.problems.first { $0.problemID == id }?.comment
                return wrap(comment ?? "", width: 76)
            },
            empty: { app in app.strings.assessment.nothingToAssess },
            help: { app in app.strings.assessment.helpProgress })
        screen.actions = [
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let id else { return }
                app.push(progressForm(draft, id: id, goals: goals, app: app))
            }),
        ]
        return screen
    }

    static func progressForm(_ draft: Draft, id: RecordID, goals: Bool, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let goalStatuses = GoalStatus.allCases, problemStatuses = ProblemStatus.allCases
        let goal = draft.assessment.goals.first { $0.goalID == id }
        let problem = draft.assessment.problems.first { $0.problemID == id }
        let options = goals ? goalStatuses.map(c.goalStatus) : problemStatuses.map(c.status)
        let selected = goals ? goalStatuses.firstIndex(of: goal?.status ?? .wToku)! : problemStatuses.firstIndex(of: problem?.status ?? .aktywny)!
        let fields = [
            FormField(.status, s.fieldLabel(.status), .choice(options: options, selected: selected), hint: s.choiceHint),
            FormField(.note, s.assessment.commentLabel, .area(TextArea((goals ? goal?.comment : problem?.comment) ?? "", limit: 4000), rows: 6)),
        ]
        let title = goals ? goal?.text ?? "" : app.file?.settings.catalogue.entry(problem?.code ?? "")?.label ?? ""
        return RecordFormScreen(heading: title, help: s.assessment.helpProgress.prose, fields: fields, focus: 1) { form, _, _ in
            let index = form.field(.status)!.selected
            let comment = form.field(.note)!.text
            if goals, let i = draft.assessment.goals.firstIndex(where: { $0.goalID == id }) {
                draft.assessment.goals[i].status = goalStatuses[index]
                draft.assessment.goals[i].comment = comment
            } else if let i = draft.assessment.problems.firstIndex(where: { $0.problemID == id }) {
                draft.assessment.problems[i].status = problemStatuses[index]
                draft.assessment.problems[i].comment = comment
            }
            return [:]
        }
    }

    static func returnForm(_ id: RecordID, app: App) -> RecordFormScreen {
        let a = app.strings.assessment
        let fields = [
            FormField(.note, a.remarksLabel, .area(TextArea(limit: 4000), rows: 5)),
            FormField(.nextSteps, a.recommendationsLabel, .area(TextArea(limit: 4000), rows: 5)),
        ]
        return RecordFormScreen(heading: a.returnTitle, help: a.helpReturn, fields: fields) { form, app, _ in
            let remarks = form.field(.note)!.text
            if remarks.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return [.note: .required(.note)] }
            let returned = try app.file!.act(.giveBack(remarks: remarks, recommendations: form.field(.nextSteps)!.text), on: id)
            app.show(app.strings.assessment.done(app.strings.assessment.state(returned.state)))
            return [:]
        }
    }
}
