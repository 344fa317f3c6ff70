/// Plain text laid out like the printed table: a label column, value columns separated by "│", headings wrapped
/// and bottom-aligned, numbers right-aligned in the Polish format, a rule above RAZEM.
enum TextTable {
    static let labelLimit = 50
    static let separator = " │ "

    /// The page for a terminal or a file `width` columns wide (80 unless the terminal says otherwise): no word is
    /// broken by the terminal's own wrapping.
    static func render(_ table: ReportTable, findings: [Finding], width: Int = 80) -> String {
        page(table, findings: findings, textWidth: width).joined(separator: "\n") + "\n"
    }

    /// The whole page line by line; the title, the footnote and the findings wrap at `textWidth`; the table narrows
    /// its label column to fit when it can (its numbers never wrap).
    static func page(_ table: ReportTable, findings: [Finding], textWidth: Int) -> [String] {
        var out = TextWrap.lines(table.title, width: textWidth) + [""]
        out += lines(table, width: textWidth)
        if !table.footnote.isEmpty {
            out.append("")
            out += table.footnote.flatMap { TextWrap.lines($0, width: textWidth) }
        }
        out += FindingsText.lines(findings).flatMap { line -> [String] in
            guard line.hasPrefix("  • ") else { return [line] }
            let parts = TextWrap.lines(String(line.dropFirst(4)), width: max(10, textWidth - 4))
            return parts.enumerated().map { ($0.offset == 0 ? "  • " : "    ") + $0.element }
        }
        return out.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// The table body, one string per line.
    static func lines(_ table: ReportTable, width: Int = .max) -> [String] {
        let headers = table.columns
        let cells = table.allRows.map { $0.cells.map(PolishNumber.display) }
        var widths = headers.indices.map { column in
            max(cells.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0,
                TextWrap.longestWord(headers[column]), min(headers[column].count, 12))
        }
        widenForGroups(table.columnGroups, &widths)
        let labelsWidth = min(labelLimit, max(
            ([table.rowHeader] + table.allRows.map(\.label)).map(\.count).max() ?? 0,
            ([table.rowHeader] + table.allRows.map(\.label)).map(TextWrap.longestWord).max() ?? 0))
        // The labels wrap onto more lines rather than push the numbers past the edge (down to 16 columns); a table
        // too wide for the page even so keeps its labels whole, as printed.
        let room = width == .max ? labelsWidth : width - widths.reduce(0, +) - separator.count * widths.count - 1
        let labelWidth = room >= min(labelsWidth, 16) ? min(labelsWidth, room) : labelsWidth

        var headerRows: [[String]] = []
        if table.hasGroupTitles {
            var start = 0
            let groupCells = table.columnGroups.map { group -> (String, Int) in
                let span = widths[start..<start + group.columns.count].reduce(0, +) + separator.count * (group.columns.count - 1)
                start += group.columns.count
                return (group.title, span)
            }
            let wrapped = groupCells.map { TextWrap.lines($0.0, width: $0.1) }
            let height = wrapped.map(\.count).max() ?? 0
            headerRows += (0..<height).map { line in
                groupCells.indices.map { i in
                    TextWrap.center(line < wrapped[i].count ? wrapped[i][line] : "", groupCells[i].1)
                }
            }
        }
        let wrappedHeaders = headers.indices.map { headingLines(headers[$0], width: widths[$0]) }
        let height = wrappedHeaders.map(\.count).max() ?? 0
        headerRows += (0..<height).map { line in
            headers.indices.map { i in
                let offset = height - wrappedHeaders[i].count
                return TextWrap.center(line >= offset ? wrappedHeaders[i][line - offset] : "", widths[i])
            }
        }
        let rowHeader = TextWrap.lines(table.rowHeader, width: labelWidth)
        var out = headerRows.enumerated().map { index, row in
            TextWrap.padRight(index < rowHeader.count ? rowHeader[index] : "", labelWidth) + separator
                + row.joined(separator: separator)
        }
        out += rowHeader.dropFirst(headerRows.count).map { TextWrap.padRight($0, labelWidth) + separator }
        let rule = String(repeating: "─", count: labelWidth + 1) + "┼"
            + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: "┼")
        out.append(rule)
        for (index, row) in table.allRows.enumerated() {
            if table.totals != nil && index == table.rows.count { out.append(rule) }
            let label = TextWrap.lines(row.label, width: labelWidth)
            let values = widths.indices.map { column -> String in
                let cell = column < row.cells.count ? row.cells[column] : .empty
                let text = cells[index].indices.contains(column) ? cells[index][column] : ""
                return cell.isNumber ? TextWrap.padLeft(text, widths[column]) : TextWrap.padRight(text, widths[column])
            }
            out.append(TextWrap.padRight(label[0], labelWidth) + separator + values.joined(separator: separator))
            out += label.dropFirst().map { TextWrap.padRight($0, labelWidth) + separator }
        }
        return out
    }

    /// A heading broken first before a parenthesis ("Rok 2025" / "(dane na 31.10.2025r.)"), then at spaces.
    static func headingLines(_ text: String, width: Int) -> [String] {
        text.replacingOccurrences(of: " (", with: "\n(").split(separator: "\n")
            .flatMap { TextWrap.lines(String($0), width: width) }
    }

    /// Makes each group at least as wide as the longest word of its title by widening its last column.
    static func widenForGroups(_ groups: [ColumnGroup], _ widths: inout [Int]) {
        var start = 0
        for group in groups where !group.columns.isEmpty {
            let end = start + group.columns.count
            let span = widths[start..<end].reduce(0, +) + separator.count * (group.columns.count - 1)
            let need = TextWrap.longestWord(group.title)
            if need > span { widths[end - 1] += need - span }
            start = end
        }
    }
}
