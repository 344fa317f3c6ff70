import TeczkaCore

/// Periodic assessments (compliance with the six-month rule) and the Mielec indicators of an assistant's work.
enum AssessmentTables {
    static let assessments = ReportDefinition(
        name: "oceny", title: "Okresowe oceny sytuacji rodzin",
        summary: "Oceny okresowe w okresie, rodziny ocenione, współprace po terminie oceny, oceny czekające na zatwierdzenie") { data, periods in
        let rows = [
            TableParts.row("Oceny okresowe przekazane kierownikowi", periods) { data.assessments(in: $0).count },
            TableParts.row("Rodziny ocenione", periods) { Set(data.assessments(in: $0).map(\.familyID)).count },
            TableParts.row("Współprace bez oceny w terminie (na koniec okresu)", periods) { overdue(data, on: $0.to).count },
            TableParts.row("Oceny czekające na zatwierdzenie", periods) { period in
                data.assessments.values.joined().filter { $0.state == .przekazana && ($0.passedOn.map { $0 <= period.to } ?? false) }.count
            },
        ]
        return ReportTable(
            name: "oceny", title: "Okresowe oceny sytuacji rodzin", rowHeader: "Oceny okresowe",
            columnGroups: [TableParts.perPeriod(periods)], rows: rows,
            footnote: TableParts.footnote("oceny przekazane kierownikowi, których okres kończy się w okresie raportu, i liczba różnych ocenionych rodzin; po terminie: współprace trwające w ostatnim dniu okresu, których termin oceny (6 miesięcy od początku współpracy albo od końca ostatniej oceny) minął przed tym dniem; czekające: oceny obecnie przekazane i jeszcze niezatwierdzone.", periods, data))
    }

    /// Cooperations active on the date whose assessment was due before it.
    static func overdue(_ data: ReportData, on date: LocalDate) -> [Cooperation] {
        data.cooperations.values.joined().filter { $0.isActive(on: date) && data.assessmentDue($0, on: date) < date }
    }

    static let indicators = ReportDefinition(
        name: "wskazniki", title: "Wskaźniki pracy asystenta rodziny",
        summary: "Plany, plany uzgodnione z rodzicami dziecka w pieczy, oceny, monitoring, rodziny zobowiązane przez sąd, wizyty i godziny") { data, periods in
        let plans = Array(data.plans.values.joined())
        let visits = { (period: ReportPeriod) in data.visits.filter { period.contains($0.date) } }
        let rows = [
            TableParts.row("Liczba sporządzonych planów pracy z rodziną (wersji planu)", periods) { period in
                plans.filter { period.contains($0.date) }.count
            },
            TableParts.row("Liczba planów uzgodnionych z rodzicami biologicznymi dziecka umieszczonego w pieczy zastępczej", periods) { period in
                plans.filter { plan in
                    period.contains(plan.date) && signedByParent(plan, data)
                        && (data.placements[plan.familyID] ?? []).contains { $0.overlaps(from: plan.date, to: plan.date) }
                }.count
            },
            TableParts.row("Liczba okresowych ocen sytuacji rodziny", periods) { data.assessments(in: $0).count },
            TableParts.row("Liczba rodzin objętych monitoringiem po zakończeniu współpracy", periods) { period in
                Set(data.cooperations.values.joined().filter { c in
                    guard let end = c.end, let until = c.monitoringUntil, until > end else { return false }
                    return end.addingDays(1) <= period.to && until >= period.from
                }.map(\.familyID)).count
            },
            TableParts.row("Liczba rodzin zobowiązanych przez sąd do pracy z asystentem rodziny", periods) { period in
                data.served(in: period).filter { family in
                    data.cooperations(of: family, in: period).contains { $0.referral == .postanowienieSadu }
                }.count
            },
            TableParts.row("Liczba wizyt i kontaktów z rodzinami", periods) { visits($0).count },
            ReportRow("Liczba godzin pracy z rodzinami", periods.map { period in
                .decimal(Double(visits(period).reduce(0) { $0 + $1.minutes }) / 60, places: 1)
            }),
        ]
        return ReportTable(
            name: "wskazniki", title: "Wskaźniki pracy asystenta rodziny", rowHeader: "Wskaźnik",
            columnGroups: [TableParts.perPeriod(periods)], rows: rows,
            footnote: TableParts.footnote("plany: wersje planu pracy z datą w okresie; uzgodnione: podpisane przez rodzica, gdy dziecko rodziny było w tym dniu w pieczy zastępczej; oceny: przekazane kierownikowi, z okresem kończącym się w okresie raportu; monitoring: rodziny, których okres monitoringu po zakończeniu współpracy trwał w okresie; sąd: rodziny objęte wsparciem na podstawie postanowienia sądu; wizyty i godziny: wizyty i kontakty z datą w okresie.", periods, data))
    }

    static func signedByParent(_ plan: PlanVersion, _ data: ReportData) -> Bool {
        let parents = Set((data.members[plan.familyID] ?? []).filter { $0.role == .rodzic }.map(\.id))
        return plan.signatures.contains { parents.contains($0.memberID) }
    }
}
