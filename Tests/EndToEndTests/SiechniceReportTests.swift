import Foundation
import Testing
import TestSupport

/// The published Siechnice tables, end to end: the fixture export imported with `teczka import` into a new store,
/// then `teczka report` prints Tabela 3, 4 and 7 exactly as the expected files in `Tests/Fixtures/siechnice/` —
/// the check figures of the programme, the counting rule and the completeness findings under each.
@Suite("End to end: the Siechnice tables from an imported file")
struct SiechniceReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/siechnice")
    let env = ["TECZKA_PASSPHRASE": "Siechnice hasło 2025"]

    func expected(_ name: String) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: Self.fixtures.appendingPathComponent(name).path), "missing \(name)")
        return String(decoding: data, as: UTF8.self)
    }

    /// The lines naming who made the report and when (issue 17) are today's: checked, then left out of the comparison
    /// with the published table.
    func withoutOrigin(_ output: String) -> String {
        let day = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        let made = ["Sporządził(a): Ewa Kierownik", String(format: "Data sporządzenia: %02d.%02d.%04d", day.day!, day.month!, day.year!)]
        // Split by scalars: a CSV's "\r\n" is one Character in Swift.
        let lines = output.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        let kept = lines.filter { line in !made.contains { line.contains($0) } }
        #expect(lines.count - kept.count == 2, "\(made) once each under the table:\n\(output)")
        return kept.joined(separator: "\n")
    }

    @Test("teczka import, then teczka report prints Tabela 3, 4 and 7 as published, in text and CSV")
    func publishedTables() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("siechnice.sqlite")
        let imported = try Binary.run(["import", Self.fixtures.appendingPathComponent("siechnice.json").path,
                                       "--store", store, "--as", "Ewa Kierownik"], environment: env)
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("rodziny: 26"))
        let threeYears = ["--years", "2023-2025", "--as-of", "31.10.2025"]
        let cases: [(String, [String], String)] = [
            ("rodziny", threeYears, "tabela3"), ("zakonczenia", threeYears, "tabela4"), ("problemy", ["--as-of", "31.10.2025"], "tabela7"),
        ]
        for (report, period, file) in cases {
            let text = try Binary.run(["report", report, "--store", store] + period, environment: env)
            #expect(text.status == 0, "\(text.err)")
            #expect(withoutOrigin(text.out) == (try expected(file + ".txt")), "\(report) as text")
            let csv = try Binary.run(["report", report, "--store", store, "--format", "csv", "--separator", ";", "--bom"] + period,
                                     environment: env)
            #expect(withoutOrigin(csv.out) == (try expected(file + ".csv")), "\(report) as CSV")
        }
        let history = try Binary.run(["history", "--store", store], environment: env)
        #expect(history.out.split(separator: "\n").filter { $0.contains("Ewa Kierownik  wydruk  -") }.count == 6,
                "every report printed is in the history:\n\(history.out)")
        let total = try expected("tabela3.txt").split(separator: "\n").first { $0.hasPrefix("RAZEM") }
        #expect(total == "RAZEM                          │       17 │       17 │            15 │       24 │       24 │            22 │       44 │       35 │            34")
    }

    @Test("bad period options are refused before the passphrase is asked for, in Polish")
    func badPeriods() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("none.sqlite")
        for (args, message) in [(["--half", "2025-H3"], "--half: oczekiwano RRRR-H1 lub RRRR-H2"),
                                (["--from", "31.12.2025", "--to", "01.01.2025"], "jest późniejsze niż --to"),
                                (["--year", "2025", "--half", "2025-H1"], "nie łączy się z")] {
            let run = try Binary.run(["report", "rodziny", "--store", store] + args)
            #expect(run.status == 1)
            #expect(run.err.contains(message), "\(run.err)")
        }
        let unknown = try Binary.run(["report", "tabela9", "--store", store])
        #expect(unknown.status == 1 && unknown.err.contains("Nie ma raportu „tabela9”"))
        let list = try Binary.run(["report", "--list"])
        #expect(list.status == 0 && list.out.contains("zakonczenia     Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny"))
    }
}
