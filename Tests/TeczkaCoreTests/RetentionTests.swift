import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 15: a family's records are kept for the centre's retention period after its last cooperation or placement
/// ends; then Do zrobienia points the family out to the coordinator.
@Suite("Retention of family records")
struct RetentionTests {
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }
    let today = LocalDate(year: 2026, month: 1, day: 15)!

    func office() throws -> (CaseFile, UserAccount) {
        let now = Date(timeIntervalSince1970: 1_768_435_200)  // 15.01.2026
        let file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator), clock: { now })
        let anna = UserAccount.test("Anna Nowak", .asystent)
        try file.saveUser(anna)
        return (file, anna)
    }

    @Test("kept for ten years after the last cooperation's monitoring or placement ends; while one goes on, kept")
    func retainedUntil() throws {
        let (file, anna) = try office()
        let old = try file.saveFamily(Family(label: "Dawni"))
        try file.saveCooperation(Cooperation(familyID: old.id, assistantID: anna.id, start: day("2013-01-01"), end: day("2015-06-30"),
                                             endReason: .celeOsiagniete, monitoringMonths: 6), confirmed: true)
        #expect(file.retainedUntil(old.id) == day("2025-12-30"), "monitoring until 30.12.2015, then ten years")
        let child = try file.saveMember(Member(familyID: old.id, firstName: "Ola", lastName: "Dawna", role: .dziecko))
        let placement = try file.savePlacement(Placement(familyID: old.id, childID: child.id, form: .rzs, start: day("2015-01-01")))
        #expect(file.retainedUntil(old.id) == nil, "a placement still going on")
        var ended = placement
        ended.end = day("2016-03-31")
        ended.endType = .inne
        try file.savePlacement(ended)
        #expect(file.retainedUntil(old.id) == day("2026-03-31"))
        let current = try file.saveFamily(Family(label: "Obecni"))
        try file.saveCooperation(Cooperation(familyID: current.id, assistantID: anna.id, start: day("2025-01-01")), confirmed: true)
        #expect(file.retainedUntil(current.id) == nil)
        let registered = try file.saveFamily(Family(label: "Tylko w rejestrze"))
        #expect(file.retainedUntil(registered.id) == day("2036-01-15"))
    }

    @Test("Do zrobienia lists families past retention for a coordinator, not for an assistant; the years are a setting")
    func todo() throws {
        let (file, anna) = try office()
        let old = try file.saveFamily(Family(label: "Dawni"))
        try file.saveCooperation(Cooperation(familyID: old.id, assistantID: anna.id, start: day("2013-01-01"), end: day("2015-06-30"),
                                             endReason: .celeOsiagniete, monitoringMonths: 0), confirmed: true)
        #expect(file.todo(for: nil, on: today).filter { $0.kind == .pastRetention }.map(\.familyID) == [old.id])
        #expect(file.todo(for: anna.id, on: today).allSatisfy { $0.kind != .pastRetention })
        var settings = file.settings
        settings.retentionYears = 11
        try file.saveSettings(settings)
        #expect(file.todo(for: nil, on: today).allSatisfy { $0.kind != .pastRetention })
        settings.retentionYears = 0
        #expect(throws: ValidationFailure([.outOfRange(.retentionYears, min: 1, max: 50)])) { try file.saveSettings(settings) }
        let journal = try #require(file.journal as? MemoryJournal)
        let annas = try CaseFile.test(journal.revisions, journal: journal, as: anna)
        #expect(annas.todo(for: nil, on: today).allSatisfy { $0.kind != .pastRetention })
    }

    @Test("settings saved before issue 15 keep families ten years")
    func olderSettings() throws {
        let old = #"{"catalogue":{"id":"siechnice","name":"x","problemsTitle":"p","entries":[]},"caseloadCap":15,"monitoringMonths":6,"notVisitedDays":30}"#
        #expect(try JSONDecoder().decode(StoreSettings.self, from: Data(old.utf8)).retentionYears == 10)
        #expect(TransferSettings(StoreSettings()).retentionYears == nil && TransferSettings(StoreSettings(retentionYears: 5)).retentionYears == 5)
    }
}
