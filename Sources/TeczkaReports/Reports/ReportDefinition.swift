import TeczkaCore

/// One statistical report: its command-line name, its printed title, what it counts, and how it builds its table.
public struct ReportDefinition: Sendable {
    /// The command-line name (ASCII): `teczka report rodziny`.
    public let name: String
    /// The title as printed (catalogue-dependent reports print the store's catalogue title instead).
    public let title: String
    /// One line in Polish: what the report counts.
    public let summary: String
    /// Only for catalogues that pair effects with problems (catalogue B).
    public let needsEffects: Bool
    private let build: @Sendable (ReportData, [ReportPeriod]) -> ReportTable

    init(name: String, title: String, summary: String, needsEffects: Bool = false,
         build: @escaping @Sendable (ReportData, [ReportPeriod]) -> ReportTable) {
        self.name = name
        self.title = title
        self.summary = summary
        self.needsEffects = needsEffects
        self.build = build
    }

    public func isAvailable(for catalogue: ProblemCatalogue) -> Bool { !needsEffects || catalogue.hasEffects }
    public func isAvailable(for settings: StoreSettings) -> Bool { isAvailable(for: settings.catalogue) }
    public func isAvailable(for file: CaseFile) -> Bool { isAvailable(for: file.settings) }

    /// The table for the periods, one column (or group of columns) per period, in the order given.
    public func table(_ data: ReportData, periods: [ReportPeriod]) -> ReportTable {
        build(data, periods)
    }
}

/// Every report the program makes, in the order they are listed.
public enum ReportCatalog {
    public static let all: [ReportDefinition] = [
        FamilyTables.families, FamilyTables.endings, ProblemTables.problems, ProblemTables.effects,
        FamilyTables.characteristics, FamilyTables.served, FamilyTables.zaZyciem, CaseloadTables.fosterCare,
        CaseloadTables.caseload, AssessmentTables.assessments, AssessmentTables.indicators, FamilyTables.halfYear,
        CoFinancingTables.coFinancing,
    ]

    /// The report with this command-line name (case does not matter).
    public static func named(_ name: String) -> ReportDefinition? {
        all.first { $0.name == name.lowercased() }
    }

    public static func available(for settings: StoreSettings) -> [ReportDefinition] {
        all.filter { $0.isAvailable(for: settings) }
    }

    public static func available(for file: CaseFile) -> [ReportDefinition] { available(for: file.settings) }

    /// Every report available for the data's catalogue, for one calendar year (the benchmark's workload).
    public static func allTables(_ data: ReportData, year: Int) -> [ReportTable] {
        tables(all.filter { $0.isAvailable(for: data.catalogue) }, data, periods: [.year(year)])
    }

    /// The tables of several reports, each built on its own core (they only read the same data), in the order given.
    public static func tables(_ reports: [ReportDefinition], _ data: ReportData, periods: [ReportPeriod]) -> [ReportTable] {
        parallelMap(reports.count, sequentialBelow: 2) { reports[$0].table(data, periods: periods) }
    }
}

/// Pieces every table uses: a column per period, the footnote with the rule, the periods and the filter.
enum TableParts {
    static func perPeriod(_ periods: [ReportPeriod], title: String = "") -> ColumnGroup {
        ColumnGroup(title: title, columns: periods.map(\.header))
    }

    static func footnote(_ rule: String, _ periods: [ReportPeriod], _ data: ReportData, extra: [String] = []) -> [String] {
        var lines = ["Zasada liczenia: \(rule)"]
        lines += extra
        if !periods.isEmpty {
            lines.append("Okres: " + periods.map { "\($0.header): \($0.dates)" }.joined(separator: "; ") + ".")
        }
        if let assistant = data.assistant { lines.append("Asystent rodziny: \(data.userName(assistant)).") }
        return lines
    }

    /// A row of counts, one per period.
    static func row(_ label: String, _ periods: [ReportPeriod], _ count: (ReportPeriod) -> Int) -> ReportRow {
        ReportRow(label, periods.map { .count(count($0)) })
    }
}
