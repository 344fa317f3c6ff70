import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka import FILE`: a whole-store export (coordinators), or families and members from CSV (`--csv`). Everything
/// is checked first; on any problem nothing is written. Into a store that does not exist yet, `--as NAME` creates it
/// for that coordinator of the file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: CommandText.current.importAbstract,
        discussion: CommandText.current.importDiscussion)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions

    @Argument(help: .text(\.importFile)) var file: String
    @Flag(name: .long, help: .text(\.importCSV)) var csv = false
    @Option(name: .customLong("as"), help: .text(\.importAs))
    var asUser: String?
    @Flag(name: .customLong("dry-run"), help: .text(\.importDryRun))
    var dryRun = false

    func run() throws {
        try StoreCommand.run(options) { store, s in
            let words = TransferMessages(s: s)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(s.language == .pl ? "Nie można odczytać pliku: \(file)" : "Cannot read the file: \(file)")
            }
            do {
                let summary: ImportSummary
                if store.isInitialized {
                    if asUser != nil {
                        throw CommandFailure(s.language == .pl ? "Baza \(store.path) już istnieje; --as służy tylko do tworzenia nowej bazy z pliku."
                                                                : "The store \(store.path) exists; --as only creates a new store from a file.")
                    }
                    let caseFile = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
                    summary = try importInto(caseFile, data)
                    if !dryRun, let note = words.withoutPassphrase(try store.accountsWithoutPassphrase(in: caseFile)) { Output.info(note) }
                } else {
                    summary = try createStore(store, from: data, s)
                }
                Output.info(dryRun ? dryRunText(summary, words, s) : words.summary(summary, file: file))
            } catch let failure as TransferFailure {
                throw CommandFailure(words.refusal(failure))
            } catch AccessProblem.coordinatorOnly {
                throw CommandFailure(s.language == .pl ? "Import całej bazy może wykonać tylko koordynator (plik zawiera dane innych użytkowników). Asystent może importować rodziny z CSV (--csv)."
                                                        : "Only a coordinator can import a whole store (the file holds other users' records). An assistant can import families from CSV (--csv).")
            }
        }
    }

    private func importInto(_ caseFile: CaseFile, _ data: Data) throws -> ImportSummary {
        if csv {
            return dryRun ? try caseFile.planCSVImport(data).summary : try caseFile.importCSV(data, fileName: file)
        }
        let document = try TransferDocument.read(data)
        if dryRun {
            guard caseFile.currentUser.role == .koordynator else { throw AccessProblem.coordinatorOnly }
            return try caseFile.planImport(document).summary
        }
        return try caseFile.importDocument(document, fileName: file)
    }

    /// A new store from an export: checked in memory first, so a refused file creates no store.
    private func createStore(_ store: EncryptedStore, from data: Data, _ s: Strings) throws -> ImportSummary {
        let pl = s.language == .pl
        guard !csv, let name = asUser else {
            throw CommandFailure(pl ? "Baza \(store.path) nie istnieje. Aby utworzyć ją z pliku eksportu, podaj --as „Imię Nazwisko” (koordynator z pliku); plik CSV importuje się do istniejącej bazy (teczka init)."
                                    : "The store \(store.path) does not exist. To create it from an export, give --as \"Name\" (a coordinator in the file); CSV files go into an existing store (teczka init).")
        }
        let document = try TransferDocument.read(data)
        let matches = document.users.named(name)
        guard matches.count == 1, let user = matches.first else {
            let names = document.users.filter { $0.role == .koordynator && $0.active }.map(\.name).joined(separator: ", ")
            throw CommandFailure(pl ? (matches.isEmpty ? "W pliku nie ma użytkownika „\(name)”." : "W pliku jest kilku użytkowników „\(name)”.") + " Koordynatorzy w pliku: \(names)."
                                    : (matches.isEmpty ? "No user “\(name)” in the file." : "Several users “\(name)” in the file.") + " Coordinators in the file: \(names).")
        }
        guard user.role == .koordynator, user.active else {
            throw CommandFailure(pl ? "„\(user.name)” nie jest aktywnym koordynatorem; nową bazę z pliku tworzy koordynator."
                                    : "“\(user.name)” is not an active coordinator; a new store is created from a file by a coordinator.")
        }
        let settings = document.storeSettings
        let limits = settings.validateLimits()
        guard limits.isEmpty else { throw ValidationFailure(limits) }
        let preview = try CaseFile.preview(as: user, settings: settings)
        let planned = try preview.planImport(document).summary
        if dryRun { return planned }
        let passphrase = try StoreCommand.passphrase(secret, options, s, confirm: true)
        let caseFile = try store.initialize(account: user, passphrase: passphrase, settings: settings)
        let summary = try caseFile.importDocument(document, fileName: file)
        Output.info(pl ? "Utworzono bazę \(store.path) z pliku \(file) (użytkownik: \(user.name))."
                       : "Created the store \(store.path) from \(file) (user: \(user.name)).")
        if let note = TransferMessages(s: s).withoutPassphrase(try store.accountsWithoutPassphrase(in: caseFile)) { Output.info(note) }
        return summary
    }

    private func dryRunText(_ summary: ImportSummary, _ words: TransferMessages, _ s: Strings) -> String {
        let pl = s.language == .pl
        if summary.isEmpty { return words.summary(summary, file: file) + (pl ? " (sprawdzenie, nic nie zapisano)" : " (check only, nothing written)") }
        return (pl ? "Plik jest poprawny. Import dodałby: " : "The file is valid. An import would add: ") + words.counts(summary.counts)
            + (pl ? ". Nic nie zapisano." : ". Nothing was written.")
    }
}
