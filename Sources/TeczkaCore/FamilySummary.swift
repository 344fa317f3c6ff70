import Foundation

/// One row of the family list, computed for a given date.
public struct FamilySummary: Equatable, Sendable {
    public let family: Family
    public let adults: Int
    public let children: Int
    /// Where the work with the family stands on the date, whose it is, and the last visit (the coordinator's columns).
    public var work: WorkState = .none
    public var assistantID: RecordID?
    public var lastVisit: LocalDate?

    /// Wielodzietna: three or more children on the date.
    public var isLarge: Bool { children >= 3 }
}

/// The state of a family's work with an assistant on a date: its latest cooperation in progress, in post-closure
/// monitoring, ended, or none at all.
public enum WorkState: Sendable, Equatable {
    case none, inProgress, monitoring, ended
}

extension CaseFile {
    public func summary(of family: Family, on date: LocalDate) -> FamilySummary {
        let present = members(of: family.id).filter { $0.belongs(on: date) }
        let children = present.filter { $0.isChild(on: date) }.count
        return FamilySummary(family: family, adults: present.count - children, children: children)
    }

    /// The families the current user may see, sorted by label the Polish way (Ł after L, Ś after S), then locality,
    /// with the state of the work, its assistant and the last visit. Each family's visits and cooperations come from
    /// the family index, so an assistant's list in a city centre's store touches only her families' records.
    public func familySummaries(on date: LocalDate, includeArchived: Bool = false) -> [FamilySummary] {
        families.values
            .filter { (includeArchived || !$0.archived) && canSee($0.id) }
            .map { family in
                var row = summary(of: family, on: date)
                row.lastVisit = records(.visit, of: family.id, in: visits).filter { !$0.archived && $0.date <= date }.map(\.date).max()
                let latest = records(.cooperation, of: family.id, in: cooperations).filter { !$0.archived && $0.start <= date }
                    .max { ($0.start, $0.id) < ($1.start, $1.id) }
                if let c = latest {
                    row.assistantID = c.assistantID
                    row.work = c.isActive(on: date) ? .inProgress : c.isMonitored(on: date) ? .monitoring : .ended
                }
                return row
            }
            .sorted { a, b in
                let byLabel = PolishCollation.compare(a.family.label, b.family.label)
                if byLabel != .orderedSame { return byLabel == .orderedAscending }
                let byPlace = PolishCollation.compare(a.family.locality, b.family.locality)
                if byPlace != .orderedSame { return byPlace == .orderedAscending }
                return a.family.id < b.family.id
            }
    }

    /// Families whose label, locality, address or any member's name contains `query` (case and diacritics
    /// insensitive, so "wis" finds "Wiśniewscy").
    public func search(_ query: String, in summaries: [FamilySummary]) -> [FamilySummary] {
        let needle = PolishCollation.fold(query.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return summaries }
        return summaries.filter { row in
            let f = row.family
            var haystack = [f.label, f.locality, f.address]
            haystack += members(of: f.id, includeArchived: true).map(\.fullName)
            return haystack.contains { PolishCollation.fold($0).contains(needle) }
        }
    }
}

/// Sorting and matching of Polish text without depending on the machine's locale.
public enum PolishCollation {
    private static let alphabet = Array("aąbcćdeęfghijklłmnńoóprsśtuvwxyzźż")
    private static let rank: [Character: Int] = {
        var r: [Character: Int] = [:]
        for (i, c) in alphabet.enumerated() { r[c] = i }
        return r
    }()

    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let la = Array(a.lowercased()), lb = Array(b.lowercased())
        for (x, y) in zip(la, lb) where x != y {
            let rx = rank[x] ?? (1000 + Int(x.unicodeScalars.first!.value))
            let ry = rank[y] ?? (1000 + Int(y.unicodeScalars.first!.value))
            return rx < ry ? .orderedAscending : .orderedDescending
        }
        if la.count == lb.count { return .orderedSame }
        return la.count < lb.count ? .orderedAscending : .orderedDescending
    }

    /// Lowercase without diacritics (ł → l too, which Unicode folding leaves alone).
    public static func fold(_ s: String) -> String {
        s.lowercased()
            .replacingOccurrences(of: "ł", with: "l")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
