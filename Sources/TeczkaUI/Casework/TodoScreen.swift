import TeczkaCore

/// "Do zrobienia": what is overdue or due soon in the user's families (a coordinator sees every assistant's).
/// Key `t` on the family list; Enter opens the family, the assessments, the plan or the versions of a record in
/// conflict.
enum TodoScreen {
    static func screen(app: App) -> RecordListScreen {
        var shown: [TodoItem] = []
        // A coordinator may narrow the list to one assistant's families (a supervisor's store holds several).
        var assistant: RecordID?
        let screen = RecordListScreen(
            heading: { app in app.strings.assessment.todoTitle },
            columns: { app in app.strings.assessment.todoColumns },
            rows: { app in
                guard let file = app.file else { return [] }
                let forWhom: RecordID? = file.currentUser.role == .koordynator ? assistant : file.currentUser.id
                shown = file.todo(for: forWhom, on: app.today)
                return shown.enumerated().map { index, item in
                    let who = item.familyID.map { app.familyLabel($0) } ?? (item.assistantID.map { file.userName($0) } ?? "")
                    return .init(id: RecordID("\(index)"), text: fit(item.date?.polish ?? "", 10) + "  " + fit(who, 22) + " "
                        + text(item, app))
                }
            },
            details: { id, app in
                // The whole line, which the list may have cut (a long goal).
                guard let index = Int(id.raw), shown.indices.contains(index) else { return [] }
                return wrap(text(shown[index], app), width: 76)
            },
            empty: { app in app.strings.assessment.todoEmpty },
            help: { app in app.strings.assessment.helpTodo })
        screen.footer = { app in
            guard let file = app.file, file.currentUser.role == .koordynator else { return nil }
            return app.strings.assessment.todoFilter(assistant.map(file.userName) ?? app.strings.report.allAssistants)
        }
        screen.actions = [
            .init(app.strings.assessment.keyAssistantFilter, menu: "A", run: { _, app in
                guard let file = app.file, file.currentUser.role == .koordynator else { return }
                let order: [RecordID?] = [nil] + file.assistants.map(\.id)
                let index = order.firstIndex { $0 == assistant } ?? 0
                assistant = order[(index + 1) % order.count]
            }),
            .init(app.strings.keyOpen, keys: [.enter], menu: "O", run: { id, app in
                guard let id, let index = Int(id.raw), shown.indices.contains(index) else { return }
                if shown[index].kind == .conflict, let recordID = shown[index].recordID {
                    app.push(ConflictScreen(recordID: recordID))
                    return
                }
                guard let familyID = shown[index].familyID else { return }
                switch shown[index].kind {
                case .assessmentOverdue, .assessmentDueSoon, .assessmentReturned, .assessmentToReview:
                    app.push(AssessmentScreens.list(familyID: familyID, app: app))
                case .noPlan, .goalOverdue:
                    app.push(PlanScreens.list(familyID: familyID, app: app))
                default:
                    app.push(FamilyCardScreen(familyID: familyID))
                }
            }),
        ]
        return screen
    }

    /// The "Co" column: a record in conflict is named in words ("osoba: Jan Kowalski").
    private static func text(_ item: TodoItem, _ app: App) -> String {
        guard item.kind == .conflict, let id = item.recordID, let kind = app.file?.heads(of: id).first?.kind else {
            return app.strings.assessment.todo(item.kind, item.detail)
        }
        return app.strings.assessment.todo(item.kind, ConflictScreens.describe(id, kind, app))
    }
}
