import Foundation

/// JSON with sorted keys and a format name and version, so that exports diff cleanly and readers can check what
/// they got. Numbers stay numbers; a flagged count is an object with `"aboveLimit": true`.
enum JSONTable {
    static let format = "teczka-report"
    static let version = 1

    struct Document: Encodable {
        let format = JSONTable.format
        let version = JSONTable.version
        let name: String
        let title: String
        let rowHeader: String
        let columnGroups: [Group]
        let rows: [Row]
        let totals: Row?
        let footnote: [String]
        let findings: [FindingEntry]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(format, forKey: .format)
            try c.encode(version, forKey: .version)
            try c.encode(name, forKey: .name)
            try c.encode(title, forKey: .title)
            try c.encode(rowHeader, forKey: .rowHeader)
            try c.encode(columnGroups, forKey: .columnGroups)
            try c.encode(rows, forKey: .rows)
            try c.encode(totals, forKey: .totals)  // null rather than absent: every report has the same keys
            try c.encode(footnote, forKey: .footnote)
            try c.encode(findings, forKey: .findings)
        }

        enum CodingKeys: String, CodingKey {
            case format, version, name, title, rowHeader, columnGroups, rows, totals, footnote, findings
        }
    }

    struct Group: Encodable { let title: String; let columns: [String] }
    struct Row: Encodable { let label: String; let cells: [Cell] }
    struct FindingEntry: Encodable { let familyID: String; let family: String; let kind: String; let detail: String }

    struct Cell: Encodable {
        let cell: ReportCell
        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch cell {
            case .count(let n): try c.encode(n)
            case .decimal(let d, _): try c.encode(Double(PolishNumber.plain(cell, decimalMark: ".")) ?? d)  // rounded as printed
            case .flagged(let n): try c.encode(Flagged(value: n, aboveLimit: true))
            case .text(let s): try c.encode(s)
            case .empty: try c.encodeNil()
            }
        }
    }

    struct Flagged: Encodable { let value: Int; let aboveLimit: Bool }

    static func render(_ table: ReportTable, findings: [Finding]) -> String {
        func row(_ r: ReportRow) -> Row { Row(label: r.label, cells: r.cells.map(Cell.init)) }
        let document = Document(
            name: table.name, title: table.title, rowHeader: table.rowHeader,
            columnGroups: table.columnGroups.map { Group(title: $0.title, columns: $0.columns) },
            rows: table.rows.map(row), totals: table.totals.map(row), footnote: table.footnote,
            findings: findings.map { FindingEntry(familyID: $0.familyID.raw, family: $0.family, kind: $0.kind.rawValue, detail: $0.detail) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
