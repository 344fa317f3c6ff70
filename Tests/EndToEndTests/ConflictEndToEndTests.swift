import Foundation
import Testing
import TestSupport
import TeczkaCore
import TeczkaStore

@Suite("End to end: a conflict after an exchange between two stores, resolved in tmux", .serialized)
struct ConflictEndToEndTests {
    let officePassphrase = "Hasło kierownika 1"
    let laptopPassphrase = "Hasło Anny 2026"

    /// The office's store and the assistant's laptop, both made with `teczka init`, share the family "Zielińscy"; each
    /// then changes its address, and they exchange revisions both ways, which leaves the family in conflict in both.
    /// The exchange runs in-process on `EncryptedStore`; it is the one place to change when `teczka exchange` does it.
    /// Returns the family's id.
    func makeConflict(office: String, laptop: String) throws -> RecordID {
        let officeStore = try EncryptedStore(path: office)
        let laptopStore = try EncryptedStore(path: laptop)
        defer {
            officeStore.close()
            laptopStore.close()
        }
        let officeFile = try officeStore.unlock(passphrase: officePassphrase)
        let laptopFile = try laptopStore.unlock(passphrase: laptopPassphrase)
        let family = try officeFile.saveFamily(Family(label: "Zielińscy", address: "ul. Słoneczna 1", locality: "Siechnice"))
        try laptopFile.merge(officeFile.packageRevisions(for: nil))

        var inOffice = try #require(officeFile.families[family.id])
        inOffice.address = "ul. Polna 3"
        try officeFile.saveFamily(inOffice)
        var onLaptop = try #require(laptopFile.families[family.id])
        onLaptop.address = "ul. Leśna 8"
        try laptopFile.saveFamily(onLaptop)   // the later edit: shown until the user chooses

        try officeFile.merge(laptopFile.packageRevisions(for: nil))
        try laptopFile.merge(officeFile.packageRevisions(for: nil))
        try #require(officeFile.conflicts.map(\.recordID) == [family.id])
        return family.id
    }

    func session(_ store: String, _ passphrase: String, _ steps: (TmuxSession) throws -> Void) throws {
        try TmuxSession.loggedIn(store, passphrase, steps)
    }

    @Test("K lists the conflict, Enter shows both versions with their authors, 2 and T keep the office's version")
    func resolveInTerminal() throws {
        let folder = TemporaryDirectory()
        let office = folder.file("biuro.sqlite"), laptop = folder.file("laptop.sqlite")
        for (store, name, role, passphrase) in [(office, "Ewa Kierownik", "koordynator", officePassphrase),
                                                (laptop, "Anna Nowak", "asystent", laptopPassphrase)] {
            let created = try Binary.run(["init", "--store", store, "--user", name, "--role", role],
                                         environment: ["TECZKA_PASSPHRASE": passphrase])
            try #require(created.status == 0, "\(created.err)")
        }
        let familyID = try makeConflict(office: office, laptop: laptop)

        try session(office, officePassphrase) { tmux in
            try tmux.waitFor("zapis w konflikcie: rodzina")
            try tmux.press("Escape")
            try tmux.waitFor("Zielińscy")
            try tmux.press("K")
            try tmux.waitFor("Teczka — Konflikty")
            try tmux.waitFor("Zielińscy          rodzina")
            try tmux.press("Enter")
            try tmux.waitFor("Konflikt: Zielińscy — rodzina")
            let screen = try tmux.waitFor("Adres: ul. Polna 3")
            #expect(screen.contains("Wersja 1 — pokazywana teraz"))
            #expect(screen.contains("Adres: ul. Leśna 8"))
            #expect(screen.contains("  Anna Nowak, "), "the newer version's author:\n\(screen)")
            #expect(screen.contains("  Ewa Kierownik, "), "the older version's author:\n\(screen)")
            #expect(!screen.contains("Miejscowość"), "only the differing field is listed:\n\(screen)")
            try tmux.press("2")
            try tmux.waitFor("Druga wersja")
            try tmux.press("T")
            try tmux.waitFor("Brak konfliktów.")
            try tmux.waitFor("Zachowano wersję 2 (Ewa Kierownik, ")
        }

        let store = try EncryptedStore(path: office)
        defer { store.close() }
        let file = try store.unlock(passphrase: officePassphrase)
        #expect(file.conflicts.isEmpty)
        #expect(file.families[familyID]?.address == "ul. Polna 3")
        #expect(file.revisions[familyID]?.count == 4, "the first version, both edits and the choice")
    }
}
