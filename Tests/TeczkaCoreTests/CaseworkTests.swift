import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// A case file pinned to 22 November 2026 with one family of a mother and two children.
struct CaseworkFixture {
    static let now = Date(timeIntervalSince1970: 1_795_338_000)
    let user = UserAccount.test("Anna Nowak", .asystent)
    let journal = MemoryJournal()
    let file: CaseFile
    let family: Family
    let mother: Member
    let child: Member

    init(settings: StoreSettings = StoreSettings()) throws {
        file = try CaseFile.test([], journal: journal, as: user, clock: { CaseworkFixture.now })
        try file.saveSettings(settings)
        family = try file.saveFamily(Family(label: "Wiśniewscy"))
        mother = try file.saveMember(Member(familyID: family.id, firstName: "Marta", lastName: "Wiśniewska",
                                            birthDate: d(1988, 7, 14), role: .rodzic))
        child = try file.saveMember(Member(familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska",
                                           birthDate: d(2015, 3, 2)))
    }

    @discardableResult
    func cooperation(_ start: LocalDate, end: LocalDate? = nil, reason: EndReason? = nil,
                     family other: Family? = nil) throws -> Cooperation {
        try file.saveCooperation(Cooperation(familyID: (other ?? family).id, assistantID: user.id, start: start,
                                             end: end, endReason: reason))
    }
}

func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(year: y, month: m, day: day)! }

@Suite("Casework rules")
struct CaseworkTests {
    @Test("a cooperation's end before its start, an end without a reason, a future start are refused")
    func cooperationDates() throws {
        let f = try CaseworkFixture()
        #expect(throws: ValidationFailure([.endBeforeStart(.end)])) {
            try f.cooperation(d(2025, 5, 1), end: d(2025, 4, 30), reason: .brakEfektow)
        }
        #expect(throws: ValidationFailure([.required(.endReason)])) { try f.cooperation(d(2025, 5, 1), end: d(2025, 6, 1)) }
        #expect(throws: ValidationFailure([.dateInFuture(.start)])) { try f.cooperation(d(2026, 11, 23)) }
        #expect(f.file.cooperations.isEmpty)
    }

    @Test("two cooperations of one family may follow each other but never overlap")
    func noOverlap() throws {
        let f = try CaseworkFixture()
        try f.cooperation(d(2024, 1, 10), end: d(2024, 12, 31), reason: .celeOsiagniete)
        #expect(throws: ValidationFailure([.overlapsCooperation(start: d(2024, 1, 10), end: d(2024, 12, 31))])) {
            try f.cooperation(d(2024, 12, 31))
        }
        let second = try f.cooperation(d(2025, 1, 1))
        #expect(f.file.cooperation(of: f.family.id, on: d(2025, 6, 1))?.id == second.id)
        #expect(f.file.cooperation(of: f.family.id, on: d(2024, 12, 31)) != nil)
        #expect(throws: ValidationFailure([.overlapsCooperation(start: d(2025, 1, 1), end: nil)])) {
            try f.cooperation(d(2026, 1, 1))
        }
    }

    @Test("opening a cooperation above the caseload cap warns and needs confirmation")
    func caseloadCap() throws {
        let f = try CaseworkFixture(settings: StoreSettings(caseloadCap: 2))
        let others = try (0..<3).map { try f.file.saveFamily(Family(label: "Rodzina \($0)")) }
        try f.cooperation(d(2025, 1, 1), family: others[0])
        try f.cooperation(d(2025, 1, 1), family: others[1])
        #expect(throws: CaseworkWarning.caseloadAboveCap(families: 3, cap: 2)) { try f.cooperation(d(2025, 2, 1), family: others[2]) }
        #expect(f.file.cooperations.count == 2)
        try f.file.saveCooperation(Cooperation(familyID: others[2].id, assistantID: f.user.id, start: d(2025, 2, 1)),
                                   confirmed: true)
        #expect(f.file.caseload(of: f.user.id, on: d(2026, 1, 1)) == 3)
    }

    @Test("the category on a date follows its dated changes; monitoring lasts six months after the end")
    func categoryAndMonitoring() throws {
        let f = try CaseworkFixture()
        var c = Cooperation(familyID: f.family.id, assistantID: f.user.id, start: d(2025, 1, 1), category: .problemowa)
        c.categories.append(CategoryChange(from: d(2025, 6, 1), category: .zastepczaPiecza))
        c.end = d(2025, 8, 31)
        c.endReason = .zmianaMiejscaZamieszkania
        c = try f.file.saveCooperation(c)
        #expect(c.category(on: d(2025, 5, 31)) == .problemowa)
        #expect(c.category(on: d(2025, 6, 1)) == .zastepczaPiecza)
        #expect(c.monitoringUntil == d(2026, 2, 28))
        #expect(!c.isMonitored(on: d(2025, 8, 31)))
        #expect(c.isMonitored(on: d(2026, 2, 28)))
        #expect(!c.isMonitored(on: d(2026, 3, 1)))
    }

    @Test("a cooperation in progress takes a category change up to today, not after")
    func categoryChangeWhileOpen() throws {
        let f = try CaseworkFixture()
        var c = try f.cooperation(d(2025, 1, 1))
        c.categories.append(CategoryChange(from: d(2026, 3, 1), category: .zaZyciem))
        c = try f.file.saveCooperation(c)
        #expect(c.category(on: d(2026, 11, 22)) == .zaZyciem)
        c.categories.append(CategoryChange(from: d(2026, 12, 1), category: .problemowa))
        #expect(throws: ValidationFailure([.outsideCooperation(.categoryFrom)])) { try f.file.saveCooperation(c) }
    }

    @Test("problems come from the catalogue, are never doubled by the checklist, and keep a dated status history")
    func problems() throws {
        let f = try CaseworkFixture()
        let written = try f.file.recordProblems(familyID: f.family.id, codes: ["A1", "A13", "A14"],
                                                identified: d(2025, 3, 1), source: .wywiad)
        #expect(written.count == 3)
        let again = try f.file.recordProblems(familyID: f.family.id, codes: ["A1", "A2"], identified: d(2025, 4, 1),
                                              source: .diagnozaAsystenta)
        #expect(again.map(\.code) == ["A2"])
        #expect(f.file.problems(of: f.family.id).map(\.code) == ["A1", "A2", "A13", "A14"])
        #expect(throws: ValidationFailure([.unknownCatalogueCode("B3")])) {
            try f.file.recordProblems(familyID: f.family.id, codes: ["B3"], identified: d(2025, 4, 1), source: .wywiad)
        }
        let alcohol = try #require(f.file.problems(of: f.family.id).first { $0.code == "A13" })
        try f.file.setProblemStatus(alcohol.id, to: .poprawa, on: d(2025, 9, 1))
        try f.file.setProblemStatus(alcohol.id, to: .rozwiazany, on: d(2026, 2, 1))
        let updated = try #require(f.file.problems[alcohol.id])
        #expect(updated.status(on: d(2025, 8, 31)) == .aktywny)
        #expect(updated.status(on: d(2025, 9, 1)) == .poprawa)
        #expect(updated.closedOn == d(2026, 2, 1))
        #expect(throws: ValidationFailure([.endBeforeStart(.status)])) {
            try f.file.setProblemStatus(alcohol.id, to: .pogorszenie, on: d(2026, 1, 1))
        }
        #expect(throws: ValidationFailure([.noEffectsInCatalogue])) {
            var p = updated
            p.effectDate = d(2026, 2, 1)
            try f.file.saveProblem(p)
        }
    }

    @Test("a plan goal cannot point at another family's problem; a new version keeps the old one readable")
    func planVersions() throws {
        let f = try CaseworkFixture()
        let cooperation = try f.cooperation(d(2025, 1, 1))
        let problem = try #require(try f.file.recordProblems(familyID: f.family.id, codes: ["A1"], identified: d(2025, 1, 5),
                                                              source: .wywiad).first)
        let other = try f.file.saveFamily(Family(label: "Kowalscy"))
        let foreign = try #require(try f.file.recordProblems(familyID: other.id, codes: ["A8"], identified: d(2025, 1, 5),
                                                              source: .wywiad).first)
        var plan = try #require(f.file.draftNextPlanVersion(of: cooperation.id, on: d(2025, 1, 20)))
        plan.goals = [PlanGoal(text: "Rodzice stosują konsekwencje zamiast kar", problemIDs: [foreign.id])]
        #expect(throws: ValidationFailure([.notInFamily(.goals)])) { try f.file.savePlanVersion(plan) }
        plan.goals[0].problemIDs = [problem.id]
        plan.goals.append(PlanGoal(text: "Regularne wizyty u pediatry"))
        plan.actions = [PlanAction(text: "Warsztaty dla rodziców", who: "asystent", deadline: d(2025, 3, 31))]
        plan.signatures = [Signature(memberID: f.mother.id, date: d(2025, 1, 20))]
        let first = try f.file.savePlanVersion(plan)
        var next = try #require(f.file.draftNextPlanVersion(of: cooperation.id, on: d(2025, 7, 1)))
        #expect(next.number == 2 && next.signatures.isEmpty && next.goals.count == 2)
        next.goals[1].status = .osiagniety
        next.goals.append(PlanGoal(text: "Spłata zadłużenia czynszowego"))
        next.actions.removeAll()
        try f.file.savePlanVersion(next)
        let versions = f.file.planVersions(of: cooperation.id)
        #expect(versions.map(\.number) == [1, 2])
        #expect(versions[0] == first)
        let changes = versions[1].changes(from: versions[0])
        #expect(changes.addedGoals.map(\.text) == ["Spłata zadłużenia czynszowego"])
        #expect(changes.changedGoals.map(\.text) == ["Regularne wizyty u pediatry"])
        #expect(changes.removedActions.map(\.text) == ["Warsztaty dla rodziców"])
    }

    @Test("visits: no future dates, 1 minute to 12 hours, members of the family only; outside a cooperation warns")
    func visits() throws {
        let f = try CaseworkFixture()
        try f.cooperation(d(2025, 1, 1))
        var visit = f.file.quickVisit(familyID: f.family.id)
        #expect(visit.date == d(2026, 11, 22))
        #expect(Set(visit.presentMemberIDs) == [f.mother.id, f.child.id])
        visit.durationMinutes = 0
        #expect(throws: ValidationFailure([.outOfRange(.duration, min: 1, max: 720)])) { try f.file.saveVisit(visit) }
        visit.durationMinutes = 721
        #expect(throws: ValidationFailure([.outOfRange(.duration, min: 1, max: 720)])) { try f.file.saveVisit(visit) }
        visit.durationMinutes = 90
        visit.date = d(2026, 11, 23)
        #expect(throws: ValidationFailure([.dateInFuture(.date)])) { try f.file.saveVisit(visit) }
        visit.date = d(2024, 12, 31)
        #expect(throws: CaseworkWarning.visitOutsideCooperation) { try f.file.saveVisit(visit) }
        try f.file.saveVisit(visit, confirmed: true)
        var next = f.file.quickVisit(familyID: f.family.id)
        next.presentMemberIDs.append(.make())
        #expect(throws: ValidationFailure([.notInFamily(.present)])) { try f.file.saveVisit(next) }
        #expect(f.file.visits(of: f.family.id).count == 1)
    }

    @Test("durations and times are typed the way people write them")
    func durationsAndTimes() {
        #expect(Duration.parse("1:30") == 90)
        #expect(Duration.parse("90") == 90)
        #expect(Duration.parse("0:05") == 5)
        #expect(Duration.parse("1:5") == nil)
        #expect(Duration.parse("półtorej") == nil)
        #expect(Duration.format(90) == "1:30")
        #expect(TimeOfDay(parsing: "9:05")?.description == "09:05")
        #expect(TimeOfDay(parsing: "24:00") == nil)
    }

    @Test("a placement needs a child of the family, and an end with its type")
    func placements() throws {
        let f = try CaseworkFixture()
        var placement = Placement(familyID: f.family.id, childID: f.child.id, form: .rzs, placeName: "Babcia Zofia",
                                  start: d(2025, 5, 1))
        try f.file.savePlacement(placement)
        placement.end = d(2025, 4, 1)
        #expect(throws: ValidationFailure([.endBeforeStart(.end), .required(.endType)])) { try f.file.savePlacement(placement) }
        placement.end = d(2026, 1, 15)
        placement.endType = .powrotDoRodziny
        try f.file.savePlacement(placement)
        let stranger = Placement(familyID: f.family.id, childID: .make(), form: .rzz, start: d(2025, 1, 1))
        #expect(throws: ValidationFailure([.notInFamily(.child)])) { try f.file.savePlacement(stranger) }
        #expect(f.file.placements(of: f.family.id).count == 1)
    }

    @Test("events: kurator supervision is a period, the others are one day")
    func events() throws {
        let f = try CaseworkFixture()
        try f.file.saveEvent(FamilyEvent(familyID: f.family.id, kind: .kuratorSupervision, date: d(2025, 1, 1), until: d(2025, 12, 31)))
        #expect(throws: ValidationFailure([.notApplicable(.until)])) {
            try f.file.saveEvent(FamilyEvent(familyID: f.family.id, kind: .gkrpaReferral, date: d(2025, 1, 1), until: d(2025, 2, 1)))
        }
        let event = try #require(f.file.events(of: f.family.id).first)
        #expect(event.overlaps(from: d(2025, 12, 31), to: d(2026, 12, 31)))
        #expect(!event.overlaps(from: d(2026, 1, 1), to: d(2026, 12, 31)))
    }

    @Test("catalogue files are checked; used entries can be retired but not removed")
    func catalogues() throws {
        let good = """
            {"format": "teczka-catalogue", "version": 1, "id": "C", "name": "Katalog Chmielnik",
             "problemsTitle": "Problemy rodzin", "entries": [
               {"code": "C1", "label": "Bezradność w sprawach opiekuńczo-wychowawczych"},
               {"code": "C2", "label": "Długotrwała choroba"}]}
            """
        let catalogue = try ProblemCatalogue.load(json: Data(good.utf8))
        #expect(catalogue.entries.map(\.code) == ["C1", "C2"])
        #expect(!catalogue.hasEffects)
        #expect(throws: ProblemCatalogue.LoadProblem.duplicateCode("C1")) {
            try ProblemCatalogue.load(json: Data(good.replacingOccurrences(of: "\"C2\"", with: "\"C1\"").utf8))
        }
        #expect(throws: ProblemCatalogue.LoadProblem.wrongFormat) {
            try ProblemCatalogue.load(json: Data(good.replacingOccurrences(of: "teczka-catalogue", with: "x").utf8))
        }
        let f = try CaseworkFixture(settings: StoreSettings(catalogue: catalogue))
        try f.file.recordProblems(familyID: f.family.id, codes: ["C1"], identified: d(2025, 1, 1), source: .wywiad)
        var smaller = catalogue
        smaller.entries.removeFirst()
        #expect(throws: ValidationFailure([.unknownCatalogueCode("C1")])) {
            try f.file.saveSettings(StoreSettings(catalogue: smaller))
        }
        var retired = catalogue
        retired.entries[0].retired = true
        try f.file.saveSettings(StoreSettings(catalogue: retired))
        #expect(f.file.settings.catalogue.activeEntries.map(\.code) == ["C2"])
        #expect(ProblemCatalogue.siechnice.entries.count == 17)
        #expect(ProblemCatalogue.mielec.entries.count == 18)
        #expect(ProblemCatalogue.mielec.entry("B14")?.effect == "Przemoc")
    }

    @Test("every casework record survives a rebuild from its revisions")
    func rebuild() throws {
        let f = try CaseworkFixture()
        let cooperation = try f.cooperation(d(2025, 1, 1))
        try f.file.recordProblems(familyID: f.family.id, codes: ["A1"], identified: d(2025, 1, 5), source: .wywiad)
        var plan = try #require(f.file.draftNextPlanVersion(of: cooperation.id, on: d(2025, 1, 20)))
        plan.goals = [PlanGoal(text: "Cel")]
        try f.file.savePlanVersion(plan)
        try f.file.saveVisit(f.file.quickVisit(familyID: f.family.id))
        try f.file.savePlacement(Placement(familyID: f.family.id, childID: f.child.id, form: .rdd, start: d(2025, 2, 1)))
        try f.file.saveEvent(FamilyEvent(familyID: f.family.id, kind: .niebieskaKartaStart, date: d(2025, 3, 1)))
        let again = try CaseFile.test(f.journal.revisions, journal: f.journal, as: f.user)
        #expect(again.cooperations == f.file.cooperations)
        #expect(again.problems == f.file.problems)
        #expect(again.planVersions == f.file.planVersions)
        #expect(again.visits == f.file.visits)
        #expect(again.placements == f.file.placements)
        #expect(again.events == f.file.events)
        #expect(again.settings == f.file.settings)
    }
}

@Suite("Stored times")
struct StoredTimeTests {
    @Test("a visit's time is read back as written, and a time that is not one is refused")
    func times() throws {
        func decode(_ text: String) throws -> TimeOfDay {
            try JSONDecoder().decode([TimeOfDay].self, from: Data("[\"\(text)\"]".utf8))[0]
        }
        #expect(try decode("09:05").minutes == 9 * 60 + 5)
        #expect(try decode("23:59").minutes == 23 * 60 + 59)
        #expect(try decode("00:00").minutes == 0)
        // Written by hand or by an older program: still read.
        #expect(try decode("9:05").minutes == 9 * 60 + 5)
        for bad in ["24:00", "12:60", "1a:00", "12-30", "", "12:3x", "１２:３０"] {
            #expect(throws: DecodingError.self) { try decode(bad) }
        }
        let written = try JSONEncoder().encode([TimeOfDay(hour: 7, minute: 3)!])
        #expect(String(decoding: written, as: UTF8.self) == "[\"07:03\"]")
    }
}

@Suite("Documentation")
struct DocumentationTests {
    @Test("the example catalogue in Docs/catalogues.md loads")
    func catalogueExample() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/catalogues.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let catalogue = try ProblemCatalogue.load(json: Data(text[start.upperBound..<end.lowerBound].utf8))
        #expect(catalogue.name == "Katalog C (Chmielnik)")
        #expect(catalogue.hasEffects)
        #expect(catalogue.activeEntries.map(\.code) == ["C1", "C2", "C3"])
    }
}
