import TeczkaCore

/// Tabela 8 of the Siechnice programme: the gmina's co-financing of children's foster care (art. 191 ust. 9), per
/// period the children at 10 %, 30 % and 50 % and the cost in zł, split into foster families, family children's homes
/// and institutions (issue 15).
enum CoFinancingTables {
    /// The rows: foster families, family children's homes, institutions (how gminas that split the table split it).
    enum Care: CaseIterable {
        case fosterFamily, familyHome, institution

        init(_ form: FosterForm) {
            switch form {
            case .rzs, .rzn, .rzz: self = .fosterFamily
            case .rdd: self = .familyHome
            default: self = .institution
            }
        }

        var label: String {
            switch self {
            case .fosterFamily: return "Rodziny zastępcze (RZS, RZN, RZZ)"
            case .familyHome: return "Rodzinne domy dziecka"
            case .institution: return "Placówki (piecza instytucjonalna)"
            }
        }
    }

    /// One child's part of a period: the share and form on the child's last day in care in the period, and the
    /// gmina's cost of the notes for the period's months by form.
    struct ChildYear {
        let percent: Int
        let care: Care
        var cost: [Care: Int] = [:]
    }

    static func children(_ data: ReportData, _ period: ReportPeriod) -> [ChildYear] {
        let byChild = Dictionary(grouping: data.placements.values.joined(), by: \.childID)
        return byChild.values.compactMap { placements -> ChildYear? in
            let within = placements.filter { $0.overlaps(from: period.from, to: period.to) }
            guard !within.isEmpty else { return nil }
            let lastDay = within.map { min(period.to, $0.end ?? period.to) }.max()!
            guard let start = FosterCare.stayStart(placements, on: lastDay) else { return nil }
            let last = within.filter { $0.start <= lastDay }.max { $0.start < $1.start }!
            var child = ChildYear(percent: FosterCare.sharePercent(stayStart: start, on: lastDay), care: Care(last.form))
            for p in within {
                for charge in p.charges ?? [] where charge.month >= period.from.firstOfMonth && charge.month <= period.to {
                    let stay = FosterCare.stayStart(placements, on: max(charge.month, p.start)) ?? p.start
                    child.cost[Care(p.form), default: 0] += FosterCare.gminaCost(charge, stayStart: stay)
                }
            }
            return child
        }
    }

    static let coFinancing = ReportDefinition(
        name: "wspolfinansowanie", title: "Współfinansowanie pobytu dziecka w pieczy zastępczej",
        summary: "Dzieci w pieczy zastępczej według udziału gminy (10%, 30%, 50% kosztów) i koszty gminy w zł: rodziny zastępcze, rodzinne domy dziecka, placówki") { data, periods in
        let perPeriod = periods.map { children(data, $0) }
        func row(_ label: String, _ include: @escaping (Care) -> Bool) -> ReportRow {
            ReportRow(label, perPeriod.flatMap { list -> [ReportCell] in
                let mine = list.filter { include($0.care) }
                let grosze = list.reduce(0) { sum, child in sum + child.cost.filter { include($0.key) }.values.reduce(0, +) }
                return [10, 30, 50].map { percent in .count(mine.filter { $0.percent == percent }.count) }
                    + [.decimal(Double(grosze) / 100, places: 2)]
            })
        }
        return ReportTable(
            name: "wspolfinansowanie", title: "Współfinansowanie pobytu dziecka w pieczy zastępczej",
            rowHeader: "Forma pieczy zastępczej",
            columnGroups: periods.map {
                ColumnGroup(title: $0.header, columns: ["10% kosztów ogółem", "30% kosztów ogółem", "50% kosztów ogółem", "Koszty w zł"])
            },
            rows: Care.allCases.map { care in row(care.label) { $0 == care } },
            totals: row("RAZEM") { _ in true },
            footnote: TableParts.footnote("dzieci, których pobyt w pieczy zastępczej trwał w okresie (także z rodzin bez asystenta), każde raz, w kolumnie udziału gminy w dniu ostatniego w okresie dnia pobytu: 10% w pierwszym roku pobytu, 30% w drugim, 50% od trzeciego (art. 191 ust. 9 ustawy o wspieraniu rodziny; pobyt liczy się od pierwszego umieszczenia, przez kolejne umieszczenia bez przerwy), i w formie pieczy tego dnia; koszty: noty obciążeniowe za miesiące okresu — kwota udziału gminy z noty albo koszt miesiąca pomnożony przez udział w pierwszym dniu pobytu w tym miesiącu.", periods, data))
    }

    /// The report's own completeness check: placements in the period without a powiat, and months of care in the
    /// period (up to `today`) without a charge note.
    static func findings(_ data: ReportData, period: ReportPeriod, today: LocalDate) -> [Finding] {
        var found: [Finding] = []
        let last = min(period.to, today)
        for (family, placements) in data.placements.sorted(by: { data.label($0.key) < data.label($1.key) })
        where !data.anonymised.contains(family) {
            for p in placements.sorted(by: { $0.start < $1.start }) where p.overlaps(from: period.from, to: last) {
                let child = (data.members[family] ?? []).first { $0.id == p.childID }?.fullName ?? p.childID.short
                if (p.powiat ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    found.append(Finding(familyID: family, family: data.label(family), kind: .noPowiat,
                                         detail: "umieszczenie \(child) od \(p.start.polish) bez powiatu"))
                }
                let charged = Set((p.charges ?? []).map(\.month))
                var month = max(p.start, period.from).firstOfMonth
                let end = min(p.end ?? last, last)
                var missing: [String] = []
                while month <= end {
                    if !charged.contains(month) { missing.append(String(format: "%02d.%d", month.month, month.year)) }
                    month = month.adding(months: 1)
                }
                if !missing.isEmpty {
                    found.append(Finding(familyID: family, family: data.label(family), kind: .missingCharge,
                                         detail: "brak noty obciążeniowej za \(missing.joined(separator: ", ")): \(child)"))
                }
            }
        }
        return found
    }
}
