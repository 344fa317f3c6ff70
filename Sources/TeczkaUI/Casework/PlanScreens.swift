import TeczkaCore
import TeczkaReports

/// The family work plan: its versions for the current cooperation, what changed between them, and the editor.
enum PlanScreens {
    /// The cooperation whose plan is shown: the one active today, else the latest.
    static func cooperation(_ familyID: RecordID, _ app: App) -> Cooperation? {
        guard let file = app.file else { return nil }
        return file.cooperation(of: familyID, on: app.today) ?? file.cooperations(of: familyID).last
    }

    static func list(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.planTitle(app.familyLabel(familyID)) },
            columns: { app in app.strings.casework.versionsColumn },
            rows: { app in
                guard let file = app.file, let co = cooperation(familyID, app) else { return [] }
                let c = app.strings.casework
                return file.planVersions(of: co.id).reversed().map { v in
                    .init(id: v.id, text: c.versionLine(v.number, v.date.polish, v.goals.count, v.actions.count, v.signatures.count))
                }
            },
            details: { id, app in details(id, app) },
            empty: { app in
                cooperation(familyID, app) == nil ? app.strings.casework.noCooperationForPlan : app.strings.casework.noPlan
            },
            help: { app in app.strings.casework.helpPlan })
        screen.actions = [
            .init(c.keyNewVersion, keys: [.function(7)], menu: "N", run: { _, app in
                guard let co = cooperation(familyID, app), let draft = app.file?.draftNextPlanVersion(of: co.id, on: app.today) else {
                    app.show(app.strings.casework.noCooperationForPlan, error: true)
                    return
                }
                app.push(editor(draft, app: app, isNew: true))
            }),
            .init(c.keyCorrect, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let id, let version = app.file?.planVersions[id] else { return }
                app.push(editor(version, app: app, isNew: false))
            }),
            .init(app.strings.meeting.keyPrint, menu: "D", run: { id, app in
                printDocument(id, app)
            }),
        ]
        return screen
    }

    /// Writes the plan version as a printable HTML page with the family's signature lines, and says where.
    static func printDocument(_ id: RecordID?, _ app: App) {
        guard let id, let file = app.file, let plan = file.planVersions[id], let document = PrintedPlan.document(id, in: file) else { return }
        let name = "plan-" + PrintedDocument.fileName(app.familyLabel(plan.familyID)) + "-wersja-\(plan.number).html"
        app.savePrintable(document, named: name, about: .planVersion)
    }

    static func details(_ id: RecordID, _ app: App) -> [String] {
        guard let file = app.file, let v = file.planVersions[id] else { return [] }
        let c = app.strings.casework
        var lines = ["\(c.socialWorkerLabel): \(v.socialWorker.isEmpty ? "—" : v.socialWorker)"
            + (v.fosterCoordinator.isEmpty ? "" : "  ·  \(c.coordinatorLabel): \(v.fosterCoordinator)")
            + (v.coordinatedWithChildPlan ? "  ·  \(c.coordinatedLabel)" : "")]
        for goal in v.goals {
            lines.append("◦ \(goal.text) — \(c.goalStatus(goal.status))" + (goal.deadline.map { ", \(c.until) \($0.polish)" } ?? ""))
        }
        for action in v.actions {
            lines.append("  \(action.done ? "☑" : "☐") \(action.text)" + (action.who.isEmpty ? "" : " (\(action.who))")
                + (action.deadline.map { ", \(c.until) \($0.polish)" } ?? ""))
        }
        let signed = v.signatures.compactMap { s in file.members[s.memberID].map { "\($0.fullName) \(s.date.polish)" } }
        lines.append("\(c.signedLabel): \(signed.isEmpty ? "—" : signed.joined(separator: ", "))  ·  " + app.strings.assessment.idLine(v.id.short))
        if let previous = file.planVersions(of: v.cooperationID).last(where: { $0.number < v.number }) {
            let changes = v.changes(from: previous)
            lines.append(c.changesHeading(previous.number))
            if changes.isEmpty { lines.append("  " + c.noChanges) }
            lines += changes.addedGoals.map { "  + \(c.goalWord): \($0.text)" }
            lines += changes.changedGoals.map { "  ~ \(c.goalWord): \($0.text) (\(c.goalStatus($0.status)))" }
            lines += changes.removedGoals.map { "  − \(c.goalWord): \($0.text)" }
            lines += changes.addedActions.map { "  + \(c.actionWord): \($0.text)" }
            lines += changes.changedActions.map { "  ~ \(c.actionWord): \($0.text)" }
            lines += changes.removedActions.map { "  − \(c.actionWord): \($0.text)" }
        }
        return lines
    }

    /// The version being edited, shared by the editor and its goal and action lists.
    final class Draft {
        var plan: PlanVersion
        init(_ plan: PlanVersion) { self.plan = plan }
    }

    static func editor(_ version: PlanVersion, app: App, isNew: Bool) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let draft = Draft(version)
        let members = app.file!.members(of: version.familyID)
        let signedIndices = Set(members.indices.filter { i in version.signatures.contains { $0.memberID == members[i].id } })
        let fields = [
            FormField(.date, s.fieldLabel(.date), .text(TextField(version.date.iso, limit: 12)), hint: s.dateHint),
            FormField(.socialWorker, s.fieldLabel(.socialWorker), .text(TextField(version.socialWorker, limit: TextRules.shortLimit))),
            FormField(.fosterCoordinator, s.fieldLabel(.fosterCoordinator), .text(TextField(version.fosterCoordinator, limit: TextRules.shortLimit)),
                      hint: c.coordinatorHint),
            FormField(.coordinated, s.fieldLabel(.coordinated), .toggle(version.coordinatedWithChildPlan), hint: c.coordinatedHint),
            FormField(.goals, s.fieldLabel(.goals), .link(c.goalsSummary(version.goals.count)), hint: c.linkHint),
            FormField(.actions, s.fieldLabel(.actions), .link(c.actionsSummary(version.actions.count)), hint: c.linkHint),
            FormField(.signatures, s.fieldLabel(.signatures), .multi(options: members.map(\.fullName), selected: signedIndices),
                      hint: c.signaturesHint),
            FormField(.signedOn, s.fieldLabel(.signedOn), .text(TextField("", limit: 12)), hint: c.signedOnHint),
        ]
        let screen = RecordFormScreen(heading: isNew ? c.newPlanVersion(version.number) : c.correctPlanVersion(version.number),
                                      help: c.helpPlanEditor, fields: fields) { form, app, _ in
            var issues: [Field: ValidationIssue] = [:]
            var plan = draft.plan
            if let date = FormScreen.requiredDate(form.field(.date)!.text, .date, into: &issues) { plan.date = date }
            plan.socialWorker = form.field(.socialWorker)!.text
            plan.fosterCoordinator = form.field(.fosterCoordinator)!.text
            plan.coordinatedWithChildPlan = form.field(.coordinated)!.isOn
            // Members who signed keep their date; new signatures get the date typed, else the plan's date.
            let signedOn = FormScreen.date(form.field(.signedOn)!.text, .signedOn, into: &issues) ?? plan.date
            plan.signatures = form.field(.signatures)!.selection.sorted().map { i in
                version.signatures.first { $0.memberID == members[i].id } ?? Signature(memberID: members[i].id, date: signedOn)
            }
            guard issues.isEmpty else { return issues }
            try app.file!.savePlanVersion(plan)
            return [:]
        }
        screen.opener = { field, screen, app in
            switch field {
            case .goals: app.push(goalList(draft, app: app))
            case .actions: app.push(actionList(draft, app: app))
            default: screen.openChecklist(field, app: app)
            }
        }
        screen.refresher = { screen, app in
            screen.form.set(.goals, .link(app.strings.casework.goalsSummary(draft.plan.goals.count)))
            screen.form.set(.actions, .link(app.strings.casework.actionsSummary(draft.plan.actions.count)))
        }
        return screen
    }

    static func goalList(_ draft: Draft, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.fieldLabel(.goals) },
            columns: { app in app.strings.casework.goalsColumn },
            rows: { app in draft.plan.goals.map { .init(id: $0.id, text: fit(app.strings.casework.goalStatus($0.status), 22) + " " + $0.text) } },
            details: { id, app in
                guard let goal = draft.plan.goals.first(where: { $0.id == id }), let file = app.file else { return [] }
                let problems = goal.problemIDs.compactMap { file.problems[$0] }.map { file.settings.catalogue.entry($0.code)?.label ?? $0.code }
                return [goal.text, "\(app.strings.casework.effectExpected): \(goal.expectedEffect)"] + problems.map { "• \($0)" }
            },
            empty: { app in app.strings.casework.noGoals },
            help: { app in app.strings.casework.helpGoals })
        screen.actions = [
            .init(c.keyNewGoal, keys: [.function(7)], menu: "N", run: { _, app in app.push(goalForm(PlanGoal(text: ""), draft, app: app)) }),
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let goal = draft.plan.goals.first(where: { $0.id == id }) else { return }
                app.push(goalForm(goal, draft, app: app))
            }),
            .init(c.keyRemove, keys: [.function(8)], menu: "U", run: { id, _ in draft.plan.goals.removeAll { $0.id == id } }),
        ]
        return screen
    }

    static func goalForm(_ goal: PlanGoal, _ draft: Draft, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let file = app.file!
        let problems = file.problems(of: draft.plan.familyID)
        let statuses = GoalStatus.allCases
        let fields = [
            FormField(.goals, c.goalWord.capitalized, .text(TextField(goal.text, limit: 1000))),
            FormField(.problems, s.fieldLabel(.problems), .multi(options: problems.map { file.settings.catalogue.entry($0.code)?.label ?? $0.code },
                      selected: Set(problems.indices.filter { goal.problemIDs.contains(problems[$0].id) })), hint: c.multiHint),
            FormField(.until, c.deadlineLabel, .text(TextField(goal.deadline?.iso ?? "", limit: 12)), hint: s.dateHint),
            FormField(.note, c.effectExpected, .text(TextField(goal.expectedEffect, limit: 1000))),
            FormField(.status, s.fieldLabel(.status), .choice(options: statuses.map(c.goalStatus), selected: statuses.firstIndex(of: goal.status)!),
                      hint: s.choiceHint),
        ]
        let screen = RecordFormScreen(heading: c.goalWord.capitalized, help: c.helpGoals.prose, fields: fields) { form, _, _ in
            var issues: [Field: ValidationIssue] = [:]
            var g = goal
            g.text = form.field(.goals)!.text
            g.problemIDs = form.field(.problems)!.selection.sorted().map { problems[$0].id }
            g.deadline = FormScreen.date(form.field(.until)!.text, .until, into: &issues)
            g.expectedEffect = form.field(.note)!.text
            g.status = statuses[form.field(.status)!.selected]
            if let issue = TextRules.check(g.text, field: .goals, required: true, limit: 1000) { issues[.goals] = issue }
            guard issues.isEmpty else { return issues }
            if let index = draft.plan.goals.firstIndex(where: { $0.id == g.id }) { draft.plan.goals[index] = g } else { draft.plan.goals.append(g) }
            return [:]
        }
        screen.opener = { field, screen, app in screen.openChecklist(field, app: app) }
        return screen
    }

    static func actionList(_ draft: Draft, app: App) -> RecordListScreen {
        let c = app.strings.casework
        let screen = RecordListScreen(
            heading: { app in app.strings.fieldLabel(.actions) },
            columns: { app in app.strings.casework.actionsColumn },
            rows: { _ in draft.plan.actions.map { .init(id: $0.id, text: ($0.done ? "☑ " : "☐ ") + fit($0.deadline?.polish ?? "", 10) + " " + $0.text + ($0.who.isEmpty ? "" : " (\($0.who))")) } },
            details: { _, _ in [] },
            empty: { app in app.strings.casework.noActions },
            help: { app in app.strings.casework.helpActions })
        screen.actions = [
            .init(c.keyNewAction, keys: [.function(7)], menu: "N", run: { _, app in app.push(actionForm(PlanAction(text: ""), draft, app: app)) }),
            .init(app.strings.keyEdit, keys: [.enter, .function(4)], menu: "E", run: { id, app in
                guard let action = draft.plan.actions.first(where: { $0.id == id }) else { return }
                app.push(actionForm(action, draft, app: app))
            }),
            .init(c.keyRemove, keys: [.function(8)], menu: "U", run: { id, _ in draft.plan.actions.removeAll { $0.id == id } }),
        ]
        return screen
    }

    static func actionForm(_ action: PlanAction, _ draft: Draft, app: App) -> RecordFormScreen {
        let s = app.strings, c = s.casework
        let fields = [
            FormField(.actions, c.actionWord.capitalized, .text(TextField(action.text, limit: 1000))),
            FormField(.placeName, c.whoLabel, .text(TextField(action.who, limit: TextRules.shortLimit))),
            FormField(.until, c.deadlineLabel, .text(TextField(action.deadline?.iso ?? "", limit: 12)), hint: s.dateHint),
            FormField(.status, c.doneLabel, .toggle(action.done), hint: s.toggleHint),
        ]
        return RecordFormScreen(heading: c.actionWord.capitalized, help: c.helpActions.prose, fields: fields) { form, _, _ in
            var issues: [Field: ValidationIssue] = [:]
            var a = action
            a.text = form.field(.actions)!.text
            a.who = form.field(.placeName)!.text
            a.deadline = FormScreen.date(form.field(.until)!.text, .until, into: &issues)
            a.done = form.field(.status)!.isOn
            if let issue = TextRules.check(a.text, field: .actions, required: true, limit: 1000) { issues[.actions] = issue }
            guard issues.isEmpty else { return issues }
            if let index = draft.plan.actions.firstIndex(where: { $0.id == a.id }) { draft.plan.actions[index] = a } else { draft.plan.actions.append(a) }
            return [:]
        }
    }
}
