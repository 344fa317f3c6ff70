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
        abstract: "Teczka — kartoteka asystenta rodziny w terminalu (a family assistant's case manager).",
        discussion: """
            Bez polecenia otwiera program w terminalu. Dane są w zaszyfrowanym pliku; domyślnie \
            $XDG_DATA_HOME/teczka/teczka.sqlite (albo ~/.local/share/teczka/teczka.sqlite).

            Dla skryptów i testów (automatyzacja): hasło można podać w zmiennej środowiskowej TECZKA_PASSPHRASE \
            albo w pliku (--passphrase-file PLIK). W zwykłej pracy wpisuj hasło w programie.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, BenchSignaturesCommand.self, BenchLoginCommand.self, InitCommand.self, DemoCommand.self, SettingsCommand.self, UserCommand.self, PrintCommand.self,
                      ReportCommand.self, BackupCommand.self, RestoreCommand.self, CheckCommand.self,
                      ExportCommand.self, ImportCommand.self, HistoryCommand.self, ExchangeCommand.self],
        defaultSubcommand: OpenCommand.self)
}

/// For commands that run without the terminal program: where the passphrase comes from.
struct PassphraseOptions: ParsableArguments {
    @Option(name: .customLong("passphrase-file"),
            help: "Do automatyzacji: plik z hasłem (pierwszy wiersz). Zamiast niego można ustawić TECZKA_PASSPHRASE.")
    var passphraseFile: String?
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Plik bazy danych (domyślnie w $XDG_DATA_HOME/teczka/).")
    var store: String?

    @Option(name: .long, help: "Język: pl albo en (domyślnie według ustawień systemu, zwykle pl).")
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
    @Option(name: .long, help: "Katalog problemów nowej bazy: A (Siechnice, domyślny), B (Mielec) albo plik JSON (Docs/catalogues.md).")
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
