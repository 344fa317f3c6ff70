/// Sample plan versions, assessment dates and foster-care placements of a cooperation.
extension DemoRun {
    /// The ends of the assessment periods: about every six months (a little before the due date), plus a final one at
    /// the end. Now and then the last one of a cooperation in progress is missing, so that it is overdue.
    func reviewDates(_ cooperation: Cooperation) -> [LocalDate] {
        let last = cooperation.end ?? today
        var dates: [LocalDate] = []
        var previous = cooperation.start
        while true {
            let date = previous.adding(months: 6).addingDays(-rng.int(0...20))
            guard date <= last else { break }
            dates.append(date)
            previous = date
        }
        if let end = cooperation.end {
            if end.days(since: dates.last ?? cooperation.start) > 30 { dates.append(end) }
        } else if !dates.isEmpty, rng.chance(6),
                  (dates.count > 1 ? dates[dates.count - 2] : cooperation.start).adding(months: 6) < today {
            dates.removeLast()
        }
        return dates
    }

    /// A goal's status on `date`, from the problems it addresses.
    func goalStatus(_ goal: PlanGoal, on date: LocalDate, _ problems: [FamilyProblem]) -> GoalStatus {
        let statuses = problems.filter { goal.problemIDs.contains($0.id) }.compactMap { $0.status(on: date) }
        if !statuses.isEmpty && statuses.allSatisfy({ $0 == .rozwiazany }) { return .osiagniety }
        if statuses.contains(where: { $0 == .rozwiazany || $0 == .poprawa }) { return .czesciowo }
        return .wToku
    }

    /// The first plan two to four weeks after the start (none yet when the cooperation is younger), and a new version
    /// after about half of the assessments, with the goals' statuses brought up to date.
    func addPlans(_ cooperation: Cooperation, reviews: [LocalDate], _ context: DemoFamily, members: [Member]) throws -> [PlanVersion] {
        let last = cooperation.end ?? today
        var date = cooperation.start.addingDays(rng.int(7...30))
        guard date <= last || cooperation.end != nil else { return [] }
        date = min(date, last)
        var plan = PlanVersion(id: ids.recordID(), familyID: cooperation.familyID, cooperationID: cooperation.id, date: date,
                               socialWorker: rng.pick(DemoData.socialWorkers))
        if cooperation.category(on: date) == .zastepczaPiecza {
            plan.fosterCoordinator = rng.pick(DemoData.fosterCoordinators)
            plan.coordinatedWithChildPlan = rng.chance(80)
        }
        plan.goals = goals(for: context.problems.filter { $0.identified <= date && $0.status(on: date) != .rozwiazany },
                           adding: [], on: date, most: rng.int(2...4))
        plan.actions = (0..<rng.int(2...3)).map { _ in
            let (text, who) = rng.pick(DemoData.actions)
            return PlanAction(id: ids.recordID(), text: text, who: who, deadline: date.adding(months: rng.int(1...6)))
        }
        var plans: [PlanVersion] = []
        try saveVersion(&plan, into: &plans, members: members)
        for review in reviews where (review < last || cooperation.end == nil) && rng.chance(45) {
            let next = review.addingDays(rng.int(3...21))
            guard next <= last, next > plan.date else { continue }
            plan.id = ids.recordID()
            plan.number += 1
            plan.date = next
            for index in plan.goals.indices {
                plan.goals[index].status = goalStatus(plan.goals[index], on: next, context.problems)
                if plan.goals[index].status != .osiagniety, let deadline = plan.goals[index].deadline, deadline < next {
                    plan.goals[index].deadline = next.adding(months: 6)
                }
            }
            if rng.chance(30) {
                let open = context.problems.filter { $0.identified <= next && $0.status(on: next) != .rozwiazany }
                plan.goals += goals(for: open, adding: plan.goals, on: next, most: 1)
            }
            for index in plan.actions.indices where plan.actions[index].deadline.map({ $0 < next }) ?? false {
                plan.actions[index].done = rng.chance(70)
            }
            try saveVersion(&plan, into: &plans, members: members)
        }
        return plans
    }

    /// Saves a version signed by the parents on its date.
    private func saveVersion(_ plan: inout PlanVersion, into plans: inout [PlanVersion], members: [Member]) throws {
        plan.signatures = members.filter { $0.role == .rodzic && $0.belongs(on: plan.date) }
            .map { Signature(memberID: $0.id, date: plan.date) }
        plans.append(try file.savePlanVersion(plan))
    }

    /// Up to `most` new goals for `problems`, one per kind of goal (problems that share a goal are linked to it).
    private func goals(for problems: [FamilyProblem], adding existing: [PlanGoal], on date: LocalDate, most: Int) -> [PlanGoal] {
        var goals: [PlanGoal] = []
        for problem in problems {
            let (text, effect) = DemoData.goal(for: problem.code)
            if existing.contains(where: { $0.text == text || $0.problemIDs.contains(problem.id) }) { continue }
            if let index = goals.firstIndex(where: { $0.text == text }) {
                goals[index].problemIDs.append(problem.id)
            } else if goals.count < most {
                goals.append(PlanGoal(id: ids.recordID(), text: text, problemIDs: [problem.id],
                                      deadline: date.adding(months: rng.pick([6, 9, 12])), expectedEffect: effect))
            }
        }
        if goals.isEmpty && existing.isEmpty {
            goals.append(PlanGoal(id: ids.recordID(), text: "Rodzina utrzymuje stabilną sytuację", deadline: date.adding(months: 6),
                                  expectedEffect: "Brak nowych trudności w ocenie okresowej"))
        }
        return goals
    }

    /// Children in foster care: in most families of the zastępcza/piecza category already at the start (some come
    /// home, and the category changes back), in a few others later (the category changes then).
    func placementPlan(_ cooperation: Cooperation, members: [Member], _ context: DemoFamily)
        throws -> (placements: [Placement], change: CategoryChange?) {
        let last = cooperation.end ?? today
        let length = last.days(since: cooperation.start)
        let children = members.filter { $0.role == .dziecko && ($0.birthDate ?? cooperation.start) < cooperation.start
            && $0.isChild(on: cooperation.start) }
        guard !children.isEmpty else { return ([], nil) }
        var start: LocalDate, end: LocalDate? = nil, change: CategoryChange? = nil
        if cooperation.categories[0].category == .zastepczaPiecza {
            start = cooperation.start.addingDays(-rng.int(0...150))
            if length > 120, rng.chance(35) {
                let home = cooperation.start.addingDays(rng.int(90...length))
                end = home
                if home < last { change = CategoryChange(from: home.addingDays(1), category: .problemowa) }
            }
        } else if cooperation.categories[0].category == .problemowa, length > 90, rng.chance(6) {
            start = cooperation.start.addingDays(rng.int(60...length))
            change = CategoryChange(from: start, category: .zastepczaPiecza)
        } else {
            return ([], nil)
        }
        let placed = children.count > 1 && rng.chance(30) ? Array(children.prefix(2)) : [rng.pick(children)]
        var form = rng.weighted([(FosterForm.rzs, 28), (.rzn, 14), (.rzz, 16), (.rdd, 5), (.placowkaInterwencyjna, 9),
                                 (.placowkaSocjalizacyjna, 12), (.placowkaSpecjalistyczna, 4), (.placowkaRodzinna, 6),
                                 (.regionalnaPlacowka, 2), (.osrodekPreadopcyjny, 4)])
        if form == .osrodekPreadopcyjny && placed.contains(where: { ($0.age(on: start) ?? 0) >= 1 }) { form = .rzz }
        let placeName = DemoData.fosterPlace(form, surname: context.surname, locality: context.family.locality)
        let placements = placed.map { child in
            Placement(id: ids.recordID(), familyID: cooperation.familyID, childID: child.id, form: form, placeName: placeName,
                      start: max(start, child.birthDate ?? start), end: end, endType: end == nil ? nil : .powrotDoRodziny,
                      note: end == nil ? "" : "Powrót do rodziny po poprawie sytuacji.")
        }
        return (placements, change)
    }

    /// In a coordinator's store the placements also get the powiat and its monthly charge notes up to last month
    /// (a month's whole cost by form), so that the co-financing report has something to count; nothing is drawn
    /// from the seeded stream for them, so the rest of the demo stays as it was. An assistant may not write them.
    func writePlacements(_ placements: [Placement]) throws {
        for var placement in placements {
            if file.currentUser.role == .koordynator {
                placement.powiat = "Powiat wrocławski"
                let cost = switch placement.form {
                case .rzs, .rzn, .rzz: 4_500_00
                case .rdd: 5_200_00
                default: 7_300_00
                }
                var charges: [FosterCharge] = []
                var month = placement.start.firstOfMonth
                let last = min(placement.end ?? today, today.firstOfMonth.addingDays(-1))
                while month <= last {
                    charges.append(FosterCharge(month: month, monthlyCost: cost))
                    month = month.adding(months: 1)
                }
                placement.charges = charges.isEmpty ? nil : charges
            }
            try file.savePlacement(placement)
        }
    }
}
