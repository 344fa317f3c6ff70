import Foundation
import Testing
import TestSupport
import TeczkaCore
import TeczkaStore

@Suite("End to end: a conflict after an exchange between two stores, resolved in tmux", .serialized)
struct ConflictEndToEndTests {
    let officePassphrase = "Hasło kierownika 1"
    let laptopPassphrase = "Hasło Anny 2026"

    /// The office's store (made with `teczka init`, Anna's account added there) and the assistant's laptop (set up from
    /// the office's package for her) share the family "Zielińscy" (the assistant's) through `teczka exchange`; each then
    /// changes its address (in-process, as the forms would), and they exchange packages both ways with the real binary,
    /// which leaves the family in conflict in both. Returns its id.
    func makeConflict(office: String, laptop: String, in folder: TemporaryDirectory) throws -> RecordID {
        let transfer = ["TECZKA_TRANSFER_PASSPHRASE": "koperta z hasłem"]
        func exchange(from: String, _ fromPassphrase: String, to: String, _ toPassphrase: String, _ name: String) throws {
            let package = folder.file(name)
            let out = try Binary.run(["exchange", "export", "--store", from, "--to", package, "--since", "last"],
                                     environment: transfer.merging(["TECZKA_PASSPHRASE": fromPassphrase]) { $1 })
            try #require(out.status == 0, "\(out.err)")
            let into = try Binary.run(["exchange", "import", package, "--store", to, "--yes"],
                                      environment: transfer.merging(["TECZKA_PASSPHRASE": toPassphrase]) { $1 })
            try #require(into.status == 0, "\(into.out)\(into.err)")
        }
        func edit(_ path: String, _ passphrase: String, _ change: (CaseFile) throws -> Void) throws {
            let store = try EncryptedStore(path: path, cost: .testing)
            defer { store.close() }
            try change(try store.unlock(passphrase: passphrase))
        }
        var familyID = RecordID("")
        // The assistant registers the family (an assistant's package carries only families the assistant may see).
        try edit(laptop, laptopPassphrase) { file in
            familyID = try file.saveFamily(Family(label: "Zielińscy", address: "ul. Słoneczna 1", locality: "Siechnice")).id
        }
        try exchange(from: laptop, laptopPassphrase, to: office, officePassphrase, "1-do-biura.teczka")
        try edit(office, officePassphrase) { file in
            var family = try #require(file.families[familyID])
            family.address = "ul. Polna 3"
            try file.saveFamily(family)
        }
        try edit(laptop, laptopPassphrase) { file in
            var family = try #require(file.families[familyID])
            family.address = "ul. Leśna 8"
            try file.saveFamily(family)   // the later edit: shown until the user chooses
        }
        try exchange(from: laptop, laptopPassphrase, to: office, officePassphrase, "2-do-biura.teczka")
        try exchange(from: office, officePassphrase, to: laptop, laptopPassphrase, "3-do-laptopa.teczka")
        try edit(office, officePassphrase) { file in try #require(file.conflicts.map(\.recordID) == [familyID]) }
        try edit(laptop, laptopPassphrase) { file in try #require(file.conflicts.map(\.recordID) == [familyID]) }
        return familyID
    }

    func session(_ store: String, _ passphrase: String, _ steps: (TmuxSession) throws -> Void) throws {
        try TmuxSession.loggedIn(store, passphrase, steps)
    }

    @Test("K lists the conflict, Enter shows both versions with their authors, 2 and T keep the assistant's version")
    func resolveInTerminal() throws {
        let folder = TemporaryDirectory()
        let office = folder.file("biuro.sqlite"), laptop = folder.file("laptop.sqlite")
        let created = try Binary.run(["init", "--store", office, "--user", "Ewa Kierownik", "--role", "koordynator"],
                                     environment: ["TECZKA_PASSPHRASE": officePassphrase])
        try #require(created.status == 0, "\(created.err)")
        let added = try Binary.run(["user", "add", "--store", office, "--name", "Anna Nowak"],
                                   environment: ["TECZKA_PASSPHRASE": officePassphrase, "TECZKA_NEW_PASSPHRASE": laptopPassphrase])
        try #require(added.status == 0, "\(added.err)")
        let setUp = folder.file("na-laptop.teczka")
        let transfer = "koperta z hasłem"
        try #require(try Binary.run(["exchange", "export", "--store", office, "--to", setUp, "--for", "Anna Nowak"],
                                    environment: ["TECZKA_PASSPHRASE": officePassphrase, "TECZKA_TRANSFER_PASSPHRASE": transfer]).status == 0)
        let laptopMade = try Binary.run(["exchange", "import", setUp, "--store", laptop, "--as", "Anna Nowak"],
                                        environment: ["TECZKA_PASSPHRASE": laptopPassphrase, "TECZKA_TRANSFER_PASSPHRASE": transfer])
        try #require(laptopMade.status == 0, "\(laptopMade.err)")
        let familyID = try makeConflict(office: office, laptop: laptop, in: folder)

        try session(office, officePassphrase) { tmux in
            try tmux.waitFor("zapis w konflikcie: rodzina")
            try tmux.press("Escape")
            try tmux.waitFor("Zielińscy")
            try tmux.press("F9", "k")
            try tmux.waitFor("Teczka — Konflikty")
            try tmux.waitFor("Zielińscy          rodzina")
            try tmux.press("Enter")
            try tmux.waitFor("Konflikt: Zielińscy — rodzina")
            // Equal logical clocks: the office keeps showing its own version until someone chooses.
            let screen = try tmux.waitFor("Adres: ul. Polna 3")
            #expect(screen.contains("Wersja 1 — pokazywana teraz"))
            #expect(screen.contains("Adres: ul. Leśna 8"))
            #expect(screen.contains("  Ewa Kierownik, "), "the shown version's author:\n\(screen)")
            #expect(screen.contains("  Anna Nowak, "), "the other version's author:\n\(screen)")
            #expect(!screen.contains("Miejscowość"), "only the differing field is listed:\n\(screen)")
            try tmux.press("2")
            try tmux.waitFor("Druga wersja")
            try tmux.press("T")
            try tmux.waitFor("Brak konfliktów.")
            try tmux.waitFor("Zachowano wersję 2 (Anna Nowak, ")
        }

        let store = try EncryptedStore(path: office, cost: .testing)
        defer { store.close() }
        let file = try store.unlock(passphrase: officePassphrase)
        #expect(file.conflicts.isEmpty)
        #expect(file.families[familyID]?.address == "ul. Leśna 8")
        #expect(file.revisions[familyID]?.count == 4, "the first version, both edits and the choice")
    }
}
