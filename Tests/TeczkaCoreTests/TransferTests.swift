import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

/// A coordinator's store with every kind of record: demo families with casework (catalogue B), problems, an
/// assessment, a team meeting, a second user and a shared family.
struct TransferFixture {
    static let clock: @Sendable () -> Date = { CaseworkFixture.now }
    let boss = UserAccount.test("Jan Kierownik", .koordynator)
    let assistant = UserAccount.test("Anna Nowak", .asystent)
    let file: CaseFile

    init() throws {
        file = try CaseFile.preview(as: boss, settings: StoreSettings(catalogue: .mielec), clock: TransferFixture.clock)
        try file.saveUser(assistant)
        try DemoData.populate(file, families: 10, seed: 7, today: file.today)
        let cooperation = file.cooperations.values.sorted { $0.id < $1.id }[0]
        try file.share(cooperation.familyID, with: [assistant.id])
        try file.recordProblems(familyID: cooperation.familyID, codes: ["B1", "B9"], identified: cooperation.start, source: .wywiad)
        try file.saveEvent(FamilyEvent(familyID: cooperation.familyID, kind: .niebieskaKartaStart, date: cooperation.start,
                                       note: "Wszczęto procedurę."))
        var assessment = try file.assessmentDraft(forCooperation: cooperation.id, on: file.today)
        assessment.situation = "Sytuacja stabilna.\nDzieci chodzą do szkoły."
        try file.saveAssessment(assessment)
        try file.saveMeeting(TeamMeeting(date: file.today, participants: "Jan Kierownik, Anna Nowak",
                                         entries: [MeetingEntry(familyID: cooperation.familyID, remarks: "Plan do zmiany.")]))
    }

    var data: Data { get throws { try file.transferDocument().encoded() } }

    /// An empty store made for the document's coordinator, as `teczka import --as` makes one.
    static func emptyStore(for data: Data) throws -> CaseFile {
        let document = try TransferDocument.read(data)
        let boss = document.users.first { $0.role == .koordynator }!
        return try CaseFile.preview(as: boss, settings: document.storeSettings, clock: clock)
    }
}

/// The document as editable JSON, for the refusal cases.
func edited(_ data: Data, _ change: (inout [String: Any]) -> Void) throws -> Data {
    var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    change(&object)
    return try JSONSerialization.data(withJSONObject: object)
}

func editRecord(_ object: inout [String: Any], _ list: String, _ index: Int, _ change: (inout [String: Any]) -> Void) {
    var records = object[list] as! [[String: Any]]
    change(&records[index])
    object[list] = records
}

func revisionCount(_ file: CaseFile) -> Int { (file.journal as! MemoryJournal).revisions.count }

/// Imports `data` into `file` expecting a refusal; checks nothing was written and returns the issues.
func refusal(_ data: Data, into file: CaseFile) -> [TransferIssue] {
    let before = revisionCount(file)
    defer { #expect(revisionCount(file) == before) }
    do {
        try file.importDocument(try TransferDocument.read(data), fileName: "plik.json")
    } catch let failure as TransferFailure {
        return failure.issues
    } catch {
        Issue.record("unexpected \(error)")
        return []
    }
    Issue.record("the import was not refused")
    return []
}

@Suite("Whole-store export and import")
struct TransferTests {
    @Test("export → import into an empty store → export gives the same bytes; a second import writes nothing")
    func roundTrip() throws {
        let source = try TransferFixture()
        let data = try source.data
        let document = try TransferDocument.read(data)
        for collection in TransferCollection.allCases {
            #expect(document.counts[collection.rawValue, default: 0] > 0, "no \(collection) in the fixture")
        }
        let target = try TransferFixture.emptyStore(for: data)
        let summary = try target.importDocument(document, fileName: "eksport.json")
        #expect(summary.unchanged == 1)   // the coordinator the store was made for
        #expect(summary.newUsers.map(\.name).contains("Anna Nowak"))  // and the demo's other assistants
        #expect(summary.written[.families] == 10)
        #expect(try target.transferDocument().encoded() == data)

        let before = revisionCount(target)
        let again = try target.importDocument(document, fileName: "eksport.json")
        #expect(again.isEmpty)
        #expect(revisionCount(target) == before)
    }

    @Test("an import is one journal append, with its audit entry, by the importing user")
    func oneAppend() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        let before = revisionCount(target)
        let summary = try target.importDocument(try TransferDocument.read(data), fileName: "eksport.json")
        let written = (target.journal as! MemoryJournal).revisions.dropFirst(before)
        // Every record once, a protocol also as one entry per family, and the audit entry.
        let document = try TransferDocument.read(data)
        let entries = document.meetings.reduce(0) { $0 + $1.entries.count }
        #expect(written.count == summary.written.values.reduce(0, +) + entries + 1)
        #expect(Set(written.map(\.timestamp)).count == 1)
        #expect(written.allSatisfy { $0.author == target.currentUser.id })
        let log = try #require(target.transferHistory.first?.log)
        #expect(log.direction == .import && log.fileName == "eksport.json" && log.counts["families"] == 10)
    }

    @Test("an export is recorded in the history and is not part of the document; assistants cannot export")
    func exportAudit() throws {
        let fixture = try TransferFixture()
        let before = revisionCount(fixture.file)
        let first = try fixture.file.export(fileName: "a.json")
        #expect(revisionCount(fixture.file) == before + 1)
        #expect(try fixture.file.export(fileName: "b.json") == first)
        #expect(Set(fixture.file.transferHistory.map(\.log.fileName)) == ["b.json", "a.json"])
        #expect(fixture.file.transferHistory[0].author == "Jan Kierownik")
        #expect(!String(decoding: first, as: UTF8.self).contains("a.json"))

        let assistantFile = try CaseFile.preview(as: fixture.assistant, settings: StoreSettings(), clock: TransferFixture.clock)
        #expect(throws: AccessProblem.coordinatorOnly) { try assistantFile.export(fileName: "x.json") }
        #expect(throws: AccessProblem.coordinatorOnly) {
            try assistantFile.importDocument(try TransferDocument.read(first), fileName: "x.json")
        }
    }

    @Test("an unknown field is refused, naming the record and the field")
    func unknownField() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        var id = ""
        let bad = try edited(data) { doc in
            editRecord(&doc, "families", 3) { id = $0["id"] as! String; $0["nazwisko"] = "Kowalscy" }
            editRecord(&doc, "cooperations", 0) { coop in
                var categories = coop["categories"] as! [[String: Any]]
                categories[0]["kolor"] = "zielony"
                coop["categories"] = categories
            }
        }
        let issues = refusal(bad, into: target)
        #expect(issues.contains(TransferIssue(.record(.families, index: 3, id: RecordID(id), field: nil), .unknownField("nazwisko"))))
        #expect(issues.contains { $0.problem == .unknownField("kolor") && $0.location.field == "categories[0]" })
        #expect(issues.count == 2)
    }

    @Test("a date that does not exist is refused, naming the record and the field")
    func badDate() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        var id = ""
        let bad = try edited(data) { doc in
            editRecord(&doc, "members", 2) { id = $0["id"] as! String; $0["birthDate"] = "2023-02-30" }
            editRecord(&doc, "visits", 1) { $0["date"] = "01.02.2024" }
        }
        let issues = refusal(bad, into: target)
        #expect(issues.contains(TransferIssue(.record(.members, index: 2, id: RecordID(id), field: "birthDate"), .badDate("2023-02-30"))))
        #expect(issues.contains { $0.problem == .badDate("01.02.2024") && $0.location.field == "date" })
    }

    @Test("approvals by another store's coordinator import, vouched for by the importer; an approval by its own author does not")
    func approvalsInAFile() throws {
        let data = try TransferFixture().data
        let document = try TransferDocument.read(data)
        #expect(document.assessments.contains { $0.state == .zatwierdzona && $0.approvedBy != nil })
        // Another coordinator, in a new store, imports the file: the approvals are not hers, and still come in.
        let other = UserAccount.test("Ola Nowa", .koordynator)
        let target = try CaseFile.preview(as: other, settings: document.storeSettings, clock: TransferFixture.clock)
        try target.importDocument(document, fileName: "eksport.json")
        let written = (target.journal as! MemoryJournal).revisions.filter { $0.kind == .assessment }
        #expect(!written.isEmpty && written.allSatisfy { $0.legacy && $0.signer == other.id })
        let reopened = try CaseFile(revisions: (target.journal as! MemoryJournal).revisions, journal: MemoryJournal(),
                                    currentUser: other, root: target.root)
        #expect(reopened.integrity.isEmpty && reopened.assessments.count == document.assessments.count)

        let index = try #require(document.assessments.firstIndex { $0.state == .zatwierdzona })
        let own = try edited(data) { doc in
            editRecord(&doc, "assessments", index) { $0["approvedBy"] = $0["authorID"] }
        }
        let issues = refusal(own, into: try TransferFixture.emptyStore(for: data))
        #expect(issues.map(\.problem) == [.ownAssessment] && issues.first?.location.field == "approvedBy")
    }

    @Test("a problem code the store's catalogue does not have is refused")
    func unknownCatalogueCode() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        let bad = try edited(data) { doc in editRecord(&doc, "problems", 0) { $0["code"] = "B99" } }
        let issues = refusal(bad, into: target)
        #expect(issues.count == 1)
        #expect(issues.first?.problem == .unknownCatalogueCode("B99"))
        #expect(issues.first?.location.field == "code")
    }

    @Test("the same id with other content is refused: against the store, and twice in one file")
    func duplicateID() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        try target.importDocument(try TransferDocument.read(data), fileName: "eksport.json")
        var id = ""
        let changed = try edited(data) { doc in editRecord(&doc, "families", 0) { id = $0["id"] as! String; $0["label"] = "Zmienieni" } }
        #expect(refusal(changed, into: target) == [TransferIssue(.record(.families, index: 0, id: RecordID(id), field: nil), .conflictsWithStore)])

        let fresh = try TransferFixture.emptyStore(for: data)
        let twice = try edited(data) { doc in
            var families = doc["families"] as! [[String: Any]]
            var copy = families[0]
            copy["label"] = "Inna rodzina"
            families.append(copy)
            doc["families"] = families
        }
        let issues = refusal(twice, into: fresh)
        #expect(issues == [TransferIssue(.record(.families, index: 10, id: RecordID(id), field: "id"), .duplicateInFile(.families, index: 0))])
    }

    @Test("a reference that resolves neither in the store nor in the file is refused")
    func unresolvedReference() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        let nowhere = RecordID.make()
        let bad = try edited(data) { doc in
            editRecord(&doc, "members", 0) { $0["familyID"] = nowhere.raw }
            editRecord(&doc, "cooperations", 0) { $0["assistantID"] = nowhere.raw }
        }
        let issues = refusal(bad, into: target)
        #expect(issues.contains { $0.problem == .unresolved(.families, nowhere) && $0.location.field == "familyID" })
        #expect(issues.contains { $0.problem == .unresolved(.users, nowhere) && $0.location.field == "assistantID" })
    }

    @Test("issue 17's fields in a file are checked: a protocol's minute-taker who is nobody, control characters in its place, an over-long chair, a case number with a control character")
    func printoutFields() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        let nowhere = RecordID.make()
        let bad = try edited(data) { doc in
            editRecord(&doc, "meetings", 0) {
                $0["recordedBy"] = nowhere.raw
                $0["place"] = "Sala\u{1B}[2J"
                $0["chair"] = String(repeating: "K", count: 201)
            }
            editRecord(&doc, "cooperations", 0) { $0["caseNumber"] = "AR.4011.1.2026\u{7}" }
        }
        let issues = refusal(bad, into: target)
        #expect(issues.contains { $0.problem == .unresolved(.users, nowhere) && $0.location.field == "recordedBy" }, "\(issues)")
        #expect(issues.contains { $0.problem == .invalid(.controlCharacters(.meetingPlace)) && $0.location.field == "place" }, "\(issues)")
        #expect(issues.contains { $0.problem == .invalid(.tooLong(.chair, limit: 200)) && $0.location.field == "chair" }, "\(issues)")
        #expect(issues.contains { $0.problem == .invalid(.controlCharacters(.caseNumber)) && $0.location.field == "caseNumber" }, "\(issues)")
        #expect(target.meetings.isEmpty && target.cooperations.isEmpty)
    }

    @Test("a file made with another catalogue is refused with the reason")
    func otherCatalogue() throws {
        let data = try TransferFixture().data
        let boss = try TransferDocument.read(data).users.first { $0.role == .koordynator }!
        let target = try CaseFile.preview(as: boss, settings: StoreSettings(catalogue: .siechnice), clock: TransferFixture.clock)
        #expect(refusal(data, into: target) == [TransferIssue(.document(field: "catalogue"),
            .catalogueDiffers(.otherCatalogue(file: "B (Katalog B (Mielec))", store: "A (Katalog A (Siechnice))")))])
        // Retiring an entry after the export does not make it another catalogue.
        var settings = StoreSettings(catalogue: .mielec)
        settings.catalogue.entries[3].retired = true
        let retired = try CaseFile.preview(as: boss, settings: settings, clock: TransferFixture.clock)
        #expect(try retired.planImport(try TransferDocument.read(data)).summary.written[.families] == 10)
    }

    @Test("a rule of the record (a future date, a bad PESEL) is refused with the field")
    func recordRules() throws {
        let data = try TransferFixture().data
        let target = try TransferFixture.emptyStore(for: data)
        let bad = try edited(data) { doc in
            editRecord(&doc, "events", 0) { $0["date"] = "2030-01-01" }
            editRecord(&doc, "members", 1) { $0["pesel"] = "12345678901" }
        }
        let issues = refusal(bad, into: target)
        #expect(issues.contains { $0.problem == .invalid(.dateInFuture(.date)) && $0.location.field == "date" })
        #expect(issues.contains { $0.problem == .invalid(.peselChecksum) && $0.location.field == "pesel" })
    }

    @Test("the format, the version, a missing field, a wrong type and broken JSON are refused before anything else")
    func documentLevel() throws {
        let data = try TransferFixture().data
        func issues(_ data: Data) -> [TransferIssue] {
            do { _ = try TransferDocument.read(data) } catch let failure as TransferFailure { return failure.issues } catch {}
            return []
        }
        #expect(issues(try edited(data) { $0["version"] = 2 }).first?.problem == .unsupportedVersion(2))
        #expect(issues(try edited(data) { $0["format"] = "teczka-catalogue" }).first?.problem == .wrongFormat("teczka-catalogue"))
        #expect(issues(Data("{\"format\": ".utf8)).first.map { if case .notJSON = $0.problem { true } else { false } } == true)
        let missing = issues(try edited(data) { doc in editRecord(&doc, "users", 0) { $0.removeValue(forKey: "role") } })
        #expect(missing.first?.problem == .missingField && missing.first?.location.field == "role")
        let wrong = issues(try edited(data) { doc in editRecord(&doc, "families", 0) { $0["rural"] = "tak" } })
        #expect(wrong.first?.problem == .wrongType(.bool))
        let number = issues(try edited(data) { doc in editRecord(&doc, "families", 0) { $0["rural"] = 1 } })
        #expect(number.first?.problem == .wrongType(.bool))
        let fraction = issues(try edited(data) { doc in editRecord(&doc, "visits", 0) { $0["durationMinutes"] = 1.5 } })
        #expect(fraction.first?.problem == .wrongType(.number))
        let time = issues(try edited(data) { doc in editRecord(&doc, "visits", 0) { $0["startTime"] = "9:5" } })
        #expect(time.first?.problem == .badTime("9:5"))
        let code = issues(try edited(data) { doc in editRecord(&doc, "families", 0) { $0["structure"] = "duza" } })
        #expect(code.first?.problem == .unknownCode("duza", allowed: ["pelna", "niepelna"]))
    }

    @Test("a hand-written file with only families and members imports; missing lists are empty")
    func partialDocument() throws {
        let fixture = try TransferFixture()
        let json = """
            {"format": "teczka-export", "version": 1, "catalogue": \(String(decoding: try JSONEncoder().encode(ProblemCatalogue.mielec), as: UTF8.self)),
             "families": [{"id": "rodzina-1", "label": "Nowi", "address": "Polna 1", "locality": "Mielec", "rural": false,
                           "structure": "pelna", "notes": "", "archived": false}],
             "members": [{"id": "osoba-1", "familyID": "rodzina-1", "firstName": "Ewa", "lastName": "Nowa", "role": "rodzic",
                          "birthDate": "1990-05-01", "archived": false}]}
            """
        let summary = try fixture.file.importDocument(try TransferDocument.read(Data(json.utf8)), fileName: "reczny.json")
        #expect(summary.written == [.families: 1, .members: 1])
        #expect(fixture.file.members[RecordID("osoba-1")]?.fullName == "Ewa Nowa")
    }
}

@Suite("Employment in the export document")
struct TransferEmploymentTests {
    @Test("an account's employment travels in the document; overlapping periods in a file are refused, naming them")
    func employment() throws {
        let source = try TransferFixture()
        let assistant = try #require(source.file.users.values.first { $0.role == .asystent })
        let periods = [EmploymentPeriod(from: LocalDate(year: 2025, month: 1, day: 1)!, to: LocalDate(year: 2025, month: 6, day: 30)!, ftePercent: 100),
                       EmploymentPeriod(from: LocalDate(year: 2025, month: 7, day: 1)!, ftePercent: 50)]
        try source.file.saveEmployment(periods, of: assistant.id)
        let data = try source.data
        let copy = try TransferFixture.emptyStore(for: data)
        try copy.importDocument(try TransferDocument.read(data), fileName: "plik.json")
        #expect(copy.users[assistant.id]?.employment == periods)

        let bad = try edited(data) { doc in
            let index = (doc["users"] as! [[String: Any]]).firstIndex { $0["id"] as? String == assistant.id.raw }!
            editRecord(&doc, "users", index) { user in
                var list = user["employment"] as! [[String: Any]]
                list[1]["from"] = "2025-06-01"
                user["employment"] = list
            }
        }
        let issues = refusal(bad, into: try TransferFixture.emptyStore(for: data))
        #expect(issues.map(\.problem) == [.invalid(.overlapsEmployment(from: LocalDate(year: 2025, month: 1, day: 1)!,
                                                                         to: LocalDate(year: 2025, month: 6, day: 30)!))])
    }
}
