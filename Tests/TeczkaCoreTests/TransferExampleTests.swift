import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// The example in Docs/import-format.md is exactly what the program exports for this small store (one record of
/// every kind, readable ids), so the documentation cannot drift from the program.
enum TransferExample {
    static func id(_ group: String, _ n: Int) -> RecordID { RecordID(group + "0000000-0000-4000-8000-" + String(format: "%012d", n)) }

    static func store() throws -> CaseFile {
        let boss = UserAccount(id: id("1", 1), name: "Jan Kierownik", role: .koordynator)
        let anna = UserAccount(id: id("1", 2), name: "Anna Nowak", role: .asystent)
        let file = try CaseFile.preview(as: boss, settings: StoreSettings(catalogue: .siechnice), clock: TransferFixture.clock)
        try file.saveUser(anna)
        var family = Family(id: id("2", 1), label: "Wiśniewscy", address: "ul. Polna 3", locality: "Siechnice", structure: .niepelna)
        family.sharedWith = [anna.id]
        try file.saveFamily(family)
        let mother = try file.saveMember(Member(id: id("3", 1), familyID: family.id, firstName: "Marta", lastName: "Wiśniewska",
                                                birthDate: d(1988, 7, 14), role: .rodzic, pesel: "88071412342"))
        let child = try file.saveMember(Member(id: id("3", 2), familyID: family.id, firstName: "Łucja", lastName: "Wiśniewska",
                                               birthDate: d(2015, 3, 2)))
        let cooperation = try file.saveCooperation(Cooperation(
            id: id("4", 1), familyID: family.id, assistantID: anna.id, referralDate: d(2026, 2, 20), consentDate: d(2026, 2, 27),
            start: d(2026, 3, 2)))
        var problem = FamilyProblem(id: id("5", 1), familyID: family.id, code: "A1", identified: d(2026, 3, 2), source: .wywiad)
        problem.history.append(StatusChange(date: d(2026, 9, 1), status: .poprawa))
        try file.saveProblem(problem)
        try file.savePlanVersion(PlanVersion(
            id: id("6", 1), familyID: family.id, cooperationID: cooperation.id, date: d(2026, 3, 16), socialWorker: "Ewa Lis",
            goals: [PlanGoal(id: id("6", 101), text: "Stały rytm dnia dzieci", problemIDs: [problem.id], deadline: d(2026, 12, 31),
                             expectedEffect: "Dzieci chodzą spać o stałej porze")],
            actions: [PlanAction(id: id("6", 201), text: "Plan dnia na lodówce", who: "Marta", deadline: d(2026, 4, 1))],
            signatures: [Signature(memberID: mother.id, date: d(2026, 3, 16))]))
        try file.saveVisit(Visit(id: id("7", 1), familyID: family.id, assistantID: anna.id, date: d(2026, 3, 10),
                                 startTime: TimeOfDay(hour: 10, minute: 0), durationMinutes: 90,
                                 presentMemberIDs: [mother.id, child.id], activities: [.pedagogizacja, .gospodarstwoDomowe],
                                 notes: "Rozmowa o planie dnia.", nextSteps: "Wizyta w poradni."))
        try file.savePlacement(Placement(id: id("8", 1), familyID: family.id, childID: child.id, form: .rzs, placeName: "Babcia, Anna Wiśniewska",
                                         start: d(2026, 5, 4), end: d(2026, 8, 28), endType: .powrotDoRodziny))
        try file.saveEvent(FamilyEvent(id: id("9", 1), familyID: family.id, kind: .kuratorSupervision, date: d(2026, 4, 10),
                                       note: "Postanowienie sądu rejonowego."))
        var assessment = Assessment(id: id("a", 1), familyID: family.id, cooperationID: cooperation.id, authorID: anna.id,
                                    periodFrom: d(2026, 3, 2), periodTo: d(2026, 9, 1))
        assessment.situation = "Rodzina współpracuje."
        assessment.goals = [GoalProgress(goalID: id("6", 101), text: "Stały rytm dnia dzieci", status: .czesciowo, comment: "Prawie co dzień.")]
        assessment.problems = [ProblemProgress(problemID: problem.id, code: "A1", status: .poprawa, comment: "Lepiej.")]
        assessment.children = "Łucja chodzi do szkoły."
        assessment.cooperationText = "Dobra."
        assessment.recommendation = .kontynuacja
        try file.saveAssessment(assessment)
        try file.saveMeeting(TeamMeeting(id: id("b", 1), date: d(2026, 9, 15), participants: "Jan Kierownik, Anna Nowak",
                                         entries: [MeetingEntry(familyID: family.id, remarks: "Plan bez zmian.")]))
        return file
    }

    static var docs: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Docs/import-format.md")
    }

    /// The JSON between the example markers of the documentation.
    static func documented() throws -> String {
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "<!-- example:start -->\n```json\n"))
        let end = try #require(text.range(of: "```\n<!-- example:end -->"))
        return String(text[start.upperBound..<end.lowerBound])
    }
}

@Suite("The documented export example")
struct TransferExampleTests {
    @Test("Docs/import-format.md holds exactly the program's export of the example store, and it imports")
    func example() throws {
        let data = try TransferExample.store().transferDocument().encoded()
        if let path = ProcessInfo.processInfo.environment["TECZKA_WRITE_EXAMPLE"] {
            try data.write(to: URL(fileURLWithPath: path))
        }
        #expect(try TransferExample.documented() == String(decoding: data, as: UTF8.self))
        let target = try TransferFixture.emptyStore(for: data)
        let summary = try target.importDocument(try TransferDocument.read(data), fileName: "przyklad.json")
        #expect(summary.written.count == TransferCollection.allCases.count)
    }
}

@Suite("The import schema matches the record types")
struct TransferSchemaTests {
    /// Stored properties of a value (synthesized Codable keys are the property names).
    func properties(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
    func keys(_ shape: Shape) -> Set<String> { Set(shape.fields.keys) }
    func inner(_ shape: Shape, _ key: String) -> Shape {
        if case .list(.object(let nested))? = shape.fields[key] { return nested }
        Issue.record("\(key) is not a list of objects")
        return Shape([:])
    }

    @Test("every field of every exported type, nested ones included, is in the schema table and nothing else")
    func sameFields() throws {
        let document = try TransferExample.store().transferDocument()
        let s = TransferSchema.self
        let pairs: [(Any, Shape)] = [
            (document.users[0], s.user), (document.families[0], s.family), (document.members[0], s.member),
            (document.cooperations[0], s.cooperation), (document.cooperations[0].categories[0], inner(s.cooperation, "categories")),
            (DatedNote(date: d(2026, 1, 1), text: ""), inner(s.cooperation, "monitoringNotes")),
            (document.problems[0], s.problem), (document.problems[0].history[0], inner(s.problem, "history")),
            (document.planVersions[0], s.planVersion), (document.planVersions[0].goals[0], inner(s.planVersion, "goals")),
            (document.planVersions[0].actions[0], inner(s.planVersion, "actions")),
            (document.planVersions[0].signatures[0], inner(s.planVersion, "signatures")),
            (document.visits[0], s.visit), (document.placements[0], s.placement), (document.events[0], s.event),
            (document.assessments[0], s.assessment), (document.assessments[0].goals[0], inner(s.assessment, "goals")),
            (document.assessments[0].problems[0], inner(s.assessment, "problems")),
            (ReviewRemark(date: d(2026, 1, 1), reviewerID: RecordID("x"), remarks: "", recommendations: ""), inner(s.assessment, "reviews")),
            (document.meetings[0], s.meeting), (document.meetings[0].entries[0], inner(s.meeting, "entries")),
            (document.catalogue, s.catalogue), (document.catalogue.entries[0], inner(s.catalogue, "entries")),
            (try #require(document.settings), s.settings),
        ]
        for (value, shape) in pairs {
            #expect(properties(value) == keys(shape), "\(type(of: value))")
        }
    }
}
