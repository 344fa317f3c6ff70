import Foundation
import Testing
import TestSupport

/// Issue 15: a coordinator records an assistant's employment from the command line, and the caseload report shows
/// the etat and families per etat.
@Suite("End to end: employment and etat")
struct EmploymentEndToEndTests {
    @Test("periods of employment added, refused when they overlap, removed; the report shows the etat")
    func employment() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("s.sqlite")
        let boss = Binary.boss
        let added = try Binary.officeWithAnna(store)
        #expect(added.status == 0, "\(added.err)")
        let none = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"], environment: boss)
        #expect(none.out.contains("Anna Nowak: zatrudnienia nie wpisano (pełny limit rodzin)."), "\(none.err)")

        let first = try Binary.run(["user", "employment", "--store", store, "anna nowak", "--from", "2025-01-01", "--to", "30.06.2025", "--fte", "1"], environment: boss)
        #expect(first.status == 0, "\(first.err)")
        let second = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--from", "2025-07-01", "--fte", "0,5"], environment: boss)
        #expect(second.out.contains("01.07.2025 – trwa: etat 0,5"), "\(second.err)")
        #expect(second.out.contains("01.01.2025 – 30.06.2025: etat 1"))

        // Overlapping, a bad etat, a bad date: a Polish message, status 1, nothing saved.
        for (arguments, message) in [(["--from", "2025-03-01", "--fte", "1"], "Nakłada się na okres zatrudnienia 01.01.2025–30.06.2025."),
                                     (["--from", "2026-01-01", "--fte", "1,5"], "Etat od 0,01 do 1"),
                                     (["--from", "2026-02-30", "--fte", "1"], "Początek: Nieprawidłowa data"),
                                     (["--remove", "2024-01-01"], "Nie ma okresu zatrudnienia zaczynającego się 01.01.2024.")] {
            let refused = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"] + arguments, environment: boss)
            #expect(refused.status == 1 && refused.err.contains(message), "\(arguments): \(refused.err)")
        }
        let unchanged = try Binary.run(["user", "employment", "--store", store, "Anna Nowak"], environment: boss)
        #expect(unchanged.out.split(separator: "\n").count == 3, "\(unchanged.out)")

        // An assistant cannot give herself another etat.
        let own = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--from", "2026-01-01", "--fte", "1"],
                                 environment: ["TECZKA_PASSPHRASE": "hasło Anny 123"])
        #expect(own.status == 1, "\(own.out)")

        let report = try Binary.run(["report", "obciazenie", "--store", store, "--year", "2025", "--format", "csv"], environment: boss)
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("Etat"), "\(report.out)")
        // 181 days full time and 184 at half: 0.75 etat over the year.
        #expect(report.out.contains("Anna Nowak;0;0;0;0,75;0,0"), "\(report.out)")

        let removed = try Binary.run(["user", "employment", "--store", store, "Anna Nowak", "--remove", "01.07.2025"], environment: boss)
        #expect(removed.status == 0 && !removed.out.contains("01.07.2025"), "\(removed.err)")
        let settings = try Binary.run(["settings", "--store", store, "--cap-by-fte", "nie"], environment: boss)
        #expect(settings.out.contains("Limit rodzin na asystenta: 15\n"), "\(settings.out)")
        let wrong = try Binary.run(["settings", "--store", store, "--cap-by-fte", "może"], environment: boss)
        #expect(wrong.status == 1 && wrong.err.contains("--cap-by-fte: tak albo nie."))
    }
}
