import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// Issue 15: assistants' employment with their etat, and the caseload cap that follows it.
@Suite("Employment and the caseload cap")
struct EmploymentTests {
    let today = LocalDate(year: 2026, month: 1, day: 15)!
    func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    func office() throws -> (CaseFile, UserAccount) {
        let now = Date(timeIntervalSince1970: 1_768_435_200)  // 15.01.2026
        let file = try CaseFile.test([], journal: MemoryJournal(), as: UserAccount.test("Ewa", .koordynator), clock: { now })
        let anna = UserAccount.test("Anna Nowak", .asystent)
        try file.saveUser(anna)
        var settings = file.settings
        settings.caseloadCap = 4
        try file.saveSettings(settings)
        return (file, anna)
    }

    @Test("an etat is read as 1, 0,5, 0.75, 3/4 or 50%; nothing above 1, at or below 0, or not a number")
    func parsing() {
        #expect(["1", "0,5", "0.75", "3/4", "50%", " 1/2 "].map(EmploymentPeriod.ftePercent(parsing:)) == [100, 50, 75, 75, 50, 50])
        #expect(["", "0", "1,5", "-1", "pół", "1/0", "120%"].allSatisfy { EmploymentPeriod.ftePercent(parsing: $0) == nil })
        #expect([100, 50, 75, 5].map(EmploymentPeriod.fteText) == ["1", "0,5", "0,75", "0,05"])
    }

    @Test("periods that overlap, end before they start or have no etat are refused, and nothing is saved")
    func validation() throws {
        let (file, anna) = try office()
        let bad: [[EmploymentPeriod]] = [
            [EmploymentPeriod(from: day("2025-01-01"), ftePercent: 100), EmploymentPeriod(from: day("2025-07-01"), ftePercent: 50)],
            [EmploymentPeriod(from: day("2025-01-01"), to: day("2025-07-01"), ftePercent: 100),
             EmploymentPeriod(from: day("2025-07-01"), ftePercent: 50)],
            [EmploymentPeriod(from: day("2025-07-01"), to: day("2025-06-30"), ftePercent: 100)],
            [EmploymentPeriod(from: day("2025-07-01"), ftePercent: 0)],
        ]
        for periods in bad {
            #expect(throws: ValidationFailure.self) { try file.saveEmployment(periods, of: anna.id) }
        }
        #expect(file.users[anna.id]?.employment == nil)
        #expect(throws: ValidationFailure([.overlapsEmployment(from: day("2025-01-01"), to: nil)])) {
            try file.saveEmployment(bad[0], of: anna.id)
        }
    }

    @Test("the cap follows the etat on the day, rounded down; 0 outside every period; whole without employment or when turned off")
    func cap() throws {
        let (file, anna) = try office()
        #expect(file.caseloadCap(of: anna.id, on: today) == 4)
        try file.saveEmployment([EmploymentPeriod(from: day("2025-01-01"), to: day("2025-12-31"), ftePercent: 100),
                                 EmploymentPeriod(from: day("2026-01-01"), ftePercent: 75)], of: anna.id)
        #expect(file.caseloadCap(of: anna.id, on: day("2025-06-01")) == 4)
        #expect(file.caseloadCap(of: anna.id, on: today) == 3)
        #expect(file.caseloadCap(of: anna.id, on: day("2024-12-31")) == 0)
        var settings = file.settings
        settings.capByEmployment = false
        try file.saveSettings(settings)
        #expect(file.caseloadCap(of: anna.id, on: today) == 4)
    }

    @Test("opening a fourth cooperation at ¾ etat warns at 3; Do zrobienia flags the assistant above her cap")
    func warnings() throws {
        let (file, anna) = try office()
        try file.saveEmployment([EmploymentPeriod(from: day("2025-01-01"), ftePercent: 75)], of: anna.id)
        var families: [RecordID] = []
        for n in 0..<4 { families.append(try file.saveFamily(Family(label: "Rodzina \(n)")).id) }
        for family in families.prefix(3) {
            try file.saveCooperation(Cooperation(familyID: family, assistantID: anna.id, start: day("2026-01-02")))
        }
        #expect(!file.todo(for: nil, on: today).contains { $0.kind == .caseloadAboveCap })
        #expect(throws: CaseworkWarning.caseloadAboveCap(families: 4, cap: 3)) {
            try file.saveCooperation(Cooperation(familyID: families[3], assistantID: anna.id, start: day("2026-01-02")))
        }
        try file.saveEmployment([EmploymentPeriod(from: day("2025-01-01"), ftePercent: 50)], of: anna.id)
        #expect(file.todo(for: nil, on: today).contains { $0.kind == .caseloadAboveCap && $0.assistantID == anna.id })
    }

    @Test("settings saved before issue 15 read as scaling the cap; an export without the key imports so too")
    func olderSettings() throws {
        let old = #"{"catalogue":{"id":"siechnice","name":"x","problemsTitle":"p","entries":[]},"caseloadCap":15,"monitoringMonths":6,"notVisitedDays":30}"#
        let settings = try JSONDecoder().decode(StoreSettings.self, from: Data(old.utf8))
        #expect(settings.capByEmployment)
        #expect(TransferSettings(StoreSettings()).capByEmployment == nil)
        #expect(TransferSettings(StoreSettings(capByEmployment: false)).capByEmployment == false)
    }

    @Test("only a coordinator records employment: an assistant's change of her own etat is refused")
    func authority() throws {
        let (file, anna) = try office()
        let journal = try #require(file.journal as? MemoryJournal)
        let own = try CaseFile.test(journal.revisions, journal: journal, as: anna)
        #expect(throws: (any Error).self) {
            try own.saveEmployment([EmploymentPeriod(from: day("2025-01-01"), ftePercent: 100)], of: anna.id)
        }
        #expect(own.users[anna.id]?.employment == nil)
    }
}
