import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaReports
import TeczkaStore
import TeczkaUI

/// `teczka check`: is the store whole? SQLite's integrity check, every revision decrypts (unlocking reads them
/// all), every reference between records resolves. Exit status 1 when anything is wrong.
/// `teczka check --data [period]`: the completeness check the reports run, on its own.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: CommandText.current.checkAbstract,
        discussion: CommandText.current.checkDiscussion)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @Flag(name: .long, help: .text(\.checkData)) var data = false
    @OptionGroup var period: PeriodOptions
    @Option(name: .long, help: .text(\.checkFormat)) var format: String = "text"

    func run() throws {
        if data { return try checkData() }
        var problems: [String] = []
        try StoreCommand.run(options, mustExist: true) { store, s in
            guard store.isInitialized else { throw StoreProblem.notInitialized(path: store.path) }
            let pl = s.language == .pl
            let sqlite = try store.integrityCheck()
            if sqlite != ["ok"] {
                problems.append((pl ? "Plik: " : "File: ") + sqlite.prefix(10).joined(separator: "; "))
            }
            // Every revision re-admitted from the file: checkpoints are a cache of what was admitted, not evidence.
            store.usesCheckpoints = false
            let file = try store.unlock(passphrase: try StoreCommand.passphrase(secret, options, s, confirm: false))
            let count = file.revisionCount
            let findings = file.integrity + (try file.verifyEverySignature())
            if !findings.isEmpty { problems += s.integrityLines(findings, in: file, limit: 50).dropLast() }
            let broken = file.brokenReferences()
            for reference in broken.prefix(50) {
                problems.append((pl ? "Nierozwiązane odwołanie: " : "Unresolved reference: ") + reference.description)
            }
            if broken.count > 50 { problems.append(pl ? "… i \(broken.count - 50) kolejnych." : "… and \(broken.count - 50) more.") }
            if problems.isEmpty {
                Output.info(pl ? "Baza \(store.path) jest w porządku: plik nieuszkodzony, wszystkie zapisy się odszyfrowują, są podpisane i dozwolone (zapisy: \(count)), wszystkie powiązania są poprawne."
                               : "The store \(store.path) is fine: the file is intact, \(count) revisions decrypt, are signed and allowed, every reference resolves.")
            } else {
                for problem in problems { Output.error(problem) }
                if !findings.isEmpty { throw CommandFailure(s.trust.integrityAdvice) }
                throw CommandFailure(pl ? "Znaleziono problemy: \(problems.count). Przywróć kopię zapasową (teczka restore) albo zgłoś to koordynatorowi."
                                        : "Problems found: \(problems.count). Restore a backup (teczka restore) or report it to your coordinator.")
            }
        }
    }

    /// The completeness findings for the period (by default this year to today); exit status 0 either way, as
    /// the findings are work to do, not damage.
    private func checkData() throws {
        // Bad period options are refused before the passphrase is asked for.
        let periods = try period.checked(options)
        try StoreCommand.unlocked(options, secret) { _, file, s in
            let whole = ReportPeriod.range(from: periods[0].from, to: periods[periods.count - 1].to) ?? periods[0]
            let findings = CompletenessCheck.findings(ReportData(file: file), period: whole)
            switch format.lowercased() {
            case "text", "txt": Output.info(CompletenessCheck.text(findings, period: whole))
            case "md", "markdown": Output.info(CompletenessCheck.markdown(findings, period: whole))
            default: throw CommandFailure.usage(s, pl: "--format: text albo md.", en: "--format: text or md.")
            }
        }
    }
}
