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
        commandName: "exchange", abstract: CommandText.current.exchangeAbstract,
        discussion: CommandText.current.exchangeDiscussion,
        subcommands: [Export.self, Import.self])

    struct TransferSecret: ParsableArguments {
        @Option(name: .customLong("transfer-passphrase-file"), help: .text(\.exchangeTransferPassphraseFile))
        var file: String?

        func read(_ options: CommonOptions, _ s: Strings, confirm: Bool) throws -> String {
            let e = s.exchange
            let passphrase = try PassphraseSource.read(file: file, environment: options.environment, prompt: e.passphraseLabel + ": ",
                                                       confirm: confirm ? e.passphraseRepeatLabel + ": " : nil,
                                                       variable: "TECZKA_TRANSFER_PASSPHRASE", fileOption: "--transfer-passphrase-file", s)
            guard passphrase.count >= UserAccount.minimumPassphraseLength else {
                throw CommandFailure(e.transferTooShort(UserAccount.minimumPassphraseLength))
            }
            return passphrase
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: CommandText.current.exchangeExportAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var transfer: TransferSecret
        @Option(name: .long, help: .text(\.exchangePackageFile)) var to: String
        @Option(name: .long, help: .text(\.exchangeExportFor)) var `for`: String?
        @Option(name: .long, help: .text(\.exchangeExportSince)) var since: String = "all"

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
                    let matches = file.users.values.filter(\.active).named(name)
                    guard matches.count == 1 else {
                        let names = file.users.values.filter(\.active).map(\.name).sorted().joined(separator: ", ")
                        throw CommandFailure(s.language == .pl ? "Nie ma aktywnego konta „\(name)”. Konta: \(names)." : "No active account “\(name)”. Accounts: \(names).")
                    }
                    recipient = matches[0]
                }
                let passphrase = try transfer.read(options, s, confirm: true)
                let count = try Exchange.export(file, store: store, to: to, transferPassphrase: passphrase, for: recipient,
                                                sinceLast: since == "last")
                Output.info(s.exchange.exported(count, StoreLocation.resolve(to)))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: CommandText.current.exchangeImportAbstract)
        @OptionGroup var options: CommonOptions
        @OptionGroup var secret: PassphraseOptions
        @OptionGroup var transfer: TransferSecret
        @Argument(help: .text(\.exchangePackageFile)) var file: String
        @Flag(name: .long, help: .text(\.noConfirmation)) var yes = false
        @Option(name: .customLong("as"), help: .text(\.exchangeImportAs))
        var account: String?

        func run() throws {
            try StoreCommand.run(options) { store, s in
                // A foreign or crafted file is refused before any passphrase is asked for or derived.
                try EncryptedStore.checkPackage(at: file)
                if !store.isInitialized { return try create(store, s) }
                let caseFile = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
                try merge(store, caseFile, s)
            }
        }

        /// A new store from a package: the account named by `--as` gets the store's passphrase, which must be the
        /// account's own (office) passphrase: it opens the account's signing key, which the coordinator's package for
        /// her carries sealed. Every revision of the package is checked against the office's root of trust before
        /// anything is created, and goes in with the store's first write.
        private func create(_ store: EncryptedStore, _ s: Strings) throws {
            let pl = s.language == .pl
            guard let account else {
                throw CommandFailure(pl ? "Baza \(store.path) nie istnieje. Aby utworzyć ją z pakietu (np. na laptopie asystenta), podaj --as \"Imię Nazwisko\"."
                                        : "The store \(store.path) does not exist. To create it from the package (e.g. on an assistant's laptop), give --as \"Name\".")
            }
            let contents = try store.readPackage(at: file, transferPassphrase: try transfer.read(options, s, confirm: false))
            let accounts = contents.accounts().filter { $0.active }
            let matching = accounts.named(account)
            guard matching.count == 1 else {
                let names = accounts.map(\.name).joined(separator: ", ")
                throw CommandFailure(pl ? "W pakiecie nie ma jednego aktywnego konta „\(account)”. Konta w pakiecie: \(names)."
                                        : "The package has no single active account “\(account)”. Accounts in it: \(names).")
            }
            let user = matching[0]
            let passphrase = try StoreCommand.passphrase(secret, options, s, confirm: true)
            let created: CaseFile
            do {
                created = try store.setUp(from: contents, as: user, passphrase: passphrase)
            } catch SetUpProblem.refused(let findings) {
                let preview = try CaseFile(revisions: contents.revisions, journal: MemoryJournal(), currentUser: user)
                for line in s.integrityLines(findings, in: preview).dropLast() { Output.error(line) }
                throw SetUpProblem.refused(findings)
            }
            let seed = contents.revisions.filter { $0.kind.traits.travels }
            guard let root = created.root else { return }
            let identity = (root: root, name: created.userName(root.userID))
            Output.info(pl ? "Utworzono bazę \(store.path) z pakietu (użytkownik: \(user.name); rodziny: \(created.families.count), zapisy: \(seed.count)). Zaufany koordynator: \(identity.name), odcisk klucza \(identity.root.key.fingerprint)."
                           : "Created the store \(store.path) from the package (user: \(user.name); families: \(created.families.count), revisions: \(seed.count)). Trusted coordinator: \(identity.name), key fingerprint \(identity.root.key.fingerprint).")
        }

        private func merge(_ store: EncryptedStore, _ caseFile: CaseFile, _ s: Strings) throws {
            let e = s.exchange
            let passphrase = try transfer.read(options, s, confirm: false)
            let (contents, preview) = try Exchange.open(caseFile, store: store, at: file, transferPassphrase: passphrase)
            for line in s.packageLines(preview, contents, in: caseFile) { Output.info(line) }
            let fileName = StoreLocation.resolve(file)
            if preview.isEmpty {
                guard !preview.refusals.isEmpty else { return }
                try Exchange.decline(caseFile, contents, preview, fileName: fileName)
                throw CommandFailure(s.trust.nothingAccepted)
            }
            if !yes {
                let question = preview.refusals.isEmpty ? e.confirmMerge : s.trust.confirmRest
                guard try Confirmation.ask(question + (s.language == .pl ? " [t/N] " : " [y/N] "), s) else {
                    try Exchange.decline(caseFile, contents, preview, fileName: fileName)
                    Output.info(Confirmation.nothingChanged(s))
                    return
                }
            }
            let merged = try Exchange.merge(caseFile, contents, fileName: fileName)
            Output.info(e.merged(merged.revisions, merged.conflicts.count))
        }
    }
}
