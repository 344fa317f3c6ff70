/// One sample cooperation's dates, decided for every family before any record is written, so that assistants can be
/// given families without going over the caseload cap.
struct DemoPeriod: Equatable {
    var family: Int
    var start: LocalDate
    var end: LocalDate?
    var reason: EndReason?
    /// Index into the demo's assistants.
    var assistant = 0

    /// A family has one cooperation starting on a day.
    struct Key: Hashable { let family: Int, start: LocalDate }
    var key: Key { Key(family: family, start: start) }
}

extension DemoData {
    static let endReasons: [(EndReason, Int)] = [
        (.celeOsiagniete, 52), (.zmianaMiejscaZamieszkania, 17), (.brakEfektow, 11), (.zaprzestanieWspolpracy, 12),
        (.zmianaMetodPracy, 8),
    ]

    /// Cooperations of `families` families starting over the `years` years before `today`: most families one, some
    /// two (an earlier closed one and a later one), a few none yet. Its own generator: the same for the same seed.
    static func timeline(families: Int, years: Int, seed: UInt64, today: LocalDate) -> [DemoPeriod] {
        var rng = SeededGenerator(seed: seed ^ 0x7469_6D65_6C69_6E65)
        let first = today.adding(months: -12 * years).addingDays(1)
        let span = max(1, today.days(since: first) - 10)
        var periods: [DemoPeriod] = []
        for family in 0..<families {
            guard rng.chance(93) else { continue }
            var start = first.addingDays(rng.int(0...span))
            while true {
                var period = DemoPeriod(family: family, start: start)
                let end = start.addingDays(cooperationDays(&rng))
                if end < today {
                    period.end = end
                    period.reason = rng.weighted(endReasons)
                }
                periods.append(period)
                guard let end = period.end, rng.chance(25) else { break }
                let next = end.addingDays(rng.int(60...400))
                guard next < today.addingDays(-10) else { break }
                start = next
            }
        }
        return periods.sorted { ($0.start, $0.family) < ($1.start, $1.family) }
    }

    /// How long a cooperation lasts: months to several years.
    private static func cooperationDays(_ rng: inout SeededGenerator) -> Int {
        let months = rng.weighted([(3...6, 15), (6...12, 30), (12...24, 35), (24...48, 20)])
        return rng.int(months.lowerBound * 30...months.upperBound * 30)
    }

    /// The most cooperations in progress on one day.
    static func peakCaseload(_ periods: [DemoPeriod]) -> Int {
        var changes: [(LocalDate, Int)] = []
        for period in periods {
            changes.append((period.start, 1))
            if let end = period.end { changes.append((end.addingDays(1), -1)) }
        }
        changes.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        var current = 0, peak = 0
        for (_, change) in changes {
            current += change
            peak = max(peak, current)
        }
        return peak
    }

    /// Gives each cooperation, in order of start, to the assistant with the fewest in progress that day; with enough
    /// assistants nobody goes over the cap.
    static func assign(_ periods: inout [DemoPeriod], assistants: Int) {
        var ends: [[LocalDate?]] = Array(repeating: [], count: assistants)
        for index in periods.indices {
            let start = periods[index].start
            for a in ends.indices { ends[a].removeAll { $0.map { $0 < start } ?? false } }
            let chosen = ends.indices.min { (ends[$0].count, $0) < (ends[$1].count, $1) }!
            ends[chosen].append(periods[index].end)
            periods[index].assistant = chosen
        }
    }

    /// About one assistant per `cap` families in progress at the busiest moment (at least one).
    public static func defaultAssistants(families: Int, years: Int, seed: UInt64, today: LocalDate, cap: Int = 15) -> Int {
        let peak = peakCaseload(timeline(families: families, years: years, seed: seed, today: today))
        return max(1, (peak + cap - 1) / max(1, cap))
    }
}
