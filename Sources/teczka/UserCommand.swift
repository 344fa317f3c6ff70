import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka user …`: the accounts of a store. Adding and deactivating need a coordinator's passphrase.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Konta użytkowników: lista, dodanie, zmiana hasła, dezaktywacja.",
        subcommands: [List.self, Add.self, Passwd.self, Passphrase.self, Reset.self, Deactivate.self], defaultSubcommand: List.self)

    /// The new passphrase: `--new-passphrase-file`, `TECZKA_NEW_PASSPHRASE`, or typed twice on the terminal.
    /// `name`: whose passphrase it is, said in the prompt ("Hasło dla konta „Anna Nowak”: ") — after the user's own.
    static func newPassphrase(_ file: String?, _ options: CommonOptions, _ s: Strings, for name: String? = nil) throws -> String {
        try PassphraseSource.read(file: file, environment: options.environment,
                                  prompt: (name.map(s.promptPassphraseFor) ?? s.userText.newPassphrase) + ": ",
                                  confirm: s.fieldLabel(.passphraseRepeat) + ": ", variable: "TECZKA_NEW_PASSPHRASE",
                                  fileOption: "--new-passphrase-file", s)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lista kont.")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let users = file.users.values.sorted { PolishCollation.compare($0.name, $1.name) == .orderedAscending }
                let noPassphrase = Set(try store.accountsWithoutPassphrase(in: file).map(\.id))
                for user in users {
                    Output.info("\(user.id.short)  \(user.name)  (\(s.userRole(user.role)))" + (user.active ? "" : "  — \(s.userText.inactive)")
                                + (noPassphrase.contains(user.id) ? (s.language == .pl ? "  — bez hasła" : "  — no passphrase") : "")
                                + (user.active && !s.userText.keyState(user).isEmpty ? "  — \(s.userText.keyState(user))" : ""))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Dodaje konto (wymaga hasła koordynatora).")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Option(name: .long, help: "Imię i nazwisko.") var name: String
        @Option(name: .long, help: "Rola: asystent albo koordynator.") var role: UserRole = .asystent
        @Option(name: .customLong("new-passphrase-file"),
                help: "Do automatyzacji: plik z hasłem nowego konta. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.")
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let passphrase = try UserCommand.newPassphrase(newPassphraseFile, options, s, for: name)
                let user = try store.addUser(name: name, role: role, passphrase: passphrase, by: file)
                Output.info(s.userText.added(user.name, s.userRole(user.role)))
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "passwd", abstract: "Zmienia hasło zalogowanego użytkownika.")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Option(name: .customLong("new-passphrase-file"),
                help: "Do automatyzacji: plik z nowym hasłem. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.")
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                try store.changePassphrase(to: try UserCommand.newPassphrase(newPassphraseFile, options, s), for: file)
                Output.info(s.userText.passphraseChanged(file.currentUser.name))
            }
        }
    }

    struct Passphrase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nadaje pierwsze hasło kontu, które go nie ma (konta z importu; wymaga hasła koordynatora).")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: "Początek identyfikatora konta (z `teczka user list`).") var id: String
        @Option(name: .customLong("new-passphrase-file"),
                help: "Do automatyzacji: plik z hasłem. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.")
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let user = try UserCommand.account(id, in: file)
                try store.setFirstPassphrase(try UserCommand.newPassphrase(newPassphraseFile, options, s, for: user.name), for: user.id, by: file)
                Output.info(s.userText.passphraseChanged(user.name))
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Nadaje innemu kontu nowe hasło i nowe klucze (zapomniane hasło, konto bez kluczy; wymaga hasła koordynatora).")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: "Imię i nazwisko albo początek identyfikatora konta (z `teczka user list`).") var account: String
        @Option(name: .customLong("new-passphrase-file"),
                help: "Do automatyzacji: plik z nowym hasłem. Zamiast niego można ustawić TECZKA_NEW_PASSPHRASE.")
        var newPassphraseFile: String?

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let user = try UserCommand.account(account, in: file)
                try store.resetAccount(user.id, passphrase: try UserCommand.newPassphrase(newPassphraseFile, options, s, for: user.name), by: file)
                Output.info(s.userText.resetDone(user.name))
            }
        }
    }

    /// An account by its name or the start of its id.
    static func account(_ given: String, in file: CaseFile) throws -> UserAccount {
        let byName = file.users.values.named(given)
        if byName.count == 1 { return byName[0] }
        let byID = file.users.values.filter { !given.isEmpty && $0.id.raw.hasPrefix(given.lowercased()) }
        guard byID.count == 1 else { throw AccountProblem.unknownUser }
        return byID[0]
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Dezaktywuje konto (historia zachowuje nazwisko).")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @Argument(help: "Początek identyfikatora konta (z `teczka user list`).") var id: String

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, file, s in
                let matches = file.users.values.filter { $0.id.raw.hasPrefix(id.lowercased()) }
                guard matches.count == 1, let user = matches.first else { throw AccountProblem.unknownUser }
                try store.deactivate(user.id, by: file)
                Output.info(s.userText.deactivated(user.name))
            }
        }
    }
}
