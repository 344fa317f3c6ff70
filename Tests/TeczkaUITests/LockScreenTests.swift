import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Idle lock")
struct LockScreenTests {
    @Test("after the idle time the screen hides everything; only this account's passphrase brings the form back unchanged")
    func locksAndUnlocks() throws {
        let h = try ScreenHarness()
        try h.addFamily("Wiśniewscy")
        h.press(.function(7))
        h.type("Zieliń")   // typing in progress, not saved
        h.app.idleLimit = 10 * 60
        h.elapsed.seconds = 9 * 60
        #expect(!h.app.lockIfIdle())
        h.elapsed.seconds = 10 * 60
        #expect(h.app.lockIfIdle())
        let locked = h.screen
        #expect(locked.contains("Teczka zablokowała się po 10 min bez użycia."))
        #expect(locked.contains("Konto: Anna Nowak"))
        #expect(!locked.contains("Zieliń") && !locked.contains("Nazwa rodziny"), "nothing of the form shows:\n\(locked)")

        h.type("nie to hasło")
        h.press(.enter)
        #expect(h.screen.contains("Błędne hasło. Wpisz hasło tego konta."))
        #expect(h.screen.contains("Zablokowano"))
        h.type("tajnehaslo")
        h.press(.enter)
        #expect(h.screen.contains("Zieliń"), "the unsaved form is back as it was:\n\(h.screen)")
        #expect(!h.app.lockIfIdle(), "the idle time starts again")
    }

    @Test("no lock before log-in or when it is switched off; F10 on the lock asks about unsaved typing")
    func notBeforeLogin() throws {
        let out = try ScreenHarness(loggedIn: false)
        out.elapsed.seconds = 3600
        #expect(!out.app.lockIfIdle())

        let h = try ScreenHarness()
        h.app.idleLimit = nil
        h.elapsed.seconds = 3600
        #expect(!h.app.lockIfIdle())
        h.app.idleLimit = 60
        h.press(.function(7))
        h.type("Nowakowie")
        h.elapsed.seconds = 7200
        #expect(h.app.lockIfIdle())
        h.press(.function(10))
        #expect(h.screen.contains("Porzucić niezapisane zmiany?"))
    }
}
