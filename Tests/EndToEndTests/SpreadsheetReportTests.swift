import Foundation
import Testing
import TestSupport

/// `teczka report --format xlsx`, read back without libxlsxwriter: `Tests/Fixtures/xlsx/read-xlsx.py` opens the
/// workbook with Python's standard library, and each report's sheet must hold what its CSV holds, numbers as
/// numbers and text as text, laid out for printing (merged title, A4, heading rows repeated, one page wide).
@Suite("End to end: reports as XLSX workbooks")
struct SpreadsheetReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let reader = fixtures.appendingPathComponent("xlsx/read-xlsx.py").path
    let env = ["TECZKA_PASSPHRASE": "Siechnice hasło 2025"]
    let period = ["--years", "2023-2025", "--as-of", "31.10.2025"]

    /// A new store with the Siechnice fixture imported.
    func siechnice(in folder: TemporaryDirectory) throws -> String {
        let store = folder.file("siechnice.sqlite")
        let imported = try Binary.run(["import", Self.fixtures.appendingPathComponent("siechnice/siechnice.json").path,
                                       "--store", store, "--as", "Ewa Kierownik"], environment: env)
        #expect(imported.status == 0, "\(imported.err)")
        return store
    }

    /// The workbook (and the CSV) as `read-xlsx.py` reads them.
    func read(_ workbook: String, csv: String? = nil) throws -> [String: Any] {
        let run = try Subprocess.run("/usr/bin/python3", [Self.reader, workbook] + (csv.map { [$0] } ?? []))
        #expect(run.status == 0, "read-xlsx.py: \(run.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test("every report's sheet holds its CSV's title, headings and figures (numbers as numbers), printable on A4")
    func everyReportMatchesItsCSV() throws {
        let folder = TemporaryDirectory()
        let store = try siechnice(in: folder)
        let list = try Binary.run(["report", "--list", "--format", "json"])
        let names = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: String]]).compactMap { $0["name"] }
        var checked = 0
        for name in names {
            let workbook = folder.file("\(name).xlsx"), csv = folder.file("\(name).csv")
            let made = try Binary.run(["report", name, "--store", store, "--format", "xlsx", "--output", workbook] + period, environment: env)
            if made.status != 0 && made.err.contains("wymaga katalogu problemów z efektami") { continue }  // catalogue B only
            #expect(made.status == 0, "\(name): \(made.err)")
            let text = try Binary.run(["report", name, "--store", store, "--format", "csv", "--output", csv] + period, environment: env)
            #expect(text.status == 0, "\(name): \(text.err)")
            let book = try read(workbook, csv: csv)
            let records = try #require(book["csv"] as? [[String]])
            let sheets = try #require(book["sheets"] as? [[String: Any]])
            #expect(sheets.first?["name"] as? String == name)
            try SheetCheck(sheet: sheets[0], index: 0, definedNames: book["definedNames"] as? [[String: Any]] ?? [], report: name)
                .matches(records)
            checked += 1
        }
        #expect(checked >= 10, "only \(checked) reports checked")
        let history = try Binary.run(["history", "--store", store], environment: env)
        #expect(history.out.split(separator: "\n").filter { $0.contains("wydruk") && $0.hasSuffix(".xlsx") }.count == checked,
                "every workbook written is in the history:\n\(history.out)")
    }

    @Test("--all writes one workbook: a sheet per report (valid, unique names) and the findings on their own sheet")
    func allInOneWorkbook() throws {
        let folder = TemporaryDirectory()
        let store = try siechnice(in: folder)
        let workbook = folder.file("wszystkie.xlsx")
        let made = try Binary.run(["report", "--all", "--store", store, "--format", "xlsx", "--output", workbook] + period, environment: env)
        #expect(made.status == 0, "\(made.err)")
        let sheets = try #require(try read(workbook)["sheets"] as? [[String: Any]])
        let names = sheets.compactMap { $0["name"] as? String }
        #expect(names.count >= 11 && Set(names.map { $0.lowercased() }).count == names.count, "\(names)")
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains(where: { "[]:*?/\\".contains($0) }) }, "\(names)")
        #expect(names.contains("rodziny") && names.contains("zakonczenia") && names.last == "Braki w danych", "\(names)")
        let findings = try #require(sheets.last?["cells"] as? [String: [String: Any]])
        #expect((findings["A1"]?["value"] as? String)?.hasPrefix("Braki w danych (") == true)
        #expect(findings["A2"]?["value"] as? String == "Rodzina" && findings["B2"]?["value"] as? String == "Brak")
    }

    @Test("a workbook to a terminal, to a missing folder or onto a folder is refused in Polish, and nothing is written")
    func refusals() throws {
        let folder = TemporaryDirectory()
        let store = try siechnice(in: folder)
        // `script` gives the program a terminal for its standard output.
        let command = Binary.command(["report", "rodziny", "--store", store, "--format", "xlsx"])
        let onTerminal = try Subprocess.run("/usr/bin/script", ["-qec", command, "/dev/null"],
                                            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"].merging(env) { $1 })
        #expect(onTerminal.status == 1, "\(onTerminal.output)")
        #expect(onTerminal.output.contains("--format xlsx to plik arkusza (dane binarne), nie tekst na ekran: dodaj --output PLIK.xlsx."),
                "\(onTerminal.output)")
        let missing = folder.file("nie-ma/raport.xlsx")
        let nowhere = try Binary.run(["report", "rodziny", "--store", store, "--format", "xlsx", "--output", missing], environment: env)
        #expect(nowhere.status == 1 && nowhere.err.contains("nie można zapisać „\(missing)” (brak katalogu albo brak prawa zapisu)"),
                "\(nowhere.err)")
        let ontoFolder = try Binary.run(["report", "rodziny", "--store", store, "--format", "xlsx", "--output", folder.path], environment: env)
        #expect(ontoFolder.status == 1 && ontoFolder.err.contains("to katalog, nie plik. Nic nie zapisano."), "\(ontoFolder.err)")
        let history = try Binary.run(["history", "--store", store], environment: env)
        #expect(!history.out.contains("wydruk"), "a refused report is not recorded:\n\(history.out)")
        // Piped, the workbook goes out as it is.
        let piped = try Binary.run(["report", "rodziny", "--store", store, "--format", "xlsx"] + period, environment: env)
        #expect(piped.status == 0 && piped.out.hasPrefix("PK"), "\(piped.err)")
    }
}

/// One report's sheet against the records of the same report's CSV.
struct SheetCheck {
    let cells: [String: [String: Any]]
    let merged: [String]
    let sheet: [String: Any]
    let index: Int
    let definedNames: [[String: Any]]
    let report: String

    init(sheet: [String: Any], index: Int, definedNames: [[String: Any]], report: String) {
        self.sheet = sheet
        self.cells = sheet["cells"] as? [String: [String: Any]] ?? [:]
        self.merged = sheet["merged"] as? [String] ?? []
        self.index = index
        self.definedNames = definedNames
        self.report = report
    }

    static func column(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 { name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name; n = (n - 1) / 26 }
        return name
    }

    func cell(_ column: Int, _ row: Int) -> [String: Any]? { cells[Self.column(column) + String(row)] }
    func string(_ column: Int, _ row: Int) -> String? {
        cell(column, row).flatMap { $0["type"] as? String == "string" ? $0["value"] as? String : nil }
    }

    /// The value a merged range shows in every cell it covers (spreadsheets keep it in the first one only).
    func shown(_ column: Int, _ row: Int) -> String {
        let address = Self.column(column) + String(row)
        for range in merged {
            let corners = range.split(separator: ":").map(String.init)
            guard corners.count == 2, let first = Self.split(corners[0]), let last = Self.split(corners[1]) else { continue }
            if (first.column...last.column).contains(column) && (first.row...last.row).contains(row) {
                return string(first.column, first.row) ?? ""
            }
        }
        return cells[address]?["value"] as? String ?? ""
    }

    static func split(_ address: String) -> (column: Int, row: Int)? {
        let letters = address.prefix { $0.isLetter }, digits = address.drop { $0.isLetter }
        guard let row = Int(digits) else { return nil }
        return (letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1, row)
    }

    func definedName(_ name: String) -> String? {
        definedNames.first { $0["name"] as? String == name && $0["localSheetId"] as? String == String(index) }?["value"] as? String
    }

    func matches(_ records: [[String]]) throws {
        let title = try #require(records.first?.first)
        let headings = records[1]
        let last = headings.count - 1
        // The title: text in A1, merged across the table so that it does not widen column A (at most 60 characters
        // and the margin, as libxlsxwriter writes it).
        #expect(string(0, 1) == title, "\(report): title")
        #expect(merged.contains("A1:\(Self.column(last))1"), "\(report): title not merged across \(merged)")
        let widthA = (sheet["columns"] as? [[String: Any]])?.first { $0["min"] as? Int == 1 }?["width"] as? Double ?? 0
        #expect(widthA > 0 && widthA < 63, "\(report): column A is \(widthA) wide")
        // Heading rows, repeated on every page: the print titles name them.
        let titles = try #require(definedName("_xlnm.Print_Titles"), "\(report): no print titles")
        let rows = titles.split(separator: "!").last.map { $0.split(separator: ":").compactMap { Int($0.dropFirst()) } } ?? []
        #expect(rows.first == 2 && rows.count == 2, "\(report): print titles \(titles)")
        let headingEnd = rows.last ?? 2
        #expect(shown(0, 2) == headings[0] && cell(0, 2)?["bold"] as? Bool == true, "\(report): label heading")
        for column in 1...max(1, last) where column <= last {
            let bottom = shown(column, headingEnd), group = headingEnd > 2 ? shown(column, 2) : ""
            #expect((group.isEmpty ? bottom : "\(group) – \(bottom)") == headings[column], "\(report): heading \(column)")
        }
        // The figures: every record up to the empty one, numbers as numbers (the CSV's decimal comma read as such).
        let body = records.dropFirst(2).prefix { !$0.isEmpty }
        for (offset, record) in body.enumerated() {
            let row = headingEnd + 1 + offset
            #expect(string(0, row) == record[0], "\(report): label in row \(row)")
            if record[0] == "RAZEM" { #expect(cell(0, row)?["bold"] as? Bool == true, "\(report): RAZEM not bold") }
            for (column, field) in record.enumerated().dropFirst() {
                let found = cell(column, row)
                if field.isEmpty {
                    #expect(found == nil || found?["type"] as? String == "blank", "\(report): \(Self.column(column))\(row) not empty")
                } else if let number = Double(field.replacingOccurrences(of: ",", with: ".")) {
                    #expect(found?["type"] as? String == "number", "\(report): \(Self.column(column))\(row) \(field) is not a number")
                    #expect(abs((found?["value"] as? Double ?? .nan) - number) < 1e-9, "\(report): \(Self.column(column))\(row) ≠ \(field)")
                } else {
                    #expect(found?["type"] as? String == "string" && found?["value"] as? String == field,
                            "\(report): \(Self.column(column))\(row) ≠ \(field)")
                }
            }
        }
        let lastTableRow = headingEnd + body.count
        #expect(cell(1, lastTableRow + 1) == nil, "\(report): more rows than the CSV")
        // The footnote under the table, merged across it.
        let notes = records.dropFirst(2 + body.count + 1).prefix { $0.count == 1 }
        for (offset, note) in notes.enumerated() {
            let row = lastTableRow + 2 + offset
            #expect(string(0, row) == note[0], "\(report): note in row \(row)")
        }
        // Printing: A4 (paper 9), one page wide, the whole table and its notes in the print area.
        let setup = sheet["pageSetup"] as? [String: String] ?? [:]
        #expect(setup["paperSize"] == "9" && (setup["fitToWidth"] ?? "1") == "1" && setup["fitToHeight"] == "0", "\(report): \(setup)")
        #expect(sheet["fitToPage"] as? Bool == true, "\(report): not fitted to the page")
        let area = try #require(definedName("_xlnm.Print_Area"), "\(report): no print area")
        #expect(area.hasSuffix("!$A$1:$\(Self.column(last))$\(lastTableRow + (notes.isEmpty ? 0 : 1 + notes.count))"),
                "\(report): print area \(area)")
    }
}
