import Foundation

/// One month of a powiat's charge note (nota obciążeniowa) for a child's placement (issue 15): either the gmina's
/// share as the note states it, or the month's whole cost, from which the share is worked out by the year of the
/// child's stay (`FosterCare.sharePercent`). Amounts are in grosze.
public struct FosterCharge: Codable, Equatable, Sendable {
    /// The first day of the month charged.
    public var month: LocalDate
    /// The gmina's share as charged (nil: computed from `monthlyCost`).
    public var amount: Int?
    /// The month's whole cost of the child's care.
    public var monthlyCost: Int?

    public init(month: LocalDate, amount: Int? = nil, monthlyCost: Int? = nil) {
        self.month = month.firstOfMonth
        self.amount = amount
        self.monthlyCost = monthlyCost
    }

    /// One note per month, within the placement's months, each with exactly one positive amount below 1,000,000 zł.
    static func validate(_ charges: [FosterCharge], of placement: Placement) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let months = charges.map(\.month)
        if Set(months).count != months.count { issues.append(.duplicateEntry(.chargeMonth)) }
        for charge in charges {
            if charge.month < placement.start.firstOfMonth || placement.end.map({ charge.month > $0 }) == true {
                issues.append(.outsideCooperation(.chargeMonth))
            }
            let given = [charge.amount, charge.monthlyCost].compactMap { $0 }
            if given.count != 1 || !given.allSatisfy({ (1...100_000_000).contains($0) }) {
                issues.append(.outOfRange(.chargeAmount, min: 1, max: 1_000_000))
            }
        }
        return issues.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension LocalDate {
    public var firstOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1)! }
}

/// The gmina's share of the cost of a child's foster care (art. 191 ust. 9 ustawy o wspieraniu rodziny): 10 % in
/// the first year of the child's stay, 30 % in the second, 50 % from the third on. A stay runs from the start of the
/// child's first placement through every placement that follows without a break (a move from one form to another is
/// one stay).
public enum FosterCare {
    /// The first day of the stay that `date` belongs to, for a child with `placements` (nil: not in care that day).
    public static func stayStart(_ placements: [Placement], on date: LocalDate) -> LocalDate? {
        let sorted = placements.filter { !$0.archived && $0.start <= date }.sorted { $0.start < $1.start }
        var start: LocalDate?
        var lastDay: LocalDate?  // the last day of care of the stay so far, while it is not open-ended
        var open = false
        for p in sorted {
            if start == nil || (!open && p.start > (lastDay ?? p.start).addingDays(1)) {
                start = p.start
                open = false
                lastDay = nil
            }
            if let end = p.end {
                if !open { lastDay = max(lastDay ?? end, end) }
            } else {
                open = true
            }
        }
        guard let start else { return nil }
        if !open, let lastDay, lastDay < date { return nil }
        return start
    }

    /// The share in percent on `date` of a stay that began on `stayStart`.
    public static func sharePercent(stayStart: LocalDate, on date: LocalDate) -> Int {
        let months = (date.year - stayStart.year) * 12 + date.month - stayStart.month - (date.day < stayStart.day ? 1 : 0)
        switch months / 12 {
        case 0: return 10
        case 1: return 30
        default: return 50
        }
    }

    /// What a charge costs the gmina, in grosze: the amount charged, or the whole cost times the share of the month
    /// (on its first day of care), rounded to the grosz.
    public static func gminaCost(_ charge: FosterCharge, stayStart: LocalDate) -> Int {
        if let amount = charge.amount { return amount }
        let percent = sharePercent(stayStart: stayStart, on: max(charge.month, stayStart))
        return ((charge.monthlyCost ?? 0) * percent + 50) / 100
    }
}
