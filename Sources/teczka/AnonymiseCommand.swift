import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka anonymise [RODZINA…] [--past-retention] [--yes]`: families past retention anonymised by a coordinator
/// (issue 15). Without `--yes` it only shows what it would do; every family asked for is checked before any is
/// anonymised, so a wrong id changes nothing.
struct AnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise", abstract: CommandText.current.anonymiseAbstract, discussion: CommandText.current.anonymiseDiscussion)
    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @Argument(help: .text(\.anonymiseFamilies)) var families: [String] = []
    @Flag(name: .customLong("past-retention"), help: .text(\.anonymisePastRetention)) var pastRetention = false
    @Flag(name: .long, help: .text(\.anonymiseYes)) var yes = false

    func run() throws {
        try StoreCommand.unlocked(options, secret) { _, file, s in
            let t = s.anonymisation, pl = s.language == .pl
            guard file.currentUser.role == .koordynator else { throw CommandFailure(t.problem(.coordinatorOnly)) }
            let due = file.pastRetention(on: file.today)
            func label(_ id: RecordID) -> String { file.families[id]?.label ?? id.short }
            guard pastRetention || !families.isEmpty else {
                Output.info(due.isEmpty ? t.noneDue : ([pl ? "Rodziny po okresie przechowywania danych (\(due.count)):" : "Families past retention (\(due.count)):"]
                    + due.map { "  " + t.due(label($0.0), $0.1, $0.0) }).joined(separator: "\n"))
                return
            }
            var chosen = pastRetention ? due.map(\.0) : []
            for given in families {
                let matches = file.families.keys.filter { !given.isEmpty && $0.raw.hasPrefix(given.lowercased()) }
                guard matches.count == 1 else { throw CommandFailure(t.problem(.unknownFamily(RecordID(given)))) }
                if !chosen.contains(matches[0]) { chosen.append(matches[0]) }
            }
            for id in chosen {
                if let problem = file.anonymisationProblem(id) { throw CommandFailure("\(label(id)): \(t.problem(problem))") }
            }
            guard !chosen.isEmpty else { Output.info(t.noneDue); return }
            guard yes else {
                Output.info(([pl ? "Do anonimizacji (\(chosen.count)):" : "To anonymise (\(chosen.count)):"]
                    + chosen.map { id in "  " + t.due(label(id), file.retainedUntil(id) ?? file.today, id) }
                    + [pl ? "Tego nie można cofnąć. Nic nie zmieniono; z --yes rodziny zostaną zanonimizowane."
                          : "This cannot be undone. Nothing was changed; with --yes the families are anonymised."]).joined(separator: "\n"))
                return
            }
            for id in chosen {
                let was = label(id)
                do {
                    Output.info(t.done(was, try file.anonymise(id)))
                } catch let problem as AnonymisationProblem {
                    throw CommandFailure("\(was): \(t.problem(problem))")
                }
            }
        }
    }
}
