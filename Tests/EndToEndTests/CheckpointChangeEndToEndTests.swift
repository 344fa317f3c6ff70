import Foundation
import GRDB
import Testing
import TestSupport

/// Issue 14: a log-in keeps checkpointed families' revisions in the store and reads them back when a family is opened.
/// If the file is changed under the running program (here: the checkpoints deleted, as another tool could), what is read
/// back no longer stands: the program must leave the screen in order, say so in Polish and stop with status 1, without
/// admitting anything; the store opens again afterwards and passes the check.
@Suite("End to end: the store file changed while the program is open")
struct CheckpointChangeEndToEndTests {
    let env = ["TECZKA_PASSPHRASE": "Hasło-demo-14"]

    @Test("checkpoints deleted under the running program: opening a family stops it with a Polish message and status 1; the store is fine after")
    func checkpointsDeletedWhileOpen() throws {
        let folder = TemporaryDirectory()
        let store = folder.file("teczka.sqlite")
        let made = try Binary.run(["demo", "--store", store, "--families", "6", "--seed", "3"], environment: env)
        try #require(made.status == 0, "\(made.err)")
        // A log-in writes a checkpoint of every family it re-admitted; the next one adopts them.
        let report = try Binary.run(["report", "rodziny", "--year", "2025", "--store", store, "--output", folder.file("r.txt")],
                                    environment: env)
        try #require(report.status == 0, "\(report.err)")
        let database = try DatabaseQueue(path: store)
        let kept = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM checkpoint") ?? 0 }
        try #require(kept >= 6)

        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Logowanie")
        try tmux.type("Hasło-demo-14")
        try tmux.press("Enter")
        try tmux.waitFor("Do zrobienia")
        try database.write { db in try db.execute(sql: "DELETE FROM checkpoint") }
        try database.close()
        // The family list, then a card: its history needs the family's revisions.
        try tmux.press("Escape")
        try tmux.waitFor("rodzin")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("EXIT=1")
        #expect(screen.contains("Plik bazy zmienił się w czasie pracy programu"), "\(screen)")
        #expect(!screen.contains("Fatal error"), "\(screen)")

        let check = try Binary.run(["check", "--store", store], environment: env)
        #expect(check.status == 0 && check.out.contains("w porządku"), "\(check.out)\(check.err)")
    }
}
