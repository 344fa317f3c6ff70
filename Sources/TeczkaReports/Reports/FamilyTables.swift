import TeczkaCore

/// Families, their categories and the ends of cooperation: Siechnice Tables 3, 4 and 6, the Chmielnik and Mielec
/// family tables and the half-year figures.
enum FamilyTables {
    static let servedRule = "rodzina liczy się raz, jeśli którakolwiek jej współpraca z asystentem trwała choćby jeden dzień okresu"
    static let referenceRule = "dzień odniesienia to koniec okresu albo wcześniejszy koniec ostatniej współpracy rodziny w okresie; dziecko to osoba przed 18. urodzinami w tym dniu"

    static let families = ReportDefinition(
        name: "rodziny", title: "Dane statystyczne dotyczące rodzin z którymi pracują asystenci rodziny",
        summary: "Rodziny, dorośli i dzieci według kategorii rodziny (Tabela 3)") { data, periods in
        let rows = FamilyCategory.allCases.map { category in
            let counts = periods.map { period in
                data.served(in: period).filter { data.category(of: $0, in: period) == category }
                    .map { family in (1, data.people(of: family, in: period)) }
                    .reduce((0, 0, 0)) { ($0.0 + $1.0, $0.1 + $1.1.adults, $0.2 + $1.1.children) }
            }
            return ReportRow(category.label, counts.map { .count($0.0) } + counts.map { .count($0.1) } + counts.map { .count($0.2) })
        }
        return ReportTable(
            name: "rodziny", title: "Dane statystyczne dotyczące rodzin z którymi pracują asystenci rodziny",
            rowHeader: "Rodzina problemowa/zastępcza",
            columnGroups: [TableParts.perPeriod(periods, title: "Ilość rodzin"), TableParts.perPeriod(periods, title: "Ilość osób dorosłych"),
                           TableParts.perPeriod(periods, title: "Ilość dzieci w rodzinach")],
            rows: rows, totals: ReportTable.sumRow(rows),
            footnote: TableParts.footnote("\(servedRule); kategoria, dorośli i dzieci według stanu na dzień odniesienia; \(referenceRule); RAZEM to suma kategorii.", periods, data))
    }

    static let endings = ReportDefinition(
        name: "zakonczenia", title: "Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny",
        summary: "Współprace zakończone w okresie według powodu zakończenia (Tabela 4)") { data, periods in
        let ended = periods.map { data.ended(in: $0) }
        let rows = EndReason.allCases.map { reason in
            ReportRow(reason.label, ended.map { list in .count(list.filter { $0.endReason == reason }.count) })
        }
        return ReportTable(
            name: "zakonczenia", title: "Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny",
            rowHeader: "Powód zakończenia współpracy z rodziną", columnGroups: [TableParts.perPeriod(periods)],
            rows: rows, totals: ReportRow("RAZEM", ended.map { .count($0.count) }),
            footnote: TableParts.footnote("współprace, których data zakończenia przypada w okresie, według powodu zakończenia; RAZEM to ich liczba.", periods, data))
    }

    /// Served families, then families with a cooperation ended in the period, in all and by reason.
    static func servedAndEnded(_ data: ReportData, _ periods: [ReportPeriod]) -> [ReportRow] {
        func endedCount(_ period: ReportPeriod, _ reason: EndReason?) -> Int {
            Set(data.ended(in: period).filter { reason == nil || $0.endReason == reason }.map(\.familyID)).count
        }
        return [TableParts.row("Rodziny objęte wsparciem asystenta rodziny", periods) { data.served(in: $0).count },
                TableParts.row("Rodziny, z którymi zakończono współpracę", periods) { endedCount($0, nil) }]
            + EndReason.allCases.map { reason in TableParts.row("– \(reason.label)", periods) { endedCount($0, reason) } }
    }

    static let served = ReportDefinition(
        name: "obsluga", title: "Rodziny objęte wsparciem asystenta",
        summary: "Rodziny objęte wsparciem, rodziny z zakończoną współpracą według powodu i dzieci w tych rodzinach") { data, periods in
        let children = TableParts.row("Dzieci w rodzinach objętych wsparciem", periods) { period in
            data.served(in: period).reduce(0) { $0 + data.people(of: $1, in: period).children }
        }
        return ReportTable(
            name: "obsluga", title: "Rodziny objęte wsparciem asystenta", rowHeader: "Wyszczególnienie",
            columnGroups: [TableParts.perPeriod(periods)],
            rows: servedAndEnded(data, periods) + [children],
            footnote: TableParts.footnote("\(servedRule); zakończenia: rodziny, których współpraca zakończyła się w okresie, według powodu; dzieci: osoby przed 18. urodzinami w tych rodzinach na dzień odniesienia; \(referenceRule).", periods, data))
    }

    static let zaZyciem = ReportDefinition(
        name: "za-zyciem", title: "Liczba dzieci i rodzin objętych wsparciem „Za życiem”",
        summary: "Rodziny kategorii „Za życiem” i ich dzieci, rok po roku (Tabela 6)") { data, periods in
        let rows = periods.map { period in
            let families = data.served(in: period).filter { data.category(of: $0, in: period) == .zaZyciem }
            let children = families.reduce(0) { $0 + data.people(of: $1, in: period).children }
            return ReportRow(period.header, [.count(children), .count(families.count)])
        }
        return ReportTable(
            name: "za-zyciem", title: "Liczba dzieci i rodzin objętych wsparciem „Za życiem”", rowHeader: "ROK",
            columnGroups: [ColumnGroup(columns: ["Liczba dzieci", "W tym liczba rodzin objętych wsparciem „Za życiem”"])],
            rows: rows, totals: ReportTable.sumRow(rows),
            footnote: TableParts.footnote("rodziny objęte wsparciem w okresie, które na dzień odniesienia mają kategorię „Za życiem”, i ich dzieci w tym dniu; \(referenceRule); RAZEM sumuje wiersze (rodzina obecna w kilku latach liczy się w każdym).", periods, data))
    }

    static let characteristics = ReportDefinition(
        name: "charakterystyka", title: "Charakterystyka rodzin objętych wsparciem asystenta rodziny",
        summary: "Rodziny pełne i niepełne, z dziećmi w pieczy, pod nadzorem kuratora, z „Niebieską Kartą”, z zakończoną współpracą") { data, periods in
        func count(_ label: String, _ test: @escaping (RecordID, ReportPeriod) -> Bool) -> ReportRow {
            TableParts.row(label, periods) { period in data.served(in: period).filter { test($0, period) }.count }
        }
        let rows = [
            count("Liczba rodzin objętych wsparciem asystenta rodziny") { _, _ in true },
            count("Rodziny pełne") { data.isTwoParent($0, in: $1) },
            count("Rodziny niepełne") { !data.isTwoParent($0, in: $1) },
            count("Rodziny z dziećmi umieszczonymi w pieczy zastępczej") { !data.childrenInFosterCare(of: $0, in: $1).isEmpty },
            count("Rodziny objęte nadzorem kuratora") { !data.events(of: $0, .kuratorSupervision, in: $1).isEmpty },
            count("Rodziny, w których wszczęto procedurę „Niebieska Karta”") { !data.events(of: $0, .niebieskaKartaStart, in: $1).isEmpty },
            count("Rodziny, z którymi zakończono współpracę") { family, period in
                data.cooperations(of: family, in: period).contains { $0.end.map(period.contains) ?? false }
            },
        ]
        return ReportTable(
            name: "charakterystyka", title: "Charakterystyka rodzin objętych wsparciem asystenta rodziny",
            rowHeader: "Rodziny", columnGroups: [TableParts.perPeriod(periods)], rows: rows,
            footnote: TableParts.footnote("\(servedRule); pełna: dwoje rodziców na dzień odniesienia (bez wpisanych rodziców — według karty rodziny); piecza: umieszczenie dziecka trwające w okresie; kurator: nadzór trwający w okresie; „Niebieska Karta”: wszczęcie procedury w okresie; zakończenie: współpraca zakończona w okresie; \(referenceRule).", periods, data))
    }

    static let halfYear = ReportDefinition(
        name: "polrocze", title: "Półroczne zestawienie pracy asystentów rodziny",
        summary: "Półrocza (01.01–30.06, 01.07–31.12): rodziny objęte wsparciem, zakończenia według powodu, asystenci") { data, periods in
        let halves = periods.flatMap(\.halves)
        let assistants = TableParts.row("Asystenci rodziny pracujący z rodzinami", halves) { period in
            Set(data.cooperations.values.joined().flatMap { c in
                c.assignments.filter { $0.overlaps(from: period.from, to: period.to) && c.overlaps(from: period.from, to: period.to) }.map(\.assistantID)
            }.filter { data.assistant == nil || $0 == data.assistant }).count
        }
        return ReportTable(
            name: "polrocze", title: "Półroczne zestawienie pracy asystentów rodziny", rowHeader: "Wyszczególnienie",
            columnGroups: [TableParts.perPeriod(halves)],
            rows: servedAndEnded(data, halves) + [assistants],
            footnote: TableParts.footnote("półrocza: I 01.01–30.06, II 01.07–31.12 (rok do daty: do tej daty); \(servedRule); zakończenia: rodziny, których współpraca zakończyła się w półroczu, według powodu; asystenci: osoby z co najmniej jedną współpracą w półroczu.", halves, data))
    }
}
