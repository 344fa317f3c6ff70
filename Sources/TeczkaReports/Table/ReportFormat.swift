/// The formats a report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, csv, md, html, json

    /// Accepts the CLI spellings: `text`/`txt`, `csv`, `md`/`markdown`, `html`/`htm`, `json`, in any case.
    public init?(parsing name: String) {
        switch name.trimmingCharacters(in: .whitespaces).lowercased() {
        case "text", "txt": self = .text
        case "csv": self = .csv
        case "md", "markdown": self = .md
        case "html", "htm": self = .html
        case "json": self = .json
        default: return nil
        }
    }

    /// The usual file extension.
    public var fileExtension: String { self == .text ? "txt" : rawValue }
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

    /// `width`: the text format's page width (a terminal's, or 80 for a file).
    public static func render(_ table: ReportTable, as format: ReportFormat, csv: CSVOptions = .init(),
                              findings: [Finding] = [], width: Int = 80) -> String {
        switch format {
        case .text: return TextTable.render(table, findings: findings, width: max(40, width))
        case .csv: return CSVTable.render(table, options: csv, findings: findings)
        case .md: return MarkdownTable.render(table, findings: findings)
        case .html: return HTMLTable.render(table, findings: findings)
        case .json: return JSONTable.render(table, findings: findings)
        }
    }
}
