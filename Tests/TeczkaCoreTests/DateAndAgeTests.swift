import Testing
@testable import TeczkaCore

@Suite("Dates and ages")
struct DateAndAgeTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }

    @Test("dates are parsed in ISO and Polish forms; impossible dates are refused")
    func parsing() {
        #expect(LocalDate(parsing: "2015-03-02") == date(2015, 3, 2))
        #expect(LocalDate(parsing: "02.03.2015") == date(2015, 3, 2))
        #expect(LocalDate(parsing: "31.10.2025r.") == date(2025, 10, 31))
        #expect(LocalDate(parsing: "2024-02-29") == date(2024, 2, 29))
        #expect(LocalDate(parsing: "2023-02-29") == nil)
        #expect(LocalDate(parsing: "2023-13-01") == nil)
        #expect(LocalDate(parsing: "15-03-02") == nil)
        #expect(LocalDate(parsing: "jutro") == nil)
        #expect(LocalDate(parsing: "") == nil)
    }

    @Test("age changes on the birthday itself, not a day earlier")
    func ageOnBirthday() {
        let born = date(2008, 5, 15)
        #expect(born.age(on: date(2026, 5, 14)) == 17)
        #expect(born.age(on: date(2026, 5, 15)) == 18)
    }

    @Test("a child is under 18 on the date asked about")
    func childOrAdult() {
        let member = Member(familyID: .make(), firstName: "Jan", lastName: "Kowalski", birthDate: date(2008, 5, 15))
        #expect(member.isChild(on: date(2026, 5, 14)))
        #expect(!member.isChild(on: date(2026, 5, 15)))
        let noDate = Member(familyID: .make(), firstName: "Ola", lastName: "Nowak", role: .dziecko)
        #expect(noDate.isChild(on: date(2026, 1, 1)))
        let parent = Member(familyID: .make(), firstName: "Ewa", lastName: "Nowak", role: .rodzic)
        #expect(!parent.isChild(on: date(2026, 1, 1)))
    }

    @Test("born on 29 February: 18 on 28 February in a common year (art. 112 k.c.)")
    func leapBirthday() {
        let born = date(2008, 2, 29)
        #expect(born.age(on: date(2026, 2, 27)) == 17)
        #expect(born.age(on: date(2026, 2, 28)) == 18)
        #expect(born.age(on: date(2028, 2, 28)) == 19)
        #expect(born.age(on: date(2028, 2, 29)) == 20)
    }

    @Test("adding months clamps to the month's end")
    func addingMonths() {
        #expect(date(2025, 8, 31).adding(months: 6) == date(2026, 2, 28))
        #expect(date(2023, 8, 31).adding(months: 6) == date(2024, 2, 29))
        #expect(date(2025, 12, 15).adding(months: 1) == date(2026, 1, 15))
        #expect(date(2026, 1, 31).addingDays(1) == date(2026, 2, 1))
        #expect(date(2026, 3, 1).addingDays(-1) == date(2026, 2, 28))
    }

    @Test("membership dates decide who belongs to the family on a date")
    func membership() {
        let member = Member(familyID: .make(), firstName: "A", lastName: "B", birthDate: date(2010, 1, 1),
                            memberFrom: date(2020, 1, 1), memberTo: date(2024, 6, 30))
        #expect(!member.belongs(on: date(2019, 12, 31)))
        #expect(member.belongs(on: date(2020, 1, 1)))
        #expect(member.belongs(on: date(2024, 6, 30)))
        #expect(!member.belongs(on: date(2024, 7, 1)))
    }
}

@Suite("Days between dates")
struct DaysBetweenTests {
    @Test("across month ends, leap days and years")
    func days() {
        let d = { (y: Int, m: Int, day: Int) in LocalDate(year: y, month: m, day: day)! }
        #expect(d(2026, 11, 22).days(since: d(2026, 11, 22)) == 0)
        #expect(d(2024, 3, 1).days(since: d(2024, 2, 28)) == 2)
        #expect(d(2023, 3, 1).days(since: d(2023, 2, 28)) == 1)
        #expect(d(2026, 1, 1).days(since: d(2025, 1, 1)) == 365)
        #expect(d(2025, 1, 1).days(since: d(2024, 1, 1)) == 366)
        #expect(d(2025, 1, 1).days(since: d(2026, 1, 1)) == -365)
    }
}
