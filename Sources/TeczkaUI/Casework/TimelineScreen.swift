import TeczkaCore

/// Everything about a family in date order, newest first, filterable by kind; Enter opens the item.
enum TimelineScreen {
    enum Group: Int, CaseIterable { case all, cooperation, problems, plan, visits, placements, events, assessments, meetings }

    struct Item {
        let date: LocalDate
        let group: Group
        let recordID: RecordID
        let text: String
        /// Order within one day: a cooperation's start first, its end last.
        var rank = 5
    }

    static func items(familyID: RecordID, app: App) -> [Item] {
        guard let file = app.file else { return [] }
        let c = app.strings.casework
        var items: [Item] = []
        for co in file.cooperations(of: familyID) {
            items.append(Item(date: co.start, group: .cooperation, recordID: co.id,
                              text: c.timelineCooperationStart(c.referral(co.referral), file.userName(co.assignments[0].assistantID)), rank: 0))
            for handover in co.handovers ?? [] {
                items.append(Item(date: handover.date, group: .cooperation, recordID: co.id,
                                  text: app.strings.handoverText.timeline(file.userName(handover.from), file.userName(handover.to)), rank: 2))
            }
            for change in co.categories {
                items.append(Item(date: change.from, group: .cooperation, recordID: co.id,
                                  text: c.timelineCategory(c.category(change.category)), rank: 1))
            }
            if let end = co.end {
                items.append(Item(date: end, group: .cooperation, recordID: co.id,
                                  text: c.timelineCooperationEnd(co.endReason.map(c.endReason) ?? "—"), rank: 9))
            }
            for note in co.monitoringNotes {
                items.append(Item(date: note.date, group: .cooperation, recordID: co.id,
                                  text: c.timelineMonitoring(note.text.split(separator: "\n").joined(separator: " / "))))
            }
            for plan in file.planVersions(of: co.id) {
                items.append(Item(date: plan.date, group: .plan, recordID: plan.id,
                                  text: c.timelinePlan(plan.number, plan.goals.count, plan.actions.count)))
            }
        }
        for problem in file.problems(of: familyID) {
            let label = file.settings.catalogue.entry(problem.code)?.label ?? problem.code
            for (i, change) in problem.history.enumerated() {
                items.append(Item(date: change.date, group: .problems, recordID: problem.id,
                                  text: i == 0 ? c.timelineProblem(label) : c.timelineProblemStatus(label, c.status(change.status))))
            }
            if let effect = problem.effectDate {
                items.append(Item(date: effect, group: .problems, recordID: problem.id,
                                  text: c.timelineEffect(file.settings.catalogue.entry(problem.code)?.effect ?? label)))
            }
        }
        for visit in file.visits(of: familyID) {
            let first = visit.notes.split(separator: "\n").first.map(String.init) ?? ""
            items.append(Item(date: visit.date, group: .visits, recordID: visit.id,
                              text: c.timelineVisit(Duration.format(visit.durationMinutes), c.place(visit.place), first)))
        }
        for p in file.placements(of: familyID) {
            let child = file.members[p.childID]?.fullName ?? ""
            items.append(Item(date: p.start, group: .placements, recordID: p.id, text: c.timelinePlacement(child, c.fosterForm(p.form))))
            if let end = p.end {
                items.append(Item(date: end, group: .placements, recordID: p.id,
                                  text: c.timelinePlacementEnd(child, p.endType.map(c.placementEnd) ?? "—")))
            }
        }
        for e in file.events(of: familyID) {
            items.append(Item(date: e.date, group: .events, recordID: e.id, text: c.eventKind(e.kind) + (e.note.isEmpty ? "" : ": \(e.note)")))
            if e.kind.hasPeriod, let until = e.until {
                items.append(Item(date: until, group: .events, recordID: e.id, text: c.timelinePeriodEnd(c.eventKind(e.kind))))
            }
        }
        for x in file.assessments(ofFamily: familyID) {
            items.append(Item(date: x.periodTo, group: .assessments, recordID: x.id,
                              text: app.strings.assessment.timelineLine(x.periodFrom.polish, x.periodTo.polish,
                                                                        app.strings.assessment.state(x.state)), rank: 8))
        }
        for (meeting, entry) in file.meetingEntries(ofFamily: familyID) {
            let text = [entry.remarks, entry.recommendations].filter { !$0.isEmpty }.joined(separator: " — ")
            items.append(Item(date: meeting.date, group: .meetings, recordID: meeting.id,
                              text: app.strings.meeting.timelineLine(text.split(separator: "\n").joined(separator: " / "))))
        }
        // Newest day first; within a day in the order things happen (a cooperation's start before its end).
        return items.enumerated().sorted {
            if $0.element.date != $1.element.date { return $0.element.date > $1.element.date }
            return ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset)
        }.map(\.element)
    }

    static func screen(familyID: RecordID, app: App) -> RecordListScreen {
        let c = app.strings.casework
        var filter = Group.all
        var shownItems: [Item] = []
        let screen = RecordListScreen(
            heading: { app in app.strings.casework.timelineTitle(app.familyLabel(familyID)) },
            columns: { app in fit(app.strings.casework.dateColumn, 10) + "  " + fit(app.strings.casework.kindColumn, 12) + " " + app.strings.casework.whatColumn },
            rows: { app in
                shownItems = items(familyID: familyID, app: app).filter { filter == .all || $0.group == filter }
                // Rows need unique ids: one record can stand on several lines (a cooperation's start and end).
                return shownItems.enumerated().map { index, item in
                    .init(id: RecordID("\(index)|\(item.recordID.raw)"),
                          text: item.date.polish + "  " + fit(app.strings.casework.group(item.group.rawValue), 12) + " " + item.text)
                }
            },
            details: { id, _ in
                // The whole line, which the list may have cut.
                guard let index = Int(id.raw.split(separator: "|").first ?? ""), shownItems.indices.contains(index) else { return [] }
                return wrap(shownItems[index].text, width: 76)
            },
            empty: { app in app.strings.casework.timelineEmpty },
            help: { app in app.strings.casework.helpTimeline })
        screen.footer = { app in app.strings.casework.timelineFilter(app.strings.casework.group(filter.rawValue)) }
        screen.actions = [
            .init(c.keyFilter, keys: [.tab], menu: "F", run: { _, _ in
                filter = Group(rawValue: (filter.rawValue + 1) % Group.allCases.count)!
            }),
            .init(c.keyPreviousFilter, keys: [.backTab], menu: "P", inBar: false, run: { _, _ in
                filter = Group(rawValue: (filter.rawValue + Group.allCases.count - 1) % Group.allCases.count)!
            }),
            .init(app.strings.keyOpen, keys: [.enter], menu: "O", run: { id, app in
                guard let id, let raw = id.raw.split(separator: "|").last else { return }
                open(RecordID(String(raw)), familyID: familyID, app: app)
            }),
        ]
        return screen
    }

    /// Opens the screen where the record lives, with the record selected.
    static func open(_ id: RecordID, familyID: RecordID, app: App) {
        guard let file = app.file else { return }
        let list: RecordListScreen
        if file.cooperations[id] != nil {
            list = CooperationScreens.list(familyID: familyID, app: app)
        } else if file.problems[id] != nil {
            list = ProblemScreens.list(familyID: familyID, app: app)
        } else if file.planVersions[id] != nil {
            list = PlanScreens.list(familyID: familyID, app: app)
        } else if file.visit(id) != nil {
            list = VisitScreens.list(familyID: familyID, app: app)
        } else if file.assessments[id] != nil {
            list = AssessmentScreens.list(familyID: familyID, app: app)
        } else if file.meetings[id] != nil {
            list = MeetingScreens.list(app: app)
        } else {
            list = PlacementScreens.list(familyID: familyID, app: app)
        }
        list.select(id, app: app)
        app.push(list)
    }
}
