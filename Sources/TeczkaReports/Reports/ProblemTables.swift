import TeczkaCore

/// Problems diagnosed in families (Siechnice Table 7 on catalogue A, Mielec on catalogue B) and the Mielec effects.
enum ProblemTables {
    static let problems = ReportDefinition(
        name: "problemy", title: "Główne problemy rodzin zdiagnozowane przez asystenta rodziny",
        summary: "Rodziny objęte wsparciem z danym problemem z katalogu (Tabela 7; katalog B: problemy w rodzinach)") { data, periods in
        let codes = periods.map { period in data.served(in: period).map { data.problemCodes(of: $0, in: period) } }
        let rows = data.catalogue.entries.compactMap { entry -> ReportRow? in
            let counts = codes.map { families in families.filter { $0.contains(entry.code) }.count }
            // A retired entry stays in the table only while some family still counts under it.
            if entry.retired && counts.allSatisfy({ $0 == 0 }) { return nil }
            return ReportRow(entry.label, counts.map(ReportCell.count))
        }
        let isSiechnice = data.catalogue.id == ProblemCatalogue.siechnice.id
        return ReportTable(
            name: "problemy", title: data.catalogue.problemsTitle,
            rowHeader: isSiechnice ? "Główne problemy rodzin" : "Problemy", columnGroups: [TableParts.perPeriod(periods, title: "Liczba rodzin")],
            rows: rows,
            footnote: TableParts.footnote("rodziny objęte wsparciem w okresie z problemem wpisanym najpóźniej w ostatnim dniu okresu i niezamkniętym (rozwiązany albo poprawa) przed jego początkiem; \(FamilyTables.servedRule); rodzina liczy się przy każdym swoim problemie, więc wierszy się nie sumuje.", periods, data))
    }

    static let effects = ReportDefinition(
        name: "efekty", title: "Efekty działań współpracy asystenta rodziny z rodzinami",
        summary: "Rodziny, w których w okresie osiągnięto efekt przypisany do problemu (tylko katalog B)", needsEffects: true) { data, periods in
        let rows = data.catalogue.entries.compactMap { entry -> ReportRow? in
            guard let effect = entry.effect else { return nil }
            let counts = periods.map { period in
                data.problems.filter { _, list in
                    list.contains { $0.code == entry.code && ($0.effectDate.map(period.contains) ?? false) }
                }.count
            }
            if entry.retired && counts.allSatisfy({ $0 == 0 }) { return nil }
            return ReportRow(effect, counts.map(ReportCell.count))
        }
        return ReportTable(
            name: "efekty", title: data.catalogue.effectsTitle ?? "Efekty działań współpracy asystenta rodziny z rodzinami",
            rowHeader: "Efekty", columnGroups: [TableParts.perPeriod(periods, title: "Liczba rodzin")], rows: rows,
            footnote: TableParts.footnote("rodziny, w których data osiągnięcia efektu przypisanego do problemu przypada w okresie; rodzina liczy się przy każdym efekcie.", periods, data))
    }
}
