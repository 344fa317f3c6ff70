/// A sample cooperation: its record, problems with their status histories, plan versions and visits.
extension DemoRun {
    func addCooperation(_ period: DemoPeriod, _ context: inout DemoFamily) throws {
        let last = period.end ?? today
        let assistant = summary.assistants[period.assistant]
        let members = file.members(of: context.family.id)
        let first = context.problems.isEmpty
        var cooperation = Cooperation(
            id: ids.recordID(), familyID: context.family.id, assistantID: assistant.id,
            referral: rng.weighted([(ReferralBasis.wniosekPracownika, 78), (.postanowienieSadu, 17), (.inne, 5)]),
            consentDate: period.start.addingDays(-rng.int(0...5)), start: period.start,
            category: first ? context.category : rng.weighted([(FamilyCategory.problemowa, 85), (.zastepczaPiecza, 15)]),
            end: period.end, endReason: period.reason, monitoringMonths: file.settings.monitoringMonths)
        cooperation.referralDate = period.start.addingDays(-rng.int(7...40))
        cooperation.caseNumber = caseNumbers[period.key]
        switch cooperation.referral {
        case .postanowienieSadu: cooperation.referralReference = "III Nsm \(rng.int(10...999))/\(period.start.year % 100)"
        case .inne: cooperation.referralReference = rng.pick(["wniosek rodziny", "informacja ze szkoły", "zgłoszenie PCPR"])
        case .wniosekPracownika: break
        }
        let placements = try placementPlan(cooperation, members: members, context)
        if let change = placements.change { cooperation.categories.append(change) }
        if let end = period.end {
            var day = end
            for months in [1, 3, 6] where months <= cooperation.monitoringMonths && rng.chance(70) {
                day = max(day.addingDays(1), end.adding(months: months).addingDays(-rng.int(0...10)))
                if day <= today { cooperation.monitoringNotes.append(DatedNote(date: day, text: rng.pick(DemoData.monitoringNotes))) }
            }
        }
        do {
            try file.saveCooperation(cooperation)
        } catch is CaseworkWarning {
            // Only when the user asked for fewer assistants than the families need: confirmed, as a user would.
            try file.saveCooperation(cooperation, confirmed: true)
        }
        summary.cooperations += 1
        spans.append((context.family.id, period.start, last))
        let reviews = reviewDates(cooperation)
        try addProblems(cooperation, checkpoints: reviews + (period.end.map { $0 == reviews.last ? [] : [$0] } ?? []), &context)
        let plans = try addPlans(cooperation, reviews: reviews, context, members: members)
        try addVisits(cooperation, members: members)
        try writePlacements(placements.placements)
        try addEvents(cooperation, context)
        try addAssessments(cooperation, reviews: reviews, plans: plans, context, members: members)
    }

    /// Problems from the catalogue: the family's open ones carry on; 2–6 new ones identified around the start.
    /// Each gets a status at every checkpoint (assessments, the end); catalogue B records some effects.
    private func addProblems(_ cooperation: Cooperation, checkpoints: [LocalDate], _ context: inout DemoFamily) throws {
        let open = Set(context.problems.filter { $0.closedOn == nil }.map(\.code))
        let codes = rng.weightedSample(problemWeights.filter { !open.contains($0.0) }, count: rng.int(2...6))
        let last = cooperation.end ?? today
        var problems = context.problems.filter { $0.closedOn == nil }
        for (index, code) in codes.enumerated() {
            let later = index >= 2 && rng.chance(40)
            let identified = min(last, later ? cooperation.start.addingDays(rng.int(7...60)) : cooperation.start)
            problems.append(FamilyProblem(id: ids.recordID(), familyID: cooperation.familyID, code: code, identified: identified,
                                          source: later ? rng.pick([.diagnozaAsystenta, .zgloszonePrzezRodzine]) : .wywiad))
        }
        let hasEffects = file.settings.catalogue.hasEffects
        for index in problems.indices {
            var problem = problems[index]
            for (step, date) in checkpoints.enumerated() where date > problem.identified && problem.closedOn == nil {
                let final = step == checkpoints.count - 1 && cooperation.end != nil
                let status = nextStatus(problem.status, final: final ? cooperation.endReason : nil)
                guard status != problem.status else { continue }
                problem.history.append(StatusChange(date: date, status: status))
                if hasEffects, problem.effectDate == nil, status == .poprawa || status == .rozwiazany, rng.chance(60) {
                    problem.effectDate = date
                }
            }
            if problem != problems[index] || !context.problems.contains(where: { $0.id == problem.id }) {
                try file.saveProblem(problem)
            }
            problems[index] = problem
        }
        let kept = context.problems.filter { $0.closedOn != nil }
        context.problems = kept + problems
    }

    /// How a problem moves between two assessments; at the end, with the reason the cooperation ended.
    private func nextStatus(_ status: ProblemStatus, final reason: EndReason?) -> ProblemStatus {
        switch reason {
        case .celeOsiagniete?: return rng.chance(75) ? .rozwiazany : .poprawa
        case .brakEfektow?, .zaprzestanieWspolpracy?: return rng.weighted([(.bezZmian, 60), (.pogorszenie, 25), (status, 15)])
        default: break
        }
        switch status {
        case .aktywny: return rng.weighted([(.aktywny, 35), (.poprawa, 45), (.bezZmian, 15), (.pogorszenie, 5)])
        case .poprawa: return rng.weighted([(.poprawa, 45), (.rozwiazany, 40), (.bezZmian, 10), (.pogorszenie, 5)])
        case .bezZmian: return rng.weighted([(.poprawa, 40), (.bezZmian, 50), (.pogorszenie, 10)])
        case .pogorszenie: return rng.weighted([(.poprawa, 40), (.bezZmian, 40), (.pogorszenie, 20)])
        case .rozwiazany: return .rozwiazany
        }
    }

    /// Visits every one to three weeks on working days: mostly at home, some accompanying to institutions, some by phone.
    private func addVisits(_ cooperation: Cooperation, members: [Member]) throws {
        let last = cooperation.end ?? today
        var day = cooperation.start.addingDays(rng.int(1...10)).workday
        let parents = members.filter { $0.role == .rodzic }.map(\.id)
        while day <= last {
            let place = rng.weighted([(VisitPlace.miejsceZamieszkania, 64), (.wskazaneMiejsce, 9), (.instytucja, 13),
                                      (.telefon, 11), (.inne, 3)])
            let activities = rng.weightedSample([(ActivityGroup.pedagogizacja, 30), (.odbudowaWiezi, 12), (.gospodarstwoDomowe, 22),
                                                 (.doradztwoZawodowe, 8), (.rzecznictwo, 10), (.dzialaniaPosrednie, 8),
                                                 (.interwencja, 2), (.konsultacjaWychowawcza, 14)], count: rng.int(1...3))
            let present: [RecordID]
            switch place {
            case .telefon, .instytucja: present = parents.isEmpty ? [] : [rng.pick(parents)]
            default: present = members.filter { $0.belongs(on: day) && ($0.role != .rodzic || rng.chance(85)) }.map(\.id)
            }
            let duration = place == .telefon ? rng.pick([10, 15, 20, 30])
                : place == .instytucja ? rng.pick([90, 120, 150, 180]) : rng.pick([45, 60, 60, 90, 90, 120])
            try file.saveVisit(Visit(
                id: ids.recordID(), familyID: cooperation.familyID, assistantID: cooperation.assistantID, date: day,
                startTime: TimeOfDay(hour: rng.int(8...17), minute: rng.pick([0, 15, 30, 45])), durationMinutes: duration,
                place: place, placeOther: place == .inne ? rng.pick(DemoData.placeOther) : "", presentMemberIDs: present,
                activities: activities, notes: rng.pick(DemoData.visitNotes[activities[0]] ?? [""]),
                nextSteps: rng.chance(35) ? rng.pick(DemoData.nextSteps) : ""))
            summary.visits += 1
            day = day.addingDays(rng.weighted([(7, 35), (10, 15), (14, 35), (21, 15)]) + rng.int(-2...2)).workday
        }
    }
}
