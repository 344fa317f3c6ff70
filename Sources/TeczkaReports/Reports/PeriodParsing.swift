import Foundation
import TeczkaCore

/// The language of messages for the command line and the screen (the UI's `Language` has the same raw values).
public enum ReportLanguage: String, Sendable, CaseIterable {
    case pl, en
}

/// Why the period options were refused; `message(_:)` says it to the user.
public enum PeriodError: Error, Equatable, Sendable {
    case badYear(option: String, text: String)
    case yearOutOfRange(option: String, year: Int)
    case badYears(String)
    case yearsReversed(Int, Int)
    case tooManyYears(Int)
    case badHalf(String)
    case badDate(option: String, text: String)
    case fromAfterTo(LocalDate, LocalDate)
    case missing(option: String, with: String)
    case conflict(String, String)
    case asOfOutsideYear(LocalDate, year: Int)

    public func message(_ language: ReportLanguage) -> String {
        let pl = language == .pl
        switch self {
        case .badYear(let option, let text):
            return pl ? "\(option): oczekiwano roku RRRR, np. 2025 (podano „\(text)”)"
                : "\(option): expected a year YYYY, e.g. 2025 (got “\(text)”)"
        case .yearOutOfRange(let option, let year):
            let range = "\(ReportPeriod.years.lowerBound)–\(ReportPeriod.years.upperBound)"
            return pl ? "\(option): rok \(year) poza zakresem \(range)" : "\(option): year \(year) is outside \(range)"
        case .badYears(let text):
            return pl ? "--years: oczekiwano RRRR-RRRR, np. 2023-2025 (podano „\(text)”)"
                : "--years: expected YYYY-YYYY, e.g. 2023-2025 (got “\(text)”)"
        case .yearsReversed(let a, let b):
            return pl ? "--years: rok \(a) jest późniejszy niż \(b); podaj najpierw wcześniejszy"
                : "--years: \(a) is later than \(b); give the earlier year first"
        case .tooManyYears(let n):
            return pl ? "--years: najwyżej \(ReportPeriod.maximumYears) lat obok siebie (podano \(n))"
                : "--years: at most \(ReportPeriod.maximumYears) years side by side (got \(n))"
        case .badHalf(let text):
            return pl ? "--half: oczekiwano RRRR-H1 lub RRRR-H2 (podano „\(text)”)"
                : "--half: expected YYYY-H1 or YYYY-H2 (got “\(text)”)"
        case .badDate(let option, let text):
            return pl ? "\(option): nieprawidłowa data „\(text)”; oczekiwano DD.MM.RRRR lub RRRR-MM-DD"
                : "\(option): invalid date “\(text)”; expected DD.MM.YYYY or YYYY-MM-DD"
        case .fromAfterTo(let from, let to):
            return pl ? "--from \(from.polish) jest późniejsze niż --to \(to.polish)"
                : "--from \(from.polish) is after --to \(to.polish)"
        case .missing(let option, let other):
            return pl ? "\(other) wymaga też \(option)" : "\(other) needs \(option) as well"
        case .conflict(let a, let b):
            return pl ? "\(a) nie łączy się z \(b); wybierz jedno" : "\(a) cannot be combined with \(b); choose one"
        case .asOfOutsideYear(let date, let year):
            return pl ? "--as-of \(date.polish) nie należy do roku \(year)" : "--as-of \(date.polish) is not in \(year)"
        }
    }
}

extension ReportPeriod {
    /// Years a report may be asked for.
    public static let years = 2000...2100
    public static let maximumYears = 10

    /// The periods for the CLI options, given as typed (nil when absent):
    /// `--year Y`, `--years Y1-Y2`, `--half Y-H1|Y-H2`, `--from D --to D`, `--as-of D` (D as DD.MM.YYYY or
    /// YYYY-MM-DD). `--as-of` alone is the year to that date; with `--year` or `--years` it cuts the last year short
    /// ("Rok 2025 (dane na 31.10.2025r.)"). Nothing at all means this year to `today`. A period not yet over is
    /// counted as of `today`, as the report screen does: a deadline after today has not passed.
    public static func periods(year: String? = nil, years: String? = nil, half: String? = nil, from: String? = nil,
                               to: String? = nil, asOf: String? = nil, today: LocalDate) throws(PeriodError) -> [ReportPeriod] {
        let asked = try parsedPeriods(year: year, years: years, half: half, from: from, to: to, asOf: asOf, today: today)
        return asked.map { $0.cut(at: today) }
    }

    static func parsedPeriods(year: String?, years: String?, half: String?, from: String?, to: String?, asOf: String?,
                              today: LocalDate) throws(PeriodError) -> [ReportPeriod] {
        let given = [("--year", year), ("--years", years), ("--half", half), ("--from", from), ("--to", to), ("--as-of", asOf)]
            .filter { $0.1 != nil }.map(\.0)
        // Which options go together: a range stands alone, a half stands alone, years take --as-of.
        let allowed: [String: Set<String>] = ["--year": ["--as-of"], "--years": ["--as-of"], "--half": [],
                                              "--from": ["--to"], "--to": ["--from"], "--as-of": ["--year", "--years"]]
        for a in given { for b in given where a < b && !(allowed[a]?.contains(b) ?? false) { throw .conflict(a, b) } }

        let cut = try asOf.map { text throws(PeriodError) in try date(text, option: "--as-of") }
        if let from {
            guard let to else { throw .missing(option: "--to", with: "--from") }
            let start = try date(from, option: "--from"), end = try date(to, option: "--to")
            guard let period = range(from: start, to: end) else { throw .fromAfterTo(start, end) }
            return [period]
        }
        if to != nil { throw .missing(option: "--from", with: "--to") }
        if let half { return [try parseHalf(half)] }
        var list: [Int]
        if let year {
            list = [try parseYear(year, option: "--year")]
        } else if let years {
            list = try parseYears(years)
        } else {
            return [Self.asOf(cut ?? today)]
        }
        var periods = list.map(Self.year)
        if let cut {
            guard cut.year == list[list.count - 1] else { throw .asOfOutsideYear(cut, year: list[list.count - 1]) }
            periods[periods.count - 1] = Self.asOf(cut)
        }
        return periods
    }

    static func date(_ text: String, option: String) throws(PeriodError) -> LocalDate {
        guard let date = LocalDate(parsing: text) else { throw .badDate(option: option, text: text) }
        guard years.contains(date.year) else { throw .yearOutOfRange(option: option, year: date.year) }
        return date
    }

    static func parseYear(_ text: String, option: String) throws(PeriodError) -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(t) else {
            throw .badYear(option: option, text: text)
        }
        guard years.contains(year) else { throw .yearOutOfRange(option: option, year: year) }
        return year
    }

    static func parseYears(_ text: String) throws(PeriodError) -> [Int] {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else { throw .badYears(text) }
        let first: Int, last: Int
        do {
            first = try parseYear(parts[0], option: "--years")
            last = try parseYear(parts[1], option: "--years")
        } catch .yearOutOfRange(let option, let year) {
            throw .yearOutOfRange(option: option, year: year)
        } catch {
            throw .badYears(text)
        }
        guard first <= last else { throw .yearsReversed(first, last) }
        guard last - first < maximumYears else { throw .tooManyYears(last - first + 1) }
        return Array(first...last)
    }

    static func parseHalf(_ text: String) throws(PeriodError) -> ReportPeriod {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts[1] == "H1" || parts[1] == "H2",
              let year = try? parseYear(parts[0], option: "--half") else {
            if parts.count == 2, let y = Int(parts[0]), parts[0].count == 4, !years.contains(y) {
                throw .yearOutOfRange(option: "--half", year: y)
            }
            throw .badHalf(text)
        }
        return Self.half(year, parts[1] == "H1" ? .first : .second)
    }
}
