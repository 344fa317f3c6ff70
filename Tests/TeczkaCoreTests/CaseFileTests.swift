import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Case file")
struct CaseFileTests {
    let user = UserAccount.test("Anna Nowak", .asystent)

    func makeFile(_ journal: MemoryJournal = MemoryJournal()) throws -> CaseFile {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        return try CaseFile.test([], journal: journal, as: user, clock: { now })
    }

    @Test("every save is a new revision with author and parent; unchanged saves write nothing")
    func revisions() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        var family = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        family.notes = "Pierwsza wizyta"
        try file.saveFamily(family)
        try file.saveFamily(family)
        #expect(journal.revisions.count == 2)
        #expect(journal.revisions[1].parent == journal.revisions[0].id)
        #expect(journal.revisions.allSatisfy { $0.author == user.id && $0.kind == .family })
    }

    @Test("archiving keeps the record and its history")
    func archive() throws {
        let file = try makeFile()
        let family = try file.saveFamily(Family(label: "Kowalscy"))
        try file.setFamilyArchived(family.id, true)
        #expect(file.families[family.id]?.archived == true)
        #expect(file.familySummaries(on: file.today).isEmpty)
        #expect(file.familySummaries(on: file.today, includeArchived: true).count == 1)
        #expect(try file.history(ofFamily: family.id).map(\.change) == [.familyArchived, .familyCreated])
    }

    @Test("invalid records are refused and nothing is written")
    func validation() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        #expect(throws: ValidationFailure([.required(.label)])) { try file.saveFamily(Family(label: "  ")) }
        #expect(throws: ValidationFailure([.controlCharacters(.label)])) { try file.saveFamily(Family(label: "A\u{1B}[2J")) }
        #expect(throws: ValidationFailure([.tooLong(.label, limit: 100)])) {
            try file.saveFamily(Family(label: String(repeating: "ż", count: 101)))
        }
        let family = try file.saveFamily(Family(label: "Nowakowie"))
        let future = LocalDate.today(now: Date(timeIntervalSince1970: 1_795_000_000)).addingDays(1)
        #expect(throws: ValidationFailure([.dateInFuture(.birthDate)])) {
            try file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Nowak", birthDate: future))
        }
        #expect(journal.revisions.count == 1)
    }

    @Test("a failed write leaves the case file as it was")
    func failedWrite() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        journal.failNextAppend = true
        #expect(throws: StoreProblem.self) { try file.saveFamily(Family(label: "Kowalscy")) }
        #expect(file.families.isEmpty)
    }

    @Test("a PESEL fills in a missing birth date")
    func peselFillsBirthDate() throws {
        let file = try makeFile()
        let family = try file.saveFamily(Family(label: "Wiśniewscy"))
        let member = try file.saveMember(Member(familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska",
                                                pesel: "15230201244"))
        #expect(member.birthDate == LocalDate(year: 2015, month: 3, day: 2))
    }

    @Test("one PESEL is one person: refused for a second person in the family or one still in another, named")
    func peselInUse() throws {
        let file = try makeFile()
        let family = try file.saveFamily(Family(label: "Wiśniewscy"))
        let father = try file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Wiśniewski", pesel: "15230201244"))
        let child = Member(familyID: family.id, firstName: "Ola", lastName: "Wiśniewska", pesel: "152302 01244")
        #expect(throws: ValidationFailure([.peselInUse(person: "Jan Wiśniewski", family: "Wiśniewscy")])) { try file.saveMember(child) }
        let other = try file.saveFamily(Family(label: "Kowalscy"))
        let moved = Member(familyID: other.id, firstName: "Jan", lastName: "Wiśniewski", pesel: "15230201244")
        #expect(throws: ValidationFailure([.peselInUse(person: "Jan Wiśniewski", family: "Wiśniewscy")])) { try file.saveMember(moved) }
        #expect(file.members(of: other.id).isEmpty, "nothing saved")
        // He left the first family: the new membership is his, with the same PESEL.
        var left = father
        left.memberTo = LocalDate(year: 2020, month: 1, day: 1)
        try file.saveMember(left)
        #expect(try file.saveMember(moved).pesel == "15230201244")
        // Saving a person again with their own PESEL is no conflict.
        var renamed = try #require(file.members[moved.id])
        renamed.lastName = "Wiśniewski-Kowalski"
        #expect(try file.saveMember(renamed).lastName == "Wiśniewski-Kowalski")
    }

    @Test("the list counts adults and children on the date, sorts the Polish way and searches without diacritics")
    func listAndSearch() throws {
        let file = try makeFile()
        let w = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        _ = try file.saveFamily(Family(label: "Wójcikowie", locality: "Radwanice"))
        _ = try file.saveFamily(Family(label: "Łukasikowie", locality: "Żórawina"))
        _ = try file.saveFamily(Family(label: "Lewandowscy", locality: "Wrocław"))
        try file.saveMember(Member(familyID: w.id, firstName: "Łucja", lastName: "Wiśniewska",
                                   birthDate: LocalDate(year: 2015, month: 3, day: 2), role: .dziecko))
        try file.saveMember(Member(familyID: w.id, firstName: "Marek", lastName: "Wiśniewski",
                                   birthDate: LocalDate(year: 1985, month: 1, day: 1), role: .rodzic))
        let date = LocalDate(year: 2026, month: 11, day: 22)!
        let rows = file.familySummaries(on: date)
        #expect(rows.map(\.family.label) == ["Lewandowscy", "Łukasikowie", "Wiśniewscy", "Wójcikowie"])
        let row = rows[2]
        #expect(row.adults == 1 && row.children == 1)
        #expect(file.search("Wiś", in: rows).map(\.family.label) == ["Wiśniewscy"])
        #expect(file.search("lucja", in: rows).map(\.family.label) == ["Wiśniewscy"])
        #expect(file.search("zorawina", in: rows).map(\.family.label) == ["Łukasikowie"])
    }

    @Test("the case file rebuilt from the journal's revisions is the same")
    func rebuild() throws {
        let journal = MemoryJournal()
        let file = try makeFile(journal)
        let family = try file.saveFamily(Family(label: "Kamińscy", notes: "notatka"))
        try file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Kamińska"))
        let again = try CaseFile.test(journal.revisions, journal: journal, as: user)
        #expect(again.families == file.families)
        #expect(again.members == file.members)
    }

    @Test("demo data is the same for the same seed and has large and single-parent families")
    func demoData() throws {
        let a = try makeFile(), b = try makeFile()
        let today = a.today
        try DemoData.populate(a, families: 30, seed: 7, today: today)
        try DemoData.populate(b, families: 30, seed: 7, today: today)
        let labels = { (f: CaseFile) in
            f.familySummaries(on: today).map { "\($0.family.label)/\($0.family.locality)/\($0.adults)/\($0.children)" }.sorted()
        }
        #expect(labels(a) == labels(b))
        let rows = a.familySummaries(on: today)
        #expect(rows.count == 30)
        #expect(rows.contains { $0.isLarge })
        #expect(rows.contains { $0.family.structure == .niepelna })
    }
}

/// Issue 14: the case file keeps indexes (by family, by PESEL, by assistant, the records in conflict) so that a save and
/// a list touch one family's records. They must follow every edit, or a check would look at stale data.
@Suite("Case file indexes follow every edit")
struct CaseFileIndexTests {
    let user = UserAccount.test("Anna Nowak", .koordynator)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("a PESEL changed by an edit is free again for another person; the new one is taken")
    func peselIndexFollowsEdits() throws {
        let file = try CaseFile.test([], journal: MemoryJournal(), as: user, clock: { now })
        let family = try file.saveFamily(Family(label: "Wiśniewscy"))
        var father = try file.saveMember(Member(familyID: family.id, firstName: "Jan", lastName: "Wiśniewski", pesel: "15230201244"))
        father.pesel = "44051401359"
        father.birthDate = nil   // filled in again from the corrected number
        try file.saveMember(father)
        let child = try file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Wiśniewska", pesel: "15230201244"))
        #expect(child.pesel == "15230201244", "the old number no longer blocks")
        let twin = Member(familyID: family.id, firstName: "Ala", lastName: "Wiśniewska", pesel: "44051401359")
        #expect(throws: ValidationFailure([.peselInUse(person: "Jan Wiśniewski", family: "Wiśniewscy")])) { try file.saveMember(twin) }
    }

    @Test("the caseload follows a cooperation handed to another assistant; lists hold only their family's records")
    func assistantAndFamilyIndexes() throws {
        let file = try CaseFile.test([], journal: MemoryJournal(), as: user, clock: { now })
        let anna = UserAccount.test("Anna Lis", .asystent), beata = UserAccount.test("Beata Lis", .asystent)
        try file.saveUser(anna)
        try file.saveUser(beata)
        let first = try file.saveFamily(Family(label: "Wiśniewscy")), second = try file.saveFamily(Family(label: "Kowalscy"))
        let start = LocalDate(year: 2026, month: 1, day: 5)!
        var cooperation = try file.saveCooperation(Cooperation(familyID: first.id, assistantID: anna.id, start: start))
        try file.saveCooperation(Cooperation(familyID: second.id, assistantID: anna.id, start: start))
        #expect(file.caseload(of: anna.id, on: file.today) == 2 && file.caseload(of: beata.id, on: file.today) == 0)
        cooperation.assistantID = beata.id
        try file.saveCooperation(cooperation)
        #expect(file.caseload(of: anna.id, on: file.today) == 1 && file.caseload(of: beata.id, on: file.today) == 1)
        #expect(file.cooperations(of: first.id).map(\.assistantID) == [beata.id])
        try file.saveMember(Member(familyID: second.id, firstName: "Piotr", lastName: "Kowalski"))
        #expect(file.members(of: first.id).isEmpty && file.members(of: second.id).map(\.firstName) == ["Piotr"])
    }

    @Test("the family list's rows are kept between calls and follow a new person, a renamed family and a new visit")
    func listRowsFollowEdits() throws {
        let file = try CaseFile.test([], journal: MemoryJournal(), as: user, clock: { now })
        var family = try file.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        try file.saveFamily(Family(label: "Kowalscy"))
        let today = file.today
        let before = file.familySummaries(on: today)
        #expect(before.map(\.family.label) == ["Kowalscy", "Wiśniewscy"])
        #expect(file.search("żaneta", in: before).isEmpty)
        try file.saveMember(Member(familyID: family.id, firstName: "Żaneta", lastName: "Wiśniewska"))
        family.label = "Adamczykowie"
        try file.saveFamily(family)
        try file.saveCooperation(Cooperation(familyID: family.id, assistantID: user.id, start: today.addingDays(-10)))
        try file.saveVisit(Visit(familyID: family.id, assistantID: user.id, date: today.addingDays(-2), durationMinutes: 60))
        let after = file.familySummaries(on: today)
        #expect(after.map(\.family.label) == ["Adamczykowie", "Kowalscy"])
        #expect(file.search("zaneta", in: after).map(\.family.label) == ["Adamczykowie"])
        #expect(after[0].lastVisit == today.addingDays(-2) && after[0].work == .inProgress && after[0].adults + after[0].children == 1)
    }
    @Test("coming back to the list after a visit or a new person remakes that family's row only, in its place")
    func listRowRemadeInPlace() throws {
        let file = try CaseFile.test([], journal: MemoryJournal(), as: user, clock: { now })
        let today = file.today
        let kowalscy = try file.saveFamily(Family(label: "Kowalscy"))
        try file.saveFamily(Family(label: "Adamczykowie"))
        try file.saveFamily(Family(label: "Zielińscy"))
        try file.saveCooperation(Cooperation(familyID: kowalscy.id, assistantID: user.id, start: today.addingDays(-30)))
        let before = file.familyList(on: today)
        #expect(before.rows.map(\.family.label) == ["Adamczykowie", "Kowalscy", "Zielińscy"])
        try file.saveVisit(Visit(familyID: kowalscy.id, assistantID: user.id, date: today.addingDays(-1), durationMinutes: 45))
        try file.saveMember(Member(familyID: kowalscy.id, firstName: "Łucja", lastName: "Kowalska"))
        let after = file.familyList(on: today)
        #expect(after.rows.map(\.family.label) == ["Adamczykowie", "Kowalscy", "Zielińscy"])
        #expect(after.rows[1].lastVisit == today.addingDays(-1) && after.rows[1].adults + after.rows[1].children == 1)
        #expect(FamilySearch.matches("lucja", in: after.texts) == [1])
        // What the list was handed before is left as it was (the rows are values).
        #expect(before.rows[1].lastVisit == nil && FamilySearch.matches("lucja", in: before.texts).isEmpty)
        #expect(after.rows[0] == before.rows[0] && after.rows[2] == before.rows[2])
    }
}
