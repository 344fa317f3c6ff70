import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaReports
import TeczkaStore
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// `teczka report NAME [period] [--assistant] [--format] [--output]` and `teczka report --list`: the published
/// tables, counted from the records, with the completeness check under each.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: CommandText.current.reportAbstract,
        discussion: CommandText.current.reportDiscussion)

    @OptionGroup var options: CommonOptions
    @OptionGroup var secret: PassphraseOptions
    @OptionGroup var period: PeriodOptions

    @Argument(help: .text(\.reportName)) var name: String?
    @Flag(name: .long, help: .text(\.reportList)) var list = false
    @Flag(name: .long, help: .text(\.reportAll)) var all = false
    @Flag(name: .long, help: .text(\.reportTiming)) var timing = false
    @Option(name: .long, help: .text(\.reportAssistant)) var assistant: String?
    @Option(name: .long, help: .text(\.reportFormat)) var format: String = "text"
    @Option(name: .long, help: .text(\.outputFile)) var output: String?
    // The same CSV as the report screen writes, for a Polish spreadsheet; scripts ask for `--separator , --no-bom`.
    @Option(name: .long, help: .text(\.reportSeparator))
    var separator: String = ";"
    @Flag(inversion: .prefixedNo, help: .text(\.reportBOM))
    var bom = true

    func run() throws {
        if list {
            switch format {
            case "text": Output.info(ReportCommand.listing())
            case "json": Output.info(ReportCommand.listingJSON())
            default:
                let s = try options.strings()
                try StoreCommand.refusing { throw CommandFailure.usage(s, pl: "--list: --format text albo json.", en: "--list: --format text or json.") }
            }
            return
        }
        let (chosen, format) = try StoreCommand.refusing { try choice(try options.strings()) }
        let periods = try period.checked(options)
        let started = Date()
        if timing { EncryptedStore.measurePeakAfterDerivation.store(true, ordering: .relaxed) }
        try StoreCommand.unlocked(options, secret) { store, file, s in
            let opened = Date()
            let peakOpening = PeakMemory.mebibytes() ?? -1
            if let chosen, !chosen.isAvailable(for: file) {
                throw CommandFailure(s.language == .pl ? "Raport „\(chosen.name)” wymaga katalogu problemów z efektami (katalog B)."
                                                        : "The report “\(chosen.name)” needs a problem catalogue with effects (catalogue B).")
            }
            let data = ReportData(file: file, assistant: try ReportCommand.assistantID(assistant, in: file, s))
            let overall = ReportPeriod.range(from: periods[0].from, to: periods[periods.count - 1].to) ?? periods[0]
            let reports = chosen.map { [$0] } ?? ReportCatalog.available(for: file)
            let findings = CompletenessCheck.findings(data, period: overall, reports: reports, today: file.today)
            // Under each table: the centre, who made the report and when (issue 17).
            let tables = ReportCatalog.tables(reports, data, periods: periods).map { $0.made(by: .of(file)) }
            let counted = Date()
            let csv = CSVOptions(separator: Character(separator), bom: bom)
            // With --all the findings come once, after the last table (in a workbook, on a sheet of their own).
            let document = try ReportRenderer.document(tables, as: format, csv: csv, findings: findings,
                                                       width: output == nil ? Output.terminalWidth ?? 80 : 80)
            if format.isBinary {
                try Output.write(binary: document, to: output)
            } else {
                try Output.write(String(decoding: document, as: UTF8.self), to: output)
            }
            try file.recordPrint(fileName: output.map(StoreLocation.resolve) ?? "-", kind: nil)
            if timing {
                // Peak resident memory of the whole run (the store in memory included), in MiB.
                var usage = rusage()
                getrusage(RUSAGE_SELF.rawValue, &usage)
                // Figures for make bench, one "name=value" each after the sentence, so that the script reads them.
                let open = opened.timeIntervalSince(started)
                let revisions = file.revisionCount
                Output.error(String(format: "czas: otwarcie bazy %.3f s (w tym wyprowadzenie klucza z hasła %.3f s, odczyt i odszyfrowanie %ld zapisów %.3f s, sprawdzenie podpisów, łańcuchów i uprawnień %.3f s, odczyt bieżących wersji %.3f s); %ld raportów, %ld rodzin: %.3f s; pamięć (szczyt): %ld MiB, bez wyprowadzenia klucza %ld MiB",
                                    open, store.lastDerivation, revisions, file.readTiming, file.loadTiming.check,
                                    file.loadTiming.decode, tables.count, data.families.count, counted.timeIntervalSince(opened),
                                    usage.ru_maxrss / 1024, PeakMemory.mebibytes() ?? -1))
                Output.error(String(format: "bench: open=%.3f kdf=%.3f read=%.3f check=%.3f decode=%.3f reports=%.3f peak=%ld peak_data=%ld peak_open=%ld revisions=%ld rss_read=%ld rss_checked=%ld rss_decoded=%ld encoded=%ld held=%ld families=%ld",
                                    open, store.lastDerivation, file.readTiming, file.loadTiming.check, file.loadTiming.decode,
                                    counted.timeIntervalSince(opened), usage.ru_maxrss / 1024, PeakMemory.mebibytes() ?? -1, peakOpening, revisions,
                                    file.loadMemory.read, file.loadMemory.checked, file.loadMemory.decoded,
                                    file.coldFamilyCount, file.coldFamiliesHeldInMemory, file.families.count))
            }
        }
    }

    /// The reports for scripts: `[{"name": …, "title": …, "summary": …}]`, in the order of `--list`.
    static func listingJSON() -> String {
        let entries = ReportCatalog.all.map { ["name": $0.name, "title": $0.title, "summary": $0.summary] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The report (nil with `--all`) and the format asked for, checked before the passphrase is asked for.
    private func choice(_ s: Strings) throws -> (ReportDefinition?, ReportFormat) {
        guard let format = ReportFormat(parsing: format) else {
            throw CommandFailure.usage(s, pl: "--format: text, csv, md, html, json albo xlsx.", en: "--format: text, csv, md, html, json or xlsx.")
        }
        if format.isBinary && (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure.usage(s, pl: "--format xlsx to plik arkusza (dane binarne), nie tekst na ekran: dodaj --output PLIK.xlsx.",
                                       en: "--format xlsx is a spreadsheet file (binary data), not text for the screen: add --output FILE.xlsx.")
        }
        try Output.checkWritable(output, s)
        guard separator == "," || separator == ";" else {
            throw CommandFailure.usage(s, pl: "--separator: , albo ;", en: "--separator: , or ;")
        }
        if all {
            guard name == nil else { throw CommandFailure.usage(s, pl: "--all albo nazwa raportu, nie oba.", en: "--all or a report name, not both.") }
            guard format != .json && format != .html else {
                throw CommandFailure.usage(s, pl: "--all: formaty text, csv, md albo xlsx.", en: "--all: formats text, csv, md or xlsx.")
            }
            return (nil, format)
        }
        guard let name else { throw CommandFailure.usage(s, pl: "Podaj nazwę raportu (teczka report --list).", en: "Give a report name (teczka report --list).") }
        guard let definition = ReportCatalog.named(name) else {
            throw CommandFailure.usage(s, pl: "Nie ma raportu „\(name)”. Raporty: \(ReportCatalog.all.map(\.name).joined(separator: ", ")).",
                                       en: "No report “\(name)”. Reports: \(ReportCatalog.all.map(\.name).joined(separator: ", ")).")
        }
        return (definition, format)
    }

    static func listing() -> String {
        ReportCatalog.all.map { r in
            "\(r.name.padding(toLength: 16, withPad: " ", startingAt: 0))\(r.title)\n\(String(repeating: " ", count: 16))\(r.summary)"
        }.joined(separator: "\n")
    }

    /// The assistant named by `--assistant` (name, case and Polish letters ignored), or nil for all.
    static func assistantID(_ name: String?, in file: CaseFile, _ s: Strings) throws -> RecordID? {
        guard let name else { return nil }
        let matches = file.users.values.filter { $0.role == .asystent }.named(name)
        guard matches.count == 1 else {
            let names = file.users.values.filter { $0.role == .asystent }.map(\.name).sorted().joined(separator: ", ")
            throw CommandFailure(s.language == .pl ? "Nie ma asystenta „\(name)”. Asystenci: \(names)." : "No assistant “\(name)”. Assistants: \(names).")
        }
        return matches[0].id
    }
}

/// The period options shared by `report` and `check --data`.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: .text(\.periodYear)) var year: String?
    @Option(name: .long, help: .text(\.periodYears)) var years: String?
    @Option(name: .long, help: .text(\.periodHalf)) var half: String?
    @Option(name: .long, help: .text(\.periodFrom)) var from: String?
    @Option(name: .long, help: .text(\.periodTo)) var to: String?
    @Option(name: .customLong("as-of"), help: .text(\.periodAsOf)) var asOf: String?

    /// The periods, or the message and exit status 1 (before anything else is done).
    func checked(_ options: CommonOptions) throws -> [ReportPeriod] {
        let s = try options.strings()
        return try StoreCommand.refusing { try periods(today: LocalDate.today(), s) }
    }

    func periods(today: LocalDate, _ s: Strings) throws -> [ReportPeriod] {
        do {
            return try ReportPeriod.periods(year: year, years: years, half: half, from: from, to: to, asOf: asOf, today: today)
        } catch {
            throw CommandFailure(error.message(s.language == .pl ? .pl : .en))
        }
    }
}
