import Foundation
import Testing
import CoreTestSupport
import TeczkaCore
@testable import TeczkaReports

/// Issue 15: Tabela 8 of the Siechnice programme, "Współfinansowanie pobytu dziecka w pieczy zastępczej": the gmina
/// pays 10 % of a child's foster care in the first year of the stay, 30 % in the second and 50 % from the third.
@Suite("Co-financing of foster care (Tabela 8)")
struct CoFinancingTests {
    /// Children of the gmina in foster care, most from families without an assistant, with the powiat's monthly notes
    /// for 2023 and 2024, consistent with Siechnice's published columns: 2023 — 4 / 4 / 28 children, 317 796 zł;
    /// 2024 — 2 / 5 / 30 children, 433 096 zł.
    static func siechnice() throws -> ReportScenario {
        let s = try ReportScenario()
        func child(_ family: RecordID, _ n: Int) throws -> RecordID {
            try s.file.saveMember(Member(familyID: family, firstName: "Dziecko \(n)", lastName: "Test", birthDate: d("2012-01-01"), role: .dziecko)).id
        }
        func place(_ label: String, count: Int, start: String, end: String? = nil, form: FosterForm = .rzs,
                   note: (LocalDate) -> FosterCharge?) throws {
            let family = try s.file.saveFamily(Family(label: label))
            for n in 0..<count {
                var p = Placement(familyID: family.id, childID: try child(family.id, n), form: form, start: d(start),
                                  end: end.map(d), endType: end == nil ? nil : .inne)
                p.powiat = "Powiat wrocławski"
                var month = d("2023-01-01")
                var charges: [FosterCharge] = []
                while month <= d("2024-12-01") {
                    if month >= p.start.firstOfMonth, p.end.map({ month <= $0 }) ?? true, let charge = note(month) { charges.append(charge) }
                    month = month.adding(months: 1)
                }
                p.charges = charges
                try s.file.savePlacement(p)
            }
        }
        let zl = { (amount: Int) in amount * 100 }
        // Placed in March 2023: 4,000 zł a month, of which the program works out 10 % and then 30 %.
        try place("Adamscy", count: 4, start: "2023-03-01") { FosterCharge(month: $0, monthlyCost: zl(4_000)) }
        // In care since June 2022: 500 zł a month charged; one leaves at the end of March 2024.
        try place("Dudkowie", count: 1, start: "2022-06-01", end: "2024-03-31") { FosterCharge(month: $0, amount: zl(500)) }
        try place("Dudkowie II", count: 3, start: "2022-06-01", form: .placowkaSocjalizacyjna) { FosterCharge(month: $0, amount: zl(500)) }
        // In care since 2020: 700 zł a month; one child leaves at the end of October 2023. One December note in each
        // year carries the rest of the year's published total.
        try place("Ewiccy", count: 27, start: "2020-01-01") { month in
            FosterCharge(month: month, amount: zl(700))
        }
        try place("Ewiccy II", count: 1, start: "2020-01-01", end: "2023-10-31") { FosterCharge(month: $0, amount: zl(700)) }
        try place("Florczakowie", count: 2, start: "2024-05-01", form: .rdd) { FosterCharge(month: $0, monthlyCost: zl(3_000)) }
        // The rest: 317,796 − 273,800 and 433,096 − 302,300 zł, on one child's December notes.
        let family = try #require(s.file.families.values.first { $0.label == "Ewiccy" })
        var p = try #require(s.file.placements(of: family.id).first)
        p.charges = p.charges!.map { c in
            c.month == d("2023-12-01") ? FosterCharge(month: c.month, amount: zl(700 + 43_996))
                : c.month == d("2024-12-01") ? FosterCharge(month: c.month, amount: zl(700 + 130_796)) : c
        }
        try s.file.savePlacement(p)
        return s
    }

    @Test("a fixture reproduces Siechnice's Tabela 8 for 2023 and 2024 exactly")
    func siechniceColumns() throws {
        let s = try Self.siechnice()
        let table = s.table("wspolfinansowanie", [.year(2023), .year(2024)])
        #expect(table.totals?.cells == [.count(4), .count(4), .count(28), .decimal(317_796, places: 2),
                                        .count(2), .count(5), .count(30), .decimal(433_096, places: 2)])
        // Three of the 2024 children at 50 % are in an institution (they were at 30 % in 2023), with their notes.
        #expect(table.rows[2].cells == [.count(0), .count(3), .count(0), .decimal(18_000, places: 2),
                                        .count(0), .count(0), .count(3), .decimal(18_000, places: 2)])
        // The two placed in 2024 are in a family children's home.
        #expect(table.rows[1].cells == [.count(0), .count(0), .count(0), .decimal(0, places: 2),
                                        .count(2), .count(0), .count(0), .decimal(4_800, places: 2)])
        let text = ReportRenderer.render(table, as: .text)
        #expect(text.contains("317\u{00A0}796,00") && text.contains("433\u{00A0}096,00"))
    }

    @Test("a stay crossing its anniversary counts once, at the share of its last day in the year; a move to another form is one stay")
    func anniversary() throws {
        let s = try ReportScenario()
        let family = try s.file.saveFamily(Family(label: "Nowakowie"))
        let child = try s.file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Nowak", role: .dziecko))
        // RZS from 01.07.2023, then without a break a placówka from 01.03.2024.
        try s.file.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2023-07-01"),
                                           end: d("2024-02-29"), endType: .inne))
        try s.file.savePlacement(Placement(familyID: family.id, childID: child.id, form: .placowkaInterwencyjna, start: d("2024-03-01")))
        let table = s.table("wspolfinansowanie", [.year(2023), .year(2024), .year(2025)])
        let counts = table.totals!.cells.enumerated().filter { $0.offset % 4 != 3 }.map(\.element)
        #expect(counts == [.count(1), .count(0), .count(0), .count(0), .count(1), .count(0), .count(0), .count(0), .count(1)])
        #expect(table.rows[2].cells[5] == .count(1), "in an institution on 31.12.2024")
        #expect(table.rows[0].cells[0] == .count(1), "in a foster family on 31.12.2023")
        let placements = s.file.placements(of: family.id)
        #expect(FosterCare.stayStart(placements, on: d("2024-06-01")) == d("2023-07-01"))
        #expect(FosterCare.sharePercent(stayStart: d("2023-07-01"), on: d("2024-06-30")) == 10)
        #expect(FosterCare.sharePercent(stayStart: d("2023-07-01"), on: d("2024-07-01")) == 30)
        #expect(FosterCare.sharePercent(stayStart: d("2023-07-01"), on: d("2025-07-01")) == 50)
        // A break of more than a day starts a new stay.
        #expect(FosterCare.stayStart([Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2020-01-01"), end: d("2020-12-31"), endType: .inne),
                                      Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2021-03-01"))], on: d("2021-06-01")) == d("2021-03-01"))
    }

    @Test("the report's completeness: a placement without a powiat and months without a note are named")
    func completeness() throws {
        let s = try ReportScenario()
        let family = try s.file.saveFamily(Family(label: "Nowakowie"))
        let child = try s.file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Nowak", role: .dziecko))
        var p = Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2025-10-01"))
        p.charges = [FosterCharge(month: d("2025-11-01"), amount: 10_000)]
        try s.file.savePlacement(p)
        let data = s.data()
        let report = try #require(ReportCatalog.named("wspolfinansowanie"))
        let findings = CompletenessCheck.findings(data, period: .year(2025), reports: [report], today: d("2026-01-15"))
        #expect(findings.map(\.text) == ["Nowakowie: umieszczenie Ola Nowak od 01.10.2025 bez powiatu",
                                         "Nowakowie: brak noty obciążeniowej za 10.2025, 12.2025: Ola Nowak"])
        #expect(CompletenessCheck.findings(data, period: .year(2025), reports: [ReportCatalog.named("rodziny")!], today: d("2026-01-15")).isEmpty)
    }

    @Test("only a coordinator records a powiat or charge notes; an assistant's placement without them is let in")
    func authority() throws {
        let s = try ReportScenario()
        let family = try s.file.saveFamily(Family(label: "Nowakowie"))
        let child = try s.file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Nowak", role: .dziecko))
        try s.cooperate(family.id, "2025-01-01")
        let journal = try #require(s.file.journal as? MemoryJournal)
        let anna = try CaseFile.test(journal.revisions, journal: journal, as: s.assistant)
        var p = try anna.savePlacement(Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2025-10-01")))
        p.powiat = "Powiat wrocławski"
        #expect(throws: AuthorityProblem.self) { try anna.savePlacement(p) }
        p.powiat = nil
        p.charges = [FosterCharge(month: d("2025-10-01"), amount: 100)]
        #expect(throws: AuthorityProblem.self) { try anna.savePlacement(p) }
        #expect(anna.placements[p.id]?.charges == nil)
    }

    @Test("notes are one per month, inside the placement, with one positive amount; money is read as Polish zł")
    func validation() throws {
        let s = try ReportScenario()
        let family = try s.file.saveFamily(Family(label: "Nowakowie"))
        let child = try s.file.saveMember(Member(familyID: family.id, firstName: "Ola", lastName: "Nowak", role: .dziecko))
        var p = Placement(familyID: family.id, childID: child.id, form: .rzs, start: d("2025-10-15"))
        for charges in [[FosterCharge(month: d("2025-09-01"), amount: 1)],
                        [FosterCharge(month: d("2025-10-01"), amount: 1), FosterCharge(month: d("2025-10-20"), amount: 2)],
                        [FosterCharge(month: d("2025-11-01"))],
                        [FosterCharge(month: d("2025-11-01"), amount: 1, monthlyCost: 2)]] {
            p.charges = charges
            #expect(throws: ValidationFailure.self) { try s.file.savePlacement(p) }
        }
        p.charges = [FosterCharge(month: d("2025-10-01"), amount: 1)]
        #expect(throws: Never.self) { try s.file.savePlacement(p) }
    }
}
