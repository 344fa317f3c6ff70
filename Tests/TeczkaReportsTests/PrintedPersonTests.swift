import Foundation
import Testing
import CoreTestSupport
import TeczkaCore
@testable import TeczkaReports

/// Issue 15: everything about one person for an access request (art. 15 GDPR).
@Suite("A person's data for an access request")
struct PrintedPersonTests {
    @Test("one PESEL in two families is one person: both records print, with the visits they were at; other people are not named")
    func samePersonTwoFamilies() throws {
        let s = try ReportScenario()
        let first = try s.file.saveFamily(Family(label: "Nowakowie", address: "ul. Polna 1", locality: "Siechnice"))
        let second = try s.file.saveFamily(Family(label: "Lisowie", address: "ul. Leśna 2", locality: "Radwanice"))
        let pesel = "15230201244"
        let a = try s.file.saveMember(Member(familyID: first.id, firstName: "Łucja", lastName: "Nowak", birthDate: d("2015-03-02"), role: .dziecko,
                                            pesel: pesel, memberTo: d("2025-05-31")))
        let brother = try s.file.saveMember(Member(familyID: first.id, firstName: "Tajny", lastName: "Brat", birthDate: d("2012-01-01"), role: .dziecko))
        let b = try s.file.saveMember(Member(familyID: second.id, firstName: "Łucja", lastName: "Nowak", birthDate: d("2015-03-02"), role: .dziecko,
                                            pesel: pesel, memberFrom: d("2025-06-01")))
        try s.cooperate(first.id, "2025-01-01")
        try s.file.saveVisit(Visit(familyID: first.id, assistantID: s.assistant.id, date: d("2025-02-01"), presentMemberIDs: [a.id, brother.id],
                                   notes: "Rozmowa z Łucją."), confirmed: true)
        try s.file.saveVisit(Visit(familyID: first.id, assistantID: s.assistant.id, date: d("2025-03-01"), presentMemberIDs: [brother.id],
                                   notes: "Tylko brat."), confirmed: true)
        #expect(PrintedPerson.records(of: b.id, in: s.file).map(\.id) == [a.id, b.id])
        let text = try #require(PrintedPerson.document(b.id, in: s.file, on: d("2026-01-15"))).render(.text)
        #expect(text.contains("Osoba w rodzinie Nowakowie") && text.contains("Osoba w rodzinie Lisowie"))
        #expect(text.contains("Rozmowa z Łucją.") && !text.contains("Tylko brat."))
        #expect(!text.contains("Tajny"))
        #expect(text.contains("PESEL: 15230201244"))
    }

    @Test("an assistant who may not see the family gets nothing")
    func notVisible() throws {
        let s = try ReportScenario()
        let family = try s.file.saveFamily(Family(label: "Nowakowie"))
        let member = try s.file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Nowak", role: .rodzic))
        let journal = try #require(s.file.journal as? MemoryJournal)
        let other = UserAccount.test("Beata Lis", .asystent)
        try s.file.saveUser(other)
        let hers = try CaseFile.test(journal.revisions, journal: journal, as: other)
        #expect(PrintedPerson.document(member.id, in: hers, on: d("2026-01-15")) == nil)
        #expect(PrintedPerson.document(member.id, in: s.file, on: d("2026-01-15")) != nil)
    }
}
