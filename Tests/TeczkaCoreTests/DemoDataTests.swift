import Foundation
import Testing
import CoreTestSupport
@testable import TeczkaCore

@Suite("Demo data")
struct DemoDataTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    let assistant = UserAccount.test("Anna Nowak", .asystent, id: RecordID("00000000-0000-4000-8000-000000000001"))
    let head = UserAccount.test("Ewa Kierownik", .koordynator, id: RecordID("00000000-0000-4000-8000-000000000002"))

    func makeFile(_ user: UserAccount, catalogue: ProblemCatalogue = .siechnice, journal: MemoryJournal = MemoryJournal())
        throws -> CaseFile {
        let file = try CaseFile.test([], journal: journal, as: user, clock: { DemoDataTests.now })
        if catalogue != .siechnice { try file.saveSettings(StoreSettings(catalogue: catalogue)) }
        return file
    }

    /// Every current record as sorted JSON, kind by kind, in id order.
    func snapshot(_ file: CaseFile) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func documents<T: Encodable>(_ records: [RecordID: T]) throws -> [String] {
            try records.keys.sorted().map { String(decoding: try encoder.encode(records[$0]!), as: UTF8.self) }
        }
        return try documents(file.users) + documents(file.families) + documents(file.members) + documents(file.cooperations)
            + documents(file.problems) + documents(file.planVersions) + documents(file.visits) + documents(file.placements)
            + documents(file.events) + documents(file.assessments) + documents(file.meetings)
    }

    @Test("the same seed gives the same records, ids included; another seed gives others")
    func deterministic() throws {
        let a = try makeFile(head), b = try makeFile(head), c = try makeFile(head)
        try DemoData.populate(a, families: 40, seed: 7, today: a.today, years: 3)
        try DemoData.populate(b, families: 40, seed: 7, today: b.today, years: 3)
        try DemoData.populate(c, families: 40, seed: 8, today: c.today, years: 3)
        let first = try snapshot(a)
        #expect(first.count > 1_000)
        #expect(first == (try snapshot(b)))
        #expect(first != (try snapshot(c)))
        #expect(Set(a.families.keys).isDisjoint(with: c.families.keys))
    }

    @Test("five years: cooperations start in each year, end with reasons, are assessed every six months in every state")
    func spreadOverYears() throws {
        let file = try makeFile(head)
        let today = file.today
        let summary = try DemoData.populate(file, families: 300, seed: 3, today: today, years: 5)
        let cooperations = Array(file.cooperations.values)
        for year in 1...5 {
            let from = today.adding(months: -12 * year), to = today.adding(months: -12 * (year - 1))
            #expect(cooperations.contains { $0.start > from && $0.start <= to }, "no cooperation started in year \(year)")
        }
        let ended = cooperations.filter { $0.end != nil }
        #expect(ended.count > 100 && ended.allSatisfy { $0.endReason != nil })
        let reasons = Dictionary(grouping: ended, by: { $0.endReason! }).mapValues(\.count)
        #expect(reasons.max { $0.value < $1.value }?.key == .celeOsiagniete)
        #expect(Set(reasons.keys) == Set(EndReason.allCases))
        #expect(ended.contains { !$0.monitoringNotes.isEmpty })
        #expect(Set(cooperations.flatMap { $0.categories.map(\.category) }) == Set(FamilyCategory.allCases))
        #expect(cooperations.contains { $0.categories.count > 1 })
        #expect(Dictionary(grouping: cooperations, by: \.familyID).values.contains { $0.count == 2 })

        // Assessments: one period after another, none longer than six months, in every state.
        for cooperation in cooperations {
            var previous = cooperation.start
            for assessment in file.assessments(ofCooperation: cooperation.id) {
                #expect(assessment.periodTo <= previous.adding(months: 6))
                #expect(assessment.periodFrom <= assessment.periodTo)
                previous = assessment.periodTo
            }
        }
        let states = Dictionary(grouping: file.assessments.values, by: \.state).mapValues(\.count)
        #expect(Set(states.keys) == Set(AssessmentState.allCases))
        #expect(states[.zatwierdzona]! > file.assessments.count * 3 / 4)
        #expect(file.assessments.values.filter { $0.state == .zatwierdzona }.allSatisfy {
            $0.approvedBy == head.id && $0.passedOn! >= $0.periodTo && $0.approvedOn! >= $0.passedOn! && $0.approvedOn! <= today
        })
        #expect(file.todo(for: nil, on: today).contains { $0.kind == .assessmentOverdue })
        #expect(summary.assessments == file.assessments.count && summary.visits == file.visits.count)

        // Several assistants, none above the cap on any day a cooperation starts.
        #expect(summary.assistants.count > 1 && summary.newAccounts.count == summary.assistants.count)
        for cooperation in cooperations {
            #expect(file.caseload(of: cooperation.assistantID, on: cooperation.start) <= file.settings.caseloadCap)
        }
        #expect(Set(cooperations.map(\.assistantID)).allSatisfy { file.users[$0]?.role == .asystent })

        #expect(Set(file.placements.values.map(\.form)).count >= 4)
        #expect(file.placements.values.contains { $0.endType == .powrotDoRodziny })
        let kinds = Set(file.events.values.map(\.kind))
        #expect(kinds.isSuperset(of: [.niebieskaKartaStart, .niebieskaKartaEnd, .kuratorSupervision, .courtDecision, .gkrpaReferral]))
        #expect((5...10).contains(file.meetings.count))
        #expect(file.planVersions.values.contains { $0.number >= 3 })
        #expect(file.problems.values.contains { $0.history.count >= 3 } && file.problems.values.allSatisfy { $0.effectDate == nil })
        let visitsPerFamily = Dictionary(grouping: file.visits.values, by: \.familyID)
        let gaps = visitsPerFamily.values.flatMap { visits in
            zip(visits.map(\.date).sorted(), visits.map(\.date).sorted().dropFirst()).map { $1.days(since: $0) }
        }
        #expect(gaps.allSatisfy { (5...30).contains($0) } || gaps.filter { $0 > 30 }.count < gaps.count / 50)
    }

    @Test("every generated record passes the checks a user's input does")
    func everyRecordValid() throws {
        let file = try makeFile(head)
        let today = file.today
        try DemoData.populate(file, families: 80, seed: 11, today: today, years: 4)
        let catalogue = file.settings.catalogue
        func membersOf(_ family: RecordID) -> Set<RecordID> { Set(file.members(of: family).map(\.id)) }
        #expect(file.families.values.allSatisfy { $0.validate().isEmpty })
        #expect(file.members.values.allSatisfy { $0.validate(today: today).isEmpty })
        #expect(file.cooperations.values.allSatisfy { $0.validate(today: today).isEmpty })
        #expect(file.problems.values.allSatisfy { $0.validate(today: today, catalogue: catalogue).isEmpty })
        #expect(file.planVersions.values.allSatisfy {
            $0.validate(today: today, familyProblems: Set(file.problems(of: $0.familyID).map(\.id)),
                        familyMembers: membersOf($0.familyID)).isEmpty
        })
        #expect(file.visits.values.allSatisfy { $0.validate(today: today, familyMembers: membersOf($0.familyID)).isEmpty })
        #expect(file.visits.values.allSatisfy { file.cooperation(of: $0.familyID, on: $0.date)?.assistantID == $0.assistantID })
        #expect(file.placements.values.allSatisfy { $0.validate(today: today, familyMembers: membersOf($0.familyID)).isEmpty })
        #expect(file.events.values.allSatisfy { $0.validate(today: today).isEmpty })
        #expect(file.meetings.values.allSatisfy { $0.validate(today: today, knownFamilies: Set(file.families.keys)).isEmpty })
        #expect(file.assessments.values.allSatisfy { $0.state == .szkic || $0.missingSections.isEmpty })
        // Nothing after today, no plan before its cooperation.
        #expect(file.planVersions.values.allSatisfy { $0.date >= file.cooperations[$0.cooperationID]!.start && $0.date <= today })
    }

    @Test("a catalogue B store gets B codes and some recorded effects")
    func catalogueB() throws {
        let file = try makeFile(head, catalogue: .mielec)
        try DemoData.populate(file, families: 60, seed: 5, today: file.today, years: 2)
        #expect(!file.problems.isEmpty && file.problems.values.allSatisfy { $0.code.hasPrefix("B") })
        #expect(file.problems.values.contains { $0.effectDate != nil })
    }

    @Test("the first-run offer: a dozen families, all the assistant's own, a coordinator account to approve")
    func smallDemo() throws {
        let file = try makeFile(assistant)
        let summary = try DemoData.populate(file, families: 12, seed: 2026, today: file.today)
        #expect(file.familySummaries(on: file.today).count == 12)
        #expect(file.cooperations.values.allSatisfy { $0.assistantID == assistant.id })
        #expect(summary.assistants == [assistant])
        #expect(summary.newAccounts.map(\.role) == [.koordynator])
        #expect(file.meetings.isEmpty)
    }

    @Test("in batches: the same records, written to the journal in a few appends; a second run adds new ones")
    func batches() throws {
        let journal = MemoryJournal()
        let file = try makeFile(head, journal: journal)
        try DemoData.populateInBatches(file, families: 30, seed: 9, today: file.today, years: 2, batchSize: 500)
        #expect(file.families.isEmpty)
        let reopened = try CaseFile.test(journal.revisions, journal: journal, as: head)
        let direct = try makeFile(head)
        try DemoData.populate(direct, families: 30, seed: 9, today: direct.today, years: 2)
        #expect(try snapshot(reopened) == snapshot(direct))
        try DemoData.populateInBatches(reopened, families: 30, seed: 9, today: file.today, years: 2)
        let again = try CaseFile.test(journal.revisions, journal: journal, as: head)
        #expect(again.families.count == 60)
        #expect(again.integrity.isEmpty, "every batch took the next places in the signer's chains: \(again.integrity.prefix(3))")
    }
}
