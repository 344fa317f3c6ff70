import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka settings`: shows or changes the store's settings (caseload cap, monitoring, catalogue entries).
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: CommandText.current.settingsAbstract)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions

    @Option(name: .customLong("caseload-cap"), help: .text(\.settingsCaseloadCap))
    var caseloadCap: Int?

    @Option(name: .customLong("monitoring-months"), help: .text(\.settingsMonitoringMonths))
    var monitoringMonths: Int?

    @Option(name: .customLong("not-visited-days"), help: .text(\.settingsNotVisitedDays))
    var notVisitedDays: Int?

    @Option(name: .customLong("retention-years"), help: .text(\.settingsRetentionYears))
    var retentionYears: Int?

    @Option(name: .customLong("cap-by-fte"), help: .text(\.settingsCapByFTE))
    var capByFTE: String?

    @Option(name: .long, help: .text(\.settingsRetire))
    var retire: [String] = []

    @Option(name: .long, help: .text(\.settingsRestore))
    var restore: [String] = []

    func run() throws {
        try StoreCommand.unlocked(options, secret) { _, file, s in
            var settings = file.settings
            if let caseloadCap { settings.caseloadCap = caseloadCap }
            if let monitoringMonths { settings.monitoringMonths = monitoringMonths }
            if let notVisitedDays { settings.notVisitedDays = notVisitedDays }
            if let retentionYears { settings.retentionYears = retentionYears }
            if let capByFTE {
                switch capByFTE.lowercased() {
                case "tak", "yes": settings.capByEmployment = true
                case "nie", "no": settings.capByEmployment = false
                default: throw CommandFailure.usage(s, pl: "--cap-by-fte: tak albo nie.", en: "--cap-by-fte: tak (yes) or nie (no).")
                }
            }
            for (codes, retired) in [(retire, true), (restore, false)] {
                for code in codes {
                    guard let index = settings.catalogue.entries.firstIndex(where: { $0.code == code }) else {
                        throw ValidationFailure([.unknownCatalogueCode(code)])
                    }
                    settings.catalogue.entries[index].retired = retired
                }
            }
            if settings != file.settings { try file.saveSettings(settings) }
            Output.info(describe(file.settings, s))
        }
    }

    private func describe(_ settings: StoreSettings, _ s: Strings) -> String {
        let pl = s.language == .pl
        var lines = [
            (pl ? "Katalog problemów: " : "Problem catalogue: ") + settings.catalogue.name,
            (pl ? "Limit rodzin na asystenta: " : "Caseload cap per assistant: ") + "\(settings.caseloadCap)"
                + (settings.capByEmployment ? (pl ? " na pełny etat, proporcjonalnie do etatu" : " full time, in proportion to the FTE") : ""),
            (pl ? "Monitoring po zakończeniu (miesiące): " : "Monitoring after the end (months): ") + "\(settings.monitoringMonths)",
            (pl ? "Rodzina bez wizyty oznaczana po (dni): " : "Family flagged as not visited after (days): ") + "\(settings.notVisitedDays)",
            (pl ? "Przechowywanie danych rodziny po zakończeniu (lata): " : "Family records kept after the end (years): ") + "\(settings.retentionYears)",
        ]
        let retired = settings.catalogue.entries.filter(\.retired)
        if !retired.isEmpty {
            lines.append((pl ? "Wycofane pozycje: " : "Retired entries: ") + retired.map { "\($0.code) \($0.label)" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }
}
