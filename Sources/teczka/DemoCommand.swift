import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka demo`: creates a store, or adds to one, with realistic sample families.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Dodaje przykładowe rodziny (tworzy bazę, jeśli jej nie ma).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @OptionGroup var catalogueOption: CatalogueOption

    @Option(name: .long, help: "Liczba rodzin.")
    var families: Int = 12

    @Option(name: .long, help: "Ziarno losowania: te same dane dla tego samego ziarna.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Imię i nazwisko użytkownika, gdy baza jest tworzona (domyślnie „Asystent Demo”).")
    var user: String?

    func validate() throws {
        guard (1...100_000).contains(families) else { throw ValidationError("--families: 1…100000") }
    }

    func run() throws {
        try StoreCommand.run(options) { store, s in
            let file: CaseFile
            if store.isInitialized {
                file = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
            } else {
                file = try store.initialize(name: user ?? "Asystent Demo", role: .asystent,
                                            passphrase: try StoreCommand.passphrase(secret, options, s, confirm: true),
                                            settings: StoreSettings(catalogue: try catalogueOption.load(s)))
            }
            try DemoData.populate(file, families: families, seed: seed, today: file.today)
            Output.info(s.demoLoaded(families) + " " + store.path)
        }
    }
}
