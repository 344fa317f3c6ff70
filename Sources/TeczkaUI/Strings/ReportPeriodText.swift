import TeczkaCore
import TeczkaReports

/// The report form's period as typed: `2025`, `2023-2025`, `2025-H1`, or two dates `01.01.2025–30.06.2025`
/// (an en dash, `..` or ` - ` between them), plus an optional "as of" date that cuts the last year short when it
/// falls inside it (a later date means the whole year).
enum ReportPeriodText {
    struct Problem: Error {
        let field: Field
        let kind: Kind
        enum Kind { case period, asOf, reversed, asOfBeforeYear }

        func message(_ language: ReportLanguage) -> String {
            let pl = language == .pl
            switch kind {
            case .period:
                return pl ? "Np. 2025, 2023-2025, 2025-H1, 01.01.2025–30.06.2025" : "E.g. 2025, 2023-2025, 2025-H1, 01.01.2025–30.06.2025"
            case .asOf: return pl ? "Nieprawidłowa data (RRRR-MM-DD lub DD.MM.RRRR)." : "Invalid date (YYYY-MM-DD or DD.MM.YYYY)."
            case .reversed: return pl ? "Początek okresu jest późniejszy niż koniec." : "The period starts after it ends."
            case .asOfBeforeYear: return pl ? "Data jest wcześniejsza niż ostatni rok okresu." : "The date is before the period's last year."
            }
        }
    }

    static func periods(_ text: String, asOf: String, today: LocalDate) throws(Problem) -> [ReportPeriod] {
        let period = text.trimmingCharacters(in: .whitespaces)
        let cutText = asOf.trimmingCharacters(in: .whitespaces)
        var cut: LocalDate?
        if !cutText.isEmpty {
            guard let date = LocalDate(parsing: cutText) else { throw Problem(field: .date, kind: .asOf) }
            cut = date
        }
        for separator in ["–", "—", "..", " - "] where period.contains(separator) {
            let parts = period.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let from = LocalDate(parsing: parts[0]), let to = LocalDate(parsing: parts[1]) else {
                throw Problem(field: .period, kind: .period)
            }
            guard let range = ReportPeriod.range(from: from, to: to) else { throw Problem(field: .period, kind: .reversed) }
            return [range]
        }
        if period.uppercased().hasSuffix("H1") || period.uppercased().hasSuffix("H2") {
            guard let periods = try? ReportPeriod.periods(half: period, today: today) else { throw Problem(field: .period, kind: .period) }
            return periods
        }
        let isYears = period.contains("-")
        guard var periods = try? ReportPeriod.periods(year: isYears ? nil : period, years: isYears ? period : nil, today: today) else {
            throw Problem(field: .period, kind: .period)
        }
        if let cut, let last = periods.last {
            if cut < last.from { throw Problem(field: .date, kind: .asOfBeforeYear) }
            if cut < last.to { periods[periods.count - 1] = .asOf(cut) }
        }
        return periods
    }
}
