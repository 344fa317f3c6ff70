import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka init`: creates a store without the terminal program (for scripts and administrators).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Tworzy nową, zaszyfrowaną bazę z pierwszym użytkownikiem.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @OptionGroup var catalogueOption: CatalogueOption

    @Option(name: .long, help: "Imię i nazwisko pierwszego użytkownika.")
    var user: String

    @Option(name: .long, help: "Rola: asystent albo koordynator.")
    var role: UserRole = .asystent

    func run() throws {
        let s = try options.strings()
        do {
            let store = try EncryptedStore(path: options.storePath)
            defer { store.close() }
            guard !store.isInitialized else { throw StoreProblem.alreadyExists(path: store.path) }
            let passphrase = try PassphraseSource.read(
                file: secret.passphraseFile, environment: options.environment,
                prompt: s.fieldLabel(.passphrase) + ": ", confirm: s.fieldLabel(.passphraseRepeat) + ": ", s)
            _ = try store.initialize(name: user, role: role, passphrase: passphrase,
                                     settings: StoreSettings(catalogue: try catalogueOption.load(s)))
            Output.info(s.language == .pl ? "Utworzono bazę \(store.path) (użytkownik: \(user), rola: \(s.userRole(role)))."
                                          : "Created the store \(store.path) (user: \(user), role: \(s.userRole(role))).")
        } catch let failure as CommandFailure {
            Output.error(failure.message)
            throw ExitCode(1)
        } catch {
            Output.error(Output.describe(error, s))
            throw ExitCode(1)
        }
    }
}

extension UserRole: ExpressibleByArgument {}
