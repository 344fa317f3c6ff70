import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaTerminal
import TeczkaUI

/// `teczka` with no command: the terminal program.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: CommandText.current.openAbstract)

    @OptionGroup var options: CommonOptions
    @Option(name: .customLong("lock-after"), help: .text(\.openLockAfter))
    var lockAfter: Int = 10

    func validate() throws {
        guard (0...240).contains(lockAfter) else { throw ValidationError("--lock-after: 0…240") }
    }

    func run() throws {
        let s = try options.strings()
        if let problem = Terminal.check(environment: options.environment) {
            Output.error(noTerminal(problem, s))
            throw ExitCode(2)
        }
        let store = try openOrOfferBackup(s)
        dailyBackup(store, s)
        Terminal.setUpLocale()
        let terminal: Terminal
        do {
            terminal = try Terminal(environment: options.environment)
        } catch {
            Output.error(noTerminal(error, s))
            throw ExitCode(2)
        }
        stopOnCheckpointChange(s) { terminal.end() }
        let app = App(store: store, strings: s)
        app.idleLimit = lockAfter == 0 ? nil : TimeInterval(lockAfter * 60)
        Terminal.catchStopSignals()
        terminal.run(app)
        terminal.end()
        dailyBackup(store, s)
        store.close()
        if let message = app.exitMessage { Output.error(message) }
        if app.exitStatus != 0 { throw ExitCode(app.exitStatus) }
    }

    /// Opens the store; when it is damaged and a good automatic backup exists, offers to restore the newest one.
    private func openOrOfferBackup(_ s: Strings) throws -> EncryptedStore {
        do {
            return try EncryptedStore(path: options.storePath)
        } catch let problem as StoreProblem {
            Output.error(Output.describe(problem, s))
            switch problem {
            case .damaged, .notATeczkaStore: break
            default: throw ExitCode(1)
            }
            guard let good = Backups.newestGood(forStore: options.storePath),
                  (try? Confirmation.ask(BackupText.damagedOffer(good.date, s), s)) == true else { throw ExitCode(1) }
            do {
                let kept = try EncryptedStore.restore(good.path, over: options.storePath)
                Output.info(BackupText.restored(options.storePath, kept: kept, s))
                return try EncryptedStore(path: options.storePath)
            } catch {
                Output.error(BackupText.describe(error, s))
                throw ExitCode(1)
            }
        }
    }

    /// The automatic copy of the day; a failure is reported but does not stop the work.
    private func dailyBackup(_ store: EncryptedStore, _ s: Strings) {
        do {
            try store.dailyBackup(today: LocalDate.today())
        } catch {
            Output.error((s.language == .pl ? "Nie udało się zrobić kopii zapasowej: " : "The backup failed: ") + BackupText.describe(error, s))
        }
    }

    private func noTerminal(_ problem: TerminalUnavailable, _ s: Strings) -> String {
        switch (problem, s.language) {
        case (.notATerminal, .pl):
            return "Teczka działa w oknie terminala, a wejście lub wyjście nie jest terminalem. Uruchom ją w terminalu (polecenia teczka init/demo działają bez niego)."
        case (.notATerminal, .en):
            return "Teczka runs in a terminal window, and its input or output is not a terminal. Start it in a terminal (teczka init/demo work without one)."
        case (_, .pl):
            return "Ten terminal (TERM=\(options.environment["TERM"] ?? "")) nie umie przesuwać kursora. Ustaw TERM, np. xterm-256color."
        case (_, .en):
            return "This terminal (TERM=\(options.environment["TERM"] ?? "")) cannot move the cursor. Set TERM, e.g. xterm-256color."
        }
    }
}
