import Foundation
import Testing
@testable import TeczkaCore

/// Dates are held in four bytes (issue 14); what a user sees of them must not change: parts, order, equality, text.
@Suite("Dates in four bytes")
struct LocalDateTests {
    @Test("the parts come back at the ends of the range and on a leap day; order follows the calendar")
    func partsAndOrder() throws {
        let days = [(1900, 1, 1), (1999, 12, 31), (2000, 1, 1), (2024, 2, 29), (2024, 3, 1), (2026, 11, 30), (2026, 12, 1), (2199, 12, 31)]
        let dates = try days.map { try #require(LocalDate(year: $0.0, month: $0.1, day: $0.2)) }
        for (date, day) in zip(dates, days) {
            #expect((date.year, date.month, date.day) == day)
            #expect(LocalDate(iso: date.iso) == date)
        }
        // Each later than the one before, though a later month can have a smaller day and a later year a smaller month.
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            #expect(earlier < later && !(later < earlier) && earlier != later)
        }
        #expect(Set(dates + dates).count == dates.count)
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil && LocalDate(year: 2200, month: 1, day: 1) == nil)
        #expect(MemoryLayout<LocalDate>.size == 4)
    }
}
