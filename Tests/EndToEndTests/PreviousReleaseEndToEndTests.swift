import Foundation
import Testing
import TestSupport

/// A store written by the release before the centre's details and the packed dates (`Tests/Fixtures/checkpoints5/`,
/// checkpoints of version 5), opened by this program: every figure of last year's reports is what that release
/// printed, from the first log-in (which rebuilds the checkpoints) and from the next (which reads them), and the store
/// passes `teczka check`.
@Suite("End to end: a store of the previous release")
struct PreviousReleaseEndToEndTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/checkpoints5")
    let ewa = ["TECZKA_PASSPHRASE": "Hasło Ewy 2026"]

    /// The tables and their counting rules: the lines this release adds under each table (who made it, today) and
    /// the completeness findings (they depend on today's date) are left out.
    static func tables(_ text: String) -> String {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        let kept = lines.prefix { !$0.hasPrefix("Braki w danych") }
            .filter { !$0.hasPrefix("Sporządził(a): ") && !$0.hasPrefix("Data sporządzenia: ") && !$0.hasPrefix("Ośrodek: ") }
        return kept.joined(separator: "\n")
    }

    @Test("last year's reports are the previous release's, at the first log-in and from the rebuilt checkpoints; teczka check passes")
    func sameFigures() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("biuro.sqlite")
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("biuro.sqlite").path, toPath: store)
        let before = try String(contentsOf: Self.fixtures.appendingPathComponent("raport-2025.txt"), encoding: .utf8)
        #expect(before.contains("RAZEM"))
        // The checkpoints of version 5 are not read (the cooperation's encoding changed since): the first log-in
        // re-admits the ten families and writes new ones, which the second reads.
        for (login, encoded) in [("first", 0), ("second", 10)] {
            let output = folder.file("raport-\(login).txt")
            let made = try Binary.run(["report", "--all", "--year", "2025", "--store", store, "--output", output, "--timing"],
                                      environment: ewa)
            #expect(made.status == 0, "\(made.err)")
            #expect(made.err.contains(" encoded=\(encoded) held=0 families=10"), "\(login) log-in: \(made.err)")
            let now = try String(contentsOfFile: output, encoding: .utf8)
            #expect(Self.tables(now) == Self.tables(before), "\(login) log-in")
            #expect(now.contains("Sporządził(a): Ewa Kierownik"))
        }
        let checked = try Binary.run(["check", "--store", store], environment: ewa)
        #expect(checked.status == 0, "\(checked.out)\(checked.err)")
    }
}
