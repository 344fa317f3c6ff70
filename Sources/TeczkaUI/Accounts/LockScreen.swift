import Foundation
import TeczkaCore

/// Texts of the idle lock, per language.
public struct LockText: Sendable {
    public let title: String
    public let locked: @Sendable (Int) -> String
    public let account: @Sendable (String) -> String
    public let prompt: String
    public let checking: String
    public let wrong: String
    public let keyUnlock: String
    public let help: [String]

    public static let polish = LockText(
        title: "Zablokowano",
        locked: { "Teczka zablokowała się po \($0) min bez użycia. Dane są ukryte; nic nie zostało zapisane ani utracone." },
        account: { "Konto: \($0)" },
        prompt: "Hasło",
        checking: "Sprawdzanie hasła…",
        wrong: "Błędne hasło. Wpisz hasło tego konta.",
        keyUnlock: "Odblokuj",
        help: [
            "Program blokuje się sam, gdy przez kilka minut nie naciśnięto żadnego klawisza (teczka --lock-after MINUTY;",
            "domyślnie 10). Ekran pod spodem, także niezapisany formularz, czeka bez zmian.",
            "",
            "  tekst         wpisz hasło tego konta (inne hasło nie odblokowuje)",
            "  Enter         odblokuj",
            "  Esc           wyczyść pole",
            "  F10           zakończ program (o niezapisanych zmianach zapyta)",
        ])

    public static let english = LockText(
        title: "Locked",
        locked: { "Teczka locked itself after \($0) min without use. The data is hidden; nothing was saved or lost." },
        account: { "Account: \($0)" },
        prompt: "Passphrase",
        checking: "Checking the passphrase…",
        wrong: "Wrong passphrase. Type this account's passphrase.",
        keyUnlock: "Unlock",
        help: [
            "The program locks itself when no key was pressed for a few minutes (teczka --lock-after MINUTES; 10 by",
            "default). The screen underneath, an unsaved form too, waits unchanged.",
            "",
            "  text          type this account's passphrase (another one does not unlock)",
            "  Enter         unlock",
            "  Esc           clear the field",
            "  F10           quit the program (it asks about unsaved changes)",
        ])
}

/// Covers everything after a time without keys: only the passphrase of the logged-in account takes the user back
/// to exactly where they were. Not modal: nothing of the screens below is drawn.
final class LockScreen: Screen {
    private var field = TextField(masked: true, limit: 1000)
    let minutes: Int

    init(minutes: Int) { self.minutes = minutes }

    var isTyping: Bool { true }
    func title(_ app: App) -> String { app.strings.lock.title }
    func helpLines(_ app: App) -> [String] { app.strings.lock.help }
    func keyHints(_ app: App) -> [KeyHint] {
        [KeyHint("F1", app.strings.keyHelp), KeyHint("Enter", app.strings.lock.keyUnlock), KeyHint("F10", app.strings.keyQuit)]
    }

    func handle(_ key: Key, app: App) {
        switch key {
        case .enter, .function(2):
            guard !field.text.isEmpty, let user = app.file?.currentUser else { return }
            let passphrase = field.text
            field = TextField(masked: true, limit: 1000)
            app.schedule(app.strings.lock.checking) { [self] app in
                if app.store.verifyPassphrase(passphrase, of: user.id) {
                    app.unlockScreen(self)
                } else {
                    app.show(app.strings.lock.wrong, error: true)
                }
            }
        case .escape: field = TextField(masked: true, limit: 1000)
        default: _ = field.handle(key)
        }
    }

    func draw(into canvas: inout Canvas, area: Rect, app: App) {
        let l = app.strings.lock
        var y = area.y + 2
        for line in wrap(l.locked(minutes), width: area.width - 4) {
            canvas.put(line, x: 2, y: y, role: .heading)
            y += 1
        }
        canvas.put(l.account(app.file?.currentUser.name ?? ""), x: 2, y: y + 1)
        canvas.put(fit(l.prompt, 18), x: 4, y: y + 3)
        let cursorX = field.draw(into: &canvas, x: 22, y: y + 3, width: min(40, area.width - 24), role: .fieldFocused)
        canvas.cursor = (cursorX, y + 3)
    }
}

extension App {
    /// Locks the screen when no key came for `idleLimit`; the terminal calls it while it waits for keys. Returns
    /// whether it locked (the screen must be drawn again).
    @discardableResult
    public func lockIfIdle() -> Bool {
        guard let limit = idleLimit, file != nil, !isFinished, !(stack.last is LockScreen),
              clock().timeIntervalSince(lastInput) >= limit else { return false }
        push(LockScreen(minutes: max(1, Int(limit / 60))))
        message = nil
        return true
    }

    func unlockScreen(_ lock: LockScreen) {
        stack.removeAll { $0 === lock }
        lastInput = clock()
    }
}
