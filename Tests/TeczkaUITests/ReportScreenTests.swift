import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaUI

@Suite("Report screens")
struct ReportScreenTests {
    /// Two families with cooperations: one since 2025 with two children, one that ended in March 2026.
    func harness() throws -> ScreenHarness {
        let h = try ScreenHarness()
        let me = h.file.currentUser.id
        let first = try h.addFamily("Wiśniewscy", members: [("Ewa", "Wiśniewska", "1990-04-01", .rodzic),
                                                            ("Ola", "Wiśniewska", "2015-03-02", .dziecko),
                                                            ("Jan", "Wiśniewski", "2012-01-20", .dziecko)])
        try h.file.saveCooperation(Cooperation(familyID: first.id, assistantID: me, start: LocalDate(year: 2025, month: 2, day: 1)!))
        let second = try h.addFamily("Kowalscy", members: [("Piotr", "Kowalski", "1985-06-06", .rodzic)])
        var ended = Cooperation(familyID: second.id, assistantID: me, start: LocalDate(year: 2025, month: 9, day: 1)!)
        ended.end = LocalDate(year: 2026, month: 3, day: 31)
        ended.endReason = .celeOsiagniete
        try h.file.saveCooperation(ended, confirmed: true)
        h.app.stack.last?.reappear(app: h.app)
        return h
    }

    @Test("r lists the reports with what each counts; Enter asks for the period; F2 shows the table and the gaps")
    func showTable() throws {
        let h = try harness()
        h.press(.function(9), .character("r"))
        #expect(h.screen.contains("Teczka — Raporty"))
        #expect(h.screen.contains("rodziny           Dane statystyczne dotyczące rodzin z którymi pracują"))
        #expect(h.screen.contains("wspolfinansowanie Współfinansowanie pobytu dziecka"))
        #expect(h.screen.contains("Rodziny, dorośli i dzieci według kategorii rodziny (Tabela 3)"))
        h.press(.enter)
        #expect(h.screen.contains("Okres               2026"))
        #expect(h.screen.contains("Dane na dzień       22.11.2026"))
        #expect(h.screen.contains("F2 Pokaż"))
        h.press(.function(2))
        let screen = h.screen
        #expect(screen.contains("Rok 2026"))
        #expect(screen.contains("(dane na"))
        // The table fits the 80 columns: its long labels wrap instead of pushing the numbers off the screen.
        #expect(screen.contains("Rodzina problemowa            │             2 │             2 │             2"))
        #expect(screen.contains("Rodziny z programu „Za        │             0 │             0 │             0\n życiem”"))
        #expect(screen.contains("Wiersze 1–20 z 27"))
        h.press(.pageDown)
        #expect(h.screen.contains("Braki w danych (3):"))
        #expect(h.screen.contains("Wiśniewscy: brak wpisanych problemów rodziny"))
    }

    @Test("years side by side, and a bad period is refused with a message under the field")
    func periods() throws {
        let h = try harness()
        h.press(.function(9), .character("r"), .enter)
        h.press(Array(repeating: Key.backspace, count: 4))
        h.type("2025-20x6")
        h.press(.function(2))
        #expect(h.screen.contains("Popraw okres."))
        #expect(h.screen.contains("! Np. 2025, 2023-2025, 2025-H1, 01.01.2025–30.06.2025"))
        h.press(Array(repeating: Key.backspace, count: 9))
        h.type("2025-2026")
        h.press(.function(2))
        #expect(h.screen.contains("Rok 2025"))
        #expect(h.screen.contains("Rodzina problemowa             │        2 │"))
        h.press(.escape)
        #expect(h.screen.contains("Okres               2025-2026"), "Esc from the table comes back to the period")
    }

    @Test("C saves the table for a spreadsheet in wydruki/: semicolons and a BOM")
    func saveCSV() throws {
        let h = try harness()
        h.press(.function(9), .character("r"), .down, .enter)
        h.press(Array(repeating: Key.backspace, count: 4))
        h.type("2026")
        h.press(.tab)
        h.press(Array(repeating: Key.backspace, count: 10))
        h.press(.function(2), .character("C"))
        // 2026 is not over on 22.11.2026: counted as of today, as everywhere (issue 13).
        let name = "raport-zakonczenia-2026-01-01_2026-11-22.csv"
        #expect(h.screen.contains("wydruki/raport-zakonczenia-2026-01-01_2026-11-2"))
        let csv = try #require(h.store.documents[name])
        #expect(csv.hasPrefix("\u{FEFF}Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny"))
        #expect(csv.contains("Osiągnięcie celów współpracy z rodziną;1\r\n"))
        let printed = try #require(h.file.transferHistory.first)
        #expect(printed.log.direction == .wydruk && printed.author == "Anna Nowak")
        #expect(printed.log.fileName.hasSuffix(name))
    }

    @Test("X saves the table as an XLSX workbook in wydruki/ and records it in the history")
    func saveWorkbook() throws {
        let h = try harness()
        h.press(.function(9), .character("r"), .down, .enter)
        h.press(.function(2), .character("x"))
        let saved = try #require(h.store.binaryDocuments.first { $0.key.hasPrefix("raport-zakonczenia-") && $0.key.hasSuffix(".xlsx") })
        #expect(saved.value.starts(with: Data("PK".utf8)), "a zip, as every .xlsx is")
        #expect(h.screen.contains("Zapisano raport:") && h.screen.contains("/teczka/wydruki/raport-zakonczenia-"))
        #expect(h.screen.contains("X XLSX"), "the key bar names the key")
        let printed = try #require(h.file.transferHistory.first)
        #expect(printed.log.direction == .wydruk && printed.log.fileName.hasSuffix(saved.key))
    }
}
