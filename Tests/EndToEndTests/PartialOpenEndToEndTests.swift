import Foundation
import GRDB
import Testing
import TestSupport

/// Issue 14: a command that needs one family reads only that family's part of the store (with the accounts, the
/// settings, the protocols and the audit log). Shown by damage elsewhere: a body of another family broken on purpose
/// stops every command that reads the whole store, but not the printout of this family's assessment.
@Suite("End to end: printing reads only the family's part of the store")
struct PartialOpenEndToEndTests {
    let env = ["TECZKA_PASSPHRASE": "Hasło-demo-14"]

    @Test("print assessment works while another family's revision is damaged; report and check still say the file is damaged")
    func printReadsOneFamily() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let made = try Binary.run(["demo", "--store", store, "--families", "12", "--seed", "3"], environment: env)
        try #require(made.status == 0, "\(made.err)")
        let database = try DatabaseQueue(path: store)
        let (assessment, scope) = try #require(try database.read { db in
            try Row.fetchOne(db, sql: "SELECT record_id, scope FROM revision WHERE kind = 'assessment' ORDER BY seq LIMIT 1")
                .map { ($0[0] as String, $0[1] as String) }
        })
        // A visit of another family gets a body that no key opens.
        try database.write { db in
            try db.execute(sql: """
                UPDATE revision SET body = zeroblob(64) WHERE seq = (SELECT seq FROM revision WHERE kind = 'visit' AND scope <> ? LIMIT 1)
                """, arguments: [scope])
        }
        try database.close()

        let output = folder.file("ocena.html")
        let printed = try Binary.run(["print", "assessment", String(assessment.prefix(8)), "--store", store, "--output", output],
                                     environment: env)
        #expect(printed.status == 0, "\(printed.err)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("<h1>Okresowa ocena sytuacji rodziny</h1>"))

        let report = try Binary.run(["report", "rodziny", "--year", "2025", "--store", store], environment: env)
        #expect(report.status == 1 && report.err.contains("uszkodzon"), "the whole store is read and the damage found: \(report.err)")
    }
}
