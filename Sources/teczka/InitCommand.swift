import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka init`: creates a store without the terminal program (for scripts and administrators).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: CommandText.current.initAbstract)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @OptionGroup var catalogueOption: CatalogueOption

    @Option(name: .long, help: .text(\.initUser))
    var user: String

    @Option(name: .long, help: .text(\.role))
    var role: UserRole = .asystent

    func run() throws {
        try StoreCommand.run(options) { store, s in
            guard !store.isInitialized else { throw StoreProblem.alreadyExists(path: store.path) }
            let catalogue = try catalogueOption.load(s)
            _ = try store.initialize(name: user, role: role, passphrase: try StoreCommand.passphrase(secret, options, s, confirm: true),
                                     settings: StoreSettings(catalogue: catalogue))
            Output.info(s.language == .pl ? "Utworzono bazę \(store.path) (użytkownik: \(user), rola: \(s.userRole(role)))."
                                          : "Created the store \(store.path) (user: \(user), role: \(s.userRole(role))).")
        }
    }
}

extension UserRole: ExpressibleByArgument {}
