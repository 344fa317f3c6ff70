import TeczkaCore

/// Children in foster care on a date and the caseload of each assistant.
enum CaseloadTables {
    static let fosterCare = ReportDefinition(
        name: "piecza", title: "Dzieci przebywające w pieczy zastępczej według formy pieczy",
        summary: "Dzieci z rodzin w programie w pieczy zastępczej na ostatni dzień okresu, według formy") { data, periods in
        let rows = FosterForm.allCases.map { form in
            TableParts.row(form.label, periods) { period in
                Set(data.placements.values.joined().filter {
                    $0.form == form && $0.overlaps(from: period.to, to: period.to)
                }.map(\.childID)).count
            }
        }
        return ReportTable(
            name: "piecza", title: "Dzieci przebywające w pieczy zastępczej według formy pieczy",
            rowHeader: "Forma pieczy zastępczej",
            columnGroups: [ColumnGroup(columns: periods.map { "Na dzień \($0.to.polish)r." })],
            rows: rows, totals: ReportTable.sumRow(rows),
            footnote: TableParts.footnote("dzieci, których umieszczenie w pieczy zastępczej trwa w ostatnim dniu okresu (rozpoczęte najpóźniej tego dnia, niezakończone przed nim).", periods, data))
    }

    static let caseload = ReportDefinition(
        name: "obciazenie", title: "Obciążenie asystentów rodziny",
        summary: "Na asystenta: rodziny objęte wsparciem, najwięcej rodzin jednocześnie, dni powyżej limitu") { data, periods in
        // Each assistant's stretches of the cooperations (a family handed over counts for each in her own days).
        let stretches: [(assistant: RecordID, stretch: Stretch)] = data.cooperations.values.joined().flatMap { c in
            c.assignments.map { ($0.assistantID, Stretch(familyID: c.familyID, from: $0.from, to: $0.to)) }
        }.filter { data.assistant == nil || $0.assistant == data.assistant }
        let assistants = Set(stretches.filter { s in periods.contains { s.stretch.overlaps($0) } }.map(\.assistant))
            .union(data.activeAssistants)
        let names = assistants.sorted {
            PolishCollation.compare(data.userName($0), data.userName($1)) == .orderedAscending
        }
        // Grouped once: a city centre has hundreds of assistants and over ten thousand cooperations.
        let byAssistant = Dictionary(grouping: stretches, by: \.assistant).mapValues { $0.map(\.stretch) }
        let rows = names.map { assistant in
            let theirs = byAssistant[assistant] ?? []
            return ReportRow(data.userName(assistant), periods.flatMap { period -> [ReportCell] in
                let load = dailyLoad(theirs, period)
                // The cap of each day: it follows the etat where the centre records it (issue 15).
                let over = load.enumerated().map { $1 > data.cap(of: assistant, on: period.from.addingDays($0)) }
                let peak = load.max() ?? 0
                let families = Set(theirs.filter { $0.overlaps(period) }.map(\.familyID)).count
                let fte = EmploymentPeriod.averageFTE(data.employment[assistant], from: period.from, to: period.to)
                return [.count(families),
                        over.contains(true) ? .flagged(peak) : .count(peak),
                        .count(over.filter { $0 }.count),
                        fte.map { .decimal($0, places: 2) } ?? .empty,
                        fte.flatMap { $0 > 0 ? .decimal(Double(families) / $0, places: 1) : nil } ?? .empty]
            })
        }
        let capRule = data.capByEmployment
            ? "limit \(data.caseloadCap) rodzin na pełny etat, przy niepełnym etacie proporcjonalnie mniej (w dół, np. \(data.caseloadCap / 2) przy ½ etatu), 0 w dniu poza okresami zatrudnienia; bez wpisanego zatrudnienia cały limit"
            : "limit \(data.caseloadCap) rodzin"
        return ReportTable(
            name: "obciazenie", title: "Obciążenie asystentów rodziny", rowHeader: "Asystent rodziny",
            columnGroups: periods.map {
                ColumnGroup(title: $0.header, columns: ["Rodziny objęte wsparciem", "Najwięcej rodzin jednocześnie",
                                                        "Dni powyżej limitu", "Etat", "Rodziny na etat"])
            },
            rows: rows,
            footnote: TableParts.footnote("rodziny ze współpracą asystenta trwającą w okresie, każda raz; najwięcej jednocześnie: największa liczba współprac trwających tego samego dnia okresu (dzień zakończenia się liczy); \(capRule); wartość powyżej limitu w którymkolwiek dniu oznaczona „!”; etat: średni wymiar etatu w dniach okresu (dzień bez zatrudnienia liczy się jako 0), puste, gdy zatrudnienia nie wpisano; rodziny na etat: rodziny objęte wsparciem podzielone przez etat.", periods, data))
    }

    /// One assistant's days with one family's cooperation.
    struct Stretch {
        let familyID: RecordID
        let from: LocalDate
        let to: LocalDate?
        func overlaps(_ period: ReportPeriod) -> Bool { from <= period.to && (to.map { $0 >= period.from } ?? true) }
    }

    /// Stretches going on on each day of the period, first day first.
    static func dailyLoad(_ stretches: [Stretch], _ period: ReportPeriod) -> [Int] {
        let length = period.to.days(since: period.from) + 1
        var delta = [Int](repeating: 0, count: length + 1)
        for c in stretches where c.overlaps(period) {
            delta[max(c.from, period.from).days(since: period.from)] += 1
            delta[min(c.to ?? period.to, period.to).days(since: period.from) + 1] -= 1
        }
        var running = 0
        return delta.dropLast().map { running += $0; return running }
    }
}
