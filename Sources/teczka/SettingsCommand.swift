import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka settings`: shows or changes the store's settings (the centre, caseload cap, monitoring, catalogue entries).
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

    @Option(name: .customLong("centre-name"), help: .text(\.settingsCentreName))
    var centreName: String?

    @Option(name: .customLong("centre-address"), help: .text(\.settingsCentreAddress))
    var centreAddress: String?

    @Option(name: .customLong("centre-town"), help: .text(\.settingsCentreTown))
    var centreTown: String?

    @Option(name: .customLong("case-number-pattern"), help: .text(\.settingsCaseNumberPattern))
    var caseNumberPattern: String?

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
            if let centreName { settings.centre.name = centreName }
            if let centreAddress { settings.centre.address = centreAddress }
            if let centreTown { settings.centre.town = centreTown }
            if let caseNumberPattern { settings.centre.caseNumberPattern = caseNumberPattern }
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
            Output.info(s.settingsText.describe(file.settings).joined(separator: "\n"))
        }
    }
}
