import Testing
import TeczkaCore
@testable import TeczkaReports

/// The check figures of domain.md, from the Siechnice fixture.
@Suite("Siechnice tables 3, 4 and 7")
struct SiechniceTablesTests {
    let data: ReportData
    init() throws { data = ReportData(file: try SiechniceFixture.make()) }

    func numbers(_ table: ReportTable, _ row: String) -> [Int] {
        (table.allRows.first { $0.label == row }?.cells ?? []).map { Int($0.number ?? -1) }
    }

    @Test("Tabela 3: families / adults / children per category for 2023, 2024 and 2025 as of 31.10.2025")
    func table3() throws {
        let table = ReportCatalog.named("rodziny")!.table(data, periods: SiechniceFixture.periods)
        #expect(table.columns == ["Rok 2023", "Rok 2024", "Rok 2025 (dane na 31.10.2025r.)"] + ["Rok 2023", "Rok 2024", "Rok 2025 (dane na 31.10.2025r.)"] + ["Rok 2023", "Rok 2024", "Rok 2025 (dane na 31.10.2025r.)"])
        #expect(numbers(table, "Rodzina problemowa") == [16, 15, 11, 22, 21, 15, 43, 31, 19])
        #expect(numbers(table, "Rodzina zastępcza/piecza") == [0, 1, 3, 0, 1, 5, 0, 1, 12])
        #expect(numbers(table, "Rodziny z programu „Za życiem”") == [1, 1, 1, 2, 2, 2, 1, 3, 3])
        #expect(numbers(table, "RAZEM") == [17, 17, 15, 24, 24, 22, 44, 35, 34])
    }

    @Test("Tabela 4: cooperations ended per reason, 2023–2025")
    func table4() throws {
        let table = ReportCatalog.named("zakonczenia")!.table(data, periods: SiechniceFixture.periods)
        #expect(table.rows.map { numbers(table, $0.label) } == [[2, 4, 2], [0, 0, 0], [0, 0, 0], [1, 0, 0], [3, 1, 1]])
        #expect(numbers(table, "RAZEM") == [6, 5, 3])
    }

    @Test("Tabela 7: families per problem in 2025 as of 31.10.2025, in catalogue A order")
    func table7() throws {
        let table = ReportCatalog.named("problemy")!.table(data, periods: [.asOf(SiechniceFixture.asOf)])
        #expect(table.title == "Główne problemy rodzin zdiagnozowane przez asystenta rodziny")
        #expect(table.rows.map(\.label) == ProblemCatalogue.siechnice.entries.map(\.label))
        #expect(table.rows.map { Int($0.cells[0].number ?? -1) } == SiechniceFixture.problemCounts)
        // The problem recorded on 05.11.2025 counts in the whole year.
        let wholeYear = ReportCatalog.named("problemy")!.table(data, periods: [.year(2025)])
        #expect(numbers(wholeYear, "Brak stałego źródła dochodów") == [7])
    }

    @Test("the text of Tabela 3, 4 and 7 is laid out as printed")
    func texts() throws {
        let three = ReportCatalog.named("rodziny")!.table(data, periods: SiechniceFixture.periods)
        let four = ReportCatalog.named("zakonczenia")!.table(data, periods: SiechniceFixture.periods)
        let seven = ReportCatalog.named("problemy")!.table(data, periods: [.asOf(SiechniceFixture.asOf)])
        #expect(ReportRenderer.render(three, as: .text) == ExpectedText.table3)
        #expect(ReportRenderer.render(four, as: .text) == ExpectedText.table4)
        #expect(ReportRenderer.render(seven, as: .text) == ExpectedText.table7)
    }
}
