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
        let cooperations = Array(data.cooperations.values.joined())
        let assistants = Set(cooperations.filter { c in periods.contains { c.overlaps(from: $0.from, to: $0.to) } }.map(\.assistantID))
            .union(data.activeAssistants)
        let names = assistants.sorted {
            PolishCollation.compare(data.userName($0), data.userName($1)) == .orderedAscending
        }
        // Grouped once: a city centre has hundreds of assistants and over ten thousand cooperations.
        let byAssistant = Dictionary(grouping: cooperations, by: \.assistantID)
        let rows = names.map { assistant in
            let theirs = byAssistant[assistant] ?? []
            return ReportRow(data.userName(assistant), periods.flatMap { period -> [ReportCell] in
                let load = dailyLoad(theirs, period)
                // The cap of each day: it follows the etat where the centre records it (issue 15).
                let over = load.enumerated().map { $1 > data.cap(of: assistant, on: period.from.addingDays($0)) }
                let peak = load.max() ?? 0
                let families = Set(theirs.filter { $0.overlaps(from: period.from, to: period.to) }.map(\.familyID)).count
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

    /// Cooperations active on each day of the period, first day first.
    static func dailyLoad(_ cooperations: [Cooperation], _ period: ReportPeriod) -> [Int] {
        let length = period.to.days(since: period.from) + 1
        var delta = [Int](repeating: 0, count: length + 1)
        for c in cooperations where c.overlaps(from: period.from, to: period.to) {
            delta[max(c.start, period.from).days(since: period.from)] += 1
            delta[min(c.end ?? period.to, period.to).days(since: period.from) + 1] -= 1
        }
        var running = 0
        return delta.dropLast().map { running += $0; return running }
    }
}
