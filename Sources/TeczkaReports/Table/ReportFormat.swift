import Foundation

/// The formats a report is written in: text ones, and the spreadsheet workbook (`xlsx`, binary).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, csv, md, html, json, xlsx

    /// Accepts the CLI spellings: `text`/`txt`, `csv`, `md`/`markdown`, `html`/`htm`, `json`, `xlsx`, in any case.
    public init?(parsing name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "text", "txt": self = .text
        case "csv": self = .csv
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "json": self = .json
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String { self == .text ? "txt" : rawValue }

    /// A workbook is bytes, not text: it is not shown on a terminal and is made by `ReportRenderer.document`.
    public var isBinary: Bool { self == .xlsx }

    /// The formats `ReportRenderer.render` writes as text.
    public static let textFormats = allCases.filter { !$0.isBinary }
}

/// How CSV is written. Polish spreadsheets expect `;` between fields (the comma is the decimal mark there) and a
/// byte-order mark to read the file as UTF-8.
public struct CSVOptions: Sendable, Equatable {
    public var separator: Character
    public var bom: Bool

    public init(separator: Character = ",", bom: Bool = false) {
        self.separator = separator
        self.bom = bom
    }

    /// `;` and a BOM: opens in a Polish Excel or LibreOffice with the letters and the columns right.
    public static let spreadsheet = CSVOptions(separator: ";", bom: true)

    /// With `;` the comma is free to be the decimal mark, as a Polish spreadsheet reads it.
    var decimalMark: String { separator == "," ? "." : "," }
}

/// Renders a report table with its completeness findings under it.
public enum ReportRenderer {
    /// The text rendering for a screen `width` columns wide: the prose wraps to it, the table keeps its layout.
    public static func screenLines(_ table: ReportTable, findings: [Finding] = [], width: Int) -> [String] {
        TextTable.page(table, findings: findings, textWidth: max(20, width))
    }

    /// `width`: the text format's page width (a terminal's, or 80 for a file). `format` is one of
    /// `ReportFormat.textFormats`; a workbook is bytes (`document`).
    public static func render(_ table: ReportTable, as format: ReportFormat, csv: CSVOptions = .init(),
                              findings: [Finding] = [], width: Int = 80) -> String {
        switch format {
        case .text: return TextTable.render(table, findings: findings, width: max(40, width))
        case .csv: return CSVTable.render(table, options: csv, findings: findings)
        case .md: return MarkdownTable.render(table, findings: findings)
        case .html: return HTMLTable.render(table, findings: findings)
        case .json: return JSONTable.render(table, findings: findings)
        case .xlsx: preconditionFailure("xlsx is binary: ReportRenderer.document writes it")
        }
    }

    /// A file of `tables` in any format, with the findings once, after the last table (in a workbook, on a sheet of
    /// their own). Text formats are the tables one after another as `render` writes them; xlsx is one workbook
    /// with a sheet per table. Throws `StoreProblem.io` when the workbook cannot be made.
    public static func document(_ tables: [ReportTable], as format: ReportFormat, csv: CSVOptions = .spreadsheet,
                                findings: [Finding] = [], width: Int = 80) throws -> Data {
        if format.isBinary { return try XLSXWorkbook.render(tables, findings: findings) }
        let texts = tables.enumerated().map { index, table in
            render(table, as: format, csv: csv, findings: index == tables.count - 1 ? findings : [], width: width)
        }
        return Data(texts.joined(separator: format == .text || format == .md ? "\n" : "").utf8)
    }
}
