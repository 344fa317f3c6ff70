import Foundation

/// A calendar date without time or time zone: birth dates, membership dates, "today" in Poland.
/// Stored and exchanged as ISO `YYYY-MM-DD`; typed by users as `RRRR-MM-DD` or `DD.MM.RRRR`.
public struct LocalDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// `year << 9 | month << 5 | day`: four bytes instead of three integers (a centre's store holds millions of
    /// dates: at 10,000 families this alone is tens of megabytes), and in calendar order, so that comparing the
    /// numbers compares the dates.
    private let packed: UInt32

    public var year: Int { Int(packed >> 9) }
    public var month: Int { Int(packed >> 5 & 15) }
    public var day: Int { Int(packed & 31) }

    /// Returns nil for dates that do not exist (2023-02-29, month 13, year before 1900 or after 2199).
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2199).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        packed = UInt32(year << 9 | month << 5 | day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `2015-03-02` or `02.03.2015` (an optional trailing `r.` is accepted, as Polish documents write it).
    /// "RRRR-MM-DD" exactly, or nil.
    init?(iso text: String) {
        let parsed = text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == 45, bytes[7] == 45 else { return nil }
            func digits(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let byte = bytes[index]
                    guard byte >= 48, byte <= 57 else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let (year, month, day) = parsed ?? nil else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public init?(parsing text: String) {
        var s = text.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix("r.") { s.removeLast(2) } else if s.hasSuffix("r") { s.removeLast() }
        let parts: [Substring]
        let ymd: Bool
        if s.contains("-") {
            parts = s.split(separator: "-", omittingEmptySubsequences: false)
            ymd = true
        } else {
            parts = s.split(separator: ".", omittingEmptySubsequences: false)
            ymd = false
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigitChar) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if ymd {
            guard parts[0].count == 4 else { return nil }
            self.init(year: a, month: b, day: c)
        } else {
            guard parts[2].count == 4 else { return nil }
            self.init(year: c, month: b, day: a)
        }
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.packed < rhs.packed }

    /// ISO form, used in storage and exports.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The Polish way of printing a date: 02.03.2015.
    public var polish: String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }

    public var description: String { iso }

    /// Full years completed on `date`. The birthday counts on the day itself; for people born on 29 February the
    /// birthday in a common year is 28 February (art. 112 of the Civil Code: a term in years ends on the last day of
    /// the month when the month has no such day).
    public func age(on date: LocalDate) -> Int {
        var years = date.year - year
        var birthday = (month, day)
        if month == 2, day == 29, !LocalDate.isLeap(date.year) { birthday = (2, 28) }
        if (date.month, date.day) < birthday { years -= 1 }
        return years
    }

    /// The same day `months` later, clamped to the month's last day (31.08 + 6 months = 28/29.02).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = min(day, LocalDate.daysIn(month: m, year: y))
        // Past the years a date holds, the first or last day (a forged document must not crash the program).
        return LocalDate(year: y, month: m, day: d)
            ?? (y < 1900 ? LocalDate(year: 1900, month: 1, day: 1)! : LocalDate(year: 2199, month: 12, day: 31)!)
    }

    /// Made once: checking the authority table asks for the day of every revision when a store opens.
    private static let warsaw: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Warsaw") ?? .current
        return calendar
    }()

    /// Today in Poland's time zone, whatever the machine's zone is.
    /// Outside the years a `LocalDate` holds (a clock set wrong, a forged timestamp) the first or last day is given:
    /// never a crash.
    public static func today(now: Date = Date()) -> LocalDate {
        let c = warsaw.dateComponents([.year, .month, .day], from: now)
        guard let year = c.year, year >= 1900 else { return LocalDate(year: 1900, month: 1, day: 1)! }
        guard year <= 2199 else { return LocalDate(year: 2199, month: 12, day: 31)! }
        return LocalDate(year: year, month: c.month ?? 1, day: c.day ?? 1) ?? LocalDate(year: year, month: 1, day: 1)!
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        // Stored dates are always "RRRR-MM-DD": read those ten digits straight (opening a store decodes tens of
        // thousands of dates); anything else goes through the full parser, which says what is wrong.
        if let date = LocalDate(iso: text) {
            self = date
            return
        }
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

extension Character {
    var isASCIIDigitChar: Bool { isASCII && isNumber }
}

extension LocalDate {
    /// Whole days from `other` to this date (negative when `other` is later).
    public func days(since other: LocalDate) -> Int {
        func ordinal(_ d: LocalDate) -> Int {
            // Days since 0000-03-01 in the proleptic Gregorian calendar.
            let y = d.month <= 2 ? d.year - 1 : d.year
            let m = d.month <= 2 ? d.month + 9 : d.month - 3
            return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d.day - 1
        }
        return ordinal(self) - ordinal(other)
    }
}
