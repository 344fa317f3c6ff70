import Foundation
import Testing
@testable import TeczkaCore
@testable import TeczkaStore

/// Issue 14: visits taken from a checkpoint stay in its encoding until one is shown. Whatever the user sees of them —
/// the list's last visit, Do zrobienia, the month summary, a family's visits, one visit — must be what re-admitting
/// every revision gives, and an encoding that does not decode must not lose the visit.
@Suite("Visits kept encoded from checkpoints")
struct CheckpointVisitTests {
    let checkpoints = CheckpointTests()

    /// What the screens and reports read of visits, for one case file.
    func seen(_ file: CaseFile) -> [String] {
        let today = file.today
        var lines = file.familySummaries(on: today).map { "\($0.family.label) \($0.lastVisit?.iso ?? "-") \($0.work)" }
        lines += file.todo(for: nil, on: today).map { "\($0.kind) \($0.familyID?.raw ?? "") \($0.date?.iso ?? "") \($0.detail)" }
        for family in file.families.keys.sorted() {
            lines += file.visits(of: family).map { "\($0.id.raw) \($0.date.iso) \($0.notes) \($0.presentMemberIDs.count)" }
        }
        for user in file.users.keys.sorted() {
            let month = file.monthSummary(assistantID: user, year: today.year, month: today.month)
            lines.append("\(user.raw) \(month.visits) \(month.minutes) \(month.familiesVisited.count) \(month.notVisited.count)")
        }
        var facts: [String] = []
        file.forEachVisitFacts { facts.append("\($0.id.raw) \($0.familyID.raw) \($0.date.iso) \($0.durationMinutes) \($0.archived)") }
        return lines + facts.sorted()
    }

    @Test("a log-in from checkpoints decodes no visit, and every list and count shows what re-admitting everything shows")
    func sameAsReadmitted() throws {
        let temp = try checkpoints.demoStore()
        let (cached, fromCheckpoints) = try checkpoints.open(temp, checkpoints: true)
        #expect(fromCheckpoints.visitTable.decoded.isEmpty)
        #expect(fromCheckpoints.visitTable.encodedIDs.count > 50)
        let cachedView = seen(fromCheckpoints)
        cached.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        #expect(replayed.visitTable.encodedIDs.isEmpty)
        #expect(cachedView == seen(replayed))
    }

    @Test("a visit whose checkpoint encoding does not decode is read from the file, as admitted")
    func undecodableEncoding() throws {
        let temp = try checkpoints.demoStore()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        let expected = replayed.visits
        full.close()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        defer { store.close() }
        let id = try #require(file.visitTable.encodedIDs.first)
        let item = try #require(file.visitTable.lookup(id).encoded)
        file.visitTable.setEncoded(.init(facts: item.facts, bytes: Data([0xFF, 0x01, 0x02])), for: id)
        #expect(file.visit(id) == expected[id])
        // Another visit's encoding in its place is not taken for it either.
        let otherID = try #require(file.visitTable.encodedIDs.first { $0 != id })
        let other = try #require(file.visitTable.lookup(otherID).encoded)
        file.visitTable.setEncoded(.init(facts: item.facts, bytes: other.bytes), for: id)
        #expect(file.visit(id) == expected[id])
        #expect(file.visit(otherID) == expected[otherID])
    }

    @Test("after editing one visit, the family's new checkpoint keeps the others encoded and the next log-in sees all")
    func editThenReopen() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        let family = try #require(file.families.keys.sorted().first { !file.visits(of: $0).isEmpty })
        var visit = try #require(file.visits(of: family).first)
        visit.notes = "Zmieniona po punkcie kontrolnym"
        try file.saveVisit(visit, confirmed: true)
        #expect(file.visitTable.decoded[visit.id] == visit)
        store.close()
        let (again, reopened) = try checkpoints.open(temp, checkpoints: true)
        #expect(reopened.visitTable.decoded.isEmpty)
        #expect(reopened.visit(visit.id)?.notes == "Zmieniona po punkcie kontrolnym")
        let view = seen(reopened)
        let state = try checkpoints.state(reopened)
        again.close()
        let (full, replayed) = try checkpoints.open(temp, checkpoints: false)
        defer { full.close() }
        #expect(view == seen(replayed))
        #expect(state == (try checkpoints.state(replayed)))
    }

    @Test("a checkpoint of an earlier version (before visits' facts, handovers, charge notes) is not decoded: its family is re-admitted")
    func earlierVersion() throws {
        let temp = try checkpoints.demoStore()
        let (store, file) = try checkpoints.open(temp, checkpoints: true)
        defer { store.close() }
        let family = try #require(file.families.keys.sorted().first)
        let checkpoint = try #require(file.checkpoints(of: [family]).first)
        var bytes = try checkpoint.encoded()
        #expect(bytes.withUnsafeBytes { FamilyCheckpoint.decode($0, familyID: family) } != nil)
        for older in 1..<FamilyCheckpoint.version {
            bytes[0] = UInt8(older)
            #expect(bytes.withUnsafeBytes { FamilyCheckpoint.decode($0, familyID: family) } == nil, "version \(older)")
        }
    }
}
