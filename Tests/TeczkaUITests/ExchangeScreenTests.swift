import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Exchange screens")
struct ExchangeScreenTests {
    let transfer = "hasło przekazania"

    /// A package from the supervisor's store with one family of hers, placed where the memory store finds it. The
    /// supervisor's account was added in the harness's store (its founder), so the harness trusts her signature.
    func officePackage(_ h: ScreenHarness, at path: String) throws {
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        let office = try CaseFile.test(h.store.journal.revisions, journal: MemoryJournal(), as: head, clock: { ScreenHarness.now })
        try office.saveFamily(Family(label: "Zielińscy", locality: "Siechnice"))
        h.store.packages[path] = (try office.package(for: nil, storeID: "biuro"), transfer)
    }

    /// A package from a store somebody made on their own, in which they are a coordinator: nothing in it is trusted.
    func forgedPackage(_ h: ScreenHarness, at path: String) throws {
        let impostor = UserAccount.test("Ewa Kierownik", .koordynator)
        let forged = try CaseFile.test([], journal: MemoryJournal(), as: impostor, clock: { ScreenHarness.now })
        try forged.saveUser(impostor)
        try forged.saveFamily(Family(label: "Zielińscy", locality: "Siechnice"))
        h.store.packages[path] = (try forged.package(for: nil, storeID: "obca"), transfer)
    }

    @Test("F9 W, F9 E: a package is written after the transfer passphrase is typed twice the same")
    func export() throws {
        let h = try ScreenHarness()
        try h.addFamily("Wiśniewscy")
        h.press(.function(9), .character("w"))
        #expect(h.screen.contains("Pakiet do przekazania"))
        #expect(h.screen.contains("Pakiet do dołączenia"))
        h.press(.function(9), .character("E"))
        h.type("/media/pendrive/pakiet.teczka")
        h.press(.tab)
        h.type(transfer)
        h.press(.tab)
        h.type("inne hasło")
        h.press(.function(2))
        #expect(h.screen.contains("Hasła nie są takie same."))
        h.press(Array(repeating: Key.backspace, count: 10))
        h.type(transfer)
        h.press(.function(2))
        #expect(h.screen.contains("Zapisano pakiet /media/pendrive/pakiet.teczka (zapisy:"))
        let (contents, secret) = try #require(h.store.packages["/media/pendrive/pakiet.teczka"])
        #expect(secret == transfer)
        #expect(contents.revisions.contains { $0.kind == .family })
        #expect(contents.revisions.contains { $0.kind == .settings }, "the settings travel, signed by whoever set them")
        h.press(.function(9), .character("H"))
        #expect(h.screen.contains("Historia eksportów, importów, wymiany i"))
        #expect(h.screen.contains("22.11.2026 10:00  Anna Nowak            pakiet wymiany: /media/pendrive/pakie…"))
        #expect(h.screen.contains("  pakiet wymiany: /media/pendrive/pakiet.teczka"))
        #expect(h.screen.contains("użytkownicy 1, rodziny 1"))
    }

    @Test("F9 W, F9 I: what the package adds is shown by author; T merges it and the family is on the list")
    func importPackage() throws {
        let h = try ScreenHarness()
        try officePackage(h, at: "/media/pendrive/z-biura.teczka")
        h.press(.function(9), .character("w"), .function(9), .character("I"))
        h.type("/media/pendrive/z-biura.teczka")
        h.press(.tab)
        h.type("złe hasło")
        h.press(.function(2))
        #expect(h.screen.contains("Nie można otworzyć pakietu: inne hasło przekazania"))
        #expect(h.file.families.isEmpty)

        // The form comes back with the path typed; only the passphrase needs typing again.
        #expect(h.screen.contains("Plik                /media/pendrive/z-biura.teczka"))
        h.press(.tab)
        h.type(transfer)
        h.press(.function(2))
        #expect(h.screen.contains("Nowe zapisy: 1 (nowe rekordy: 1)."))
        #expect(h.screen.contains("Ewa Kierownik: rodziny 1"))
        h.press(.character("T"))
        #expect(h.screen.contains("Dołączono zapisy: 1. Bez konfliktów."))
        #expect(h.file.families.values.map(\.label) == ["Zielińscy"])

        h.press(.function(9), .character("I"))
        h.type("/media/pendrive/z-biura.teczka")
        h.press(.tab)
        h.type(transfer)
        h.press(.function(2))
        #expect(h.screen.contains("Nic nowego: wszystkie zapisy z pakietu już są w tej bazie."))
        h.press(.function(9), .character("H"))
        #expect(h.screen.contains("dołączony pakiet: /media/pendrive/z-biura.teczka"))
    }

    @Test("F9 W, F9 I: a forged package's revisions are named with their reasons; N takes nothing and the refusal is in the history")
    func refusedPackage() throws {
        let h = try ScreenHarness()
        try forgedPackage(h, at: "/media/pendrive/obca.teczka")
        let before = h.store.journal.revisions.count
        h.press(.function(9), .character("w"), .function(9), .character("I"))
        h.type("/media/pendrive/obca.teczka")
        h.press(.tab)
        h.type(transfer)
        h.press(.function(2))
        #expect(h.screen.contains("Odrzucone zapisy (2) — nie weszły do tej bazy"), "\(h.screen)")
        #expect(h.screen.contains("Ewa Kierownik: rodzina, rodzina Zielińscy — autor nie ma konta w tej"))
        #expect(h.screen.contains("Ewa Kierownik: konto — autor nie ma konta w tej bazie"))
        #expect(h.screen.contains("Żaden zapis z pakietu nie może wejść do tej bazy."))
        h.press(.escape)
        #expect(h.file.families.isEmpty)
        #expect(h.store.journal.revisions.count == before + 1, "nothing but the history entry")
        #expect(h.store.journal.revisions.last?.kind == .transfer)
        h.press(.function(9), .character("H"))
        #expect(h.screen.contains("pakiet nie dołączony (odrzucone zapisy): /media/pendrive/obca.teczka"))
        #expect(h.screen.contains("Ewa Kierownik: rodzina, rodzina Zielińscy — autor nie ma konta"))
    }
}
