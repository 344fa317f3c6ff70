/// A small deterministic random generator (SplitMix64) so that demo data is the same for the same seed everywhere.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The draws the demo generator makes, named for what they mean.
extension SeededGenerator {
    /// True in `percent` cases out of 100.
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    /// One of `items`, each as likely as its weight.
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = Int.random(in: 0..<items.reduce(0) { $0 + $1.1 }, using: &self)
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// Up to `count` different items, the heavier ones more likely and drawn first.
    mutating func weightedSample<T>(_ items: [(T, Int)], count: Int) -> [T] {
        var left = items.filter { $0.1 > 0 }
        var chosen: [T] = []
        while chosen.count < count, !left.isEmpty {
            let index = weighted(left.indices.map { ($0, left[$0].1) })
            chosen.append(left.remove(at: index).0)
        }
        return chosen
    }

    /// A record id in the usual UUID form (version 4 bits set), drawn from the seed instead of the system.
    mutating func recordID() -> RecordID {
        let high = next(), low = next()
        let hex = (String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)).map { $0 }
        var chars = hex
        chars[12] = "4"
        chars[16] = ["8", "9", "a", "b"][Int(low >> 62)]
        let text = String(chars)
        let parts = [text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4),
                     text.dropFirst(16).prefix(4), text.dropFirst(20)]
        return RecordID(parts.joined(separator: "-"))
    }
}

extension String {
    fileprivate func leftPadded(_ length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}

extension LocalDate {
    /// The date `days` later (or earlier when negative).
    public func addingDays(_ days: Int) -> LocalDate {
        var y = year, m = month, d = day + days
        while d > LocalDate.daysIn(month: m, year: y) {
            d -= LocalDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        while d < 1 {
            m -= 1
            if m < 1 { m = 12; y -= 1 }
            d += LocalDate.daysIn(month: m, year: y)
        }
        return LocalDate(year: y, month: m, day: d)!
    }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int {
        let monday = LocalDate(year: 2024, month: 1, day: 1)!
        return ((days(since: monday) % 7) + 7) % 7 + 1
    }

    /// The same day, or the Monday after when it falls on a weekend.
    var workday: LocalDate { weekday >= 6 ? addingDays(8 - weekday) : self }
}
