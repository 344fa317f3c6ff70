import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// `teczka exchange export|import`: revisions between an assistant's laptop and the supervisor's computer in a
/// sealed package, merged without overwriting anything.
struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange", abstract: "Wymiana zapisów z drugą bazą w zaszyfrowanym pakiecie (bez serwera).",
        discussion: """
            Hasło przekazania: zmienna TECZKA_TRANSFER_PASSPHRASE, plik (--transfer-passphrase-file) albo pytanie \
            w terminalu. Nic nie jest nadpisywane; rekord zmieniony w obu bazach ma obie wersje (ekran Konflikty).
            """,
        subcommands: [Export.self, Import.self])

    struct TransferSecret: ParsableArguments {
        @Option(name: .customLong("transfer-passphrase-file"), help: "Plik z hasłem przekazania (pierwszy wiersz).")
        var file: String?

        func read(_ options: CommonOptions, _ s: Strings, confirm: Bool) throws -> String {
            var environment = options.environment
            environment["TECZKA_PASSPHRASE"] = environment["TECZKA_TRANSFER_PASSPHRASE"]
            let e = s.exchange
            if file == nil, (environment["TECZKA_PASSPHRASE"] ?? "").isEmpty, isatty(STDIN_FILENO) != 1 {
                throw CommandFailure(s.language == .pl
                    ? "Brak hasła przekazania: podaj --transfer-passphrase-file PLIK albo ustaw TECZKA_TRANSFER_PASSPHRASE."
                    : "No transfer passphrase: give --transfer-passphrase-file FILE or set TECZKA_TRANSFER_PASSPHRASE.")
            }
            let passphrase = try PassphraseSource.read(file: file, environment: environment, prompt: e.passphraseLabel + ": ",
                                                       confirm: confirm ? e.passphraseRepeatLabel + ": " : nil, s)
            guard passphrase.count >= UserAccount.minimumPassphraseLength else {
                throw CommandFailure(e.transferTooShort(UserAccount.minimumPassphraseLength))
            }
            return passphrase
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Zapisuje pakiet z zapisami dla drugiej bazy.")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var transfer: TransferSecret
        @Option(name: .long, help: "Plik pakietu.") var to: String
        @Option(name: .long, help: "Koordynator: pakiet dla jednego asystenta (imię i nazwisko) — tylko jego rodziny.") var `for`: String?
        @Option(name: .long, help: "last: tylko zapisy od ostatniego pakietu dla tej osoby; all: wszystkie (domyślnie).") var since: String = "all"

        func run() throws {
            let s = try options.strings()
            guard since == "last" || since == "all" else {
                Output.error(s.language == .pl ? "--since: last albo all." : "--since: last or all.")
                throw ExitCode(1)
            }
            try StoreCommand.unlocked(options, secret) { store, file, s in
                var recipient: UserAccount?
                if let name = self.for {
                    guard file.currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
                    recipient = file.users[try ReportCommand.assistantID(name, in: file, s)!]
                }
                let passphrase = try transfer.read(options, s, confirm: true)
                let count = try Exchange.export(file, store: store, to: to, transferPassphrase: passphrase, for: recipient,
                                                sinceLast: since == "last")
                Output.info(s.exchange.exported(count, StoreLocation.resolve(to)))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Dołącza pakiet z drugiej bazy (pokazuje, co dojdzie, i pyta).")
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var transfer: TransferSecret
        @Argument(help: "Plik pakietu.") var file: String
        @Flag(name: .long, help: "Nie pytaj o potwierdzenie (dla skryptów).") var yes = false

        func run() throws {
            try StoreCommand.unlocked(options, secret) { store, caseFile, s in
                let e = s.exchange
                let passphrase = try transfer.read(options, s, confirm: false)
                let (contents, preview) = try Exchange.open(caseFile, store: store, at: file, transferPassphrase: passphrase)
                for line in e.summaryLines(preview) { Output.info(line) }
                guard !preview.isEmpty else { return }
                if !yes {
                    guard try BackupText.confirm(e.confirmMerge + (s.language == .pl ? " [t/N] " : " [y/N] "), s) else {
                        Output.info(BackupText.nothingChanged(s))
                        return
                    }
                }
                let merged = try caseFile.merge(contents.revisions)
                Output.info(e.merged(merged.revisions, merged.conflicts.count))
            }
        }
    }
}
