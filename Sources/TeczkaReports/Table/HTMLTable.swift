/// A standalone HTML page for printing: escaped text, grouped headings with colspan, RAZEM in the table's foot,
/// and a print stylesheet (A4, no margins of the browser's own, rows not split across pages).
enum HTMLTable {
    static func render(_ table: ReportTable, findings: [Finding]) -> String {
        let e = PrintedDocument.htmlEscape
        var body = ["<h1>\(e(table.title))</h1>", "<table>", "<thead>"]
        let grouped = table.hasGroupTitles
        let span = grouped ? " rowspan=\"2\"" : ""
        if grouped {
            body.append("<tr><th\(span) class=\"label\">\(e(table.rowHeader))</th>" + table.columnGroups.map {
                "<th colspan=\"\($0.columns.count)\">\(e($0.title))</th>"
            }.joined() + "</tr>")
            body.append("<tr>" + table.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr>")
        } else {
            body.append("<tr><th class=\"label\">\(e(table.rowHeader))</th>"
                + table.columns.map { "<th>\(e($0))</th>" }.joined() + "</tr>")
        }
        body.append("</thead>")
        func row(_ row: ReportRow) -> String {
            "<tr><th class=\"label\" scope=\"row\">\(e(row.label))</th>" + row.cells.map { cell in
                let text = e(PolishNumber.display(cell))
                switch cell {
                case .flagged: return "<td class=\"num over\">\(text)</td>"
                case .count, .decimal: return "<td class=\"num\">\(text)</td>"
                case .text, .empty: return "<td>\(text)</td>"
                }
            }.joined() + "</tr>"
        }
        body.append("<tbody>")
        body += table.rows.map(row)
        body.append("</tbody>")
        if let totals = table.totals { body += ["<tfoot>", row(totals), "</tfoot>"] }
        body.append("</table>")
        body += table.footnote.map { "<p class=\"note\">\(e($0))</p>" }
        if !findings.isEmpty {
            body.append("<h2>\(e(FindingsText.heading)) (\(findings.count))</h2>")
            body.append("<ul class=\"findings\">" + findings.map { "<li>\(e($0.text))</li>" }.joined() + "</ul>")
        }
        return PrintedDocument.htmlPage(title: table.title, style: """
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; margin: 1.5cm auto; max-width: 26cm; }
            h1 { font-size: 13pt; } h2 { font-size: 11pt; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #000; padding: 3px 6px; vertical-align: middle; }
            th { font-weight: bold; text-align: center; } th.label { text-align: left; font-weight: normal; }
            thead th.label { font-weight: bold; }
            td.num { text-align: right; white-space: nowrap; } td.over { font-weight: bold; }
            tfoot th, tfoot td { font-weight: bold; }
            p.note { font-size: 9pt; margin: 0.4em 0; }
            @page { size: A4 landscape; margin: 1.5cm; }
            @media print { body { margin: 0; max-width: none; } tr { page-break-inside: avoid; } thead { display: table-header-group; } }
            """, body: body)
    }
}
