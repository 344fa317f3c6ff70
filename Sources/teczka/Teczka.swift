import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaTerminal
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

@main
struct Teczka: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teczka",
        abstract: CommandText.current.teczkaAbstract,
        discussion: CommandText.current.teczkaDiscussion,
        version: ProgramVersion.line(CommandText.runLanguage),
        subcommands: [OpenCommand.self, BenchSignaturesCommand.self, BenchLoginCommand.self, BenchUICommand.self, ManualCommand.self, InitCommand.self, DemoCommand.self, SettingsCommand.self, UserCommand.self, AnonymiseCommand.self, PrintCommand.self,
                      ReportCommand.self, BackupCommand.self, RestoreCommand.self, CheckCommand.self,
                      ExportCommand.self, ImportCommand.self, HistoryCommand.self, ExchangeCommand.self],
        defaultSubcommand: OpenCommand.self)
}

/// For commands that run without the terminal program: where the passphrase comes from.
struct PassphraseOptions: ParsableArguments {
    @Option(name: .customLong("passphrase-file"),
            help: .text(\.passphraseFile))
    var passphraseFile: String?
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: .text(\.store))
    var store: String?

    @Option(name: .long, help: .text(\.lang))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var storePath: String { StoreLocation.resolve(store ?? StoreLocation.defaultPath(environment: environment)) }

    func strings() throws -> Strings {
        guard let language = Language.choose(option: lang, environment: environment) else {
            throw ValidationError("--lang: pl albo en")
        }
        return Strings.forLanguage(language)
    }
}

/// `--catalogue A|B|FILE` for commands that create a store.
struct CatalogueOption: ParsableArguments {
    @Option(name: .long, help: .text(\.catalogue))
    var catalogue: String = "A"

    func load(_ s: Strings) throws -> ProblemCatalogue {
        if let builtIn = ProblemCatalogue.builtIn.first(where: { $0.id.lowercased() == catalogue.lowercased() }) {
            return builtIn
        }
        guard let data = FileManager.default.contents(atPath: catalogue) else {
            throw CommandFailure(s.language == .pl ? "Nie ma katalogu „\(catalogue)”: podaj A, B albo ścieżkę pliku."
                                                    : "No catalogue “\(catalogue)”: give A, B or a file path.")
        }
        do {
            return try ProblemCatalogue.load(json: data)
        } catch {
            throw CommandFailure(s.catalogueProblem(error))
        }
    }
}
