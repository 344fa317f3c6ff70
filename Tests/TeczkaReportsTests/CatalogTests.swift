import Foundation
import Testing
import TeczkaCore
@testable import TeczkaReports

@Suite("Report catalogue")
struct CatalogTests {
    static let periods: [ReportPeriod] = [.year(2024), .asOf(d("2025-10-31"))]

    /// Every available report in every format: not empty, titled, parseable JSON with the table's rows.
    func renderAll(_ data: ReportData) throws -> Int {
        var rendered = 0
        for report in ReportCatalog.all where report.isAvailable(for: data.catalogue) {
            let table = report.table(data, periods: Self.periods)
            #expect(table.name == report.name)
            #expect(!table.rows.isEmpty, "\(report.name) has no rows")
            #expect(table.rows.allSatisfy { $0.cells.count == table.columns.count }, "\(report.name): ragged rows")
            for format in ReportFormat.textFormats {
                let text = ReportRenderer.render(table, as: format)
                #expect(format == .csv || format == .json || text.contains(PrintedDocument.htmlEscape(table.title)) || text.contains(table.title))
                if format == .json {
                    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
                    #expect((object?["rows"] as? [Any])?.count == table.rows.count)
                }
                rendered += 1
            }
            let workbook = try ReportRenderer.document([table], as: .xlsx)
            #expect(workbook.starts(with: Data("PK".utf8)), "\(report.name): not a zip (xlsx)")
        }
        return rendered
    }

    @Test("every report renders in every format for an empty store")
    func emptyStore() throws {
        let s = try ReportScenario()
        #expect(try renderAll(s.data()) == 12 * ReportFormat.textFormats.count)
        #expect(s.table("rodziny", Self.periods).totals?.cells.allSatisfy { $0 == .count(0) } == true)
    }

    @Test("every report renders in every format for demo data, and the figures agree between reports")
    func demoData() throws {
        let s = try ReportScenario()
        try DemoData.populate(s.file, families: 40, seed: 7, today: d("2026-01-15"))
        let data = s.data()
        #expect(try renderAll(data) == 12 * ReportFormat.textFormats.count)
        let period = ReportPeriod.year(2025)
        let served = s.numbers("obsluga", [period], row: "Rodziny objęte wsparciem asystenta rodziny")[0]
        #expect(served > 0)
        #expect(s.numbers("rodziny", [period], row: "RAZEM")[0] == served)
        #expect(s.numbers("charakterystyka", [period], row: "Liczba rodzin objętych wsparciem asystenta rodziny")[0] == served)
        let twoParent = s.numbers("charakterystyka", [period], row: "Rodziny pełne")[0]
        #expect(twoParent + s.numbers("charakterystyka", [period], row: "Rodziny niepełne")[0] == served)
        #expect(ReportCatalog.allTables(data, year: 2025).count == 12)
    }

    @Test("catalogue B: the Mielec problems title and the effects report, which catalogue A does not offer")
    func catalogueB() throws {
        let s = try ReportScenario(settings: StoreSettings(catalogue: .mielec))
        #expect(ReportCatalog.available(for: s.file).map(\.name).contains("efekty"))
        #expect(!ReportCatalog.available(for: StoreSettings()).map(\.name).contains("efekty"))
        let family = try s.family("Wróblowie")
        try s.cooperate(family, "2024-01-01")
        try s.file.saveProblem(FamilyProblem(familyID: family, code: "B2", identified: d("2024-02-01"), effectDate: d("2025-03-01")))
        let problems = s.table("problemy", [.year(2025)])
        #expect(problems.title == "Problemy występujące w rodzinach")
        #expect(problems.cell("Brak zatrudnienia", 0) == .count(1))
        let effects = s.table("efekty", [.year(2024), .year(2025)])
        #expect(effects.title == "Efekty działań współpracy asystenta rodziny z rodzinami")
        #expect(s.numbers("efekty", [.year(2024), .year(2025)], row: "Zatrudnienie") == [0, 1])
        #expect(effects.rows.count == 18)
        #expect(try renderAll(s.data()) == 13 * ReportFormat.textFormats.count)
    }

    @Test("names as typed on the command line, each report with a Polish summary")
    func names() {
        #expect(ReportCatalog.all.map(\.name) == ["rodziny", "zakonczenia", "problemy", "efekty", "charakterystyka", "obsluga",
                                                  "za-zyciem", "piecza", "obciazenie", "oceny", "wskazniki", "polrocze", "wspolfinansowanie"])
        #expect(ReportCatalog.named("ZAKONCZENIA")?.title == "Przyczyny zakończenia współpracy z rodzinami przez asystenta rodziny")
        #expect(ReportCatalog.named("tabela") == nil)
    }

    @Test("the half-year summary splits each year at 30.06 and counts assistants at work")
    func halfYear() throws {
        let s = try ReportScenario()
        try s.cooperate(try s.family("Nowakowie"), "2025-02-01", "2025-05-31", reason: .zmianaMetodPracy)
        try s.cooperate(try s.family("Lisowie"), "2025-08-01")
        let table = s.table("polrocze", [.year(2025)])
        #expect(table.columns == ["I półrocze 2025 (01.01–30.06.2025)", "II półrocze 2025 (01.07–31.12.2025)"])
        #expect(s.numbers("polrocze", [.year(2025)], row: "Rodziny objęte wsparciem asystenta rodziny") == [1, 1])
        #expect(s.numbers("polrocze", [.year(2025)], row: "– Zmiana metod pracy") == [1, 0])
        #expect(s.numbers("polrocze", [.year(2025)], row: "Asystenci rodziny pracujący z rodzinami") == [1, 1])
    }
}
