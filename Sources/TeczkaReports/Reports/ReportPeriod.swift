import TeczkaCore

/// A closed date range a report counts over, with the column heading the documents print for it.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Half: Int, Hashable, Sendable { case first = 1, second = 2 }

    public enum Kind: Hashable, Sendable {
        case year(Int)
        case half(Int, Half)
        /// Year to date: 01.01 of the date's year to the date itself.
        case asOf(LocalDate)
        case range
    }

    public let kind: Kind
    public let from: LocalDate
    public let to: LocalDate

    private init(kind: Kind, from: LocalDate, to: LocalDate) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    public static func year(_ year: Int) -> ReportPeriod {
        ReportPeriod(kind: .year(year), from: LocalDate(year: year, month: 1, day: 1)!,
                     to: LocalDate(year: year, month: 12, day: 31)!)
    }

    /// Years side by side, oldest first.
    public static func years(_ years: ClosedRange<Int>) -> [ReportPeriod] { years.map(year) }

    /// H1 = 01.01–30.06, H2 = 01.07–31.12 (the half-yearly sprawozdanie's periods).
    public static func half(_ year: Int, _ half: Half) -> ReportPeriod {
        ReportPeriod(kind: .half(year, half), from: LocalDate(year: year, month: half == .first ? 1 : 7, day: 1)!,
                     to: LocalDate(year: year, month: half == .first ? 6 : 12, day: half == .first ? 30 : 31)!)
    }

    /// Year to date. As of 31 December it is the whole year and is printed as such.
    public static func asOf(_ date: LocalDate) -> ReportPeriod {
        if date.month == 12 && date.day == 31 { return year(date.year) }
        return ReportPeriod(kind: .asOf(date), from: LocalDate(year: date.year, month: 1, day: 1)!, to: date)
    }

    /// Any from–to range (both days included); nil when `to` is before `from`.
    public static func range(from: LocalDate, to: LocalDate) -> ReportPeriod? {
        guard from <= to else { return nil }
        return ReportPeriod(kind: .range, from: from, to: to)
    }

    /// The last day the figures can know of: a period reaching past `today` ends today ("Rok 2026 (dane na
    /// 30.11.2026r.)", "II półrocze 2026 (dane na 30.11.2026r.)", a range to today); a period wholly past or wholly to
    /// come stays as it is.
    public func cut(at today: LocalDate) -> ReportPeriod {
        guard from <= today, today < to else { return self }
        switch kind {
        case .year: return .asOf(today)
        case .half: return ReportPeriod(kind: kind, from: from, to: today)
        default: return ReportPeriod(kind: .range, from: from, to: today)
        }
    }

    /// The column heading, as the documents print it: "Rok 2025", "Rok 2025 (dane na 31.10.2025r.)".
    public var header: String {
        switch kind {
        case .year(let y): return "Rok \(y)"
        case .asOf(let d): return "Rok \(d.year) (dane na \(d.polish)r.)"
        case .half(let y, let h):
            let name = "\(h == .first ? "I" : "II") półrocze \(y)"
            // A half cut short by an "as of" date says so, as the year to date does.
            return to == Self.half(y, h).to ? "\(name) (\(dayMonth(from))–\(to.polish))" : "\(name) (dane na \(to.polish)r.)"
        case .range: return "\(from.polish)–\(to.polish)"
        }
    }

    /// "01.01.2025–31.10.2025", for footnotes.
    public var dates: String { "\(from.polish)–\(to.polish)" }

    public var description: String { header }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The halves of this period's year that it covers, cut to the period (H2 of a year to 31.10 ends on 31.10).
    public var halves: [ReportPeriod] {
        switch kind {
        case .half: return [self]
        case .range where from.year != to.year: return [self]
        default:
            return [ReportPeriod.half(from.year, .first), ReportPeriod.half(from.year, .second)].compactMap { half in
                guard half.from <= to && half.to >= from else { return nil }
                if half.to <= to && half.from >= from { return half }
                return ReportPeriod(kind: half.from >= from ? half.kind : .range, from: max(half.from, from), to: min(half.to, to))
            }
        }
    }

    private func dayMonth(_ date: LocalDate) -> String { String(date.polish.prefix(5)) }
}
