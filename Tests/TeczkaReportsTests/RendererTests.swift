import Foundation
import Testing
import TeczkaCore
@testable import TeczkaReports

@Suite("Renderers")
struct RendererTests {
    let table = ReportTable(
        name: "test", title: "Zestawienie <próbne> & \"inne\"", rowHeader: "Wiersz",
        columnGroups: [ColumnGroup(title: "Liczba", columns: ["Rok 2024", "Rok 2025"]), ColumnGroup(title: "Godziny", columns: ["Rok 2025"])],
        rows: [ReportRow("Żółć; \"gęś\"", [.count(1234), .count(5), .decimal(1234.5, places: 1)]),
               ReportRow("Ab", [.count(7), .flagged(16), .decimal(2, places: 1)])],
        totals: ReportRow("RAZEM", [.count(1241), .count(21), .empty]),
        footnote: ["Zasada liczenia: próba."])

    @Test("Polish numbers: thousands grouped with a non-breaking space, a decimal comma")
    func numbers() {
        #expect(PolishNumber.format(999) == "999")
        #expect(PolishNumber.format(1234) == "1\u{00A0}234")
        #expect(PolishNumber.format(1_234_567) == "1\u{00A0}234\u{00A0}567")
        #expect(PolishNumber.format(1234.56, places: 1) == "1\u{00A0}234,6")
        #expect(PolishNumber.format(0.25, places: 2) == "0,25")
        #expect(PolishNumber.format(3, places: 1) == "3,0")
    }

    @Test("CSV: title first, fields with the separator or quotes quoted, quotes doubled, CRLF, plain digits")
    func csvComma() {
        let csv = ReportRenderer.render(table, as: .csv)
        let records = csv.components(separatedBy: "\r\n")
        #expect(!csv.hasPrefix("\u{FEFF}"))
        #expect(records[0] == "Zestawienie <próbne> & \"\"inne\"\"".csvQuoted)
        #expect(records[1] == "Wiersz,Liczba – Rok 2024,Liczba – Rok 2025,Godziny – Rok 2025")
        #expect(records[2] == "\"Żółć; \"\"gęś\"\"\",1234,5,1234.5")
        #expect(records[3] == "Ab,7,16,2.0")
        #expect(records[4] == "RAZEM,1241,21,")
        #expect(records[6] == "Zasada liczenia: próba.")
    }

    @Test("CSV for spreadsheets: a BOM, ';' between fields, the comma as decimal mark")
    func csvSpreadsheet() {
        let csv = ReportRenderer.render(table, as: .csv, csv: .spreadsheet)
        #expect(csv.hasPrefix("\u{FEFF}"))
        let records = String(csv.dropFirst()).components(separatedBy: "\r\n")
        #expect(records[2] == "\"Żółć; \"\"gęś\"\"\";1234;5;1234,5")
        #expect(records[3] == "Ab;7;16;2,0")
    }

    @Test("HTML: a standalone page, text escaped, group headings spanning their columns, a print stylesheet")
    func html() {
        let html = ReportRenderer.render(table, as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Zestawienie &lt;próbne&gt; &amp; &quot;inne&quot;</title>"))
        #expect(html.contains("<th scope=\"row\" class=\"label\">Żółć; &quot;gęś&quot;</th>") || html.contains("<th class=\"label\" scope=\"row\">Żółć; &quot;gęś&quot;</th>"))
        #expect(html.contains("<th colspan=\"2\">Liczba</th><th colspan=\"1\">Godziny</th>"))
        #expect(html.contains("<td class=\"num\">1\u{00A0}234</td>"))
        #expect(html.contains("<td class=\"num over\">16 !</td>"))
        #expect(html.contains("<tfoot>") && html.contains("@media print"))
        #expect(!html.contains("<próbne>"))
    }

    @Test("Markdown: pipes and markup escaped, RAZEM in bold, Polish numbers")
    func markdown() {
        let md = ReportRenderer.render(table, as: .md)
        #expect(md.hasPrefix("## Zestawienie \\<próbne\\> & \"inne\"\n"))
        #expect(md.contains("| Wiersz | Liczba – Rok 2024 | Liczba – Rok 2025 | Godziny – Rok 2025 |"))
        #expect(md.contains("| Żółć; \"gęś\" | 1\u{00A0}234 | 5 | 1\u{00A0}234,5 |"))
        #expect(md.contains("| **RAZEM** | **1\u{00A0}241** | **21** |  |"))
    }

    @Test("JSON: sorted keys, numbers as numbers, a flagged count as an object, the same text every time")
    func json() throws {
        let text = ReportRenderer.render(table, as: .json)
        #expect(text == ReportRenderer.render(table, as: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "teczka-report")
        let rows = try #require(object["rows"] as? [[String: Any]])
        let cells = try #require(rows[1]["cells"] as? [Any])
        #expect(cells[0] as? Int == 7)
        #expect((cells[1] as? [String: Any])?["aboveLimit"] as? Bool == true)
        #expect(cells[2] as? Double == 2.0)
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(keys.count == 10)
    }

    @Test("text: the column separators line up under Polish letters and wrapped headings")
    func textAlignment() {
        let text = ReportRenderer.render(table, as: .text)
        let lines = text.split(separator: "\n").map(String.init).filter { $0.contains("│") }
        let positions = Set(lines.map { $0.distance(from: $0.startIndex, to: $0.firstIndex(of: "│")!) })
        #expect(positions.count == 1)
        #expect(lines.contains("Żółć; \"gęś\" │    1\u{00A0}234 │        5 │  1\u{00A0}234,5"))
        #expect(lines.contains("Ab          │        7 │     16 ! │      2,0"))
    }

    @Test("findings are listed under the table in every format")
    func findings() {
        let finding = Finding(familyID: RecordID("f1"), family: "Kowalscy <A>", kind: .noBirthDate,
                              detail: "brak daty urodzenia: Jan Kowalski")
        #expect(ReportRenderer.render(table, as: .text, findings: [finding]).hasSuffix("Braki w danych (1):\n  • Kowalscy <A>: brak daty urodzenia: Jan Kowalski\n"))
        #expect(ReportRenderer.render(table, as: .md, findings: [finding]).contains("- Kowalscy \\<A\\>: brak daty urodzenia: Jan Kowalski"))
        #expect(ReportRenderer.render(table, as: .html, findings: [finding]).contains("<li>Kowalscy &lt;A&gt;: brak daty urodzenia: Jan Kowalski</li>"))
        #expect(ReportRenderer.render(table, as: .csv, findings: [finding]).contains("\r\n,Kowalscy <A>,brak daty urodzenia: Jan Kowalski\r\n"))
        #expect(ReportRenderer.render(table, as: .json, findings: [finding]).contains("\"kind\" : \"noBirthDate\""))
    }

    @Test("format names as typed on the command line")
    func formats() {
        #expect(ReportFormat(parsing: "MD") == .md)
        #expect(ReportFormat(parsing: "markdown") == .md)
        #expect(ReportFormat(parsing: " txt ") == .text)
        #expect(ReportFormat(parsing: "XLSX") == .xlsx && ReportFormat.xlsx.isBinary && ReportFormat.xlsx.fileExtension == "xlsx")
        #expect(!ReportFormat.textFormats.contains(.xlsx) && ReportFormat.textFormats.count == ReportFormat.allCases.count - 1)
        #expect(ReportFormat(parsing: "xls") == nil)
    }
}

extension String {
    /// The text as one quoted CSV field.
    var csvQuoted: String { "\"\(self)\"" }
}
