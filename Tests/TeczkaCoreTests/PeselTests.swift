import Testing
@testable import TeczkaCore

@Suite("PESEL")
struct PeselTests {
    @Test("a valid number gives its birth date, in every century")
    func validNumbers() throws {
        #expect(try Pesel("15230201244").birthDate == LocalDate(year: 2015, month: 3, day: 2))
        #expect(try Pesel("02070803628").birthDate == LocalDate(year: 1902, month: 7, day: 8))
        #expect(try Pesel("00222901239").birthDate == LocalDate(year: 2000, month: 2, day: 29))
        #expect(try Pesel("152 302 012 44").digits == "15230201244")
        #expect(try Pesel("15230201244").isFemale)
    }

    @Test("a wrong check digit, length, letters or impossible date is refused")
    func invalidNumbers() {
        #expect(throws: Pesel.Problem.badChecksum) { try Pesel("15230201245") }
        #expect(throws: Pesel.Problem.wrongLength) { try Pesel("1523020124") }
        #expect(throws: Pesel.Problem.notDigits) { try Pesel("1523020124a") }
        #expect(throws: Pesel.Problem.badDate) { try Pesel("01223001232") }
    }

    @Test("a member's PESEL must agree with the birth date typed")
    func birthDateConsistency() {
        let family = RecordID.make()
        let today = LocalDate(year: 2026, month: 11, day: 22)!
        var member = Member(familyID: family, firstName: "Łucja", lastName: "Wiśniewska",
                            birthDate: LocalDate(year: 2015, month: 3, day: 2), pesel: "15230201244")
        #expect(member.validate(today: today).isEmpty)
        member.birthDate = LocalDate(year: 2015, month: 3, day: 3)
        #expect(member.validate(today: today) == [.peselBirthDateMismatch(peselDate: LocalDate(year: 2015, month: 3, day: 2)!)])
        member.pesel = "15230201245"
        #expect(member.validate(today: today) == [.peselChecksum])
    }
}
