import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaUI

/// Issue 17: the settings screen (F9 B on the family list) — the centre, the case-number pattern and the limits —
/// and the case number in the cooperation form.
@Suite("Screens: settings and the case number")
struct SettingsScreenTests {
    /// A coordinator on the family list of a store she created.
    func coordinator() throws -> ScreenHarness {
        let h = try ScreenHarness()
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        try h.file.saveUser(head)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: head, clock: { ScreenHarness.now })
        return h
    }

    @Test("a coordinator opens the settings with F9 B, fills in the centre and the pattern, and F2 saves them")
    func coordinatorSaves() throws {
        let h = try coordinator()
        h.press(.function(9), .character("b"))
        #expect(h.screen.contains(" Teczka — Ustawienia bazy"))
        #expect(h.screen.contains("  Limit rodzin            15\n"))
        #expect(h.screen.contains("  Limit według etatu      [x] tak\n"))
        #expect(h.screen.contains("  Przechowywanie (lata)   10\n"))
        h.type("MGOPS w Siechnicach")
        h.press(.tab, .tab)
        h.type("Siechnice")
        h.press(.tab)
        h.type("AR.4011.{nr}.{rok}")
        h.press(.tab, .control("u"))
        h.type("12")
        #expect(h.screen.contains("  Wzór numeru sprawy      AR.4011.{nr}.{rok}\n"))
        h.press(.function(2))
        #expect(h.screen.contains("Zapisano ustawienia."))
        let centre = h.file.settings.centre
        #expect(centre == CentreDetails(name: "MGOPS w Siechnicach", town: "Siechnice", caseNumberPattern: "AR.4011.{nr}.{rok}"))
        #expect(h.file.settings.caseloadCap == 12)
    }

    @Test("F1 explains the fields; wrong input is explained under each field in Polish and nothing is saved")
    func errors() throws {
        let h = try coordinator()
        h.press(.function(9), .character("b"), .function(1))
        #expect(h.screen.contains("Pomoc — Ustawienia bazy"))
        #expect(h.screen.contains("Wzór numeru sprawy podpowiada numer nowej współpracy: {nr} to kolejny"))
        h.press(.escape, .tab, .tab, .tab)
        h.type("AR.{rok}/{numer}")
        h.press(.tab, .control("u"))
        h.type("sto")
        h.press(.tab, .tab, .control("u"))
        h.type("40")
        h.press(.function(2))
        let screen = h.screen
        #expect(screen.contains("! Wzór musi zawierać {nr}, np. AR.4011.{nr}.{rok}.\n"), "\(screen)")
        #expect(screen.contains("! Dozwolone wartości: 1–100."))
        #expect(screen.contains("! Dozwolone wartości: 0–36."))
        #expect(screen.contains("Nie zapisano"))
        #expect(h.file.settings == StoreSettings())
        // {nr} added: the placeholder nobody knows is named.
        h.press(.control("u"))
        h.type("AR.{nr}/{rok}/{numer}")
        h.press(.function(2))
        #expect(h.screen.contains("! Nieznane pole {numer}; dozwolone: {nr} i {rok}.\n"))
        #expect(h.file.settings == StoreSettings())
    }

    @Test("an assistant who did not create the store sees the settings read-only, with who changes them")
    func assistantReadOnly() throws {
        let h = try ScreenHarness()
        var settings = h.file.settings
        settings.centre = CentreDetails(name: "MGOPS w Siechnicach", caseNumberPattern: "AR.4011.{nr}.{rok}")
        try h.file.saveSettings(settings)
        let beata = UserAccount.test("Beata Lis", .asystent)
        try h.file.saveUser(beata)
        h.app.file = try CaseFile.test(h.store.journal.revisions, journal: h.store.journal, as: beata, clock: { ScreenHarness.now })
        #expect(!h.file.maySaveSettings)
        h.press(.function(9), .character("b"))
        let screen = h.screen
        #expect(screen.contains("Ośrodek: MGOPS w Siechnicach"), "\(screen)")
        #expect(screen.contains("Wzór numeru sprawy: AR.4011.{nr}.{rok}"))
        #expect(screen.contains("Ustawienia zmienia tylko koordynator."))
        #expect(!screen.contains("F2 Zapisz"))
        h.press(.escape)
        #expect(h.screen.contains(" Teczka — Rodziny"))
    }

    @Test("a new cooperation's form suggests the next case number of the year; it is saved, shown in the details, and can be cleared")
    func caseNumberInCooperation() throws {
        let h = try ScreenHarness()
        var settings = h.file.settings
        settings.centre.caseNumberPattern = "AR.4011.{nr}.{rok}"
        try h.file.saveSettings(settings)
        let other = try h.addFamily("Kowalscy")
        var earlier = Cooperation(familyID: other.id, assistantID: h.file.currentUser.id, start: LocalDate(year: 2026, month: 2, day: 1)!)
        earlier.caseNumber = "AR.4011.7.2026"
        try h.file.saveCooperation(earlier)
        let family = try h.addFamily("Wiśniewscy", locality: "Siechnice")
        h.app.stack.last?.reappear(app: h.app)
        h.press(.down, .enter, .character("1"), .function(7))
        #expect(h.screen.contains("Numer sprawy        AR.4011.8.2026"), "\(h.screen)")
        h.press(.function(2))
        let saved = try #require(h.file.cooperations(of: family.id).first)
        #expect(saved.caseNumber == "AR.4011.8.2026")
        #expect(h.screen.contains("Numer sprawy: AR.4011.8.2026"), "\(h.screen)")
        // The family's card names it with the cooperation's period.
        h.press(.escape)
        #expect(h.screen.contains("Współpraca: 22.11.2026–trwa (AR.4011.8.2026) · problemy: 0"), "\(h.screen)")
        h.press(.character("1"))
        // Edit: the number is kept as written; cleared, the cooperation has none.
        h.press(.enter)
        #expect(h.screen.contains("Numer sprawy        AR.4011.8.2026"))
        h.press(.backTab, .control("u"), .function(2))
        #expect(h.file.cooperations(of: family.id).first?.caseNumber == nil)
        #expect(!h.screen.contains("Numer sprawy:"))
    }

    @Test("in English the fields have English labels")
    func english() throws {
        let h = try ScreenHarness(language: .en)
        h.press(.function(9), .character("b"))
        #expect(h.screen.contains("Case-number pattern"), "\(h.screen)")
        #expect(h.screen.contains("Centre's name"))
    }
}
