import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka check`: is the store whole? SQLite's integrity check, every revision decrypts (unlocking reads them
/// all), every reference between records resolves. Exit status 1 when anything is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Sprawdza bazę: integralność pliku, odszyfrowanie każdego zapisu i powiązania między zapisami.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions

    func run() throws {
        var problems: [String] = []
        try StoreCommand.run(options) { store, s in
            guard store.isInitialized else { throw StoreProblem.notInitialized(path: store.path) }
            let pl = s.language == .pl
            let sqlite = try store.integrityCheck()
            if sqlite != ["ok"] {
                problems.append((pl ? "Plik: " : "File: ") + sqlite.prefix(10).joined(separator: "; "))
            }
            let file = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
            let count = file.revisions.values.reduce(0) { $0 + $1.count }
            let broken = file.brokenReferences()
            for reference in broken.prefix(50) {
                problems.append((pl ? "Nierozwiązane odwołanie: " : "Unresolved reference: ") + reference.description)
            }
            if broken.count > 50 { problems.append(pl ? "… i \(broken.count - 50) kolejnych." : "… and \(broken.count - 50) more.") }
            if problems.isEmpty {
                Output.info(pl ? "Baza \(store.path) jest w porządku: plik nieuszkodzony, wszystkie zapisy się odszyfrowują (zapisy: \(count)), wszystkie powiązania są poprawne."
                               : "The store \(store.path) is fine: the file is intact, \(count) revisions decrypt, every reference resolves.")
            } else {
                for problem in problems { Output.error(problem) }
                throw CommandFailure(pl ? "Znaleziono problemy: \(problems.count). Przywróć kopię zapasową (teczka restore) albo zgłoś to koordynatorowi."
                                        : "Problems found: \(problems.count). Restore a backup (teczka restore) or report it to your coordinator.")
            }
        }
    }
}
