import Foundation
import TeczkaCore
import TeczkaReports

/// The Siechnice families of 2023–2025 (Tables 3, 4 and 7 of the 2026–2028 programme), entered through the case
/// file's public save API. Invented names; the figures match domain.md's check figures. `make()` can later feed a
/// JSON export, so everything here goes through the same saves a user's typing does.
enum SiechniceFixture {
    /// 15.12.2025: after the "as of 31.10.2025" date, so a problem recorded in November shows what the cut-off leaves out.
    static let now = Date(timeIntervalSince1970: 1_765_800_000)
    static let asOf = LocalDate(year: 2025, month: 10, day: 31)!
    static let periods: [ReportPeriod] = [.year(2023), .year(2024), .asOf(asOf)]

    struct Spec {
        let label: String
        let start: String
        var end: String? = nil
        var reason: EndReason? = nil
        var category: FamilyCategory = .problemowa
        var change: (String, FamilyCategory)? = nil
        let adults: Int
        let children: [String]
    }

    static let specs: [Spec] = [
        // Ended in 2023 (one on 01.01.2023, the period's first day).
        Spec(label: "Adamczykowie", start: "2021-05-01", end: "2023-02-28", reason: .celeOsiagniete, adults: 1, children: ["2012-03-01", "2014-07-15", "2017-11-20"]),
        Spec(label: "Bieleccy", start: "2021-09-01", end: "2023-04-30", reason: .celeOsiagniete, adults: 1, children: ["2010-01-10", "2013-05-05", "2016-08-08"]),
        Spec(label: "Cieślakowie", start: "2022-01-10", end: "2023-06-30", reason: .brakEfektow, adults: 2, children: ["2011-02-02", "2013-03-03", "2015-04-04", "2019-05-05"]),
        Spec(label: "Dudkowie", start: "2022-02-01", end: "2023-08-31", reason: .zmianaMiejscaZamieszkania, adults: 2, children: ["2012-06-06", "2014-09-09", "2018-10-10"]),
        Spec(label: "Fijałkowscy", start: "2022-03-01", end: "2023-10-31", reason: .zmianaMiejscaZamieszkania, adults: 2, children: ["2009-12-12", "2012-01-01", "2016-02-02", "2021-03-03"]),
        Spec(label: "Gajewscy", start: "2021-06-01", end: "2023-01-01", reason: .zmianaMiejscaZamieszkania, adults: 1, children: ["2011-11-11", "2015-05-15", "2020-02-20"]),
        // Ended in 2024.
        Spec(label: "Hałasowie", start: "2022-04-01", end: "2024-03-31", reason: .celeOsiagniete, adults: 1, children: ["2012-04-04", "2015-06-06"]),
        Spec(label: "Jasińscy", start: "2022-05-01", end: "2024-05-31", reason: .celeOsiagniete, adults: 1, children: ["2010-07-07", "2014-08-08"]),
        Spec(label: "Kaczmarkowie", start: "2022-06-15", end: "2024-07-31", reason: .celeOsiagniete, adults: 1, children: ["2013-09-09", "2017-10-10"]),
        Spec(label: "Kubiakowie", start: "2022-07-01", end: "2024-09-30", reason: .celeOsiagniete, adults: 1, children: ["2011-01-21", "2019-03-23"]),
        Spec(label: "Leśniakowie", start: "2022-08-01", end: "2024-11-30", reason: .zmianaMiejscaZamieszkania, adults: 2, children: ["2014-02-14", "2018-06-18"]),
        // Served in all three years: „Za życiem” (twins born in 2024), two category changes, a child turning 18 in 2024.
        Spec(label: "Michalakowie", start: "2022-09-01", category: .zaZyciem, adults: 2, children: ["2021-03-03", "2024-06-10", "2024-06-10"]),
        Spec(label: "Nowaczykowie", start: "2022-03-01", change: ("2024-05-01", .zastepczaPiecza), adults: 1, children: ["2015-09-01"]),
        Spec(label: "Ostrowscy", start: "2023-04-01", change: ("2025-02-01", .zastepczaPiecza), adults: 2, children: ["2010-03-03", "2012-04-04", "2014-05-05", "2016-06-06", "2019-07-07"]),
        Spec(label: "Pawlakowie", start: "2022-06-01", adults: 1, children: ["2006-05-10", "2012-08-08", "2016-09-09"]),
        Spec(label: "Rutkowscy", start: "2022-11-15", end: "2025-03-31", reason: .celeOsiagniete, adults: 1, children: ["2013-10-10", "2017-12-12"]),
        Spec(label: "Sadowscy", start: "2023-09-01", adults: 2, children: ["2011-11-01", "2015-01-15"]),
        // New in 2024.
        Spec(label: "Tomaszewscy", start: "2024-02-01", end: "2025-06-30", reason: .celeOsiagniete, adults: 1, children: ["2012-02-02", "2016-03-03"]),
        Spec(label: "Urbańscy", start: "2024-03-15", end: "2025-09-30", reason: .zmianaMiejscaZamieszkania, adults: 1, children: ["2013-04-04"]),
        Spec(label: "Walczakowie", start: "2024-04-01", adults: 1, children: ["2011-05-05", "2018-06-06"]),
        Spec(label: "Wasilewscy", start: "2024-06-01", adults: 1, children: ["2017-07-07"]),
        Spec(label: "Zawadzcy", start: "2024-09-01", adults: 2, children: ["2010-08-08", "2014-09-09"]),
        Spec(label: "Żurawscy", start: "2024-11-01", adults: 2, children: ["2019-10-10", "2022-11-11"]),
        // New in 2025.
        Spec(label: "Borkowscy", start: "2025-01-15", adults: 1, children: ["2014-03-03"]),
        Spec(label: "Czarneccy", start: "2025-05-01", adults: 1, children: ["2015-04-04", "2020-05-05"]),
        Spec(label: "Krajewscy", start: "2025-07-01", category: .zastepczaPiecza, adults: 2, children: ["2009-01-01", "2010-02-02", "2012-03-03", "2014-04-04", "2016-05-05", "2018-06-06"]),
    ]

    /// Table 7, 2025 as of 31.10.2025, catalogue A order.
    static let problemCounts = [14, 13, 12, 10, 11, 11, 10, 8, 11, 6, 5, 8, 5, 5, 8, 12, 4]
    /// Families served in 2025; code k goes to the `problemCounts[k]` families from position k on, round the list.
    static let served2025 = ["Michalakowie", "Nowaczykowie", "Ostrowscy", "Pawlakowie", "Rutkowscy", "Sadowscy", "Tomaszewscy",
                             "Urbańscy", "Walczakowie", "Wasilewscy", "Zawadzcy", "Żurawscy", "Borkowscy", "Czarneccy", "Krajewscy"]

    static func date(_ iso: String) -> LocalDate { LocalDate(parsing: iso)! }

    /// A coordinator's case file with two assistants and the 26 families.
    static func make() throws -> CaseFile {
        let head = UserAccount.test("Ewa Kierownik", .koordynator)
        let file = try CaseFile.test([], journal: MemoryJournal(), as: head, clock: { now })
        let assistants = [UserAccount.test("Anna Nowak", .asystent), UserAccount.test("Beata Lis", .asystent)]
        for assistant in assistants { try file.saveUser(assistant) }
        var ids: [String: RecordID] = [:]
        for (index, spec) in specs.enumerated() {
            let family = try file.saveFamily(Family(label: spec.label, locality: "Siechnice", structure: spec.adults == 2 ? .pelna : .niepelna))
            ids[spec.label] = family.id
            for adult in 0..<spec.adults {
                try file.saveMember(Member(familyID: family.id, firstName: adult == 0 ? "Maria" : "Jan", lastName: spec.label,
                                           birthDate: date("198\(index % 10)-0\(adult + 1)-15"), role: .rodzic))
            }
            for (n, birth) in spec.children.enumerated() {
                try file.saveMember(Member(familyID: family.id, firstName: "Dziecko \(n + 1)", lastName: spec.label,
                                           birthDate: date(birth), role: .dziecko))
            }
            var cooperation = Cooperation(familyID: family.id, assistantID: assistants[index % 2].id, start: date(spec.start),
                                          category: spec.category, end: spec.end.map(date), endReason: spec.reason)
            if let (from, category) = spec.change { cooperation.categories.append(CategoryChange(from: date(from), category: category)) }
            try file.saveCooperation(cooperation, confirmed: true)
        }
        // A father who left in 2022 is no longer counted.
        try file.saveMember(Member(familyID: ids["Cieślakowie"]!, firstName: "Piotr", lastName: "Cieślak",
                                   birthDate: date("1979-09-09"), role: .rodzic, memberTo: date("2022-06-30")))
        try addProblems(file, ids)
        try addPlacements(file, ids)
        return file
    }

    static func addProblems(_ file: CaseFile, _ ids: [String: RecordID]) throws {
        for (k, count) in problemCounts.enumerated() {
            for j in 0..<count {
                let label = served2025[(k + j) % served2025.count]
                let start = file.cooperations(of: ids[label]!)[0].start
                try file.saveProblem(FamilyProblem(familyID: ids[label]!, code: "A\(k + 1)", identified: max(start, date("2023-01-15")).addingDays(14)))
            }
        }
        // Solved during 2025: still counted in 2025.
        let solved = file.problems(of: ids["Michalakowie"]!).first { $0.code == "A1" }!
        try file.setProblemStatus(solved.id, to: .rozwiazany, on: date("2025-03-01"))
        // Closed before 2025 (solved; improved), recorded after 31.10.2025, or in a family not served in 2025: not counted.
        var closed = FamilyProblem(familyID: ids["Zawadzcy"]!, code: "A17", identified: date("2024-09-15"))
        closed.history.append(StatusChange(date: date("2024-12-20"), status: .rozwiazany))
        try file.saveProblem(closed)
        var improved = FamilyProblem(familyID: ids["Michalakowie"]!, code: "A8", identified: date("2023-02-01"))
        improved.history.append(StatusChange(date: date("2024-10-01"), status: .poprawa))
        try file.saveProblem(improved)
        try file.saveProblem(FamilyProblem(familyID: ids["Michalakowie"]!, code: "A10", identified: date("2025-11-05")))
        try file.recordProblems(familyID: ids["Adamczykowie"]!, codes: ["A1", "A2", "A3", "A4", "A5"], identified: date("2021-05-10"), source: .wywiad)
    }

    static func addPlacements(_ file: CaseFile, _ ids: [String: RecordID]) throws {
        func child(_ label: String, _ n: Int) -> (RecordID, RecordID) {
            (ids[label]!, file.members(of: ids[label]!).filter { $0.role == .dziecko }[n].id)
        }
        let placements: [((RecordID, RecordID), FosterForm, String, String?)] = [
            (child("Nowaczykowie", 0), .rzs, "2024-04-15", nil),
            (child("Ostrowscy", 0), .rzn, "2025-01-20", nil),
            (child("Ostrowscy", 1), .placowkaInterwencyjna, "2022-10-01", "2023-01-10"),
            (child("Krajewscy", 0), .rdd, "2025-07-15", nil),
            (child("Krajewscy", 1), .rdd, "2025-07-15", nil),
        ]
        for ((family, child), form, start, end) in placements {
            try file.savePlacement(Placement(familyID: family, childID: child, form: form, start: date(start),
                                             end: end.map(date), endType: end == nil ? nil : .powrotDoRodziny))
        }
    }
}
