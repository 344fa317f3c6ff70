import Foundation
import Testing
import TeczkaCore
@testable import TeczkaReports

/// Issue 15: anonymising families past retention must not change a published report by a byte — every table of every
/// report, for past years, in every format — while the completeness check, a list of what staff should complete,
/// drops the families whose names are gone.
@Suite("Reports before and after anonymisation")
struct AnonymisedReportsTests {
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_768_435_200)  // 15.01.2026
    }

    static let periods: [ReportPeriod] = [.year(2023), .year(2024), .year(2025)]

    func rendered(_ file: CaseFile) -> (tables: [String], findings: [Finding]) {
        let data = ReportData(file: file)
        var out: [String] = []
        for report in ReportCatalog.all where report.isAvailable(for: data.catalogue) {
            let table = report.table(data, periods: Self.periods)
            for format in ReportFormat.textFormats { out.append(ReportRenderer.render(table, as: format)) }
        }
        let findings = Self.periods.flatMap { CompletenessCheck.findings(data, period: $0, reports: ReportCatalog.all, today: file.today) }
        return (out, findings)
    }

    @Test("every report for 2023–2025 is byte for byte the same after every family past retention is anonymised")
    func identical() throws {
        let clock = Clock()
        let head = UserAccount.test("Ewa", .koordynator)
        let file = try CaseFile.test([], journal: MemoryJournal(), as: head, clock: { clock.now })
        let today = LocalDate(parsing: "2026-01-15")!
        try DemoData.populate(file, families: 60, seed: 11, today: today, years: 3)
        // The centre ends what still goes on today, so that every family of those years will come past retention
        // (nothing of 2023–2025 changes with it).
        for var cooperation in file.cooperations.values where cooperation.end == nil && !cooperation.archived {
            cooperation.end = today
            cooperation.endReason = .celeOsiagniete
            try file.saveCooperation(cooperation, confirmed: true)
        }
        for var placement in file.placements.values where placement.end == nil && !placement.archived {
            placement.end = today
            placement.endType = .inne
            try file.savePlacement(placement)
        }
        let before = rendered(file)
        #expect(!before.findings.isEmpty, "the demo leaves something to complete, so the check below can fail")

        // Eleven years on: every family whose cooperations and placements all ended is past retention.
        clock.now = Date(timeIntervalSince1970: 2_115_000_000)  // 2037
        let due = file.pastRetention(on: file.today).map(\.0)
        for family in due { try file.anonymise(family) }
        let served = Set(Self.periods.flatMap { ReportData(file: file).served(in: $0) })
        let anonymised = served.filter(file.isAnonymised)
        #expect(!served.isEmpty && anonymised == served, "every family served in those years is anonymised")
        #expect(file.families.values.filter { $0.label.hasPrefix("Zanonimizowana") }.count == due.count)

        clock.now = Date(timeIntervalSince1970: 1_768_435_200)
        let after = rendered(file)
        #expect(after.tables.count == before.tables.count)
        for (old, new) in zip(before.tables, after.tables) { #expect(old == new) }
        #expect(after.findings.map(\.detail) == before.findings.filter { !anonymised.contains($0.familyID) }.map(\.detail))
        #expect(after.findings.isEmpty, "nothing can be completed in an anonymised family")
    }
}
