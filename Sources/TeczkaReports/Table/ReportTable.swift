/// One value in a report table. Counts stay numbers until a renderer formats them, so CSV and JSON get plain digits
/// and the text, Markdown and HTML get the Polish format.
public enum ReportCell: Sendable, Equatable {
    case count(Int)
    /// A number with a fixed count of decimal places (hours of work).
    case decimal(Double, places: Int)
    /// A count above a limit (a caseload above the cap); printed with a "!" mark.
    case flagged(Int)
    case text(String)
    case empty

    var isNumber: Bool {
        switch self {
        case .count, .decimal, .flagged: return true
        case .text, .empty: return false
        }
    }

    /// The value as a number, for sums and tests.
    public var number: Double? {
        switch self {
        case .count(let n), .flagged(let n): return Double(n)
        case .decimal(let d, _): return d
        case .text, .empty: return nil
        }
    }
}

/// Columns printed under one common heading ("Ilość rodzin" over the years). An empty title draws no heading row.
public struct ColumnGroup: Sendable, Equatable {
    public var title: String
    public var columns: [String]

    public init(title: String = "", columns: [String]) {
        self.title = title
        self.columns = columns
    }
}

public struct ReportRow: Sendable, Equatable {
    public var label: String
    public var cells: [ReportCell]

    public init(_ label: String, _ cells: [ReportCell]) {
        self.label = label
        self.cells = cells
    }
}

/// A finished statistical table: what every renderer prints. Built by a `ReportDefinition` from `ReportData`.
public struct ReportTable: Sendable, Equatable {
    /// The report's command-line name (`rodziny`, `zakonczenia` …).
    public var name: String
    public var title: String
    /// Heading of the first column (what the rows are).
    public var rowHeader: String
    public var columnGroups: [ColumnGroup]
    public var rows: [ReportRow]
    /// The RAZEM row, when the rows add up.
    public var totals: ReportRow?
    /// The counting rule, the period and any filter, printed under the table.
    public var footnote: [String]

    public init(name: String, title: String, rowHeader: String, columnGroups: [ColumnGroup], rows: [ReportRow],
                totals: ReportRow? = nil, footnote: [String] = []) {
        self.name = name
        self.title = title
        self.rowHeader = rowHeader
        self.columnGroups = columnGroups
        self.rows = rows
        self.totals = totals
        self.footnote = footnote
    }

    /// Column headings left to right, without the first (label) column.
    public var columns: [String] { columnGroups.flatMap(\.columns) }

    /// Whether any group has a heading of its own (then the table has two heading rows).
    var hasGroupTitles: Bool { columnGroups.contains { !$0.title.isEmpty } }

    /// The rows followed by the totals.
    var allRows: [ReportRow] { rows + (totals.map { [$0] } ?? []) }

    /// The cell in the row labelled `row` under column `column` (0-based), for tests and callers that pick figures.
    public func cell(_ row: String, _ column: Int) -> ReportCell? {
        allRows.first { $0.label == row }.flatMap { column < $0.cells.count ? $0.cells[column] : nil }
    }

    /// A RAZEM row with the column sums of `rows`.
    static func sumRow(_ rows: [ReportRow], label: String = "RAZEM") -> ReportRow {
        let width = rows.map(\.cells.count).max() ?? 0
        let sums = (0..<width).map { column in
            ReportCell.count(rows.reduce(0) { sum, row in sum + Int(row.cells[column].number ?? 0) })
        }
        return ReportRow(label, sums)
    }
}
