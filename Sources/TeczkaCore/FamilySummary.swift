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
    /// with the state of the work, its assistant and the last visit. A family's row is computed once per day and kept
    /// until one of its records changes (`listRows`), so coming back to the list after a save is instant in a city
    /// centre's store.
    public func familySummaries(on date: LocalDate, includeArchived: Bool = false) -> [FamilySummary] {
        familyList(on: date, includeArchived: includeArchived).rows
    }

    /// The rows of `familySummaries` with each family's folded search text beside its row (see `FamilySearch`).
    /// Kept as a whole: coming back to the list after a save recomputes the saved family's row only, and hands back
    /// the same arrays (a city centre's list has 10,000 families).
    public func familyList(on date: LocalDate, includeArchived: Bool = false) -> (rows: [FamilySummary], texts: [[UInt8]]) {
        if listRowsDate != date {
            listRows = [:]
            searchTexts = [:]
            listCaches = [:]
            listRowsDate = date
        }
        if let stale = listCaches[includeArchived]?.stale, !stale.isEmpty {
            for id in stale {
                guard let position = listCaches[includeArchived]?.position[id], let family = families[id] else { continue }
                let fresh = listRow(of: family, on: date)
                listCaches[includeArchived]!.rows[position] = fresh.row
                listCaches[includeArchived]!.texts[position] = fresh.searchText
            }
            listCaches[includeArchived]!.stale = []
        }
        if let cache = listCaches[includeArchived] { return (cache.rows, cache.texts) }
        let rows = families.values
            .filter { (includeArchived || !$0.archived) && canSee($0.id) }
            .map { listRow(of: $0, on: date) }
            .sorted { a, b in
                a.sortKey != b.sortKey ? a.sortKey.lexicographicallyPrecedes(b.sortKey) : a.row.family.id < b.row.family.id
            }
        let cache = FamilyListCache(rows: rows.map(\.row), texts: rows.map(\.searchText),
                                    position: Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1.row.family.id, $0) }))
        listCaches[includeArchived] = cache
        return (cache.rows, cache.texts)
    }

    private func listRow(of family: Family, on date: LocalDate) -> ListRow {
        if let cached = listRows[family.id] { return cached }
        var row = summary(of: family, on: date)
        var lastVisit: LocalDate?
        for visit in visitFacts(of: family.id) where !visit.archived && visit.date <= date {
            if lastVisit.map({ $0 < visit.date }) ?? true { lastVisit = visit.date }
        }
        row.lastVisit = lastVisit
        let latest = records(.cooperation, of: family.id, in: cooperations).filter { !$0.archived && $0.start <= date }
            .max { ($0.start, $0.id) < ($1.start, $1.id) }
        if let c = latest {
            row.assistantID = c.assistantID
            row.work = c.isActive(on: date) ? .inProgress : c.isMonitored(on: date) ? .monitoring : .ended
        }
        // The label, then the locality, as ranks of the Polish alphabet; 0 between them sorts a shorter label first.
        let key = PolishCollation.sortKey(family.label) + [0] + PolishCollation.sortKey(family.locality)
        let haystack = Array(([family.label, family.locality, family.address] + records(.member, of: family.id, in: members).map(\.fullName))
            .map(PolishCollation.fold).joined(separator: "\n").utf8)
        let made = ListRow(row: row, sortKey: key, searchText: haystack)
        listRows[family.id] = made
        searchTexts[family.id] = haystack
        return made
    }

    /// Families whose label, locality, address or any member's name contains `query` (case and diacritics
    /// insensitive, so "wis" finds "Wiśniewscy"). Each family's folded text is kept with its list row.
    public func search(_ query: String, in summaries: [FamilySummary]) -> [FamilySummary] {
        let texts = summaries.map { searchText(of: $0.family) }
        return FamilySearch.matches(query, in: texts).map { summaries[$0] }
    }

    /// A family's label, locality, address and people's names, folded and one per line, as UTF-8: what the family
    /// list's search looks in (kept until one of the family's records changes).
    public func searchText(of family: Family) -> [UInt8] {
        searchTexts[family.id] ?? listRow(of: family, on: listRowsDate ?? today).searchText
    }
}

/// Type to find on the family list, over texts from `CaseFile.searchText(of:)` that the list keeps beside its rows,
/// so a key looks at bytes only (a city centre's list has 10,000 families).
public enum FamilySearch {
    /// The indices of the texts that contain `query`, folded the same way (all of them for an empty query).
    public static func matches(_ query: String, in texts: [[UInt8]]) -> [Int] {
        let needle = Array(PolishCollation.fold(query.trimmingCharacters(in: .whitespaces)).utf8)
        guard !needle.isEmpty else { return Array(texts.indices) }
        // A line of a text never holds "\n", so a match cannot run from one name into the next.
        return needle.withUnsafeBytes { pattern in
            texts.indices.filter { index in texts[index].withUnsafeBytes { contains($0, pattern) } }
        }
    }

    /// Whether `pattern` (not empty) occurs in `text`: memchr to each place its first byte occurs, then memcmp (this
    /// runs at every key over every family).
    static func contains(_ text: UnsafeRawBufferPointer, _ pattern: UnsafeRawBufferPointer) -> Bool {
        guard let base = text.baseAddress, let wanted = pattern.baseAddress, text.count >= pattern.count else { return false }
        let end = base + (text.count - pattern.count + 1)
        var start = base
        while start < end {
            guard let hit = memchr(start, Int32(pattern[0]), end - start) else { return false }
            if memcmp(hit, wanted, pattern.count) == 0 { return true }
            start = UnsafeRawPointer(hit) + 1
        }
        return false
    }
}

/// The family list in order, kept between two visits to it (see `CaseFile.familyList`).
struct FamilyListCache {
    var rows: [FamilySummary]
    var texts: [[UInt8]]
    /// Each family's place in `rows`.
    let position: [RecordID: Int]
    /// Families whose records changed since the rows were made: their rows are made again at the next visit.
    var stale: Set<RecordID> = []
}

/// A family's row of the list with what sorting and searching it needs, computed once (see `familySummaries`).
struct ListRow {
    let row: FamilySummary
    let sortKey: [Int]
    /// The folded label, locality, address and people's names, one per line, as UTF-8.
    let searchText: [UInt8]
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

    /// The ranks of a text's letters in the Polish alphabet, for sorting many labels without comparing strings: the
    /// same order as `compare`, ranks above 1 so that 0 can separate fields.
    public static func sortKey(_ text: String) -> [Int] {
        text.lowercased().map { c in (rank[c].map { $0 + 1 } ?? (1000 + Int(c.unicodeScalars.first!.value))) }
    }

    /// Lowercase without diacritics (ł → l too, which Unicode folding leaves alone).
    public static func fold(_ s: String) -> String {
        s.lowercased()
            .replacingOccurrences(of: "ł", with: "l")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
