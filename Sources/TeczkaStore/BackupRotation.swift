import TeczkaCore

/// Which automatic daily backups to keep: the 7 newest, and the newest one of each of the 4 calendar weeks
/// (Monday to Sunday) before the current week. Everything else is deleted. A pure function, tested over a month.
public enum BackupRotation {
    public static let dailyCopies = 7
    public static let weeklyCopies = 4

    public static func keep(_ days: [LocalDate], today: LocalDate) -> Set<LocalDate> {
        let newestFirst = Array(Set(days)).sorted(by: >)
        var kept = Set(newestFirst.prefix(dailyCopies))
        let thisWeek = week(of: today)
        for weeksBack in 1...weeklyCopies {
            if let newest = newestFirst.first(where: { week(of: $0) == thisWeek - weeksBack }) {
                kept.insert(newest)
            }
        }
        return kept
    }

    /// Weeks since Monday 1 January 1900; weeks start on Monday, as in Poland.
    static func week(of date: LocalDate) -> Int {
        date.days(since: LocalDate(year: 1900, month: 1, day: 1)!) / 7
    }
}
