import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka export`: the whole store as one JSON document (Docs/import-format.md), recorded in the history.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandText.current.exportAbstract,
        discussion: CommandText.current.exportDiscussion)

    enum Format: String, ExpressibleByArgument { case json }

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions

    @Option(name: .long, help: .text(\.exportFormat)) var format: Format = .json
    @Option(name: .long, help: .text(\.exportOutput)) var output: String?

    func run() throws {
        try StoreCommand.unlocked(options, secret) { _, file, s in
            let target = output ?? "-"
            let data: Data
            do {
                data = try file.export(fileName: target)
            } catch AccessProblem.coordinatorOnly {
                throw CommandFailure(s.language == .pl ? "Eksport całej bazy może wykonać tylko koordynator (plik zawiera wszystkie rodziny)."
                                                        : "Only a coordinator can export the whole store (the file holds every family).")
            }
            if target == "-" {
                FileHandle.standardOutput.write(data)
                return
            }
            try ExportCommand.writePrivately(data, to: target)
            let counts = TransferMessages(s: s).counts(file.transferDocument().counts)
            Output.info(s.language == .pl ? "Wyeksportowano bazę do \(target) (\(counts))." : "Exported the store to \(target) (\(counts)).")
        }
    }

    /// Writes the file atomically, readable by its owner only (it holds the data in clear).
    static func writePrivately(_ data: Data, to path: String) throws {
        try Output.writeFile(data, to: path)
    }
}

/// `teczka history`: the store's exports and imports, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: CommandText.current.historyAbstract)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions

    func run() throws {
        try StoreCommand.unlocked(options, secret) { _, file, s in
            let words = TransferMessages(s: s)
            let entries = file.transferHistory
            if entries.isEmpty {
                Output.info(s.language == .pl ? "Bazy jeszcze nie eksportowano ani do niej nie importowano." : "No exports or imports yet.")
            }
            for entry in entries {
                let revisions = String(entry.log.counts["revisions"] ?? 0)
                let counts = switch entry.log.direction {
                case .migracja: (s.language == .pl ? "zapisy poświadczone: " : "revisions vouched for: ") + revisions
                case .klucze: (s.language == .pl ? "zapisy zaszyfrowane kluczami według uprawnień: " : "revisions sealed under need-to-know keys: ") + revisions
                default: words.counts(entry.log.counts)
                }
                Output.info("\(warsawDateTime(entry.timestamp))  \(entry.author)  \(words.direction(entry.log.direction))"
                            + (entry.log.fileName.isEmpty ? "" : "  \(entry.log.fileName)") + (counts.isEmpty ? "" : "  (\(counts))"))
                for line in s.refusedHistoryLines(entry.log, in: file) { Output.info("    " + line.trimmingCharacters(in: .whitespaces)) }
            }
        }
    }
}
