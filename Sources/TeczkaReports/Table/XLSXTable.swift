import CXlsxWriter
import TeczkaCore

/// One report table on one sheet, laid out for printing: the title and the footnote span the whole table in merged
/// rows (so they do not widen column A), the heading rows are bold and repeat on every printed page, RAZEM is bold,
/// the columns are as wide as their content, and the print area is A4, one page wide, landscape when the table is.
struct XLSXTable {
    let table: ReportTable
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let styles: XLSXStyles

    init(_ table: ReportTable, sheet: UnsafeMutablePointer<lxw_worksheet>, styles: XLSXStyles) {
        self.table = table
        self.sheet = sheet
        self.styles = styles
    }

    /// A4 in the spreadsheet's paper numbering.
    static let paperA4: UInt8 = 9
    /// Widths are in characters of the default font; about this many fit across A4 portrait at 100%.
    static let portraitWidth = 95.0
    static let labelWidthLimit = 60
    static let lineHeight = 15.0

    private var lastColumn: Int { table.columns.count }

    func write() {
        let widths = columnWidths()
        for (column, width) in widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        let total = widths.reduce(0, +)
        span(row: 0, table.title, styles.title, lines: Self.lines(table.title, width: total / 1.25), lineHeight: 18)
        let headingRows = writeHeadings(widths: widths)
        var row = headingRows.upperBound + 1
        for tableRow in table.rows {
            writeRow(tableRow, at: row, bold: false, labelWidth: widths[0])
            row += 1
        }
        if let totals = table.totals {
            writeRow(totals, at: row, bold: true, labelWidth: widths[0])
            row += 1
        }
        var lastRow = row - 1
        if !table.footnote.isEmpty { row += 1 }
        for line in table.footnote {
            span(row: row, line, styles.note, lines: Self.lines(line, width: total * 1.2), lineHeight: 12.5)
            lastRow = row
            row += 1
        }
        worksheet_freeze_panes(sheet, lxw_row_t(headingRows.upperBound + 1), 1)
        Self.preparePrinting(sheet, lastRow: lastRow, lastColumn: lastColumn, headingRows: headingRows,
                             landscape: total > Self.portraitWidth)
    }

    /// The heading rows: the label column's heading, then the groups' titles over their columns (a second row)
    /// when any group has one. Returns the rows they take.
    private func writeHeadings(widths: [Double]) -> ClosedRange<Int> {
        let first = 1
        guard table.hasGroupTitles else {
            writeHeadingRow(first, widths: widths)
            return first...first
        }
        let second = first + 1
        worksheet_merge_range(sheet, lxw_row_t(first), 0, lxw_row_t(second), 0, table.rowHeader, styles.heading)
        var column = 1
        for group in table.columnGroups {
            let end = column + group.columns.count - 1
            if end > column {
                worksheet_merge_range(sheet, lxw_row_t(first), lxw_col_t(column), lxw_row_t(first), lxw_col_t(end), group.title, styles.heading)
            } else if end == column {
                worksheet_write_string(sheet, lxw_row_t(first), lxw_col_t(column), group.title, styles.heading)
            }
            column = end + 1
        }
        let groupWidths = table.columnGroups.reduce(into: (widths: [Double](), next: 1)) { result, group in
            result.widths.append(widths[result.next..<(result.next + group.columns.count)].reduce(0, +))
            result.next += group.columns.count
        }.widths
        let groupLines = zip(table.columnGroups, groupWidths).map { Self.lines($0.title, width: $1) }.max() ?? 1
        worksheet_set_row(sheet, lxw_row_t(first), Double(groupLines) * Self.lineHeight, nil)
        writeHeadingRow(second, widths: widths, labelWritten: true)
        return first...second
    }

    private func writeHeadingRow(_ row: Int, widths: [Double], labelWritten: Bool = false) {
        if !labelWritten { worksheet_write_string(sheet, lxw_row_t(row), 0, table.rowHeader, styles.heading) }
        for (index, heading) in table.columns.enumerated() {
            worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(index + 1), heading, styles.heading)
        }
        let lines = zip([labelWritten ? "" : table.rowHeader] + table.columns, widths).map { Self.lines($0, width: $1) }.max() ?? 1
        worksheet_set_row(sheet, lxw_row_t(row), Double(lines) * Self.lineHeight, nil)
    }

    private func writeRow(_ tableRow: ReportRow, at row: Int, bold: Bool, labelWidth: Double) {
        let r = lxw_row_t(row)
        worksheet_write_string(sheet, r, 0, tableRow.label, bold ? styles.totalLabel : styles.label)
        for (index, cell) in tableRow.cells.enumerated() {
            let column = lxw_col_t(index + 1)
            switch cell {
            case .count(let n):
                worksheet_write_number(sheet, r, column, Double(n), styles.number(.init(places: 0, bold: bold, flagged: false)))
            case .flagged(let n):
                worksheet_write_number(sheet, r, column, Double(n), styles.number(.init(places: 0, bold: bold, flagged: true)))
            case .decimal(let value, let places):
                // Rounded as the other formats print it, so the cell holds the figure the CSV has.
                let rounded = Double(PolishNumber.plain(cell, decimalMark: ".")) ?? value
                worksheet_write_number(sheet, r, column, rounded, styles.number(.init(places: places, bold: bold, flagged: false)))
            case .text(let text):
                worksheet_write_string(sheet, r, column, text, bold ? styles.totalLabel : styles.label)
            case .empty:
                worksheet_write_blank(sheet, r, column, styles.label)
            }
        }
        let lines = Self.lines(tableRow.label, width: labelWidth)
        if lines > 1 { worksheet_set_row(sheet, r, Double(lines) * Self.lineHeight, nil) }
    }

    /// Text across the whole width of the table (merged, so that column A keeps the labels' width).
    private func span(row: Int, _ text: String, _ format: UnsafeMutablePointer<lxw_format>, lines: Int, lineHeight: Double) {
        if lastColumn > 0 {
            worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn), text, format)
        } else {
            worksheet_write_string(sheet, lxw_row_t(row), 0, text, format)
        }
        worksheet_set_row(sheet, lxw_row_t(row), Double(lines) * lineHeight, nil)
    }

    /// Column widths in characters (a Polish letter counts as one): the labels' column as wide as its longest label
    /// (up to a limit, then the labels wrap), every other as wide as its figures or the longest word of its heading.
    func columnWidths() -> [Double] {
        let labels = ([table.rowHeader] + table.allRows.map(\.label)).map(\.count).max() ?? 10
        var widths = [Double(min(Self.labelWidthLimit, max(10, labels)) + 2)]
        for (index, heading) in table.columns.enumerated() {
            let figures = table.allRows.map { index < $0.cells.count ? PolishNumber.display($0.cells[index]).count : 0 }.max() ?? 0
            let longestWord = heading.split(separator: " ").map(\.count).max() ?? 0
            widths.append(Double(min(30, max(8, figures + 2, longestWord + 2, min(heading.count, 14) + 2))))
        }
        return widths
    }

    /// Lines `text` takes in a cell `width` characters wide, wrapped at spaces (approximately, as a spreadsheet does).
    static func lines(_ text: String, width: Double) -> Int {
        let capacity = max(1, Int(width) - 1)
        var lines = 1, used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(\.count) {
            let needed = used == 0 ? word : used + 1 + word
            if needed <= capacity || used == 0 {
                used = needed
            } else {
                lines += 1
                used = word
            }
            while used > capacity {
                lines += 1
                used -= capacity
            }
        }
        return lines
    }

    /// A4, the heading rows on every page, one page wide (as many long as it takes), the table alone printed.
    static func preparePrinting(_ sheet: UnsafeMutablePointer<lxw_worksheet>, lastRow: Int, lastColumn: Int,
                                headingRows: ClosedRange<Int>, landscape: Bool) {
        worksheet_set_paper(sheet, paperA4)
        if landscape { worksheet_set_landscape(sheet) } else { worksheet_set_portrait(sheet) }
        worksheet_repeat_rows(sheet, lxw_row_t(headingRows.lowerBound), lxw_row_t(headingRows.upperBound))
        worksheet_print_area(sheet, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn))
        worksheet_fit_to_pages(sheet, 1, 0)
    }

    /// The completeness findings on their own sheet: a title, then one row per finding (family, what is missing).
    static func writeFindings(_ findings: [Finding], sheet: UnsafeMutablePointer<lxw_worksheet>, styles: XLSXStyles) {
        let familyWidth = Double(min(40, max(10, findings.map(\.family.count).max() ?? 0) + 2))
        let detailWidth = Double(min(80, max(10, findings.map(\.detail.count).max() ?? 0) + 2))
        worksheet_set_column(sheet, 0, 0, familyWidth, nil)
        worksheet_set_column(sheet, 1, 1, detailWidth, nil)
        worksheet_merge_range(sheet, 0, 0, 0, 1, "\(FindingsText.heading) (\(findings.count))", styles.title)
        worksheet_write_string(sheet, 1, 0, "Rodzina", styles.heading)
        worksheet_write_string(sheet, 1, 1, "Brak", styles.heading)
        for (index, finding) in findings.enumerated() {
            let row = lxw_row_t(index + 2)
            worksheet_write_string(sheet, row, 0, finding.family, styles.label)
            worksheet_write_string(sheet, row, 1, finding.detail, styles.label)
            let lines = max(lines(finding.family, width: familyWidth), lines(finding.detail, width: detailWidth))
            if lines > 1 { worksheet_set_row(sheet, row, Double(lines) * lineHeight, nil) }
        }
        worksheet_freeze_panes(sheet, 2, 0)
        preparePrinting(sheet, lastRow: findings.count + 1, lastColumn: 1, headingRows: 1...1,
                        landscape: familyWidth + detailWidth > portraitWidth)
    }
}
