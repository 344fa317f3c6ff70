import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Two stores that exchange revisions: an assistant's laptop and the supervisor's computer.
final class TwoStores {
    let assistant = UserAccount.test("Anna Nowak", .asystent)
    let head = UserAccount.test("Ewa Kierownik", .koordynator)
    let laptop: CaseFile
    let office: CaseFile

    /// One clock for both stores that moves a minute with every reading, so a later edit is always newer.
    final class Clock {
        var time = Date(timeIntervalSince1970: 1_795_000_000)
        func tick() -> Date {
            time += 60
            return time
        }
    }

    /// The office store is made by the coordinator (its root of trust), who adds the assistant's account; the
    /// laptop is set up from the office's package for her, as `teczka exchange import --as` does.
    init() throws {
        let ticking = Clock()
        let clock: () -> Date = { ticking.tick() }
        office = try CaseFile.test(journal: MemoryJournal(), as: head, clock: clock)
        try office.saveUser(head)
        try office.saveUser(assistant)
        let journal = MemoryJournal()
        try journal.append(office.packageRevisions(for: assistant))
        laptop = try CaseFile.test(journal.revisions, journal: journal, as: assistant, clock: clock)
    }

    @discardableResult
    func send(from: CaseFile, to: CaseFile, for recipient: UserAccount? = nil) throws -> MergeSummary {
        try to.merge(from.packageRevisions(for: recipient))
    }
}

@Suite("Merging revisions between stores")
struct MergeTests {
    @Test("revisions travel both ways; importing the same package twice changes nothing")
    func roundTrip() throws {
        let s = try TwoStores()
        let family = try s.laptop.saveFamily(Family(label: "Wiśniewscy", locality: "Siechnice"))
        let first = try s.send(from: s.laptop, to: s.office)
        #expect(first.byKind == [.family: 1], "the accounts came from the office: only the family is new")
        #expect(first.refusals.isEmpty)
        #expect(first.byAuthor["Anna Nowak"]?[.family] == 1)
        #expect(s.office.families[family.id]?.label == "Wiśniewscy")
        let count = s.office.revisions.values.joined().count
        #expect(try s.send(from: s.laptop, to: s.office).isEmpty)
        #expect(s.office.revisions.values.joined().count == count)

        var edited = s.office.families[family.id]!
        edited.notes = "Zalecenie kierownika: wizyta co tydzień."
        try s.office.saveFamily(edited)
        try s.send(from: s.office, to: s.laptop)
        #expect(s.laptop.families[family.id]?.notes == "Zalecenie kierownika: wizyta co tydzień.")
        #expect(s.laptop.conflicts.isEmpty)
        #expect(s.laptop.users[s.head.id]?.name == "Ewa Kierownik")
    }

    @Test("edits of one family on both sides end as a conflict with both versions kept; each store keeps showing its own")
    func conflict() throws {
        let s = try TwoStores()
        let family = try s.laptop.saveFamily(Family(label: "Wiśniewscy"))
        try s.send(from: s.laptop, to: s.office)
        var onLaptop = s.laptop.families[family.id]!
        onLaptop.address = "ul. Polna 3"
        try s.laptop.saveFamily(onLaptop)
        var inOffice = s.office.families[family.id]!
        inOffice.address = "ul. Leśna 8"
        try s.office.saveFamily(inOffice)   // later by the wall clock, which decides nothing

        let back = try s.send(from: s.office, to: s.laptop)
        let forth = try s.send(from: s.laptop, to: s.office)
        #expect(back.conflicts == [family.id] && forth.conflicts == [family.id])
        // Equal logical clocks: a package never replaces what a user sees; the other version waits on Konflikty.
        #expect(s.laptop.families[family.id]?.address == "ul. Polna 3")
        #expect(s.office.families[family.id]?.address == "ul. Leśna 8")
        for file in [s.laptop, s.office] {
            let conflict = try #require(file.conflicts.first)
            #expect(conflict.heads.count == 2)
            #expect(file.revisions[family.id]?.count == 3, "nothing is dropped")
        }

        // A plain save does not end the conflict silently; choosing a version does, and the choice travels.
        let offices = try #require(s.laptop.conflicts.first?.heads.last)
        try s.laptop.resolve(family.id, keeping: offices.id)
        #expect(s.laptop.conflicts.isEmpty)
        #expect(s.laptop.families[family.id]?.address == "ul. Leśna 8")
        try s.send(from: s.laptop, to: s.office)
        #expect(s.office.conflicts.isEmpty)
        #expect(s.office.families[family.id]?.address == "ul. Leśna 8")
        #expect(s.office.brokenReferences().isEmpty)
    }

    @Test("the same change made on both sides is not a conflict, and the next save joins the two")
    func sameChange() throws {
        let s = try TwoStores()
        let family = try s.laptop.saveFamily(Family(label: "Kowalscy"))
        try s.send(from: s.laptop, to: s.office)
        for file in [s.laptop, s.office] {
            var f = file.families[family.id]!
            f.locality = "Radwanice"
            try file.saveFamily(f)
        }
        try s.send(from: s.office, to: s.laptop)
        #expect(s.laptop.conflicts.isEmpty)
        #expect(s.laptop.heads(of: family.id).count == 2)
        var f = s.laptop.families[family.id]!
        f.notes = "Dalej."
        try s.laptop.saveFamily(f)
        #expect(s.laptop.heads(of: family.id).count == 1)
    }

    @Test("a package for an assistant holds only that assistant's families")
    func assistantSeesOwnFamilies() throws {
        let s = try TwoStores()
        let other = UserAccount.test("Beata Lis", .asystent)
        try s.office.saveUser(other)
        try s.send(from: s.laptop, to: s.office)
        let hers = try s.office.saveFamily(Family(label: "Nowakowie"))
        try s.office.saveCooperation(Cooperation(familyID: hers.id, assistantID: s.assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
        let theirs = try s.office.saveFamily(Family(label: "Zielińscy"))
        try s.office.saveCooperation(Cooperation(familyID: theirs.id, assistantID: other.id, start: LocalDate(year: 2026, month: 2, day: 1)!))
        let package = try s.office.packageRevisions(for: s.assistant)
        #expect(package.contains { $0.recordID == hers.id })
        #expect(!package.contains { $0.recordID == theirs.id })
        #expect(!package.contains { $0.kind == .settings })
        try s.laptop.merge(package)
        #expect(s.laptop.families.values.map(\.label) == ["Nowakowie"])
    }

    @Test("a revision without a signature is refused by itself, named, and the rest of the package merges")
    func unsignedRefused() throws {
        let s = try TwoStores()
        let good = try s.laptop.saveFamily(Family(label: "Kowalscy"))
        var package = try s.laptop.packageRevisions(for: nil)
        let forged = Revision(id: .make(), recordID: .make(), kind: .visit, parent: nil, timestamp: Date(),
                              author: s.assistant.id, body: Data("{}".utf8))
        package.append(forged)
        let preview = s.office.mergePreview(package)
        #expect(preview.refusals.map(\.revisionID) == [forged.id] && preview.refusals.first?.reason == .unsigned)
        let merged = try s.office.merge(package)
        #expect(merged.refusals.count == 1)
        #expect(s.office.families[good.id]?.label == "Kowalscy")
        #expect(s.office.revisions[forged.recordID] == nil, "the store never holds a refused revision")
    }

    @Test("the supervisor's return with remarks and her approval travel back to the assistant's store")
    func reviewsTravelBack() throws {
        let s = try TwoStores()
        let family = try s.laptop.saveFamily(Family(label: "Wiśniewscy"))
        let cooperation = try s.laptop.saveCooperation(Cooperation(familyID: family.id, assistantID: s.assistant.id,
                                                                   start: LocalDate(year: 2025, month: 3, day: 1)!))
        var draft = try s.laptop.assessmentDraft(forCooperation: cooperation.id, on: LocalDate(year: 2025, month: 9, day: 1)!)
        draft.situation = "Sytuacja stabilna."
        draft.children = "Dzieci chodzą do szkoły."
        draft.cooperationText = "Rodzina współpracuje."
        draft.recommendation = .kontynuacja
        try s.laptop.saveAssessment(draft)
        try s.laptop.act(.pass, on: draft.id)
        try s.send(from: s.laptop, to: s.office)
        #expect(s.office.reviewQueue.map(\.id) == [draft.id])

        try s.office.act(.giveBack(remarks: "Dopisz sytuację mieszkaniową.", recommendations: "Wizyta u pedagoga."), on: draft.id)
        try s.send(from: s.office, to: s.laptop)
        let returned = try #require(s.laptop.assessments[draft.id])
        #expect(returned.state == .zwrocona)
        #expect(returned.reviews.last?.remarks == "Dopisz sytuację mieszkaniową.")
        #expect(s.laptop.userName(returned.reviews.last!.reviewerID) == "Ewa Kierownik")

        try s.laptop.act(.pass, on: draft.id)
        try s.send(from: s.laptop, to: s.office)
        try s.office.act(.approve, on: draft.id)
        try s.send(from: s.office, to: s.laptop)
        #expect(s.laptop.assessments[draft.id]?.state == .zatwierdzona)
        #expect(s.laptop.conflicts.isEmpty && s.office.conflicts.isEmpty)
    }

    @Test("a team meeting protocol reaches an assistant with only her families' entries, and the full one stays full")
    func meetingRedacted() throws {
        let s = try TwoStores()
        let other = UserAccount.test("Beata Lis", .asystent)
        try s.office.saveUser(other)
        try s.send(from: s.laptop, to: s.office)
        var families: [RecordID] = []
        for (label, assistant) in [("Nowakowie", s.assistant), ("Zielińscy", other)] {
            let family = try s.office.saveFamily(Family(label: label))
            try s.office.saveCooperation(Cooperation(familyID: family.id, assistantID: assistant.id, start: LocalDate(year: 2026, month: 1, day: 5)!))
            families.append(family.id)
        }
        let meeting = try s.office.saveMeeting(TeamMeeting(date: LocalDate(year: 2026, month: 2, day: 10)!, participants: "Ewa Kierownik, Anna Nowak, Beata Lis",
            entries: [MeetingEntry(familyID: families[0], recommendations: "Wizyty co tydzień."),
                      MeetingEntry(familyID: families[1], remarks: "Przemoc w rodzinie — Niebieska Karta.", recommendations: "Zgłoszenie do zespołu.")]))
        try s.send(from: s.office, to: s.laptop, for: s.assistant)
        #expect(s.laptop.meetings[meeting.id]?.entries.map(\.familyID) == [families[0]])
        #expect(s.laptop.families[families[1]] == nil)
        try s.send(from: s.laptop, to: s.office)
        #expect(s.office.meetings[meeting.id]?.entries.count == 2)
        #expect(s.office.conflicts.isEmpty && s.laptop.conflicts.isEmpty)
    }
}
