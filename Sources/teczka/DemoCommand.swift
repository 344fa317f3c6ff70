import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka demo`: creates a store, or adds to one, with realistic sample families and their casework.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: CommandText.current.demoAbstract,
        discussion: CommandText.current.demoDiscussion)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @OptionGroup var catalogueOption: CatalogueOption

    @Option(name: .long, help: .text(\.demoFamilies))
    var families: Int = 12

    @Option(name: .long, help: .text(\.demoYears))
    var years: Int = 1

    @Option(name: .long, help: .text(\.demoSeed))
    var seed: UInt64 = 1

    @Option(name: .long, help: .text(\.demoAssistants))
    var assistants: Int?

    @Option(name: .long, help: .text(\.demoUser))
    var user: String?

    func validate() throws {
        guard (1...100_000).contains(families) else { throw ValidationError("--families: 1…100000") }
        guard (1...30).contains(years) else { throw ValidationError("--years: 1…30") }
        if let assistants, !(1...1_000).contains(assistants) { throw ValidationError("--assistants: 1…1000") }
    }

    func run() throws {
        try StoreCommand.run(options) { store, s in
            let file: CaseFile
            if store.isInitialized {
                file = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
            } else {
                // A store made for several assistants opens as their coordinator, who sees every family.
                let team = assistants ?? DemoData.defaultAssistants(families: families, years: years, seed: seed,
                                                                     today: LocalDate.today())
                let role: UserRole = team > 1 ? .koordynator : .asystent
                file = try store.initialize(name: user ?? (role == .koordynator ? "Koordynator Demo" : "Asystent Demo"), role: role,
                                            passphrase: try StoreCommand.passphrase(secret, options, s, confirm: true),
                                            settings: StoreSettings(catalogue: try catalogueOption.load(s), centre: DemoData.centre))
            }
            let summary = try DemoData.populateInBatches(file, families: families, seed: seed, today: file.today,
                                                         years: years, assistants: assistants)
            Output.info(s.demoLoaded(families) + " " + store.path)
            Output.info(report(summary, pl: s.language == .pl))
        }
    }

    /// What was added, and which accounts cannot log in.
    private func report(_ summary: DemoData.Summary, pl: Bool) -> String {
        var lines = [pl ? "Współprace: \(summary.cooperations), wizyty: \(summary.visits), oceny okresowe: \(summary.assessments), protokoły zespołu: \(summary.meetings), asystenci: \(summary.assistants.count)."
                        : "Cooperations: \(summary.cooperations), visits: \(summary.visits), assessments: \(summary.assessments), team meetings: \(summary.meetings), assistants: \(summary.assistants.count)."]
        if !summary.newAccounts.isEmpty {
            // A city centre's demo makes hundreds of accounts: a dozen names, and where to see the rest.
            let shown = 12
            var names = summary.newAccounts.prefix(shown).map(\.name).joined(separator: ", ")
            let more = summary.newAccounts.count - shown
            if more > 0 {
                names += pl ? " i \(more) \(Strings.plural(more, "kolejne", "kolejne", "kolejnych")) (wszystkie: teczka user list)"
                            : " and \(more) more (all of them: teczka user list)"
            }
            lines.append(pl ? "Nowe konta bez hasła (nie można się na nie zalogować): \(names)."
                            : "New accounts without a passphrase (nobody can log in with them): \(names).")
        }
        return lines.joined(separator: "\n")
    }
}
