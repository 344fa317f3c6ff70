import Testing
import TeczkaCore
@testable import TeczkaReports

@Suite("Report periods and their options")
struct PeriodParsingTests {
    let today = d("2025-11-22")

    func parse(year: String? = nil, years: String? = nil, half: String? = nil, from: String? = nil, to: String? = nil,
               asOf: String? = nil) throws(PeriodError) -> [ReportPeriod] {
        try ReportPeriod.periods(year: year, years: years, half: half, from: from, to: to, asOf: asOf, today: today)
    }

    func error(year: String? = nil, years: String? = nil, half: String? = nil, from: String? = nil, to: String? = nil,
               asOf: String? = nil) -> PeriodError? {
        do { _ = try parse(year: year, years: years, half: half, from: from, to: to, asOf: asOf); return nil } catch { return error }
    }

    @Test("years side by side, the last one as of a date, headed as the documents print them")
    func yearsAsOf() throws {
        let periods = try parse(years: "2023-2025", asOf: "31.10.2025")
        #expect(periods.map(\.header) == ["Rok 2023", "Rok 2024", "Rok 2025 (dane na 31.10.2025r.)"])
        #expect(periods[2].from == d("2025-01-01") && periods[2].to == d("2025-10-31"))
    }

    @Test("one year, a half-year, a range in either date format, as-of alone, and the default")
    func goodInput() throws {
        #expect(try parse(year: "2024") == [.year(2024)])
        let h2 = try parse(half: "2024-h2")[0]
        #expect((h2.from, h2.to) == (d("2024-07-01"), d("2024-12-31")))
        #expect(h2.header == "II półrocze 2024 (01.07–31.12.2024)")
        // A period not yet over is counted as of today, as on the screen (issue 13): no deadline after today "passed".
        let current = try parse(half: "2025-h2")[0]
        #expect((current.from, current.to) == (d("2025-07-01"), today))
        #expect(current.header == "II półrocze 2025 (dane na 22.11.2025r.)")
        #expect(try parse(year: "2025") == [.asOf(today)])
        #expect(try parse(from: "01.11.2025", to: "31.12.2025")[0].header == "01.11.2025–22.11.2025")
        #expect(try parse(year: "2026") == [.year(2026)], "a period wholly to come is left as asked")
        #expect(try parse(half: "2025-H1")[0].to == d("2025-06-30"))
        let range = try parse(from: "01.03.2025", to: "2025-05-31")[0]
        #expect(range.header == "01.03.2025–31.05.2025")
        #expect(try parse(asOf: "2025-06-30") == [.asOf(d("2025-06-30"))])
        #expect(try parse() == [.asOf(today)])
        #expect(try parse().first?.header == "Rok 2025 (dane na 22.11.2025r.)")
        #expect(try parse(year: "2024", asOf: "31.12.2024") == [.year(2024)])
    }

    @Test("a year to date splits into its halves, the second cut at the date")
    func halves() {
        let halves = ReportPeriod.asOf(d("2025-10-31")).halves
        #expect(halves.map(\.dates) == ["01.01.2025–30.06.2025", "01.07.2025–31.10.2025"])
        #expect(halves.map(\.header) == ["I półrocze 2025 (01.01–30.06.2025)", "II półrocze 2025 (dane na 31.10.2025r.)"])
        #expect(ReportPeriod.range(from: d("2025-03-01"), to: d("2025-08-31"))!.halves.map(\.header) == ["01.03.2025–30.06.2025", "II półrocze 2025 (dane na 31.08.2025r.)"])
        #expect(ReportPeriod.asOf(d("2025-03-31")).halves.count == 1)
    }

    @Test("bad input is refused with a clear message in Polish and in English")
    func badInput() {
        #expect(error(half: "2025-H3")?.message(.pl) == "--half: oczekiwano RRRR-H1 lub RRRR-H2 (podano „2025-H3”)")
        #expect(error(half: "2025")?.message(.en) == "--half: expected YYYY-H1 or YYYY-H2 (got “2025”)")
        #expect(error(from: "31.05.2025", to: "01.03.2025")?.message(.pl) == "--from 31.05.2025 jest późniejsze niż --to 01.03.2025")
        #expect(error(year: "1890")?.message(.pl) == "--year: rok 1890 poza zakresem 2000–2100")
        #expect(error(year: "25") == .badYear(option: "--year", text: "25"))
        #expect(error(years: "2025-2023") == .yearsReversed(2025, 2023))
        #expect(error(years: "2023") == .badYears("2023"))
        #expect(error(years: "2001-2020") == .tooManyYears(20))
        #expect(error(year: "2025", half: "2025-H1")?.message(.pl) == "--half nie łączy się z --year; wybierz jedno")
        #expect(error(from: "01.01.2025") == .missing(option: "--to", with: "--from"))
        #expect(error(year: "2024", asOf: "31.10.2025")?.message(.en) == "--as-of 31.10.2025 is not in 2024")
        #expect(error(asOf: "31.02.2025")?.message(.pl) == "--as-of: nieprawidłowa data „31.02.2025”; oczekiwano DD.MM.RRRR lub RRRR-MM-DD")
        #expect(error(from: "01.01.2025", to: "31.01.2025", asOf: "31.01.2025") == .conflict("--as-of", "--from"))
    }
}
