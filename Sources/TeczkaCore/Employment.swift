import Foundation

/// A period of an assistant's employment with its FTE (etat): gminas publish it ("1 asystent na pełny etat, 1 na ½
/// etatu do 30 września"), and the caseload cap follows it (issue 15).
public struct EmploymentPeriod: Codable, Equatable, Sendable {
    public var from: LocalDate
    /// The last day (nil: still employed).
    public var to: LocalDate?
    /// Percent of full time: 100 is a full etat, 50 half of one.
    public var ftePercent: Int

    public init(from: LocalDate, to: LocalDate? = nil, ftePercent: Int) {
        self.from = from
        self.to = to
        self.ftePercent = ftePercent
    }

    public func contains(_ date: LocalDate) -> Bool { from <= date && (to.map { date <= $0 } ?? true) }

    /// The etat as written in Polish: "1", "0,5", "0,75".
    public var fteText: String { Self.fteText(ftePercent) }

    public static func fteText(_ percent: Int) -> String {
        if percent % 100 == 0 { return "\(percent / 100)" }
        var text = String(format: "%d,%02d", percent / 100, percent % 100)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Reads an etat typed as "1", "0,5", "0.75", "1/2" or "50%"; nil when it is none of these or not in (0, 1].
    public static func ftePercent(parsing text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        var value: Double?
        if t.hasSuffix("%") {
            value = Double(t.dropLast().trimmingCharacters(in: .whitespaces)).map { $0 / 100 }
        } else if let slash = t.firstIndex(of: "/") {
            if let a = Double(t[..<slash]), let b = Double(t[t.index(after: slash)...]), b > 0 { value = a / b }
        } else {
            value = Double(t)
        }
        guard let value, value > 0, value <= 1 else { return nil }
        return Int((value * 100).rounded())
    }

    /// Each period's dates and etat, and no two periods on the same day.
    public static func validate(_ periods: [EmploymentPeriod]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for p in periods {
            if let to = p.to, to < p.from { issues.append(.endBeforeStart(.end)) }
            if !(1...100).contains(p.ftePercent) { issues.append(.outOfRange(.fte, min: 1, max: 100)) }
        }
        let sorted = periods.sorted { $0.from < $1.from }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.to.map({ $0 >= b.from }) ?? true {
            issues.append(.overlapsEmployment(from: a.from, to: a.to))
        }
        return issues
    }

    /// The cap of concurrent families of an assistant with `periods` on `date` (issue 15): the centre's cap in
    /// proportion to the etat, rounded down (15 at ½ etatu is 7); 0 on a day outside every period. An assistant
    /// with no employment recorded, or a centre that does not scale the cap, has the whole cap.
    public static func cap(_ base: Int, scaled: Bool, periods: [EmploymentPeriod]?, on date: LocalDate) -> Int {
        guard scaled, let periods, !periods.isEmpty else { return base }
        return base * (periods.first { $0.contains(date) }?.ftePercent ?? 0) / 100
    }

    /// The mean etat over the days from `from` to `to` (a day outside every period counts as 0); nil when none is
    /// recorded.
    public static func averageFTE(_ periods: [EmploymentPeriod]?, from: LocalDate, to: LocalDate) -> Double? {
        guard let periods, !periods.isEmpty, from <= to else { return nil }
        let days = to.days(since: from) + 1
        var total = 0
        for p in periods {
            let start = max(p.from, from), end = min(p.to ?? to, to)
            if start <= end { total += (end.days(since: start) + 1) * p.ftePercent }
        }
        return Double(total) / Double(days) / 100
    }
}

extension CaseFile {
    /// The caseload cap of one assistant on a date (see `EmploymentPeriod.cap`).
    public func caseloadCap(of assistantID: RecordID, on date: LocalDate) -> Int {
        EmploymentPeriod.cap(settings.caseloadCap, scaled: settings.capByEmployment, periods: users[assistantID]?.employment,
                             on: date)
    }

    /// Records an account's employment periods (a coordinator's decision, like the account itself; `saveUser`
    /// checks them).
    public func saveEmployment(_ periods: [EmploymentPeriod], of userID: RecordID) throws {
        guard var user = users[userID] else { throw CaseFileError.unknownRecord(userID) }
        user.employment = periods.isEmpty ? nil : periods.sorted { $0.from < $1.from }
        try saveUser(user)
    }
}
