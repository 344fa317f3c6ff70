import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Team meeting protocols")
struct MeetingTests {
    let now = Date(timeIntervalSince1970: 1_795_338_000)  // 22.11.2026

    @Test("a coordinator writes a protocol; an assistant reads only the entries about their families and cannot write")
    func protocolAndAccess() throws {
        let journal = MemoryJournal()
        let anna = UserAccount.test("Anna", .asystent)
        let beata = UserAccount.test("Beata", .asystent)
        let head = UserAccount.test("Ewa", .koordynator)
        let headFile = try CaseFile.test([], journal: journal, as: head, clock: { now })
        try headFile.saveUser(anna)
        try headFile.saveUser(beata)
        let nowak = try headFile.saveFamily(Family(label: "Nowakowie"))
        let kowal = try headFile.saveFamily(Family(label: "Kowalscy"))
        try headFile.saveCooperation(Cooperation(familyID: nowak.id, assistantID: anna.id, start: d(2026, 1, 1)))
        try headFile.saveCooperation(Cooperation(familyID: kowal.id, assistantID: beata.id, start: d(2026, 1, 1)))

        let meeting = TeamMeeting(date: d(2026, 11, 20), participants: "Ewa, Anna, Beata", entries: [
            MeetingEntry(familyID: nowak.id, remarks: "Plan do aktualizacji.", recommendations: "Terapia rodzinna."),
            MeetingEntry(familyID: kowal.id, remarks: "Bez uwag."),
        ])
        try headFile.saveMeeting(meeting)

        let annasFile = try CaseFile.test(journal.revisions, journal: journal, as: anna, clock: { now })
        #expect(annasFile.teamMeetings.count == 1)
        #expect(annasFile.teamMeetings[0].entries.map(\.familyID) == [nowak.id])
        #expect(annasFile.meetingEntries(ofFamily: nowak.id).map(\.entry.recommendations) == ["Terapia rodzinna."])
        #expect(throws: AccessProblem.coordinatorOnly) { try annasFile.saveMeeting(meeting) }
        // A later correction is a new revision of the same protocol.
        var corrected = meeting
        corrected.entries[1].remarks = "Rodzina do zamknięcia."
        try headFile.saveMeeting(corrected)
        let kowalEntry = try #require(headFile.meetingEntryRecords.values.first { $0.familyID == kowal.id })
        #expect(headFile.revisions[kowalEntry.id]?.count == 2, "only the family's entry has a new version")
        #expect(headFile.revisions[meeting.id]?.count == 1)
        #expect(headFile.meetingEntries(ofFamily: kowal.id).map(\.entry.remarks) == ["Rodzina do zamknięcia."])
    }

    @Test("bad protocols are refused and nothing is written")
    func refusals() throws {
        let journal = MemoryJournal()
        let head = UserAccount.test("Ewa", .koordynator)
        let file = try CaseFile.test([], journal: journal, as: head, clock: { now })
        let family = try file.saveFamily(Family(label: "Nowakowie"))
        let before = journal.revisions.count
        let cases: [(TeamMeeting, ValidationIssue)] = [
            (TeamMeeting(date: d(2026, 11, 23), participants: "Ewa", entries: [MeetingEntry(familyID: family.id, remarks: "x")]), .dateInFuture(.date)),
            (TeamMeeting(date: d(2026, 11, 20), participants: "  ", entries: [MeetingEntry(familyID: family.id, remarks: "x")]), .required(.participants)),
            (TeamMeeting(date: d(2026, 11, 20), participants: "Ewa"), .required(.families)),
            (TeamMeeting(date: d(2026, 11, 20), participants: "Ewa", entries: [MeetingEntry(familyID: family.id)]), .required(.note)),
            (TeamMeeting(date: d(2026, 11, 20), participants: "Ewa", entries: [MeetingEntry(familyID: family.id, remarks: "a"),
                                                                           MeetingEntry(familyID: family.id, remarks: "b")]), .duplicateEntry(.families)),
            (TeamMeeting(date: d(2026, 11, 20), participants: "Ewa\u{1B}[2J", entries: [MeetingEntry(familyID: family.id, remarks: "x")]),
             .controlCharacters(.participants)),
        ]
        for (meeting, issue) in cases {
            #expect(throws: ValidationFailure([issue])) { try file.saveMeeting(meeting) }
        }
        #expect(journal.revisions.count == before)
    }
}
