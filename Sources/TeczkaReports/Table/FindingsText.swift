/// The completeness findings under a table, in the text and Markdown formats.
enum FindingsText {
    static let heading = "Braki w danych"
    static let none = "Braki w danych: nie znaleziono."

    static func lines(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        return ["", "\(heading) (\(findings.count)):"] + findings.map { "  • \($0.text)" }
    }

    static func markdown(_ findings: [Finding]) -> [String] {
        guard !findings.isEmpty else { return [] }
        return ["", "### \(heading) (\(findings.count))", ""] + findings.map { "- \(PrintedDocument.markdownEscape($0.text))" }
    }
}

/// CSV as RFC 4180 asks: fields with the separator, a quote or a line break are quoted, quotes doubled, CRLF
/// between records. The title comes first, the footnote and the findings after an empty record.
enum CSVTable {
    static func render(_ table: ReportTable, options: CSVOptions, findings: [Finding]) -> String {
        let separator = String(options.separator)
        func field(_ text: String) -> String {
            let special = text.contains(options.separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")
            return special ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func record(_ fields: [String]) -> String { fields.map(field).joined(separator: separator) }
        var groupOf: [String] = []
        for group in table.columnGroups { groupOf += group.columns.map { _ in group.title } }
        let headings = zip(groupOf, table.columns).map { $0.isEmpty ? $1 : "\($0) – \($1)" }
        var records = [record([table.title]), record([table.rowHeader] + headings)]
        records += table.allRows.map { row in
            record([row.label] + row.cells.map { PolishNumber.plain($0, decimalMark: options.decimalMark) })
        }
        if !table.footnote.isEmpty || !findings.isEmpty { records.append("") }
        records += table.footnote.map { record([$0]) }
        if !findings.isEmpty {
            records.append(record([FindingsText.heading, "Rodzina", "Brak"]))
            records += findings.map { record(["", $0.family, $0.detail]) }
        }
        return (options.bom ? "\u{FEFF}" : "") + records.joined(separator: "\r\n") + "\r\n"
    }
}

/// A Markdown table (GitHub flavour) with the title as a heading, RAZEM in bold and the footnote in italics.
enum MarkdownTable {
    static func render(_ table: ReportTable, findings: [Finding]) -> String {
        func cell(_ text: String) -> String {
            PrintedDocument.markdownEscape(text).replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ")
        }
        var groupOf: [String] = []
        for group in table.columnGroups { groupOf += group.columns.map { _ in group.title } }
        let headings = zip(groupOf, table.columns).map { $0.isEmpty ? $1 : "\($0) – \($1)" }
        var out = ["## \(cell(table.title))", ""]
        out.append("| " + ([table.rowHeader] + headings).map(cell).joined(separator: " | ") + " |")
        out.append("|---|" + String(repeating: "---:|", count: headings.count))
        out += table.rows.map { "| " + ([$0.label] + $0.cells.map(PolishNumber.display)).map(cell).joined(separator: " | ") + " |" }
        if let totals = table.totals {
            out.append("| " + ([totals.label] + totals.cells.map(PolishNumber.display)).map { $0.isEmpty ? "" : "**\(cell($0))**" }
                .joined(separator: " | ") + " |")
        }
        if !table.footnote.isEmpty {
            out.append("")
            out += table.footnote.map { "_\(cell($0))_" }.flatMap { [$0, ""] }.dropLast()
        }
        out += FindingsText.markdown(findings)
        return out.joined(separator: "\n") + "\n"
    }
}
