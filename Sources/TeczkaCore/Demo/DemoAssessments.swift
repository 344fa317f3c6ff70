/// Sample events, periodic assessments in every state of their review, and team meeting protocols.
extension DemoRun {
    /// Court, police and commission events: a court's obligation for court referrals, kurator supervision, the
    /// Niebieska Karta procedure where there is violence, a GKRPA referral where there is alcohol, court opinions.
    func addEvents(_ cooperation: Cooperation, _ context: DemoFamily) throws {
        let last = cooperation.end ?? today
        var events: [FamilyEvent] = []
        func event(_ kind: EventKind, _ date: LocalDate, until: LocalDate? = nil, _ note: String = "") {
            guard date <= today else { return }
            events.append(FamilyEvent(id: ids.recordID(), familyID: cooperation.familyID, kind: kind, date: date,
                                      until: until.flatMap { $0 <= today ? $0 : nil }, note: note))
        }
        let referral = cooperation.referralDate ?? cooperation.start
        if cooperation.referral == .postanowienieSadu {
            event(.courtDecision, referral,
                  "Zobowiązanie rodziny do współpracy z asystentem rodziny (\(cooperation.referralReference)).")
        }
        if rng.chance(cooperation.referral == .postanowienieSadu ? 45 : 8) {
            let from = referral.addingDays(rng.int(0...60))
            event(.kuratorSupervision, from, until: rng.chance(60) ? from.adding(months: rng.int(6...24)) : nil,
                  "Nadzór kuratora rodzinnego nad władzą rodzicielską.")
        }
        let new = context.problems.filter { $0.identified >= cooperation.start && $0.identified <= last }
        let violence = new.first { $0.code == "A14" || $0.code == "B14" }
        if let violence, rng.chance(65) || rng.chance(4) {
            let started = violence.identified.addingDays(-rng.int(0...30))
            event(.niebieskaKartaStart, started, "Procedura wszczęta przez Policję.")
            if rng.chance(60) { event(.niebieskaKartaEnd, started.adding(months: rng.int(3...9)), "Ustanie przemocy.") }
        }
        if new.contains(where: { $0.code == "A13" || $0.code == "B9" }), rng.chance(45) {
            event(.gkrpaReferral, min(last, cooperation.start.addingDays(rng.int(14...90))), "Wniosek o leczenie odwykowe.")
        }
        if rng.chance(6) {
            let asked = min(last, cooperation.start.addingDays(rng.int(30...max(30, last.days(since: cooperation.start)))))
            event(.courtOpinionRequest, asked, "Sąd rodzinny prosi o opinię o rodzinie.")
            if rng.chance(70) { event(.courtOpinionSent, asked.addingDays(rng.int(7...28)), "Opinia wysłana do sądu.") }
        }
        for event in events { try file.saveEvent(event) }
    }

    /// One assessment per review date. Older ones approved by the coordinator (a few after being returned once); the
    /// latest of a cooperation in progress may still be a draft, waiting, returned or approved.
    func addAssessments(_ cooperation: Cooperation, reviews: [LocalDate], plans: [PlanVersion], _ context: DemoFamily,
                        members: [Member]) throws {
        guard let author = summary.assistants.first(where: { $0.id == cooperation.assistantID }) else { return }
        for (index, periodTo) in reviews.enumerated() {
            let periodFrom = index == 0 ? cooperation.start : reviews[index - 1].addingDays(1)
            var assessment = Assessment(id: ids.recordID(), familyID: cooperation.familyID, cooperationID: cooperation.id,
                                        authorID: author.id, periodFrom: periodFrom, periodTo: periodTo)
            assessment.situation = rng.pick(DemoData.situations)
            assessment.children = rng.pick(DemoData.childrenTexts)
            assessment.cooperationText = rng.pick(DemoData.cooperationTexts)
            assessment.goals = (plans.last { $0.date <= periodTo }?.goals ?? []).map { goal in
                let status = goalStatus(goal, on: periodTo, context.problems)
                return GoalProgress(goalID: goal.id, text: goal.text, status: status, comment: "Cel \(status.label).")
            }
            assessment.problems = context.problems.filter {
                $0.identified <= periodTo && $0.status(on: periodFrom.addingDays(-1)) != .rozwiazany
            }.map {
                let status = $0.status(on: periodTo) ?? .aktywny
                return ProblemProgress(problemID: $0.id, code: $0.code, status: status,
                                       comment: DemoData.progressComments[status] ?? "")
            }
            if periodTo == cooperation.end {
                assessment.recommendation = .zakonczenie
                assessment.proposedEndReason = cooperation.endReason
            } else if plans.contains(where: { $0.number > 1 && $0.date > periodTo && $0.date.days(since: periodTo) <= 21 }) {
                assessment.recommendation = .modyfikacjaPlanu
            } else if rng.chance(6) {
                assessment.recommendation = .skierowanieDoSpecjalisty
                assessment.specialist = rng.pick(DemoData.specialists)
            } else {
                assessment.recommendation = .kontynuacja
            }
            let open = index == reviews.count - 1 && today.days(since: periodTo) <= 60
            var state = open ? rng.weighted([(AssessmentState.zatwierdzona, 40), (.przekazana, 35), (.zwrocona, 15), (.szkic, 10)])
                : .zatwierdzona
            var returnedOnce = state == .zwrocona || rng.chance(10)
            // Only a coordinator signs a review: in an assistant's store her assessments wait for one.
            if file.currentUser.role != .koordynator {
                state = state == .szkic ? .szkic : .przekazana
                returnedOnce = false
            }
            try file.saveAssessment(try review(assessment, to: state, returnedOnce: returnedOnce, author: author))
            summary.assessments += 1
        }
    }

    /// Takes an assessment through the review cycle to `state`, as its author and the coordinator would, with dates
    /// a few days apart and never after today.
    private func review(_ draft: Assessment, to state: AssessmentState, returnedOnce: Bool, author: UserAccount) throws -> Assessment {
        guard state != .szkic else { return draft }
        var day = min(today, draft.periodTo.addingDays(rng.int(0...7)))
        func later(_ range: ClosedRange<Int>) -> LocalDate { min(today, day.addingDays(rng.int(range))) }
        var assessment = try draft.applying(.pass, by: author, on: day)
        if returnedOnce {
            day = later(3...14)
            assessment = try assessment.applying(.giveBack(remarks: rng.pick(DemoData.returnRemarks), recommendations: ""),
                                                 by: coordinator, on: day)
            if state == .zwrocona { return assessment }
            day = later(2...10)
            assessment = try assessment.applying(.pass, by: author, on: day)
        }
        if state == .zatwierdzona { assessment = try assessment.applying(.approve, by: coordinator, on: later(2...21)) }
        return assessment
    }

    /// One or two protocols of the team meeting a year (a coordinator writes them, so only when the current user is
    /// one), each about a few families in progress on that day.
    func addMeetings(years: Int) throws {
        guard file.currentUser.role == .koordynator, !spans.isEmpty else { return }
        let names = Dictionary(summary.assistants.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for year in 0..<years {
            for _ in 0..<rng.int(1...2) {
                let date = today.adding(months: -12 * year - rng.int(0...11)).addingDays(-rng.int(0...27)).workday
                guard date <= today else { continue }
                let present = spans.filter { $0.start <= date && date <= $0.last }
                guard !present.isEmpty else { continue }
                let chosen = present.shuffled(using: &rng).prefix(rng.int(2...5))
                var seen = Set<RecordID>()
                let entries = chosen.filter { seen.insert($0.family).inserted }.map {
                    MeetingEntry(familyID: $0.family, remarks: rng.pick(DemoData.meetingRemarks),
                                 recommendations: rng.pick(DemoData.meetingRecommendations))
                }
                let families = Set(entries.map(\.familyID))
                let assistants = Set(file.cooperations.values.filter { families.contains($0.familyID) && $0.isActive(on: date) }
                    .map(\.assistantID)).compactMap { names[$0] }.sorted()
                try file.saveMeeting(TeamMeeting(id: ids.recordID(), date: date,
                                                 participants: ([coordinator.name] + assistants).joined(separator: ", "),
                                                 entries: entries, place: "Siedziba ośrodka", chair: coordinator.name))
                summary.meetings += 1
            }
        }
    }
}
