import Testing
import CoreTestSupport
import TeczkaCore
@testable import TeczkaReports

/// Each counting rule of Docs/reports.md on its boundary cases.
@Suite("Counting rules")
struct CountingRuleTests {
    let y2024 = ReportPeriod.year(2024), y2025 = ReportPeriod.year(2025)

    @Test("a cooperation ending on the period's first day is served and ended in that period, not in the one before")
    func endsOnFirstDay() throws {
        let s = try ReportScenario()
        try s.cooperate(try s.family("Nowakowie", children: [d("2015-01-01")]), "2024-03-01", "2025-01-01", reason: .brakEfektow)
        #expect(s.numbers("rodziny", [y2024, y2025], row: "RAZEM") == [1, 1, 1, 1, 1, 1])
        #expect(s.numbers("zakonczenia", [y2024, y2025], row: "Brak efektów współpracy") == [0, 1])
        #expect(s.numbers("obsluga", [y2024, y2025], row: "Rodziny, z którymi zakończono współpracę") == [0, 1])
    }

    @Test("a child turning 18 during the period counts as a child or an adult on the reference date")
    func turning18() throws {
        let s = try ReportScenario()
        let family = try s.family("Kowalscy", children: [d("2007-06-15"), d("2012-01-01")])
        try s.cooperate(family, "2024-01-01")
        // 31.12.2025: 18, an adult; 31.05.2025: 17, a child.
        #expect(s.numbers("rodziny", [y2025], row: "RAZEM") == [1, 2, 1])
        #expect(s.numbers("rodziny", [.asOf(d("2025-05-31"))], row: "RAZEM") == [1, 1, 2])
        #expect(s.numbers("rodziny", [.asOf(d("2025-06-15"))], row: "RAZEM") == [1, 2, 1])
    }

    @Test("an ended cooperation takes the reference date from its end, not the period's")
    func referenceDateFromEnd() throws {
        let s = try ReportScenario()
        try s.cooperate(try s.family("Lisowie", children: [d("2007-06-15")]), "2024-01-01", "2025-03-31")
        #expect(s.numbers("rodziny", [y2025], row: "RAZEM") == [1, 1, 1])
    }

    @Test("a category change during the period: the category on the reference date counts, exclusively")
    func categoryChange() throws {
        let s = try ReportScenario()
        var cooperation = try s.cooperate(try s.family("Zielińscy"), "2024-01-01")
        cooperation.categories.append(CategoryChange(from: d("2025-04-01"), category: .zastepczaPiecza))
        try s.file.saveCooperation(cooperation)
        #expect(s.numbers("rodziny", [.asOf(d("2025-03-31")), y2025], row: "Rodzina problemowa") == [1, 0, 1, 0, 0, 0])
        #expect(s.numbers("rodziny", [.asOf(d("2025-03-31")), y2025], row: "Rodzina zastępcza/piecza") == [0, 1, 0, 1, 0, 0])
    }

    @Test("two cooperations of one family in one period: the family counts once, each ending counts")
    func twoCooperations() throws {
        let s = try ReportScenario()
        let family = try s.family("Wójcikowie", children: [d("2016-01-01")])
        try s.cooperate(family, "2025-01-01", "2025-03-31", reason: .zaprzestanieWspolpracy)
        try s.cooperate(family, "2025-06-01", category: .zaZyciem)
        #expect(s.numbers("rodziny", [y2025], row: "RAZEM") == [1, 1, 1])
        #expect(s.numbers("rodziny", [y2025], row: "Rodziny z programu „Za życiem”") == [1, 1, 1])
        #expect(s.numbers("zakonczenia", [y2025], row: "RAZEM") == [1])
        #expect(s.numbers("charakterystyka", [y2025], row: "Liczba rodzin objętych wsparciem asystenta rodziny") == [1])
        #expect(s.numbers("obciazenie", [y2025], row: "Anna Nowak") == [1, 1, 0, -1, -1])  // no employment recorded
    }

    @Test("a problem closed before the period's start is not counted; one closed on its first day is")
    func closedProblem() throws {
        let s = try ReportScenario()
        let early = try s.family("Mazurowie"), late = try s.family("Krawczykowie")
        for family in [early, late] { try s.cooperate(family, "2024-01-01") }
        for (family, closed) in [(early, "2024-12-31"), (late, "2025-01-01")] {
            var problem = FamilyProblem(familyID: family, code: "A8", identified: d("2024-02-01"))
            problem.history.append(StatusChange(date: d(closed), status: .rozwiazany))
            try s.file.saveProblem(problem)
        }
        #expect(s.numbers("problemy", [y2024, y2025], row: "Ubóstwo") == [2, 1])
    }

    @Test("a problem recorded after the period's end is not counted; 'bez zmian' keeps it open")
    func laterProblem() throws {
        let s = try ReportScenario()
        let family = try s.family("Królowie")
        try s.cooperate(family, "2025-01-01")
        var problem = FamilyProblem(familyID: family, code: "A14", identified: d("2025-07-01"))
        problem.history.append(StatusChange(date: d("2025-09-01"), status: .bezZmian))
        try s.file.saveProblem(problem)
        #expect(s.numbers("problemy", [.asOf(d("2025-06-30")), y2025, .year(2026)], row: "Przemoc w rodzinie") == [0, 1, 1])
    }

    @Test("a placement overlapping the period's edge counts for the period, and on a date only while it lasts")
    func placementEdge() throws {
        let s = try ReportScenario()
        let family = try s.family("Dudkowie", children: [d("2014-01-01")])
        try s.cooperate(family, "2024-01-01")
        let child = s.file.members(of: family).first { $0.role == .dziecko }!.id
        try s.file.savePlacement(Placement(familyID: family, childID: child, form: .rzz, start: d("2024-10-01"),
                                           end: d("2025-01-05"), endType: .powrotDoRodziny))
        #expect(s.numbers("charakterystyka", [y2024, y2025, .year(2026)], row: "Rodziny z dziećmi umieszczonymi w pieczy zastępczej") == [1, 1, 0])
        #expect(s.numbers("piecza", [y2024, y2025], row: "RZZ – Rodzina Zastępcza Zawodowa") == [1, 0])
        #expect(s.numbers("piecza", [.asOf(d("2025-01-05")), .asOf(d("2025-01-06"))], row: "RAZEM") == [1, 0])
    }

    @Test("caseload: the most cooperations on one day, flagged above the cap, and the days above it")
    func caseload() throws {
        let s = try ReportScenario(settings: StoreSettings(caseloadCap: 2))
        for (n, (start, end)) in [("2025-01-01", nil), ("2025-02-01", "2025-03-10"), ("2025-03-01", "2025-03-31")].enumerated() {
            try s.cooperate(try s.family("Rodzina \(n)"), start, end)
        }
        let row = s.table("obciazenie", [y2025]).rows[0]
        #expect(row.label == "Anna Nowak")
        #expect(row.cells == [.count(3), .flagged(3), .count(10), .empty, .empty])  // 01.03–10.03: three at once
    }

    @Test("a handover is no end: the centre counts one family and no ending; each assistant counts it in her own days")
    func handover() throws {
        let s = try ReportScenario()
        let beata = UserAccount.test("Beata Lis", .asystent)
        try s.file.saveUser(beata)
        let co = try s.cooperate(try s.family("Nowakowie", children: [d("2015-01-01")]), "2025-02-01")
        try s.file.handOver(co.id, to: beata.id, from: d("2025-07-01"))
        let h1 = ReportPeriod.half(2025, .first), h2 = ReportPeriod.half(2025, .second)
        #expect(s.numbers("obsluga", [h1, h2], row: "Rodziny objęte wsparciem asystenta rodziny") == [1, 1])
        #expect(s.numbers("obsluga", [h1, h2], row: "Rodziny, z którymi zakończono współpracę") == [0, 0])
        #expect(s.numbers("obsluga", [h1, h2], row: "Rodziny objęte wsparciem asystenta rodziny", assistant: s.assistant.id) == [1, 0])
        #expect(s.numbers("obsluga", [h1, h2], row: "Rodziny objęte wsparciem asystenta rodziny", assistant: beata.id) == [0, 1])
        #expect(s.numbers("obsluga", [h1, h2], row: "Rodziny, z którymi zakończono współpracę", assistant: s.assistant.id) == [0, 0])
        #expect(s.numbers("polrocze", [y2025], row: "Asystenci rodziny pracujący z rodzinami") == [1, 1])
        // Caseload: each assistant's families and days in her own stretch.
        let rows = s.table("obciazenie", [h1, h2]).rows
        #expect(rows.map(\.label) == ["Anna Nowak", "Beata Lis"])
        #expect(rows[0].cells.prefix(3) == [.count(1), .count(1), .count(0)] && rows[0].cells[5...7] == [.count(0), .count(0), .count(0)])
        #expect(rows[1].cells.prefix(3) == [.count(0), .count(0), .count(0)] && rows[1].cells[5...7] == [.count(1), .count(1), .count(0)])
        // Ended later by Beata: the ending is hers, and the centre's one.
        var ended = try #require(s.file.cooperations[co.id])
        ended.end = d("2025-11-30")
        ended.endReason = .celeOsiagniete
        try s.file.saveCooperation(ended)
        #expect(s.numbers("obsluga", [h2], row: "Rodziny, z którymi zakończono współpracę") == [1])
        #expect(s.numbers("obsluga", [h2], row: "Rodziny, z którymi zakończono współpracę", assistant: beata.id) == [1])
        #expect(s.numbers("obsluga", [h2], row: "Rodziny, z którymi zakończono współpracę", assistant: s.assistant.id) == [0])
    }

    @Test("caseload by etat: the cap of each day follows the employment, the mean etat and families per etat are shown")
    func caseloadByEmployment() throws {
        let s = try ReportScenario(settings: StoreSettings(caseloadCap: 4))
        for n in 0..<3 { try s.cooperate(try s.family("Rodzina \(n)"), "2025-06-01") }
        // Full time to June, half time to September (cap 2), then not employed (cap 0).
        try s.file.saveEmployment([EmploymentPeriod(from: d("2025-01-01"), to: d("2025-06-30"), ftePercent: 100),
                                   EmploymentPeriod(from: d("2025-07-01"), to: d("2025-09-30"), ftePercent: 50)], of: s.assistant.id)
        let fte = (181.0 * 1 + 92 * 0.5) / 365
        #expect(s.table("obciazenie", [y2025]).rows[0].cells
                == [.count(3), .flagged(3), .count(92 + 92), .decimal(fte, places: 2), .decimal(3 / fte, places: 1)])
        // The first half: full time, three families under the cap of four.
        let h1 = ReportPeriod.half(2025, .first)
        #expect(s.table("obciazenie", [h1]).rows[0].cells == [.count(3), .count(3), .count(0), .decimal(1, places: 2), .decimal(3, places: 1)])
        // A centre that does not scale the cap: four all year, nothing above it.
        var settings = s.file.settings
        settings.capByEmployment = false
        try s.file.saveSettings(settings)
        #expect(s.table("obciazenie", [y2025]).rows[0].cells
                == [.count(3), .count(3), .count(0), .decimal(fte, places: 2), .decimal(3 / fte, places: 1)])
        #expect(s.table("obciazenie", [y2025]).footnote.joined().contains("limit 4 rodzin;"))
    }

    @Test("with an assistant given, only that assistant's cooperations and families count")
    func assistantFilter() throws {
        let s = try ReportScenario()
        let other = UserAccount.test("Beata Lis", .asystent)
        try s.file.saveUser(other)
        try s.cooperate(try s.family("Nowakowie", children: [d("2015-01-01")]), "2025-01-01")
        try s.cooperate(try s.family("Lisowie", children: [d("2015-01-01"), d("2016-01-01")]), "2025-01-01", by: other.id)
        #expect(s.numbers("rodziny", [y2025], row: "RAZEM") == [2, 2, 3])
        #expect(s.numbers("rodziny", [y2025], row: "RAZEM", assistant: other.id) == [1, 1, 2])
        #expect(s.table("rodziny", [y2025], assistant: other.id).footnote.last == "Asystent rodziny: Beata Lis.")
        #expect(s.table("obciazenie", [y2025], assistant: other.id).rows.map(\.label) == ["Beata Lis"])
    }

    @Test("assessments: counted in the period, families once, overdue after six months, waiting for review")
    func assessments() throws {
        let s = try ReportScenario()
        let family = try s.family("Sikorowie")
        let cooperation = try s.cooperate(family, "2024-01-10")
        for (from, to, state) in [("2024-01-10", "2024-07-09", AssessmentState.zatwierdzona), ("2024-07-10", "2025-01-09", .przekazana)] {
            var assessment = Assessment(familyID: family, cooperationID: cooperation.id, authorID: s.assistant.id,
                                        periodFrom: d(from), periodTo: d(to))
            assessment.state = state
            assessment.passedOn = d(to)
            if state == .zatwierdzona { assessment.approvedBy = s.file.currentUser.id }   // approved by the coordinator
            try s.file.saveAssessment(assessment)
        }
        let periods = [y2024, ReportPeriod.asOf(d("2025-07-09")), .asOf(d("2025-07-10"))]
        #expect(s.numbers("oceny", periods, row: "Oceny okresowe przekazane kierownikowi") == [1, 1, 1])
        #expect(s.numbers("oceny", periods, row: "Współprace bez oceny w terminie (na koniec okresu)") == [0, 0, 1])
        #expect(s.numbers("oceny", periods, row: "Oceny czekające na zatwierdzenie") == [0, 1, 1])
    }
}
