import Foundation
import TeczkaCore

/// "Konflikty": records that two computers changed since their last exchange. Both versions are kept and the newer is
/// shown (see `CaseFile.conflicts`); here the user compares them and keeps one. Key `K` on the family list, or Enter on
/// a "zapis w konflikcie" item of "Do zrobienia".
enum ConflictScreens {
    static let familyWidth = 18, recordWidth = 32, versionsWidth = 8

    static func list(app: App) -> RecordListScreen {
        let screen = RecordListScreen(
            heading: { app in app.strings.conflict.title },
            columns: { app in
                let c = app.strings.conflict
                return row(c.columnFamily, c.columnRecord, c.columnVersions, c.columnNewest)
            },
            rows: { app in
                guard let file = app.file else { return [] }
                return file.conflicts(visibleTo: nil).map { conflict in
                    .init(id: conflict.recordID,
                          text: row(conflict.familyID.map(app.familyLabel) ?? app.strings.conflict.noFamily,
                                    describe(conflict.recordID, conflict.kind, app), "\(conflict.heads.count)",
                                    FamilyCardScreen.timestamp(conflict.heads[0].timestamp)))
                }
            },
            details: { id, app in
                guard let file = app.file else { return [] }
                let c = app.strings.conflict
                return file.heads(of: id).enumerated().map { index, head in
                    c.detailLine(index + 1, file.userName(head.author), FamilyCardScreen.timestamp(head.timestamp), index == 0)
                }
            },
            empty: { app in app.strings.conflict.empty },
            help: { app in app.strings.conflict.helpList })
        screen.actions = [
            .init(app.strings.conflict.keyCompare, keys: [.enter, .right], menu: "O", run: { id, app in
                if let id { app.push(ConflictScreen(recordID: id)) }
            }),
        ]
        return screen
    }

    private static func row(_ family: String, _ record: String, _ versions: String, _ newest: String) -> String {
        fit(family, familyWidth) + " " + fit(record, recordWidth) + " " + fit(versions, versionsWidth, alignRight: true)
            + "  " + newest
    }

    /// What a record is, in words: "rodzina", "osoba: Jan Kowalski", "wizyta 03.11.2026" …
    static func describe(_ id: RecordID, _ kind: RecordKind, _ app: App) -> String {
        guard let file = app.file else { return "" }
        let c = app.strings.conflict
        switch kind {
        case .family: return c.family
        case .member: return c.member(file.members[id]?.fullName ?? id.short)
        case .cooperation: return c.cooperation(file.cooperations[id]?.start.polish ?? id.short)
        case .problem:
            let code = file.problems[id]?.code ?? ""
            return c.problem(file.settings.catalogue.entry(code)?.label ?? code)
        case .planVersion:
            guard let plan = file.planVersions[id] else { return c.plan(0, id.short) }
            return c.plan(plan.number, plan.date.polish)
        case .visit: return c.visit(file.visit(id)?.date.polish ?? id.short)
        case .placement: return c.placement(file.placements[id]?.start.polish ?? id.short)
        case .event:
            guard let event = file.events[id] else { return c.event("", id.short) }
            return c.event(app.strings.casework.eventKind(event.kind), event.date.polish)
        case .assessment:
            guard let x = file.assessments[id] else { return c.assessment(id.short, "") }
            return c.assessment(x.periodFrom.polish, x.periodTo.polish)
        case .meeting: return c.meeting(file.meetings[id]?.date.polish ?? id.short)
        case .meetingEntry: return c.meeting(file.meetingEntryRecords[id]?.date.polish ?? id.short)
        case .user: return c.user(file.userName(id))
        case .settings: return c.settings
        case .transfer: return c.transfer
        case .redaction: return c.redaction
        }
    }

    /// Keeps version `index` of the record (after a yes), then, with `thenEdit`, opens the kept record for correction:
    /// the family or person form, or the record's own list for other kinds.
    static func keep(_ recordID: RecordID, version index: Int, thenEdit: Bool, app: App) {
        guard let file = app.file else { return }
        let heads = file.heads(of: recordID)
        guard heads.count > 1, heads.indices.contains(index) else { return }
        let c = app.strings.conflict
        let who = file.userName(heads[index].author) + ", " + FamilyCardScreen.timestamp(heads[index].timestamp)
        let others = heads.count - 1
        let question = thenEdit ? c.mergeQuestion(index + 1, who, others) : c.keepQuestion(index + 1, who, others)
        // What the other versions say, for typing it in after keeping this one.
        let otherValues = VersionComparison(heads: heads, app: app).differences(besides: index)
        app.push(ConfirmDialog(question, onYes: { app in
            do {
                try app.file?.resolve(recordID, keeping: heads[index].id)
            } catch {
                app.report(error)
                return
            }
            app.pop()   // the comparison: back to where it was opened from
            app.show(c.kept(index + 1, who, others))
            if thenEdit { openEditor(recordID, kind: heads[index].kind, otherValues: otherValues, app: app) }
        }))
    }

    private static func openEditor(_ id: RecordID, kind: RecordKind, otherValues: String, app: App) {
        guard let file = app.file else { return }
        let c = app.strings.conflict
        let note = otherValues.isEmpty ? nil : c.otherVersion(otherValues)
        switch kind.traits.editorHome {
        case .familyForm:
            guard let family = file.families[id] else { return }
            let form = FamilyFormScreen(family: family, strings: app.strings)
            form.note = note
            app.push(form)
        case .memberForm:
            guard let member = file.members[id] else { return }
            let form = MemberFormScreen(member: member, familyID: member.familyID, strings: app.strings)
            form.note = note
            app.push(form)
        case .familyList, .none:
            if let familyID = file.familyID(of: kind, id), let list = familyList(kind, familyID: familyID, app: app) {
                app.push(list)
                list.select(id, app: app)
                app.show((app.message?.text ?? "") + " " + c.editHere)
            } else {
                app.show((app.message?.text ?? "") + " " + c.editElsewhere)
            }
        }
    }

    /// The family's screen that lists records of `kind` (where a kept version is edited).
    private static func familyList(_ kind: RecordKind, familyID: RecordID, app: App) -> RecordListScreen? {
        switch kind {
        case .cooperation: return CooperationScreens.list(familyID: familyID, app: app)
        case .problem: return ProblemScreens.list(familyID: familyID, app: app)
        case .planVersion: return PlanScreens.list(familyID: familyID, app: app)
        case .visit: return VisitScreens.list(familyID: familyID, app: app)
        case .placement, .event: return PlacementScreens.list(familyID: familyID, app: app)
        case .assessment: return AssessmentScreens.list(familyID: familyID, app: app)
        default: return nil
        }
    }
}
