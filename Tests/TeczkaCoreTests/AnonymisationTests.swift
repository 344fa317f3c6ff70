import Crypto
import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 15: a coordinator anonymises a family past retention. Names, PESEL, addresses and texts go from every
/// version of every record; what the tables count stays; the signatures still verify; and nobody can edit an
/// anonymised body, forge an anonymisation, or put the names back into the file.
@Suite("Anonymising a family past retention")
struct AnonymisationTests {
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
    static let secrets = ["Kowalska", "Zofia", "90090515836", "ul. Lipowa 3", "Siechnice", "pije w weekendy",
                          "rozmowa o długach", "Jaś u babci", "III Nsm 7", "szkoła nr 2", "sąsiadka Nowakowa"]

    /// A coordinator's office with one family whose cooperation ended in 2020 (retention one year), written over two
    /// versions of most records, and a team meeting protocol about it.
    final class Office {
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        let assistant = UserAccount.test("Anna Nowak", .asystent)
        let journal = MemoryJournal()
        let file: CaseFile
        var familyID = RecordID("")
        var childID = RecordID("")

        init() throws {
            file = try CaseFile.test(journal: journal, as: head, clock: { Date(timeIntervalSince1970: 1_795_000_000) })
            try file.saveUser(head)
            try file.saveUser(assistant)
            var settings = file.settings
            settings.retentionYears = 1
            try file.saveSettings(settings)
            var family = try file.saveFamily(Family(label: "Kowalska", address: "ul. Lipowa 3", locality: "Siechnice", rural: true,
                                                    notes: "pije w weekendy"))
            family.notes += "; rozmowa o długach"
            family = try file.saveFamily(family)
            familyID = family.id
            try file.saveMember(Member(familyID: family.id, firstName: "Zofia", lastName: "Kowalska", birthDate: LocalDate(parsing: "1990-09-05"),
                                       role: .rodzic, pesel: "90090515836"))
            let child = try file.saveMember(Member(familyID: family.id, firstName: "Jaś", lastName: "Kowalski",
                                                   birthDate: LocalDate(parsing: "2012-07-15"), role: .dziecko))
            childID = child.id
            var cooperation = Cooperation(familyID: family.id, assistantID: assistant.id, referral: .postanowienieSadu,
                                          referralReference: "III Nsm 7/19", start: LocalDate(parsing: "2019-01-01")!, category: .problemowa)
            cooperation.monitoringMonths = 3
            cooperation = try file.saveCooperation(cooperation, confirmed: true)
            cooperation.end = LocalDate(parsing: "2020-06-30")
            cooperation.endReason = .celeOsiagniete
            cooperation.monitoringNotes = [DatedNote(date: LocalDate(parsing: "2020-08-01")!, text: "Jaś u babci")]
            try file.saveCooperation(cooperation, confirmed: true)
            try file.saveProblem(FamilyProblem(familyID: family.id, code: "A1", identified: LocalDate(parsing: "2019-01-10")!,
                                               note: "rozmowa o długach"))
            try file.saveVisit(Visit(familyID: family.id, assistantID: assistant.id, date: LocalDate(parsing: "2019-02-01")!,
                                     place: .inne, placeOther: "szkoła nr 2", activities: [.pedagogizacja],
                                     notes: "sąsiadka Nowakowa", nextSteps: "Jaś u babci"), confirmed: true)
            try file.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, placeName: "sąsiadka Nowakowa",
                                             start: LocalDate(parsing: "2019-03-01")!, end: LocalDate(parsing: "2019-09-30"),
                                             endType: .powrotDoRodziny, note: "Jaś u babci"))
            try file.saveMeeting(TeamMeeting(date: LocalDate(parsing: "2019-04-10")!, participants: "Ewa Kierownik, Anna Nowak",
                                             entries: [MeetingEntry(familyID: family.id, remarks: "pije w weekendy",
                                                                    recommendations: "sąsiadka Nowakowa")]))
        }

        /// Every body the journal holds for the family and the meeting protocols, as text.
        func storedText() -> String {
            journal.revisions.filter { $0.scope == .family(familyID) || $0.kind == .meeting }
                .map { String(decoding: $0.body, as: UTF8.self) }.joined(separator: "\n")
        }

        func reopened(as user: UserAccount? = nil) throws -> CaseFile {
            try CaseFile.test(journal.revisions, journal: journal, as: user ?? head, clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        }
    }

    @Test("names, PESEL, address and texts go from every version; dates, birth dates, codes and categories stay")
    func removesWhatNames() throws {
        let office = try Office()
        for secret in Self.secrets { #expect(office.storedText().contains(secret), "the fixture holds \(secret)") }
        let before = office.file.cooperations(of: office.familyID)
        let summary = try office.file.anonymise(office.familyID)
        #expect(summary.records == 8 && summary.revisions == 10, "the family and its people, cooperation, problem, visit, placement and meeting entry")
        for secret in Self.secrets { #expect(!office.storedText().contains(secret), "\(secret) is gone from the journal") }
        let file = office.file
        #expect(file.families[office.familyID]?.label == "Zanonimizowana \(office.familyID.short)")
        #expect(file.families[office.familyID]?.rural == true)
        let people = file.members(of: office.familyID)
        #expect(people.allSatisfy { $0.pesel == nil && $0.firstName.isEmpty })
        #expect(Set(people.compactMap(\.birthDate)) == [day("1990-09-05"), day("2012-07-15")])
        #expect(file.cooperations(of: office.familyID).map(\.start) == before.map(\.start))
        #expect(file.cooperations(of: office.familyID).map(\.endReason) == [.celeOsiagniete])
        #expect(file.problems(of: office.familyID).map(\.code) == ["A1"])
        #expect(file.placements(of: office.familyID).map(\.form) == [.rzs])
        #expect(file.isAnonymised(office.familyID))
        #expect(file.pastRetention(on: file.today).isEmpty, "no longer listed in Do zrobienia")
        #expect(file.transferHistory.first?.log.direction == .anonimizacja)
        #expect(file.transferHistory.first?.log.counts == ["zapisy": summary.revisions])
        // Opened again: every signature verifies, nothing refused, and the family reads anonymised.
        let again = try office.reopened()
        #expect(again.integrity.isEmpty)
        #expect(again.families[office.familyID]?.label == "Zanonimizowana \(office.familyID.short)")
        #expect(again.isAnonymised(office.familyID))
        #expect(throws: AnonymisationProblem.alreadyAnonymised) { try again.anonymise(office.familyID) }
    }

    @Test("refused for an assistant, for a family still kept, and for a family not in the store; nothing written")
    func refusals() throws {
        let office = try Office()
        let recent = try office.file.saveFamily(Family(label: "Nowi"))
        var settings = office.file.settings
        settings.retentionYears = 10
        try office.file.saveSettings(settings)
        let count = office.journal.revisions.count
        #expect(throws: AnonymisationProblem.notPastRetention(until: day("2030-09-30"))) { try office.file.anonymise(office.familyID) }
        #expect(throws: AnonymisationProblem.notPastRetention(until: day("2036-11-18"))) { try office.file.anonymise(recent.id) }
        #expect(throws: AnonymisationProblem.unknownFamily(RecordID("nie-ma"))) { try office.file.anonymise(RecordID("nie-ma")) }
        let anna = try office.reopened(as: office.assistant)
        #expect(throws: AnonymisationProblem.coordinatorOnly) { try anna.anonymise(office.familyID) }
        #expect(office.journal.revisions.count == count)
    }

    @Test("an anonymised body edited in the file is refused when the store opens, and with it the anonymisation")
    func editedBodyRefused() throws {
        let office = try Office()
        try office.file.anonymise(office.familyID)
        let index = try #require(office.journal.revisions.firstIndex { $0.kind == .member && $0.redactedFrom != nil })
        office.tamper(index) { body in body.replacingOccurrences(of: "(zanonimizowano)", with: "Kowalska") }
        let opened = try office.reopened()
        let id = office.journal.revisions[index].id
        #expect(opened.integrity.contains { $0.revisionID == id && $0.reason == .redactionUnapproved })
        // The coordinator's chain breaks there, so her redaction record after it is refused too, and with it every
        // anonymised body of the family: what the file shows of the family is nothing rather than something edited.
        #expect(opened.members(of: office.familyID).allSatisfy { $0.lastName != "Kowalska" })
    }

    @Test("a body made to look anonymised without any anonymisation (to change what a signed revision says) is refused")
    func forgedRedactionRefused() throws {
        let office = try Office()
        let index = try #require(office.journal.revisions.firstIndex { $0.kind == .family })
        let original = office.journal.revisions[index].body
        office.journal.replace(index) { revision in
            revision.redactedFrom = Data(SHA256.hash(data: original))
            revision.body = Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Kowalska", with: "Malinowska").utf8)
        }
        let opened = try office.reopened()
        #expect(opened.integrity.first?.reason == .redactionUnapproved)
        #expect(opened.families[office.familyID] == nil || opened.families[office.familyID]?.label != "Malinowska")
    }

    @Test("the names put back into the file (the body as written, without the mark) are refused when the store opens")
    func restoredOriginalRefused() throws {
        let office = try Office()
        let originals = Dictionary(uniqueKeysWithValues: office.journal.revisions.map { ($0.id, $0.body) })
        try office.file.anonymise(office.familyID)
        let index = try #require(office.journal.revisions.firstIndex { $0.kind == .family && $0.redactedFrom != nil })
        let id = office.journal.revisions[index].id
        office.journal.replace(index) { revision in
            revision.redactedFrom = nil
            revision.body = originals[id]!
        }
        let opened = try office.reopened()
        #expect(opened.integrity.first?.revisionID == id)
        #expect(opened.integrity.first?.reason == .redactionUndone)
        #expect(opened.families[office.familyID]?.label != "Kowalska")
    }

    @Test("an assistant cannot anonymise by writing a redaction record of her own: the authority table refuses it")
    func assistantsRecordRefused() throws {
        let office = try Office()
        var cooperation = office.file.cooperations(of: office.familyID)[0]
        cooperation.end = nil
        cooperation.endReason = nil
        try office.file.saveCooperation(cooperation, confirmed: true)
        let anna = try office.reopened(as: office.assistant)
        #expect(anna.canSee(office.familyID))
        var bodies = try anna.anonymisedBodies(of: office.familyID)
        bodies[0].body = Data(#"{"bez":"podpisu"}"#.utf8)
        let redaction = Redaction(familyID: office.familyID, date: anna.today, entries: bodies.map {
            Redaction.Entry(revision: $0.id, original: $0.redactedFrom!, redacted: Redaction.hash($0.body))
        })
        let record = try anna.signedRevision(id: redaction.id, kind: .redaction, document: redaction,
                                             body: try DocumentCoding.encoder.encode(redaction), parent: nil)
        let count = office.journal.revisions.count
        #expect(throws: AuthorityProblem(reason: .coordinatorOnly, kind: .redaction, familyID: office.familyID)) {
            try anna.commit([record], redacting: bodies)
        }
        #expect(office.journal.revisions.count == count)
        #expect(office.storedText().contains("Kowalska"))
    }

    @Test("a package carries the anonymisation to a store that holds the family; a forged one changes nothing there")
    func travelsInPackages() throws {
        let office = try Office()
        // The assistant's laptop got the family while it was hers, before the anonymisation.
        let laptopJournal = MemoryJournal()
        try laptopJournal.append(office.file.packageRevisions(for: nil))
        let laptop = try CaseFile.test(laptopJournal.revisions, journal: laptopJournal, as: office.head,
                                       clock: { Date(timeIntervalSince1970: 1_795_000_000) })
        #expect(laptop.families[office.familyID]?.label == "Kowalska")
        try office.file.anonymise(office.familyID)
        let package = try office.file.packageRevisions(for: nil)

        // Forged: one anonymised body changed on the way. The redaction cannot be applied whole: nothing of it is.
        var forged = package
        let index = try #require(forged.firstIndex { $0.kind == .member && $0.redactedFrom != nil })
        forged[index].body = Data(String(decoding: forged[index].body, as: UTF8.self).replacingOccurrences(of: "(zanonimizowano)", with: "X").utf8)
        let refused = try laptop.merge(forged)
        #expect(Set(refused.refusals.map(\.reason)) == [.redactionUndone])
        #expect(laptop.families[office.familyID]?.label == "Kowalska")
        #expect(try CaseFile.test(laptopJournal.revisions, journal: laptopJournal, as: office.head).integrity.isEmpty)

        let merged = try laptop.merge(package)
        #expect(merged.refusals.isEmpty)
        #expect(laptop.families[office.familyID]?.label == "Zanonimizowana \(office.familyID.short)")
        let text = laptopJournal.revisions.filter { $0.scope == .family(office.familyID) || $0.kind == .meeting }
            .map { String(decoding: $0.body, as: UTF8.self) }.joined()
        for secret in Self.secrets { #expect(!text.contains(secret), "\(secret) is gone from the laptop") }
        let reopened = try CaseFile.test(laptopJournal.revisions, journal: laptopJournal, as: office.head)
        #expect(reopened.integrity.isEmpty)
        #expect(reopened.isAnonymised(office.familyID))
    }
}

extension AnonymisationTests.Office {
    /// Edits a stored body as text, as someone holding the scope key could in the file.
    func tamper(_ index: Int, _ change: (String) -> String) {
        journal.replace(index) { $0.body = Data(change(String(decoding: $0.body, as: UTF8.self)).utf8) }
    }
}
