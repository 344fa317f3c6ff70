import TeczkaCore
import TeczkaReports

/// The supervisor's review: the assessment on the left, the family's plan, recent visits and team recommendations
/// on the right, each pane scrolled on its own; approve (A), return with remarks (Z) or print (D) from here. Nothing
/// is typed on this viewer, so its commands keep plain letters (and are in the F9 menu too).
final class ReviewScreen: Screen {
    let assessmentID: RecordID
    private var focusRight = false
    private var offsets = [0, 0]
    private var paneHeight = 10

    init(assessmentID: RecordID) { self.assessmentID = assessmentID }

    func title(_ app: App) -> String {
        let familyID = app.file?.assessments[assessmentID]?.familyID
        return app.strings.meeting.reviewTitle(familyID.map(app.familyLabel) ?? "")
    }

    func keyHints(_ app: App) -> [KeyHint] {
        commands(app).hints(app, last: KeyHint("Esc", app.strings.keyBack))
    }

    func helpLines(_ app: App) -> [String] { commands(app).help(app.strings.meeting.helpReview) }

    func commands(_ app: App) -> [Command] {
        let a = app.strings.assessment, m = app.strings.meeting, explained = m.helpReview.commands
        let id = assessmentID
        return [
            Command(m.keyPane, keys: [.tab, .backTab], menu: "P", explanation: explained["P"]) { [self] _ in focusRight.toggle() },
            Command(a.keyApprove, keys: [.character("A")], menu: "A", explanation: explained["A"]) { AssessmentScreens.approve(id, $0) },
            Command(a.keyReturn, keys: [.character("Z")], menu: "Z", explanation: explained["Z"]) {
                $0.push(AssessmentScreens.returnForm(id, app: $0))
            },
            Command(m.keyPrint, keys: [.character("D")], menu: "D", explanation: explained["D"]) { AssessmentScreens.printDocument(id, $0) },
        ]
    }

    func handle(_ key: Key, app: App) {
        let pane = focusRight ? 1 : 0
        switch key {
        case .down, .character("j"): offsets[pane] += 1
        case .up, .character("k"): offsets[pane] = max(0, offsets[pane] - 1)
        case .pageDown, .character(" "): offsets[pane] += max(1, paneHeight - 1)
        case .pageUp: offsets[pane] = max(0, offsets[pane] - max(1, paneHeight - 1))
        case .home: offsets[pane] = 0
        case .escape, .left: app.pop()
        case .function(9): app.push(MenuScreen(heading: app.strings.menuTitle, items: commands(app).menuItems))
        default: commands(app).matchingLetter(key)?.run(app)
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let leftWidth = (area.width - 1) / 2
        let rightX = leftWidth + 1
        let rightWidth = area.width - rightX
        let m = app.strings.meeting
        canvas.put(" " + m.assessmentPane, x: 0, y: area.y, role: focusRight ? .dim : .heading, maxWidth: leftWidth)
        canvas.put(" " + m.familyPane, x: rightX, y: area.y, role: focusRight ? .heading : .dim, maxWidth: rightWidth)
        paneHeight = max(1, area.height - 1)
        let panes = [assessmentLines(app).flatMap { Self.wrapped($0, width: leftWidth - 2) },
                     familyLines(app).flatMap { Self.wrapped($0, width: rightWidth - 2) }]
        for (index, lines) in panes.enumerated() {
            offsets[index] = min(offsets[index], max(0, lines.count - paneHeight))
            let x = index == 0 ? 1 : rightX + 1
            for (row, line) in lines.dropFirst(offsets[index]).prefix(paneHeight).enumerated() {
                canvas.put(line, x: x, y: area.y + 1 + row, maxWidth: (index == 0 ? leftWidth : rightWidth) - 2)
            }
            if lines.count > paneHeight {
                let mark = "\(min(lines.count, offsets[index] + paneHeight))/\(lines.count)"
                canvas.put(mark, x: (index == 0 ? leftWidth : area.width) - mark.count - 1, y: area.y, role: .dim)
            }
        }
        for y in area.y..<area.maxY { canvas.put("│", x: leftWidth, y: y, role: .dim) }
        canvas.cursor = (focusRight ? rightX + 1 : 1, area.y + 1)
    }

    /// Wraps a line to the pane; underlines of the printed text are cut to the pane instead of wrapping.
    static func wrapped(_ line: String, width: Int) -> [String] {
        if !line.isEmpty, line.allSatisfy({ $0 == "-" || $0 == "=" }) { return [String(line.prefix(width))] }
        return line.isEmpty ? [""] : wrap(line, width: width)
    }

    /// The assessment as it prints.
    func assessmentLines(_ app: App) -> [String] {
        guard let file = app.file, let document = PrintedAssessment.document(assessmentID, in: file) else { return [] }
        return document.lines
    }

    /// The plan in force, the last visits and the team's recommendations for the family.
    func familyLines(_ app: App) -> [String] {
        guard let file = app.file, let x = file.assessments[assessmentID] else { return [] }
        let m = app.strings.meeting, c = app.strings.casework
        var lines: [String] = []
        if let plan = file.planVersions(of: x.cooperationID).last(where: { $0.date <= x.periodTo }) ?? file.planVersions(of: x.cooperationID).first {
            lines.append(m.planHeading(plan.number, plan.date.polish))
            for goal in plan.goals {
                lines.append("• " + goal.text + " [" + c.goalStatus(goal.status) + (goal.deadline.map { ", \(c.deadlineLabel.lowercased()) \($0.polish)" } ?? "") + "]")
            }
            for action in plan.actions {
                lines.append("  – " + action.text + (action.who.isEmpty ? "" : " (\(action.who))") + (action.done ? " ✓" : ""))
            }
        } else {
            lines.append(m.noPlan)
        }
        lines.append("")
        lines.append(m.visitsHeading)
        let visits = file.visits(of: x.familyID).filter { $0.date <= max(x.periodTo, app.today) }.prefix(8)
        if visits.isEmpty { lines.append(m.noVisits) }
        for visit in visits {
            lines.append(visit.date.polish + " · " + Duration.format(visit.durationMinutes) + " · " + c.place(visit.place))
            let note = visit.notes.split(separator: "\n").joined(separator: " / ")
            if !note.isEmpty { lines.append("  " + note) }
        }
        let entries = file.meetingEntries(ofFamily: x.familyID).suffix(3)
        if !entries.isEmpty {
            lines.append("")
            lines.append(m.meetingsHeading)
            for (meeting, entry) in entries {
                lines.append(meeting.date.polish + ": " + [entry.remarks, entry.recommendations].filter { !$0.isEmpty }
                    .joined(separator: " — ").split(separator: "\n").joined(separator: " / "))
            }
        }
        return lines
    }
}
