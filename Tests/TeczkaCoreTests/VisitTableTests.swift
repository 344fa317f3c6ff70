import Foundation
import Testing
@testable import TeczkaCore

/// The visits' facts packed in 20 bytes (issue 14) give back exactly what was put in, including values no packing
/// could hold, which are kept whole.
@Suite("Visit facts packed")
struct VisitTableTests {
    func facts(start: Int?, length: Int, family: RecordID, assistant: RecordID, archived: Bool = false, day: Int = 31) -> VisitFacts {
        VisitFacts(id: .make(), familyID: family, assistantID: assistant, date: LocalDate(year: 2199, month: 12, day: day)!,
                   startMinutes: start, durationMinutes: length, archived: archived)
    }

    @Test("every fact comes back as it went in: no start, the last date, archived, ids as text, lengths beyond any range")
    func roundTrip() {
        let family = RecordID.make(), other = RecordID("rodzina-z-importu"), assistant = RecordID.make()
        let all = [
            facts(start: nil, length: 60, family: family, assistant: assistant),
            facts(start: 0, length: 1, family: other, assistant: assistant, archived: true, day: 1),
            facts(start: 23 * 60 + 59, length: 720, family: family, assistant: other),
            facts(start: 40_000, length: 90, family: family, assistant: assistant),
            facts(start: -5, length: 90, family: family, assistant: assistant),
            facts(start: 600, length: Int(Int32.max) + 1, family: family, assistant: assistant),
        ]
        var table = VisitTable()
        for item in all { table.setEncoded(.init(facts: item, bytes: nil), for: item.id) }
        #expect(table.count == all.count)
        for item in all {
            #expect(table.facts(item.id) == item)
            #expect(table.lookup(item.id).encoded?.facts == item)
        }
        var seen: [RecordID: VisitFacts] = [:]
        table.forEachFacts { seen[$0.id] = $0 }
        #expect(seen == Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) }))
        #expect(table.familiesWithEncodingsInStore == [family, other])
        table.restoreEncoding(Data([1, 2, 3]), for: all[0].id)
        #expect(table.lookup(all[0].id).encoded?.bytes == Data([1, 2, 3]))
        #expect(Set(table.encodedIDs) == Set(all.map(\.id)))
    }
}
